package winnow.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Makes near-copies and excerpts of another outlet's article, as syndication partners do. */
final class Syndicator {
  private final Random rnd;

  Syndicator(Random rnd) {
    this.rnd = rnd;
  }

  private static final String[][] SWAPS = {
      {" hits ", " strikes "}, {" hit ", " struck "}, {" kills ", " claims "}, {" after ", " following "},
      {" homes", " households"}, {" power", " electricity"}, {"Russian ", "Russia's "}, {" freed ", " released "},
      {" retake ", " recapture "}, {" dead ", " killed "}, {" launched ", " fired "}, {" leave ", " depart "},
      {" shot down", " downed"}, {" says ", " claims "}, {" people ", " residents "}, {"Blackouts", "Power cuts"},
      {"Drone strike", "Drone attack"}, {" evacuated ", " moved out "}};

  String editHeadline(String h) {
    String out = h;
    int op = rnd.nextInt(4);
    if (op == 0) out = (rnd.nextBoolean() ? "Ukraine war: " : "Ukraine latest: ") + out;
    else if (op == 1) out = out + (rnd.nextBoolean() ? " – report" : ", officials say");
    else if (op == 2) out = titleCase(out);
    String padded = " " + out + " ";
    for (String[] s : SWAPS) {
      if (padded.contains(s[0])) {
        padded = padded.replaceFirst(java.util.regex.Pattern.quote(s[0]), s[1]);
        break;
      }
    }
    out = padded.trim();
    if (out.equals(h)) out = "Ukraine: " + h;
    return out;
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : s.split(" ")) {
      if (sb.length() > 0) sb.append(' ');
      boolean small = List.of("a", "an", "the", "of", "in", "on", "at", "to", "and", "as", "by", "with", "after")
          .contains(w.toLowerCase(Locale.ROOT)) && sb.length() > 0;
      sb.append(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return sb.toString();
  }

  Article copy(Article orig, Outlet target, LocalDate pub, boolean excerpt) {
    Article c = new Article(orig.story, target, orig.lang, pub, orig.followUp);
    c.original = orig;
    c.copyKind = excerpt ? "excerpt" : "near-copy";
    c.headline = editHeadline(orig.headline);
    c.standfirst = orig.standfirst;
    c.caption = orig.caption;
    List<Article.Para> body = new ArrayList<>(orig.bodyOnly());
    if (excerpt) {
      int n = body.size();
      int keep = Math.max(2, (int) Math.round(n * (0.4 + 0.2 * rnd.nextDouble())));
      body = new ArrayList<>(body.subList(0, Math.min(keep, n - 1)));
      c.credit = "Read the full article at " + orig.outlet.name + ".";
    } else {
      int n = body.size();
      if (rnd.nextBoolean() && n > 5) {
        body.remove(1 + rnd.nextInt(n - 1));
      } else {
        int i = 1 + rnd.nextInt(n - 2);
        Article.Para x = body.get(i);
        body.set(i, body.get(i + 1));
        body.set(i + 1, x);
      }
      List<Integer> multi = new ArrayList<>();
      for (int i = 0; i < body.size(); i++) if (body.get(i).sentences().size() >= 2) multi.add(i);
      if (!multi.isEmpty()) {
        int i = multi.get(rnd.nextInt(multi.size()));
        List<String> s = body.get(i).sentences();
        body.set(i, new Article.Para(Article.ParaKind.BODY, s.subList(0, s.size() - 1), null, null));
      }
      if (target.credit && rnd.nextInt(3) > 0) {
        c.credit = (rnd.nextBoolean() ? "This article was originally published by " : "This story first appeared in ")
            + orig.outlet.name + ".";
      }
    }
    c.paras = body;
    return c;
  }
}
