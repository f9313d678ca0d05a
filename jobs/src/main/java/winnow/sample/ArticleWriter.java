package winnow.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Writes each outlet's own version of a story from the template pools. */
final class ArticleWriter {
  private final Random rnd;
  /** story id → template → times used, so that outlets prefer templates others have not used. */
  private final Map<String, Map<String, Integer>> usage = new LinkedHashMap<>();

  ArticleWriter(Random rnd) {
    this.rnd = rnd;
  }

  private String pick(Story s, List<String> pool, List<String> usedHere) {
    Map<String, Integer> u = usage.computeIfAbsent(s.id(), k -> new LinkedHashMap<>());
    int min = Integer.MAX_VALUE;
    for (String t : pool) if (!usedHere.contains(t)) min = Math.min(min, u.getOrDefault(t, 0));
    List<String> cands = new ArrayList<>();
    for (String t : pool) if (!usedHere.contains(t) && u.getOrDefault(t, 0) == min) cands.add(t);
    if (cands.isEmpty()) return null;
    String t = cands.get(rnd.nextInt(cands.size()));
    u.merge(t, 1, Integer::sum);
    usedHere.add(t);
    return t;
  }

  /** story id → sentences already written for it, so that two outlets never share a sentence verbatim. */
  private final Map<String, java.util.Set<String>> written = new LinkedHashMap<>();
  private boolean american;

  private void add(List<String> out, Story s, List<String> pool, List<String> usedHere, Map<String, String> f, int n) {
    java.util.Set<String> seen = written.computeIfAbsent(s.id(), k -> new java.util.LinkedHashSet<>());
    for (int i = 0; i < n; i++) {
      String sentence = null;
      for (int tpl = 0; tpl < 3 && sentence == null; tpl++) {
        String t = pick(s, pool, usedHere);
        if (t == null) return;
        for (int tries = 0; tries < 8; tries++) {
          String x = style(Tpl.fill(t, f, rnd));
          if (!seen.contains(x)) {
            sentence = x;
            break;
          }
        }
      }
      if (sentence != null) {
        seen.add(sentence);
        out.add(sentence);
      }
    }
  }

  /** Fills a template, retrying alternatives and then other templates so the result is new for the story. */
  private String unique(Story s, String template, List<String> pool, Map<String, String> f) {
    java.util.Set<String> seen = written.computeIfAbsent(s.id(), k -> new java.util.LinkedHashSet<>());
    List<String> order = new ArrayList<>();
    order.add(template);
    for (String t : pool) if (!t.equals(template)) order.add(t);
    String first = null;
    for (String t : order) {
      for (int tries = 0; tries < 10; tries++) {
        String x = style(Tpl.fill(t, f, rnd));
        if (first == null) first = x;
        if (!seen.contains(x)) {
          seen.add(x);
          return x;
        }
      }
    }
    boolean englishHeadline = !f.containsKey("onDay") && !first.endsWith(".");
    if (englishHeadline) {
      for (String suffix : List.of(", officials say", ": what we know", " – latest", ", reports say", " – update")) {
        if (seen.add(first + suffix)) return first + suffix;
      }
    }
    return first;
  }

  private static final String[][] US = {{"defence", "defense"}, {"neighbouring", "neighboring"}, {"per cent", "percent"},
      {"metres", "meters"}, {"mechanised", "mechanized"}, {"stabilise", "stabilize"}, {"centre", "center"},
      {"kilometres", "kilometers"}, {"organisations", "organizations"}, {"“", "\""}, {"”", "\""}};

  /** The outlet's house style: American spelling and straight quotes for the US-style outlets. */
  private String style(String sentence) {
    if (!american) return sentence;
    String x = sentence;
    for (String[] r : US) x = x.replace(r[0], r[1]);
    return x;
  }

  Map<String, String> englishFacts(Story s, LocalDate pub) {
    Map<String, String> f = new LinkedHashMap<>(s.facts());
    f.put("fweekday", Story.weekday(pub));
    String e = Tpl.fill(Tpl.pick(EnKinds.of(s.kind()).events(), rnd), f, rnd);
    f.put("event", e.startsWith("The ") ? "the " + e.substring(4) : e);
    return f;
  }

  Article english(Story s, Outlet o, LocalDate pub, boolean followUp) {
    EnKinds.KindText k = EnKinds.of(s.kind());
    Map<String, String> f = englishFacts(s, pub);
    Article a = new Article(s, o, "en", pub, followUp);
    american = o.american;
    List<String> used = new ArrayList<>();
    List<String> hp = followUp ? k.followHeadlines() : k.headlines();
    a.headline = unique(s, pick(s, hp, used), hp, f);
    List<String> sent = new ArrayList<>();
    String theme = s.theme();
    if (followUp) {
      add(sent, s, k.followLeads(), used, f, 1);
      add(sent, s, k.followDetails(), used, f, 2);
      add(sent, s, k.details(), used, f, 1 + rnd.nextInt(2));
      add(sent, s, EnCommon.quote(theme), used, f, 1);
      add(sent, s, EnCommon.extra(theme), used, f, 1);
      add(sent, s, EnCommon.context(theme), used, f, 1 + rnd.nextInt(2));
      add(sent, s, EnCommon.GENERAL_CONTEXT, used, f, 1);
      add(sent, s, EnCommon.outlook(theme), used, f, rnd.nextInt(2));
    } else {
      add(sent, s, k.leads(), used, f, 1);
      add(sent, s, k.details(), used, f, 2);
      add(sent, s, EnCommon.quote(theme), used, f, 1);
      add(sent, s, k.details(), used, f, 1 + rnd.nextInt(2));
      add(sent, s, EnCommon.reaction(theme), used, f, 1);
      add(sent, s, EnCommon.extra(theme), used, f, 1 + rnd.nextInt(2));
      if (rnd.nextBoolean()) add(sent, s, EnCommon.quote(theme), used, f, 1);
      add(sent, s, EnCommon.context(theme), used, f, 1 + rnd.nextInt(2));
      add(sent, s, EnCommon.GENERAL_CONTEXT, used, f, rnd.nextInt(2));
      add(sent, s, EnCommon.outlook(theme), used, f, 1);
    }
    // light per-outlet reordering of the middle part
    for (int i = 0; i < 2 && sent.size() > 5; i++) {
      int j = 2 + rnd.nextInt(sent.size() - 3);
      String x = sent.get(j);
      sent.set(j, sent.get(j + 1));
      sent.set(j + 1, x);
    }
    a.paras = paragraphs(sent);
    String sf = pick(s, k.details(), used);
    a.standfirst = sf == null ? null : unique(s, sf, k.details(), f);
    a.caption = Tpl.fill("[The scene at|Damage at|Emergency workers at|A view of] {object} in {city} on {weekday}.", f, rnd);
    return a;
  }

