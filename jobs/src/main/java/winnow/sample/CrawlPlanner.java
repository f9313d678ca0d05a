package winnow.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Decides who covers what when, who copies whom, and which teasers and related links each page gets. */
final class CrawlPlanner {
  static final LocalDate LAST_DAY = LocalDate.of(2022, 11, 23);

  /**
   * The planner's knobs. {@code pages}: stop syndicating when the crawl has this many pages (originals are planned
   * first), or make exactly {@code copies} copies when pages is 0; {@code window}: how many neighbouring pages (by
   * fetch time) are looked at for related links and teasers, which keeps large crawls linear; {@code maxCover}: most
   * outlets carrying one story (originals and copies); each story is covered by {@code meanOutlets} English
   * outlets on average (the integers either side of it), or by three to five when it is 0 (the sample).
   */
  record Plan(LocalDate lastDay, int pages, int copies, int window, int maxCover, double meanOutlets) {
    /** The sample's plan: 56 copies, every page a candidate for related links, three to five outlets a story. */
    static final Plan SAMPLE = new Plan(LAST_DAY, 0, 56, Integer.MAX_VALUE, 7, 0);
  }

  private final Random rnd;
  private final Plan plan;
  private final ArticleWriter writer;
  private final Syndicator syndicator;
  private final Set<String> urls = new LinkedHashSet<>();

  CrawlPlanner(Random rnd, Plan plan) {
    this.rnd = rnd;
    this.plan = plan;
    this.writer = new ArticleWriter(rnd);
    this.syndicator = new Syndicator(rnd);
  }

  private LocalDate later(LocalDate d, int days) {
    LocalDate x = d.plusDays(days);
    return x.isAfter(plan.lastDay()) ? plan.lastDay() : x;
  }

  private Outlet weighted(List<Outlet> pool) {
    if (pool.size() == 1) return pool.get(0);
    double sum = 0;
    for (Outlet o : pool) sum += o.weight;
    double x = rnd.nextDouble() * sum;
    for (Outlet o : pool) {
      x -= o.weight;
      if (x < 0) return o;
    }
    return pool.get(pool.size() - 1);
  }

  List<Article> plan(List<Story> stories, List<Outlet> outlets) {
    List<Outlet> en = new ArrayList<>();
    List<Outlet> ru = new ArrayList<>();
    List<Outlet> uk = new ArrayList<>();
    for (Outlet o : outlets) {
      if ("en".equals(o.lang)) en.add(o);
      else if ("ru".equals(o.lang)) ru.add(o);
      else uk.add(o);
    }
    List<Article> all = new ArrayList<>();
    Map<String, Set<Outlet>> covering = new LinkedHashMap<>();
    for (Story s : stories) {
      List<Outlet> pool = new ArrayList<>(en);
      List<Outlet> chosen = new ArrayList<>();
      int k = plan.meanOutlets() > 0
          ? (int) plan.meanOutlets() + (rnd.nextDouble() < plan.meanOutlets() % 1 ? 1 : 0)
          : 3 + rnd.nextInt(3);
      k = Math.max(1, Math.min(en.size(), k));
      for (int i = 0; i < k; i++) {
        Outlet o = weighted(pool);
        pool.remove(o);
        chosen.add(o);
      }
      chosen.sort(Comparator.comparingInt(en::indexOf));
      covering.put(s.id(), new LinkedHashSet<>(chosen));
      for (Outlet o : chosen) {
        LocalDate pub = later(s.date(), rnd.nextInt(4) == 0 ? 1 : 0);
        all.add(writer.english(s, o, pub, false));
        if (rnd.nextDouble() < 0.45 && pub.isBefore(plan.lastDay())) {
          all.add(writer.english(s, o, later(pub, 1 + rnd.nextInt(2)), true));
        }
      }
      if (s.cyrillic() && !ru.isEmpty()) {
        all.add(writer.cyrillic(s, weighted(ru), later(s.date(), rnd.nextInt(3) == 0 ? 1 : 0)));
      }
      if (s.cyrillic() && !uk.isEmpty()) {
        all.add(writer.cyrillic(s, weighted(uk), s.date()));
      }
    }
    for (Article a : all) finish(a);

    // syndication: near-copies and excerpts of English originals by outlets that did not cover the story
    List<Article> originals = new ArrayList<>();
    for (Article a : all) if ("en".equals(a.lang)) originals.add(a);
    int wanted = plan.pages() > 0 ? Math.max(0, plan.pages() - all.size()) : plan.copies();
    int copies = 0;
    for (int attempt = 0; copies < wanted && attempt < Math.max(10_000, 20 * wanted); attempt++) {
      Article orig = originals.get(rnd.nextInt(originals.size()));
      Set<Outlet> cov = covering.get(orig.story.id());
      if (cov.size() >= plan.maxCover()) continue;
      List<Outlet> cands = new ArrayList<>();
      for (Outlet o : en) if (!cov.contains(o)) cands.add(o);
      if (cands.isEmpty()) continue;
      Outlet target = weighted(cands);
      boolean excerpt = copies % 6 == 2;
      Article c = syndicator.copy(orig, target, later(orig.published, rnd.nextInt(3) == 0 ? 1 : 0), excerpt);
      cov.add(target);
      finish(c);
      all.add(c);
      copies++;
    }

    all.sort(Comparator.comparing((Article a) -> a.fetched).thenComparing(a -> a.url));
    for (int i = 0; i < all.size(); i++) related(all.get(i), near(all, i));
    for (int i = 0; i < all.size(); i++) teasers(all.get(i), near(all, i), stories);
    return all;
  }

