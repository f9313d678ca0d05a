package winnow.nlp;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (quantised ONNX, Apache-2.0; the model and its vocabulary come on the class
 * path in langchain4j's model jar, so nothing is downloaded): WordPiece ids through the transformer, the last layer's
 * token vectors averaged, then scaled to unit length. Two headlines of one event worded differently ("Titanfall
 * review roundup" / "Titanfall released to excellent reviews") share few terms but lie close here. The model learnt
 * English; other languages' words fall apart into pieces, so only English texts are encoded.
 *
 * <p>One session per JVM, shared by its threads (ONNX Runtime's sessions are thread-safe), loaded on first use on
 * each executor.
 */
public final class SentenceEncoder {
  public static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  public static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
  /** Word pieces read per text, with [CLS] and [SEP]: a headline and the start of its lead. */
  public static final int MAX_TOKENS = 128;
  public static final int DIMENSIONS = 384;
  private static volatile SentenceEncoder shared;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPieces pieces;
  private final boolean tokenTypes;

  private SentenceEncoder(OrtEnvironment env, OrtSession session, WordPieces pieces) {
    this.env = env;
    this.session = session;
    this.pieces = pieces;
    this.tokenTypes = session.getInputNames().contains("token_type_ids");
  }

  /** The JVM's encoder, loaded from the class path on first use. */
  public static SentenceEncoder get() {
    SentenceEncoder e = shared;
    if (e == null) {
      synchronized (SentenceEncoder.class) {
        e = shared;
        if (e == null) {
          shared = e = load();
        }
      }
    }
    return e;
  }

  private static SentenceEncoder load() {
    try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      // Spark runs one task per core; each encoding uses its task's thread only.
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      return new SentenceEncoder(env, env.createSession(model.readAllBytes(), options), WordPieces.read(tokenizer));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the sentence model " + MODEL, e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = SentenceEncoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the class path (the langchain4j all-MiniLM-L6-v2-q model jar)");
    }
    return in;
  }

  /** The unit vector of a text ({@value #DIMENSIONS} numbers). */
  public float[] encode(String text) {
    long[] ids = pieces.ids(text, MAX_TOKENS);
    long[][] input = {ids};
    long[][] mask = {new long[ids.length]};
    java.util.Arrays.fill(mask[0], 1L);
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, input));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, mask));
      if (tokenTypes) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(env, new long[1][ids.length]));
      }
      try (OrtSession.Result out = session.run(inputs)) {
        float[][] tokens = ((float[][][]) out.get(0).getValue())[0];
        float[] mean = new float[tokens[0].length];
        for (float[] t : tokens) {
          for (int d = 0; d < mean.length; d++) {
            mean[d] += t[d];
          }
        }
        double norm = 0;
        for (float v : mean) {
          norm += (double) v * v;
        }
        float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < mean.length; d++) {
          mean[d] *= scale;
        }
        return mean;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("sentence model failed on a text of " + ids.length + " pieces", e);
    } finally {
      for (OnnxTensor t : inputs.values()) {
        t.close();
      }
    }
  }
}
