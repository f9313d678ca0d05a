package winnow.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * What one stage cost besides time, measured while it runs: shuffle bytes written and read and bytes spilled (from a
 * SparkListener, summed over tasks), the heap's peak use (sampled every 50 ms) and its peak live size (heap in use
 * right after a collection, from the JVM's GC notifications), and GC time. In local mode driver and executors share
 * this JVM, so the heap figures cover both.
 */
final class StageMetrics extends SparkListener implements AutoCloseable {
  /** The figures of one stage. */
  record Figures(long shuffleWrite, long shuffleRead, long spill, long heapPeak, long liveAfterGcPeak,
                 double gcSeconds, long tasks) {}

  private final SparkContext spark;
  private final AtomicLong shuffleWrite = new AtomicLong();
  private final AtomicLong shuffleRead = new AtomicLong();
  private final AtomicLong spill = new AtomicLong();
  private final AtomicLong tasks = new AtomicLong();
  private final AtomicLong heapPeak = new AtomicLong();
  private final AtomicLong livePeak = new AtomicLong();
  private final long gcMillisAtStart = gcMillis();
  private final ScheduledExecutorService sampler;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener onGc = (notification, handback) -> {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used = 0;
    for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) used += u.getUsed();
    livePeak.accumulateAndGet(used, Math::max);
  };

  private StageMetrics(SparkContext spark) {
    this.spark = spark;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(onGc, null, null);
        emitters.add(e);
      }
    }
    sampler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "winnow-heap-sampler");
      t.setDaemon(true);
      return t;
    });
    sampler.scheduleAtFixedRate(() -> heapPeak.accumulateAndGet(
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 50, TimeUnit.MILLISECONDS);
  }

  static StageMetrics start(SparkContext spark) {
    StageMetrics m = new StageMetrics(spark);
    spark.addSparkListener(m);
    return m;
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    tasks.incrementAndGet();
    TaskMetrics m = end.taskMetrics();
    if (m == null) return;
    shuffleWrite.addAndGet(m.shuffleWriteMetrics().bytesWritten());
    shuffleRead.addAndGet(m.shuffleReadMetrics().totalBytesRead());
    spill.addAndGet(m.diskBytesSpilled());
  }

  private static long gcMillis() {
    long ms = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) ms += Math.max(0, gc.getCollectionTime());
    return ms;
  }

  /** Stops measuring and returns the figures (listener events still queued are waited for, up to 10 s). */
  Figures stop() {
    try {
      spark.listenerBus().waitUntilEmpty(10_000);
    } catch (Exception e) {
      // Figures may then miss the last tasks' bytes; the stage itself is done.
    }
    close();
    return new Figures(shuffleWrite.get(), shuffleRead.get(), spill.get(), heapPeak.get(), livePeak.get(),
        (gcMillis() - gcMillisAtStart) / 1000.0, tasks.get());
  }

  @Override
  public void close() {
    sampler.shutdownNow();
    spark.removeSparkListener(this);
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(onGc);
      } catch (javax.management.ListenerNotFoundException ignored) {
        // already removed by an earlier close
      }
    }
    emitters.clear();
  }
}
