package winnow.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator defined by one method that returns the next element or null at the end. */
abstract class LazyIterator<T> implements Iterator<T> {
  private T next;
  private boolean done;

  /** The next element, or null when there is none. */
  protected abstract T computeNext();

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = computeNext();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T t = next;
    next = null;
    return t;
  }
}
