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
  void aStrayBadByteInUtf8BecomesAReplacementCharacter() {
    String good = "Київ, Харків, Одеса. ".repeat(40);
    byte[] valid = good.getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[valid.length + 2];
    System.arraycopy(valid, 0, body, 0, valid.length);
    body[valid.length] = (byte) 0xC3;
    body[valid.length + 1] = ' ';
    CharsetSniffer.Decoded d = CharsetSniffer.decode(body, null, false);
    assertEquals("utf-8", d.charset());
    assertEquals(good + "\uFFFD ", d.text());
  }

  @Test
  void aWindows1251BodyDeclaredUtf8IsReadAsWindows1251() {
    String text = "<p>Обстріл Херсона тривав усю ніч, повідомили місцеві посадовці.</p>";
    CharsetSniffer.Decoded d = CharsetSniffer.decode(text.getBytes(Charset.forName("windows-1251")), "utf-8", true);
    assertEquals("windows-1251", d.charset());
    assertEquals(text, d.text());
  }

  @Test
  void aUtf8BodyDeclaredLatin1IsReadAsUtf8() {
    String text = "<p>Zaporizhzhia: the café near the plant reopened — «Київ» said.</p>";
    CharsetSniffer.Decoded d = CharsetSniffer.decode(text.getBytes(StandardCharsets.UTF_8), "iso-8859-1", true);
    assertEquals("utf-8", d.charset());
    assertEquals(text, d.text());
  }

  @Test
  void aLatinBodyDeclaredUtf8IsReadAsWindows1252() {
    String text = "<p>Le président a déclaré à Kyiv que la centrale était sûre.</p>";
    CharsetSniffer.Decoded d = CharsetSniffer.decode(text.getBytes(Charset.forName("windows-1252")), null, true);
    assertEquals("windows-1252", d.charset());
    assertEquals(text, d.text());
  }
}
