package winnow.eval;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * The single-page extractors winnow is compared with, run on the same decoded HTML in the same process. Each
 * returns the main text it finds; a page it cannot handle yields an empty text, never an exception.
 */
public enum Peers {
  /** Parsing alone, no extraction: the floor any DOM-based extractor pays. Not scored. */
  JSOUP_PARSE("jsoup parse only", false) {
    @Override
    String extract(String html, String url) {
      Jsoup.parse(html, url);
      return "";
    }
  },
  /** Keep everything visible: what "no filler removal" scores. */
  JSOUP_BODY_TEXT("jsoup body text", true) {
    @Override
    String extract(String html, String url) {
      var body = Jsoup.parse(html, url).body();
      return body == null ? "" : body.text();
    }
  },
  READABILITY4J("Readability4J 1.0.8", true) {
    @Override
    String extract(String html, String url) {
      String text = new Readability4J(url, html).parse().getTextContent();
      return text == null ? "" : text;
    }
  },
  BOILERPIPE("boilerpipe 1.2.2 ArticleExtractor", true) {
    @Override
    String extract(String html, String url) throws Exception {
      String text = ArticleExtractor.INSTANCE.getText(html);
      return text == null ? "" : text;
    }
  };

  public static final List<Peers> ALL = List.of(values());

  private final String label;
  private final boolean scored;

  Peers(String label, boolean scored) {
    this.label = label;
    this.scored = scored;
  }

  public String label() {
    return label;
  }

  public boolean scored() {
    return scored;
  }

  abstract String extract(String html, String url) throws Exception;

  /** The peer's main text, or empty when it fails on the page (counted as empty output, as the bench says). */
  public String run(String html, String url) {
    try {
      return extract(html, url == null || url.isBlank() ? "http://localhost/" : url);
    } catch (Exception | StackOverflowError e) {
      return "";
    }
  }
}
