package winnow.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The fixed list of invented events (places are real, every official, unit and number is invented), and for larger
 * crawls, any number of events made from them: moved to other towns and days, with fresh numbers.
 */
final class StoryBank {
  private StoryBank() {}

  private static final class Spec {
    final String kind;
    final int day;
    final Map<String, String> f = new LinkedHashMap<>();
    final Map<String, String> cyr = new LinkedHashMap<>();
    String pairKey;

    Spec(String kind, int day) {
      this.kind = kind;
      this.day = day;
    }
  }

  private static final List<Spec> SPECS = new ArrayList<>();

  private static Spec s(String kind, int day, String pair, String... kv) {
    Spec sp = new Spec(kind, day);
    sp.pairKey = pair;
    for (int i = 0; i + 1 < kv.length; i += 2) sp.f.put(kv[i], kv[i + 1]);
    SPECS.add(sp);
    return sp;
  }

  private static void cyr(Spec sp, String... kv) {
    for (int i = 0; i + 1 < kv.length; i += 2) sp.cyr.put(kv[i], kv[i + 1]);
  }

  static {
    Spec a1 = s("drone-energy", 14, "A", "city", "Kremenchuk", "region", "the Poltava region",
        "object", "the Kremenchuk combined heat and power plant", "objShort", "the plant",
        "official", "Dmytro Sayenko", "role", "Poltava regional governor",
        "unit", "the 138th anti-aircraft missile brigade", "operator", "Poltava Energy Service");
    cyr(a1, "ru.city", "Кременчуг", "ru.cityIn", "в Кременчуге", "ru.obj", "Кременчугская ТЭЦ",
        "ru.objGen", "Кременчугской ТЭЦ", "ru.official", "Дмитрий Саенко", "ru.role", "глава Полтавской областной администрации",
        "uk.city", "Кременчук", "uk.cityIn", "у Кременчуці", "uk.obj", "Кременчуцька ТЕЦ",
        "uk.objGen", "Кременчуцької ТЕЦ", "uk.official", "Дмитро Саєнко", "uk.role", "голова Полтавської ОВА");
    s("drone-energy", 18, "A", "city", "Kremenchuk", "region", "the Poltava region",
        "object", "the Kremenchuk combined heat and power plant", "objShort", "the plant",
        "official", "Dmytro Sayenko", "role", "Poltava regional governor",
        "unit", "the 72nd mobile air defence group", "operator", "Poltava Energy Service");
    Spec lad = s("drone-energy", 15, null, "city", "Ladyzhyn", "region", "the Vinnytsia region",
        "object", "the Ladyzhyn thermal power plant", "objShort", "the power station",
        "official", "Serhiy Bardakh", "role", "head of the Vinnytsia regional military administration",
        "unit", "the central air defence sector", "operator", "Vinnytsia Grid Services");
    cyr(lad, "ru.city", "Ладыжин", "ru.cityIn", "в Ладыжине", "ru.obj", "Ладыжинская ТЭС",
        "ru.objGen", "Ладыжинской ТЭС", "ru.official", "Сергей Бардах", "ru.role", "глава Винницкой областной администрации",
        "uk.city", "Ладижин", "uk.cityIn", "у Ладижині", "uk.obj", "Ладижинська ТЕС",
        "uk.objGen", "Ладижинської ТЕС", "uk.official", "Сергій Бардах", "uk.role", "голова Вінницької ОВА");
    s("drone-energy", 16, null, "city", "Zhytomyr", "region", "the Zhytomyr region",
        "object", "substation No. 4 on the city's northern edge", "objShort", "the substation",
        "official", "Vitaliy Hrebenko", "role", "Zhytomyr regional governor",
        "unit", "the 96th air defence battalion", "operator", "Zhytomyr Grid Company");
    s("drone-energy", 20, null, "city", "Kryvyi Rih", "region", "the Dnipropetrovsk region",
        "object", "the Tsentralna heating plant", "objShort", "the heating plant",
        "official", "Oleksandr Tymchak", "role", "head of the city's defence council",
        "unit", "the 33rd anti-aircraft regiment", "operator", "Kryvbas Teploenergo");

    Spec b1 = s("missile-strike", 15, "B", "city", "Dnipro", "region", "the Dnipropetrovsk region",
        "object", "a five-storey apartment block on Naberezhna Street", "objShort", "the building",
        "official", "Valentyn Shostak", "role", "head of the Dnipropetrovsk regional council",
        "unit", "the eastern air defence sector", "weapon", "Kh-101 cruise missiles");
    cyr(b1, "ru.city", "Днепр", "ru.cityIn", "в Днепре", "ru.obj", "пятиэтажный жилой дом на Набережной улице",
        "ru.objGen", "пятиэтажного дома на Набережной улице", "ru.official", "Валентин Шостак", "ru.role", "глава Днепропетровского облсовета",
        "uk.city", "Дніпро", "uk.cityIn", "у Дніпрі", "uk.obj", "п'ятиповерховий житловий будинок на Набережній вулиці",
        "uk.objGen", "п'ятиповерхового будинку на Набережній вулиці", "uk.official", "Валентин Шостак", "uk.role", "голова Дніпропетровської облради");
    s("missile-strike", 19, "B", "city", "Dnipro", "region", "the Dnipropetrovsk region",
        "object", "the Promarmatura valve factory on the left bank", "objShort", "the factory",
        "official", "Valentyn Shostak", "role", "head of the Dnipropetrovsk regional council",
        "unit", "the eastern air defence sector", "weapon", "Iskander-M missiles");
    Spec lviv = s("missile-strike", 15, null, "city", "Lviv", "region", "western Ukraine",
        "object", "the Sykhiv electricity substation", "objShort", "the substation",
        "official", "Maksym Dovhal", "role", "Lviv regional governor",
        "unit", "the western air defence sector", "weapon", "Kh-555 cruise missiles");
    cyr(lviv, "ru.city", "Львов", "ru.cityIn", "во Львове", "ru.obj", "подстанция на Сыхове",
        "ru.objGen", "подстанции на Сыхове", "ru.official", "Максим Довгаль", "ru.role", "глава Львовской областной администрации",
        "uk.city", "Львів", "uk.cityIn", "у Львові", "uk.obj", "підстанція на Сихові",
        "uk.objGen", "підстанції на Сихові", "uk.official", "Максим Довгаль", "uk.role", "голова Львівської ОВА");
    s("missile-strike", 17, null, "city", "Zaporizhzhia", "region", "the Zaporizhzhia region",
        "object", "a logistics warehouse complex in the Shevchenkivskyi district", "objShort", "the warehouses",
        "official", "Yuriy Mazurok", "role", "Zaporizhzhia regional governor",
        "unit", "the southern air defence sector", "weapon", "S-300 missiles");

    Spec c1 = s("shelling", 16, "C", "city", "Nikopol", "region", "the Dnipropetrovsk region",
        "object", "the central market and surrounding streets", "objShort", "the market",
        "official", "Yevhen Rudko", "role", "head of the Nikopol district administration",
        "weapon", "Grad rockets", "source", "from Russian positions across the Kakhovka reservoir");
    cyr(c1, "ru.city", "Никополь", "ru.cityIn", "в Никополе", "ru.obj", "центральный рынок",
        "ru.objGen", "центрального рынка", "ru.official", "Евгений Рудько", "ru.role", "глава Никопольской районной администрации",
        "uk.city", "Нікополь", "uk.cityIn", "у Нікополі", "uk.obj", "центральний ринок",
        "uk.objGen", "центрального ринку", "uk.official", "Євген Рудько", "uk.role", "голова Нікопольської РВА");
    s("shelling", 20, "C", "city", "Nikopol", "region", "the Dnipropetrovsk region",
        "object", "the district hospital and a gas pipeline on Heroiv Street", "objShort", "the hospital",
        "official", "Yevhen Rudko", "role", "head of the Nikopol district administration",
        "weapon", "heavy artillery", "source", "from Enerhodar on the opposite bank");
    s("shelling", 21, null, "city", "Kherson", "region", "the Kherson region",
        "object", "the area around the central railway station", "objShort", "the station area",
        "official", "Yaroslav Bilous", "role", "Kherson regional governor",
        "weapon", "122mm artillery", "source", "from the left bank of the Dnipro");
    s("shelling", 18, null, "city", "Orikhiv", "region", "the Zaporizhzhia region",
        "object", "the town's water treatment plant", "objShort", "the treatment plant",
        "official", "Oleksandr Pylypets", "role", "head of the Orikhiv military administration",
        "weapon", "mortars and tank fire", "source", "from positions near Tokmak");

    s("bridge-attack", 15, null, "city", "Mykolaiv", "region", "the Mykolaiv region",
        "object", "the road bridge over the Inhul at Mykolaiv's northern entrance", "objShort", "the bridge",
        "official", "Natalia Skoryk", "role", "spokeswoman for the Southern Operational Command",
        "weapon", "Kh-59 guided missiles", "river", "the Inhul");
    s("bridge-attack", 19, null, "city", "Kupiansk", "region", "the Kharkiv region",
        "object", "the railway bridge over the Oskil at Kupiansk-Vuzlovyi", "objShort", "the bridge",
        "official", "Oleh Zavarzin", "role", "Kharkiv regional governor",
        "weapon", "Tornado-S rockets", "river", "the Oskil");

    Spec f1 = s("prisoner-exchange", 17, "F", "city", "Vasylivka", "region", "the Zaporizhzhia region",
        "object", "a checkpoint on the Vasylivka road", "objShort", "the checkpoint",
        "official", "Andriy Hnatyshyn", "role", "deputy head of the Presidential Office");
    cyr(f1, "ru.city", "Васильевка", "ru.cityIn", "под Васильевкой", "ru.obj", "блокпост на трассе у Васильевки",
        "ru.objGen", "блокпоста у Васильевки", "ru.official", "Андрей Гнатышин", "ru.role", "заместитель главы Офиса президента Украины",
        "uk.city", "Василівка", "uk.cityIn", "біля Василівки", "uk.obj", "блокпост на трасі біля Василівки",
        "uk.objGen", "блокпоста біля Василівки", "uk.official", "Андрій Гнатишин", "uk.role", "заступник керівника Офісу президента");
    s("prisoner-exchange", 21, "F", "city", "Vasylivka", "region", "the Zaporizhzhia region",
        "object", "a checkpoint on the Vasylivka road", "objShort", "the checkpoint",
        "official", "Petro Savchuk", "role", "secretary of the Coordination Headquarters for POWs");
    s("prisoner-exchange", 19, null, "city", "Sumy", "region", "the Sumy region",
        "object", "a border crossing north of Sumy", "objShort", "the crossing",
        "official", "Petro Savchuk", "role", "secretary of the Coordination Headquarters for POWs");

    s("evacuation", 20, null, "city", "Kherson", "region", "the Kherson region",
        "object", "the central railway station", "objShort", "the station",
        "official", "Iryna Lozova", "role", "deputy minister for reintegration", "destination", "Mykolaiv and Khmelnytskyi");
    s("evacuation", 16, null, "city", "Vuhledar", "region", "the Donetsk region",
        "object", "the last open road out of Vuhledar", "objShort", "the road",
        "official", "Pavlo Hordiienko", "role", "Donetsk regional governor", "destination", "Pokrovsk and Dnipro");
    s("evacuation", 14, null, "city", "Kupiansk", "region", "the Kharkiv region",
        "object", "the town's bus station", "objShort", "the bus station",
        "official", "Oleh Zavarzin", "role", "Kharkiv regional governor", "destination", "Kharkiv and Poltava");

    s("grain-convoy", 14, "D", "city", "Odesa", "region", "the Odesa region",
        "object", "the port of Chornomorsk", "objShort", "the port",
        "official", "Oleksandr Demchuk", "role", "deputy infrastructure minister",
        "vessel", "the bulk carrier Marianne Vega", "destination", "Egypt, Spain and Indonesia");
    s("grain-convoy", 19, "D", "city", "Odesa", "region", "the Odesa region",
        "object", "the port of Chornomorsk", "objShort", "the port",
        "official", "Oleksandr Demchuk", "role", "deputy infrastructure minister",
        "vessel", "the cargo ship Nordic Tamsin", "destination", "Turkey, Kenya and the Netherlands");
    s("grain-convoy", 17, null, "city", "Yuzhne", "region", "the Odesa region",
        "object", "the port of Pivdennyi", "objShort", "the terminal",
        "official", "Yuriy Marchenko", "role", "deputy infrastructure minister",
        "vessel", "the bulk carrier Sea Lark", "destination", "Bangladesh and Italy");

    s("recapture", 15, null, "city", "Novoselivka", "region", "the Kharkiv region",
        "object", "the village of Novoselivka", "objShort", "the village",
        "official", "Serhiy Ovcharuk", "role", "spokesman for the Eastern group of forces",
        "unit", "the 213th mechanised brigade", "direction", "Svatove");
    s("recapture", 18, null, "city", "Pishchane", "region", "the Kharkiv region",
        "object", "the village of Pishchane", "objShort", "the village",
        "official", "Serhiy Ovcharuk", "role", "spokesman for the Eastern group of forces",
        "unit", "the 171st territorial defence battalion", "direction", "Kreminna");
    s("recapture", 21, null, "city", "Zelenyi Hai", "region", "the Kherson region",
        "object", "the village of Zelenyi Hai", "objShort", "the village",
        "official", "Natalia Skoryk", "role", "spokeswoman for the Southern Operational Command",
        "unit", "the 87th airmobile brigade", "direction", "Beryslav");

    s("power-outage", 17, "E", "city", "Kyiv", "region", "the Kyiv region",
        "object", "the Darnytsia substation", "objShort", "the substation",
        "official", "Serhiy Lytvak", "role", "chief executive of the capital's grid operator KyivMerezha",
        "operator", "KyivMerezha");
    s("power-outage", 21, "E", "city", "Kyiv", "region", "the Kyiv region",
        "object", "the Troieshchyna switching station", "objShort", "the switching station",
        "official", "Taras Holub", "role", "deputy head of the Kyiv city administration", "operator", "KyivMerezha");
    s("power-outage", 20, null, "city", "Kharkiv", "region", "the Kharkiv region",
        "object", "the Kharkiv-Pivnichna substation", "objShort", "the substation",
        "official", "Ihor Pashko", "role", "deputy mayor of Kharkiv", "operator", "Kharkiv Power Networks");
  }

