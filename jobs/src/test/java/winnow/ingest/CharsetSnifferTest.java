package winnow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {
  private static final String RU = "<html><head><meta charset=\"windows-1251\"></head><body>Удар по Харькову</body></html>";

  @Test
  void httpHeaderCharsetIsUsed() {
    byte[] body = RU.getBytes(Charset.forName("windows-1251"));
    CharsetSniffer.Decoded d = CharsetSniffer.decode(body, "windows-1251", true);
    assertEquals("windows-1251", d.charset());
    assertEquals(RU, d.text());
  }

  @Test
  void metaTagIsUsedWhenTheHeaderIsSilent() {
    byte[] body = RU.getBytes(Charset.forName("windows-1251"));
    assertEquals(RU, CharsetSniffer.decode(body, null, true).text());
  }

  @Test
  void bomWinsOverADeclaredCharset() {
    byte[] text = "Київ".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[text.length + 3];
    body[0] = (byte) 0xEF;
    body[1] = (byte) 0xBB;
    body[2] = (byte) 0xBF;
    System.arraycopy(text, 0, body, 3, text.length);
    CharsetSniffer.Decoded d = CharsetSniffer.decode(body, "windows-1251", false);
    assertEquals("utf-8", d.charset());
    assertEquals("Київ", d.text());
  }

  @Test
  void undecodableBytesBecomeReplacementCharacters() {
    byte[] body = {'o', 'k', (byte) 0xC3, ' '};
    assertEquals("ok\uFFFD ", CharsetSniffer.decode(body, null, false).text());
  }
}
