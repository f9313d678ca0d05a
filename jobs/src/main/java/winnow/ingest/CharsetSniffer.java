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

/** Picks a body's charset as a browser does: BOM, then the HTTP header, then a meta tag, then UTF-8. */
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
    return new Decoded(decodeReplacing(body, skip, cs), cs.name().toLowerCase(Locale.ROOT));
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
