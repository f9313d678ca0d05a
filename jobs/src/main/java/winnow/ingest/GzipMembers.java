package winnow.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A gzip file as its members, one at a time. A WARC.gz holds one record per member, so a record whose header lies
 * (a bad Content-Length) spoils its own member only: the next member starts clean. Each member's inflated size is
 * bounded (a gzip bomb stops at the bound instead of filling the disk or the heap), and each member knows its
 * compressed offset, the position WARC indexes use.
 */
final class GzipMembers implements AutoCloseable {
  private static final int BUFFER = 1 << 16;

  private final PushbackInputStream in;
  private final long maxInflated;
  private long position;

  GzipMembers(InputStream in, long maxInflated) {
    this.in = new PushbackInputStream(in, BUFFER);
    this.maxInflated = maxInflated;
  }

  /** The next member's inflated bytes as a stream, or null at the end of the file. */
  Member next() throws IOException {
    int first = in.read();
    if (first < 0) {
      return null;
    }
    in.unread(first);
    return new Member(position);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private int readByte() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException("gzip member cut short (truncated file)");
    }
    position++;
    return b;
  }

  /** One member: reading it to its end checks the trailer; {@link #skipRest} moves to the next member. */
  final class Member extends InputStream {
    final long offset;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] input = new byte[BUFFER];
    private int inputLen;
    private long inflated;
    private boolean done;

    private Member(long offset) throws IOException {
      this.offset = offset;
      readHeader();
    }

    private void readHeader() throws IOException {
      if (readByte() != 0x1f || readByte() != 0x8b) {
        throw new IOException("not a gzip member at byte " + offset);
      }
      if (readByte() != 8) {
        throw new IOException("unknown gzip compression method at byte " + offset);
      }
      int flags = readByte();
      for (int i = 0; i < 6; i++) {
        readByte();
      }
      if ((flags & 4) != 0) {
        int len = readByte() | (readByte() << 8);
        for (int i = 0; i < len; i++) {
          readByte();
        }
      }
      for (int bit : new int[] {8, 16}) {
        if ((flags & bit) != 0) {
          while (readByte() != 0) {
            // skip the zero-terminated file name or comment
          }
        }
      }
      if ((flags & 2) != 0) {
        readByte();
        readByte();
      }
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      try {
        while (true) {
          int n = inflater.inflate(b, off, len);
          if (n > 0) {
            inflated += n;
            if (inflated > maxInflated) {
              throw new DecompressedTooLarge(maxInflated);
            }
            crc.update(b, off, n);
            return n;
          }
          if (inflater.finished()) {
            finish();
            return -1;
          }
          if (inflater.needsDictionary()) {
            throw new IOException("gzip member needs a preset dictionary");
          }
          int got = in.read(input, 0, input.length);
          if (got < 0) {
            throw new EOFException("gzip member cut short (truncated file)");
          }
          position += got;
          inputLen = got;
          inflater.setInput(input, 0, got);
        }
      } catch (DataFormatException e) {
        throw new IOException("corrupt gzip data: " + e.getMessage(), e);
      }
    }

    /** Gives back the bytes read past the member's end and checks its trailer (CRC-32 and size). */
    private void finish() throws IOException {
      int remaining = inflater.getRemaining();
      if (remaining > 0) {
        in.unread(input, inputLen - remaining, remaining);
        position -= remaining;
      }
      long crcRead = 0;
      long sizeRead = 0;
      for (int i = 0; i < 4; i++) {
        crcRead |= (long) readByte() << (8 * i);
      }
      for (int i = 0; i < 4; i++) {
        sizeRead |= (long) readByte() << (8 * i);
      }
      done = true;
      inflater.end();
      if (crcRead != crc.getValue() || sizeRead != (inflated & 0xffffffffL)) {
        throw new IOException("gzip member at byte " + offset + " fails its CRC or size check");
      }
    }

    /** Reads the member to its end (bounded), so the next member can start. */
    void skipRest() throws IOException {
      byte[] sink = new byte[BUFFER];
      while (read(sink, 0, sink.length) >= 0) {
        // discard
      }
    }
  }
}
