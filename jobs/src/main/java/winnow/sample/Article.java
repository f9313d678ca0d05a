package winnow.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One generated page's editorial content (filler is added by the renderers). */
final class Article {
  enum ParaKind { BODY, TEASER, READMORE }

  /** A paragraph: its sentences, and for teasers the story they are about. */
  record Para(ParaKind kind, List<String> sentences, String aboutStory, String link) {
    Para {
      sentences = List.copyOf(sentences);
    }

    String text() {
      return String.join(" ", sentences);
    }
  }

  final Story story;
  final Outlet outlet;
  final String lang;
  final LocalDate published;
  final boolean followUp;
  Instant fetched;
  String headline;
  String standfirst;
  String caption;
  String author;
  List<Para> paras = new ArrayList<>();
  String url;
  /** null for originals; "near-copy" or "excerpt". */
  String copyKind;
  Article original;
  String credit;
  /** Other articles listed in the related box, and indexes into {@link UiText#SPAM}. */
  List<Article> related = new ArrayList<>();
  List<Integer> spam = new ArrayList<>();
  /** Blocks of the rendered page, filled by the renderers. */
  List<HtmlOut.Block> blocks = new ArrayList<>();
  byte[] body;

  Article(Story story, Outlet outlet, String lang, LocalDate published, boolean followUp) {
    this.story = story;
    this.outlet = outlet;
    this.lang = lang;
    this.published = published;
    this.followUp = followUp;
  }

  String dupGroup() {
    return original == null ? url : original.url;
  }

  List<Para> bodyOnly() {
    List<Para> out = new ArrayList<>();
    for (Para p : paras) if (p.kind() == ParaKind.BODY) out.add(p);
    return out;
  }

  /** The outlet's page template when the page was fetched: a crawl sees the site as it is that day. */
  Outlet look() {
    if (fetched == null) {
      throw new IllegalStateException("look() before the fetch time is planned: " + headline);
    }
    return outlet.on(java.time.LocalDate.ofInstant(fetched, java.time.ZoneOffset.UTC));
  }
}