  /** The pages fetched around page i (all of them for the sample's unbounded window). */
  private List<Article> near(List<Article> all, int i) {
    if (plan.window() >= all.size()) return all;
    return all.subList(Math.max(0, i - plan.window()), Math.min(all.size(), i + plan.window() + 1));
  }

  private void finish(Article a) {
    Outlet o = a.outlet;
    a.author = Tpl.pick(o.authors, rnd);
    int minutes = 6 * 60 + rnd.nextInt(16 * 60);
    a.fetched = a.published.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(60L * (minutes + rnd.nextInt(8 * 60)));
    String slug = Tpl.slug(a.headline, 70);
    String d = a.published.toString();
    String url;
    do {
      String id = Integer.toString(100000 + rnd.nextInt(900000));
      if ("text".equals(o.format)) {
        url = "text/" + o.domain + "/" + d + "-" + slug + ".txt";
      } else {
        url = o.urlPattern.replace("{domain}", o.domain).replace("{yyyy}", d.substring(0, 4))
            .replace("{mm}", d.substring(5, 7)).replace("{dd}", d.substring(8, 10)).replace("{slug}", slug).replace("{id}", id);
      }
      slug = slug + "-" + (urls.size() % 7 + 2);
    } while (!urls.add(url));
    a.url = url;
  }

  private void related(Article a, List<Article> all) {
    List<Article> same = new ArrayList<>();
    List<Article> other = new ArrayList<>();
    for (Article r : all) {
      if (r == a || r.story == a.story || !r.lang.equals(a.lang) || r.published.isAfter(a.published)) continue;
      if (r.outlet == a.outlet) same.add(r);
      else if (r.copyKind == null) other.add(r);
    }
    List<Article> pool = same.size() >= 3 ? same : new ArrayList<>(same);
    if (pool.size() < 3) pool.addAll(other);
    if (pool.isEmpty()) {
      for (Article r : all) if (r.story != a.story && r.lang.equals(a.lang) && r.copyKind == null) pool.add(r);
    }
    Set<String> seenStories = new LinkedHashSet<>();
    int want = a.look().spam > 0 ? 2 + rnd.nextInt(2) : 3 + rnd.nextInt(3);
    for (int i = 0; i < 40 && a.related.size() < want && !pool.isEmpty(); i++) {
      Article r = pool.get(pool.size() - 1 - rnd.nextInt(Math.min(pool.size(), 12)));
      if (seenStories.add(r.story.id())) a.related.add(r);
    }
    if (a.look().spam > 0 && rnd.nextInt(5) > 0) {
      int n = Math.max(1, a.look().spam - 1 + rnd.nextInt(2));
      while (a.spam.size() < n) {
        int idx = rnd.nextInt(UiText.SPAM.size());
        if (!a.spam.contains(idx)) a.spam.add(idx);
      }
    }
  }

  private void teasers(Article a, List<Article> all, List<Story> stories) {
    if (rnd.nextDouble() >= 0.42) return;
    List<Article> cands = new ArrayList<>();
    List<Article> own = new ArrayList<>();
    for (Article r : all) {
      if (r.story == a.story || !r.lang.equals(a.lang) || r.copyKind != null || r.published.isAfter(a.published)) continue;
      cands.add(r);
      if (r.outlet == a.outlet) own.add(r);
    }
    if (cands.isEmpty()) return;
    Article other = !own.isEmpty() && rnd.nextBoolean() ? Tpl.pick(own, rnd) : Tpl.pick(cands, rnd);
    boolean line = rnd.nextInt(5) < 2;
    List<Article.Para> t = writer.teaser(other.story, other, a.lang, line);
    int n = a.paras.size();
    int at = 2 + rnd.nextInt(Math.max(1, n - 3));
    List<Article.Para> paras = new ArrayList<>(a.paras);
    paras.addAll(Math.min(at, paras.size() - 1), t);
    a.paras = paras;
  }

  static Instant instant(LocalDate d) {
    return d.atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