  static List<Story> build(Random rnd) {
    List<int[]> order = new ArrayList<>();
    for (int i = 0; i < SPECS.size(); i++) order.add(new int[] {SPECS.get(i).day, i});
    order.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
    String[] ids = new String[SPECS.size()];
    for (int k = 0; k < order.size(); k++) ids[order.get(k)[1]] = String.format("s%02d", k + 1);
    List<Story> out = new ArrayList<>();
    for (int[] o : order) {
      Spec sp = SPECS.get(o[1]);
      String look = null;
      if (sp.pairKey != null) {
        for (int j = 0; j < SPECS.size(); j++) {
          if (j != o[1] && sp.pairKey.equals(SPECS.get(j).pairKey)) look = ids[j];
        }
      }
      LocalDate date = LocalDate.of(2022, 11, sp.day);
      Map<String, String> f = new LinkedHashMap<>(sp.f);
      f.put("weekday", Story.weekday(date));
      f.put("date", Story.dayMonth(date));
      Numbers.add(sp.kind, f, rnd);
      out.add(new Story(ids[o[1]], sp.kind, date, f, sp.cyr, look));
    }
    return out;
  }

  /** Share of synthesized events that stay where their bank event happened: a second incident in the same place. */
  static final double SAME_PLACE_SHARE = 0.2;

