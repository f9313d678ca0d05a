package winnow.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

class DateTermsTest {
  private static List<String> dates(DateTerms f, String... terms) {
    return f.call(JavaConverters.asScalaBuffer(List.of(terms)).toList());
  }

  @Test
  void aDayAndAMonthBecomeOneTermInEveryLanguage() {
    assertEquals(List.of("прогно", "погоды", "8.11"), dates(new DateTerms(), "прогно", "погоды", "8", "ноября"));
    assertEquals(List.of("16.11", "погода"), dates(new DateTerms(), "16", "листоп", "погода"));
    assertEquals(List.of("strike", "8.11"), dates(new DateTerms(), "strike", "novemb", "8"));
    assertEquals(List.of("9.5"), dates(new DateTerms(), "9", "мая"));
    assertEquals(List.of("3.3", "march"), dates(new DateTerms(), "3", "mar", "march"));
  }

  @Test
  void countsAndOtherNumbersStayAsTheyAre() {
    assertEquals(List.of("58", "снаряд", "2022", "ноября"), dates(new DateTerms(), "58", "снаряд", "2022", "ноября"));
    assertEquals(List.of("мартин", "8", "32", "мая"), dates(new DateTerms(), "мартин", "8", "32", "мая"));
    assertEquals(List.of("тепло", "8", "градус", "8.11"), dates(new DateTerms(), "тепло", "8", "градус", "8", "ноября"));
  }
}