  Article cyrillic(Story s, Outlet o, LocalDate pub) {
    String lang = o.lang;
    CyrText.Pools p = CyrText.pools(s.kind(), lang);
    Map<String, String> f = CyrText.facts(s, lang);
    Article a = new Article(s, o, lang, pub, false);
    american = false;
    List<String> used = new ArrayList<>();
    a.headline = unique(s, pick(s, p.headlines(), used), p.headlines(), f);
    List<String> sent = new ArrayList<>();
    boolean ru = "ru".equals(lang);
    add(sent, s, p.leads(), used, f, 2);
    add(sent, s, p.details(), used, f, 2);
    add(sent, s, ru ? CyrText.RU_QUOTE : CyrText.UK_QUOTE, used, f, 1);
    add(sent, s, p.details(), used, f, 2);
    add(sent, s, ru ? CyrText.RU_CONTEXT : CyrText.UK_CONTEXT, used, f, 3);
    add(sent, s, ru ? CyrText.RU_QUOTE : CyrText.UK_QUOTE, used, f, 1);
    add(sent, s, ru ? CyrText.RU_OUTLOOK : CyrText.UK_OUTLOOK, used, f, 1);
    a.paras = paragraphs(sent);
    return a;
  }

  /** Group sentences into paragraphs of roughly 25–70 words, at least 5 paragraphs. */
  List<Article.Para> paragraphs(List<String> sent) {
    List<List<String>> groups = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    int words = 0;
    int target = 30 + rnd.nextInt(25);
    for (String s : sent) {
      int w = Tpl.words(s);
      if (!cur.isEmpty() && (words >= target || words + w > 70)) {
        groups.add(cur);
        cur = new ArrayList<>();
        words = 0;
        target = 30 + rnd.nextInt(25);
      }
      cur.add(s);
      words += w;
    }
    if (!cur.isEmpty()) groups.add(cur);
    while (groups.size() < 5) {
      int best = -1;
      for (int i = 0; i < groups.size(); i++) {
        if (groups.get(i).size() >= 2 && (best < 0 || groups.get(i).size() > groups.get(best).size())) best = i;
      }
      if (best < 0) break;
      List<String> g = groups.get(best);
      int half = g.size() / 2;
      groups.set(best, new ArrayList<>(g.subList(0, half)));
      groups.add(best + 1, new ArrayList<>(g.subList(half, g.size())));
    }
    List<Article.Para> out = new ArrayList<>();
    for (List<String> g : groups) out.add(new Article.Para(Article.ParaKind.BODY, g, null, null));
    return out;
  }

  /** One or two teaser paragraphs about another story, as dropped into the middle of an article. */
  List<Article.Para> teaser(Story other, Article otherArticle, String lang, boolean lineStyle) {
    List<String> sent = new ArrayList<>();
    List<Article.Para> out = new ArrayList<>();
    if ("en".equals(lang)) {
      EnKinds.KindText k = EnKinds.of(other.kind());
      Map<String, String> f = englishFacts(other, other.date());
      sent.add(Tpl.fill(Tpl.pick(k.leads(), rnd), f, rnd));
      String d = Tpl.fill(Tpl.pick(k.details(), rnd), f, rnd);
      if (rnd.nextInt(3) == 0) {
        out.add(new Article.Para(Article.ParaKind.TEASER, sent, other.id(), null));
        sent = new ArrayList<>();
      }
      sent.add(d);
      if (!lineStyle) sent.add(Tpl.pick(EnCommon.TEASER_READ_MORE, rnd));
      out.add(new Article.Para(Article.ParaKind.TEASER, sent, other.id(), otherArticle.url));
      if (lineStyle) {
        out.add(new Article.Para(Article.ParaKind.READMORE, List.of("READ MORE: " + otherArticle.headline), other.id(), otherArticle.url));
      }
    } else {
      CyrText.Pools p = CyrText.pools(other.kind(), lang);
      Map<String, String> f = CyrText.facts(other, lang);
      sent.add(Tpl.fill(Tpl.pick(p.leads(), rnd), f, rnd));
      boolean ru = "ru".equals(lang);
      if (!lineStyle) sent.add(Tpl.pick(ru ? CyrText.RU_TEASER_END : CyrText.UK_TEASER_END, rnd));
      out.add(new Article.Para(Article.ParaKind.TEASER, sent, other.id(), otherArticle.url));
      if (lineStyle) {
        String prefix = ru ? "Читайте также: " : "Читайте також: ";
        out.add(new Article.Para(Article.ParaKind.READMORE, List.of(prefix + otherArticle.headline), other.id(), otherArticle.url));
      }
    }
    return out;
  }
}
