package winnow.ingest;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Language of a text with Lingua (its models ship inside its jar: nothing is downloaded). One detector per JVM,
 * built on first use, because building it loads the models. Detection time grows with the sample; 600 characters
 * gave the same language as 2,000 on 1,994 of 1,997 texts (WCXB pages, tgcontest articles; docs/benchmarks.md) at
 * a third of the cost, where it had been half of the ingest stage's CPU.
 */
public final class LanguageGuess {
  private static final int SAMPLE_CHARS = 600;

  private LanguageGuess() {}

  private static final class Holder {
    static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
        Language.ENGLISH, Language.RUSSIAN, Language.UKRAINIAN, Language.BELARUSIAN, Language.POLISH,
        Language.GERMAN, Language.FRENCH, Language.SPANISH).build();
  }

  /** ISO 639-1 code, or "unknown". */
  public static String of(String text) {
    if (text == null || text.isBlank()) {
      return "unknown";
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Language lang = Holder.DETECTOR.detectLanguageOf(sample);
    return lang == Language.UNKNOWN ? "unknown" : lang.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }
}