  /**
   * {@code count} events over the {@code days} days that end on {@code lastDay}. Each is a bank event on another
   * day with fresh numbers; most move to another town (local officials with them), the rest stay in the bank
   * event's place and are marked look-alikes of the previous event of that kind there. Russian and Ukrainian facts
   * are made for the kinds that have Cyrillic text when {@code cyrillic} is set.
   */
  static List<Story> synthesize(Random rnd, int count, LocalDate lastDay, int days, boolean cyrillic) {
    record Draft(LocalDate date, int spec, Map<String, String> facts, Map<String, String> cyr, String place) {}
    List<Draft> drafts = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      int i = rnd.nextInt(SPECS.size());
      Spec sp = SPECS.get(i);
      LocalDate date = lastDay.minusDays(rnd.nextInt(days));
      Map<String, String> f = new LinkedHashMap<>(sp.f);
      Map<String, String> cyr = new LinkedHashMap<>();
      String[] cyrObject = Places.cyrillicObject(sp.kind);
      boolean withCyr = cyrillic && cyrObject != null;
      String place = sp.f.get("city");
      if (rnd.nextDouble() >= SAME_PLACE_SHARE) {
        Places.Town t = Places.TOWNS.get(rnd.nextInt(Places.TOWNS.size()));
        place = t.en();
        for (Map.Entry<String, String> e : f.entrySet()) e.setValue(e.getValue().replace(sp.f.get("city"), t.en()));
        f.put("region", t.region());
        Places.particulars(f, t, rnd);
        String role = sp.f.getOrDefault("role", "");
        boolean local = role.contains("region") || role.contains("city") || role.contains("governor")
            || role.contains("district") || role.contains("mayor");
        Places.Person who = Places.PEOPLE.get(rnd.nextInt(Places.PEOPLE.size()));
        Places.Office office = Places.OFFICES.get(rnd.nextInt(Places.OFFICES.size()));
        if (local) {
          f.put("official", who.en());
          f.put("role", office.en());
        }
        if (withCyr) {
          cyr.put("ru.city", t.ru());
          cyr.put("ru.cityIn", t.ruIn());
          cyr.put("ru.obj", cyrObject[0]);
          cyr.put("ru.objGen", cyrObject[1]);
          cyr.put("ru.official", local ? who.ru() : sp.cyr.getOrDefault("ru.official", who.ru()));
          cyr.put("ru.role", local ? office.ru() : sp.cyr.getOrDefault("ru.role", office.ru()));
          cyr.put("uk.city", t.uk());
          cyr.put("uk.cityIn", t.ukIn());
          cyr.put("uk.obj", cyrObject[2]);
          cyr.put("uk.objGen", cyrObject[3]);
          cyr.put("uk.official", local ? who.uk() : sp.cyr.getOrDefault("uk.official", who.uk()));
          cyr.put("uk.role", local ? office.uk() : sp.cyr.getOrDefault("uk.role", office.uk()));
        }
      } else if (withCyr && !sp.cyr.isEmpty()) {
        cyr.putAll(sp.cyr);
      }
      f.put("weekday", Story.weekday(date));
      f.put("date", Story.dayMonth(date));
      Numbers.add(sp.kind, f, rnd);
      drafts.add(new Draft(date, i, f, cyr, place));
    }
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < drafts.size(); k++) order.add(k);
    order.sort((x, y) -> {
      int c = drafts.get(x).date().compareTo(drafts.get(y).date());
      return c != 0 ? c : Integer.compare(x, y);
    });
    String format = "s%0" + Math.max(2, Integer.toString(count).length()) + "d";
    Map<String, String> lastAtPlace = new LinkedHashMap<>();
    List<Story> out = new ArrayList<>();
    for (int n = 0; n < order.size(); n++) {
      Draft d = drafts.get(order.get(n));
      String id = String.format(format, n + 1);
      String key = SPECS.get(d.spec()).kind + "|" + d.place();
      String look = lastAtPlace.put(key, id);
      out.add(new Story(id, SPECS.get(d.spec()).kind, d.date(), d.facts(), d.cyr(), look));
    }
    return out;
  }
}
