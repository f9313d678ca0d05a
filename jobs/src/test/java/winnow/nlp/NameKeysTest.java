package winnow.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

class NameKeysTest {
  private static void allAlike(String... names) {
    for (String n : names) {
      assertEquals(NameKeys.key(names[0]), NameKeys.key(n), n + " against " + names[0]);
    }
  }

  @Test
  void englishRussianAndUkrainianSpellingsShareAKey() {
    allAlike("kharkiv", "харьков", "харків", "харькове", "харкові");
    allAlike("dnipro", "днепр", "дніпро", "днепре");
    allAlike("odesa", "одесса", "одеса");
    allAlike("chernihiv", "чернигов", "чернігів", "chernigov");
    allAlike("zelensky", "зеленский", "зеленський", "зеленского", "зеленського");
    allAlike("kremenchuk", "кременчуг", "кременчуці", "кременчуке");
    allAlike("uzhhorod", "ужгород");
    allAlike("shostak", "шостак");
    assertEquals("~khrkv", NameKeys.key("kharkiv"));
  }

  @Test
  void differentPlacesKeepDifferentKeys() {
    assertNotEquals(NameKeys.key("brest"), NameKeys.key("gomel"));
    assertNotEquals(NameKeys.key("chernihiv"), NameKeys.key("chernivtsi"));
    assertNotEquals(NameKeys.key("kharkiv"), NameKeys.key("kherson"));
    assertNotEquals(NameKeys.key("kramatorsk"), NameKeys.key("kremenchuk"));
    assertNotEquals(NameKeys.key("volodymyr"), NameKeys.key("volodymyrivka"));
  }

  @Test
  void numbersAreTheirOwnKeyAndVowelsAloneHaveNone() {
    assertEquals("~247", NameKeys.key("247"));
    assertNull(NameKeys.key("ia"));
    assertNull(NameKeys.key(""));
    assertEquals(List.of("~khrkv", "~2022"),
        new NameKeys().call(JavaConverters.asScalaBuffer(List.of("харків", "ая", "2022")).toList()));
  }

  @Test
  void cyrillicOnlyKeysTheCasesOfAShortNameAndLeavesOtherTermsAlone() {
    List<String> keyed = NameKeys.cyrillicOnly().call(JavaConverters.asScalaBuffer(
        List.of("псков", "пскова", "пскове", "kharkiv", "2022")).toList());
    assertEquals(List.of("~pskv", "~pskv", "~pskv", "kharkiv", "2022"), keyed);
    assertNotEquals(NameKeys.cyrillicKey("пскова"), NameKeys.cyrillicKey("мелито"));
  }
}
