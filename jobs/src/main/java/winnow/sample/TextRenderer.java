package winnow.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Renders an article as already-extracted plain text like the seed page: headline first, body
 * blocks separated by blank lines, filler lines at the end partly consecutive.
 */
final class TextRenderer {
  private final Random rnd;
  private final StringBuilder sb = new StringBuilder();
  private final List<HtmlOut.Block> blocks = new ArrayList<>();

  TextRenderer(Random rnd) {
    this.rnd = rnd;
  }

  private void line(String text, String label, String category) {
    String t = Tpl.norm(text);
    sb.append(t).append('\n');
    blocks.add(new HtmlOut.Block(t, label, "content".equals(label) ? null : category));
  }

  private void blank() {
    sb.append('\n');
  }

  String render(Article ar) {
    sb.setLength(0);
    blocks.clear();
    Outlet o = ar.outlet;
    line(ar.headline, "content", null);
    blank();
    List<Article.Para> paras = ar.paras;
    int adAt = o.adsInBody > 0 && rnd.nextBoolean() ? Math.min(3, paras.size() - 2) : -1;
    for (int i = 0; i < paras.size(); i++) {
      Article.Para p = paras.get(i);
      if (p.kind() == Article.ParaKind.BODY) line(p.text(), "content", null);
      else line(p.text(), "filler", "off-topic-teaser");
      blank();
      if (i == adAt) {
        line("Advertisement", "filler", "ad");
        blank();
      }
    }
    if (ar.credit != null) {
      line(ar.credit, "filler", "other");
      blank();
    }
    // tail: related posts (with spam), newsletter and comment form, mostly consecutive lines
    line(o.relatedTitle, "filler", "related-links");
    blank();
    List<Object> items = new ArrayList<>(ar.related);
    for (int i = 0; i < ar.spam.size(); i++) items.add(Math.min(items.size(), 2 * i), UiText.SPAM.get(ar.spam.get(i)));
    for (Object it : items) {
      boolean spam = it instanceof UiText.Spam;
      String cat = spam ? "promo-spam" : "related-links";
      line(spam ? ((UiText.Spam) it).title() : ((Article) it).headline, "filler", cat);
      blank();
      line(spam ? ((UiText.Spam) it).blurb() : FillerRenderer.teaserOf((Article) it), "filler", cat);
      line("Read more", "filler", cat);
      blank();
    }
    sb.setLength(sb.length() - 1); // newsletter follows "Read more" directly, as in the seed
    line(o.newsletterTitle, "filler", "newsletter");
    line(o.newsletterText, "filler", "newsletter");
    blank();
    if (o.comments) {
      line("Leave a Reply", "filler", "comments");
      blank();
      line("Your email address will not be published. Required fields are marked *", "filler", "comments");
    }
    ar.blocks = new ArrayList<>(blocks);
    return sb.toString();
  }
}
