package winnow.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

class TermStemsTest {
  private static List<String> stems(String... terms) {
    return new TermStems().call(JavaConverters.asScalaBuffer(List.of(terms)).toList());
  }

  @Test
  void englishFormsOfOneWordShareAStem() {
    assertEquals(stems("strike", "strike", "strike"), stems("strikes", "striking", "strike"));
    assertEquals(stems("missile", "village"), stems("missiles", "villages"));
    assertEquals(List.of("ukrain"), stems("ukraine"));
    // The Normalizer makes "Kyiv's" one term: the stemmer takes the possessive off.
    assertEquals(stems("kyiv"), stems("kyivs"));
  }

  @Test
  void cyrillicTermsAreCutNumbersAndOtherScriptsKept() {
    assertEquals(List.of("москва", "москвы", "харько", "харько", "киев"), stems("москва", "москвы", "харькове",
        "харькова", "киев"));
    assertEquals(List.of("12000", "2024style", "zürich"), stems("12000", "2024style", "zürich"));
  }

  @Test
  void repeatsComeFromTheCacheUnchanged() {
    List<String> first = stems("shelling", "shelled", "shelling");
    assertEquals(first.get(0), first.get(2));
    assertEquals(first, stems("shelling", "shelled", "shelling"));
    assertNull(new TermStems().call(null));
  }
}
