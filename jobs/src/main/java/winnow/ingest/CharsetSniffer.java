package winnow.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks a body's charset as a browser does: BOM, then the HTTP header, then a meta tag, then UTF-8. Unlike a
 * browser it does not show mojibake when the declaration is plainly wrong: a body declared single-byte that is
 * valid multi-byte UTF-8 is read as UTF-8, and a body declared (or defaulted to) UTF-8 that is not valid UTF-8 is
 * read as windows-1251 or windows-1252, whichever its high bytes look like (Cyrillic letters come in runs, Latin
 * accents one at a time). The charset column says which was used.
 */
public final class CharsetSniffer {
  private static final Pattern META = Pattern.compile(
      "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int META_SCAN_BYTES = 4096;

  private CharsetSniffer() {}

  public record Decoded(String text, String charset) {}

  public static Decoded decode(byte[] body, String declared, boolean html) {
    Charset cs = fromBom(body);
    int skip = bomLength(body);
    if (cs == null) {
      cs = supported(declared);
    }
    if (cs == null && html) {
      String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
      Matcher m = META.matcher(head);
      if (m.find()) {
        cs = supported(m.group(1));
      }
    }
    if (cs == null) {
      cs = StandardCharsets.UTF_8;
    }
    if (skip == 0) {
      cs = correctedForContent(body, cs);
    }
    return new Decoded(decodeReplacing(body, skip, cs), cs.name().toLowerCase(Locale.ROOT));
  }

  /** Share of malformed sequences in a UTF-8 body beyond which the declaration is taken to be wrong. */
  private static final double MALFORMED_UTF8_SHARE = 0.005;

  private static Charset correctedForContent(byte[] body, Charset declared) {
    Utf8Shape shape = Utf8Shape.of(body);
    if (declared.equals(StandardCharsets.UTF_8)) {
      if (shape.malformed() <= MALFORMED_UTF8_SHARE * Math.max(1, shape.highBytes())) {
        return declared;
      }
      return shape.cyrillicLike() ? Charset.forName("windows-1251") : Charset.forName("windows-1252");
    }
    boolean singleByte = declared.newEncoder().maxBytesPerChar() <= 1.0f;
    return singleByte && shape.malformed() == 0 && shape.multiByte() > 0 ? StandardCharsets.UTF_8 : declared;
  }

  /** What a body's high bytes look like read as UTF-8. */
  private record Utf8Shape(int highBytes, int multiByte, int malformed, int highInRuns) {
    static Utf8Shape of(byte[] b) {
      int high = 0;
      int multi = 0;
      int bad = 0;
      int inRuns = 0;
      for (int i = 0; i < b.length; ) {
        int c = b[i] & 0xff;
        if (c < 0x80) {
          i++;
          continue;
        }
        high++;
        boolean prevHigh = i > 0 && (b[i - 1] & 0x80) != 0;
        boolean nextHigh = i + 1 < b.length && (b[i + 1] & 0x80) != 0;
        if (prevHigh || nextHigh) {
          inRuns++;
        }
        int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
        boolean ok = len > 0 && c <= 0xF4 && i + len <= b.length;
        for (int k = 1; ok && k < len; k++) {
          ok = (b[i + k] & 0xC0) == 0x80;
        }
        if (ok) {
          multi++;
          i += len;
        } else {
          bad++;
          i++;
        }
      }
      return new Utf8Shape(high, multi, bad, inRuns);
    }

    /** Most high bytes sit next to other high bytes: whole words of a single-byte Cyrillic charset. */
    boolean cyrillicLike() {
      return highInRuns > 0.6 * highBytes;
    }
  }

  private static String decodeReplacing(byte[] body, int skip, Charset cs) {
    try {
      CharBuffer out = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(body, skip, body.length - skip));
      return out.toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }

  static Charset supported(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    // Browsers treat these labels as windows-1252 (WHATWG Encoding Standard).
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    }
    try {
      return Charset.isSupported(n) ? Charset.forName(n) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Charset fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static int bomLength(byte[] b) {
    Charset bom = fromBom(b);
    return bom == null ? 0 : bom == StandardCharsets.UTF_8 ? 3 : 2;
  }
}
