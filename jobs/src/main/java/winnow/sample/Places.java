package winnow.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Real Ukrainian towns and invented officials (English, Russian and Ukrainian forms) that scaled crawls move the
 * story bank's events to, so that thousands of stories do not all happen in the bank's thirty places.
 */
final class Places {
  private Places() {}

  /** A town: English name and region; Russian and Ukrainian nominative and "in the town" forms. */
  record Town(String en, String region, String ru, String ruIn, String uk, String ukIn) {}

  /** An invented official's name in the three languages. */
  record Person(String en, String ru, String uk) {}

  /** A local office: English, Russian and Ukrainian titles. */
  record Office(String en, String ru, String uk) {}

  static final List<Town> TOWNS = new ArrayList<>();
  static final List<Person> PEOPLE = new ArrayList<>();
  static final List<Office> OFFICES = List.of(
      new Office("regional governor", "глава областной администрации", "голова ОВА"),
      new Office("head of the regional military administration", "глава областной военной администрации",
          "голова обласної військової адміністрації"),
      new Office("the town's mayor", "мэр города", "міський голова"),
      new Office("head of the town's military administration", "глава городской военной администрации",
          "начальник міської військової адміністрації"));

  private static void town(String en, String region, String ru, String ruIn, String uk, String ukIn) {
    TOWNS.add(new Town(en, region, ru, ruIn, uk, ukIn));
  }

  private static void person(String en, String ru, String uk) {
    PEOPLE.add(new Person(en, ru, uk));
  }

  static {
    town("Kharkiv", "the Kharkiv region", "Харьков", "в Харькове", "Харків", "у Харкові");
    town("Odesa", "the Odesa region", "Одесса", "в Одессе", "Одеса", "в Одесі");
    town("Poltava", "the Poltava region", "Полтава", "в Полтаве", "Полтава", "у Полтаві");
    town("Sumy", "the Sumy region", "Сумы", "в Сумах", "Суми", "у Сумах");
    town("Chernihiv", "the Chernihiv region", "Чернигов", "в Чернигове", "Чернігів", "у Чернігові");
    town("Vinnytsia", "the Vinnytsia region", "Винница", "в Виннице", "Вінниця", "у Вінниці");
    town("Khmelnytskyi", "the Khmelnytskyi region", "Хмельницкий", "в Хмельницком", "Хмельницький", "у Хмельницькому");
    town("Rivne", "the Rivne region", "Ровно", "в Ровно", "Рівне", "у Рівному");
    town("Lutsk", "the Volyn region", "Луцк", "в Луцке", "Луцьк", "у Луцьку");
    town("Ternopil", "the Ternopil region", "Тернополь", "в Тернополе", "Тернопіль", "у Тернополі");
    town("Ivano-Frankivsk", "the Ivano-Frankivsk region", "Ивано-Франковск", "в Ивано-Франковске", "Івано-Франківськ",
        "в Івано-Франківську");
    town("Uzhhorod", "the Zakarpattia region", "Ужгород", "в Ужгороде", "Ужгород", "в Ужгороді");
    town("Chernivtsi", "the Chernivtsi region", "Черновцы", "в Черновцах", "Чернівці", "у Чернівцях");
    town("Cherkasy", "the Cherkasy region", "Черкассы", "в Черкассах", "Черкаси", "у Черкасах");
    town("Kropyvnytskyi", "the Kirovohrad region", "Кропивницкий", "в Кропивницком", "Кропивницький", "у Кропивницькому");
    town("Kramatorsk", "the Donetsk region", "Краматорск", "в Краматорске", "Краматорськ", "у Краматорську");
    town("Sloviansk", "the Donetsk region", "Славянск", "в Славянске", "Слов'янськ", "у Слов'янську");
    town("Bakhmut", "the Donetsk region", "Бахмут", "в Бахмуте", "Бахмут", "у Бахмуті");
    town("Pokrovsk", "the Donetsk region", "Покровск", "в Покровске", "Покровськ", "у Покровську");
    town("Izium", "the Kharkiv region", "Изюм", "в Изюме", "Ізюм", "в Ізюмі");
    town("Chuhuiv", "the Kharkiv region", "Чугуев", "в Чугуеве", "Чугуїв", "у Чугуєві");
    town("Bila Tserkva", "the Kyiv region", "Белая Церковь", "в Белой Церкви", "Біла Церква", "у Білій Церкві");
    town("Brovary", "the Kyiv region", "Бровары", "в Броварах", "Бровари", "у Броварах");
    town("Pavlohrad", "the Dnipropetrovsk region", "Павлоград", "в Павлограде", "Павлоград", "у Павлограді");
    town("Kamianske", "the Dnipropetrovsk region", "Каменское", "в Каменском", "Кам'янське", "у Кам'янському");
    town("Marhanets", "the Dnipropetrovsk region", "Марганец", "в Марганце", "Марганець", "у Марганці");
    town("Ochakiv", "the Mykolaiv region", "Очаков", "в Очакове", "Очаків", "в Очакові");
    town("Voznesensk", "the Mykolaiv region", "Вознесенск", "в Вознесенске", "Вознесенськ", "у Вознесенську");
    town("Izmail", "the Odesa region", "Измаил", "в Измаиле", "Ізмаїл", "в Ізмаїлі");
    town("Bilhorod-Dnistrovskyi", "the Odesa region", "Белгород-Днестровский", "в Белгороде-Днестровском",
        "Білгород-Дністровський", "у Білгороді-Дністровському");
    town("Konotop", "the Sumy region", "Конотоп", "в Конотопе", "Конотоп", "у Конотопі");
    town("Okhtyrka", "the Sumy region", "Ахтырка", "в Ахтырке", "Охтирка", "в Охтирці");
    town("Shostka", "the Sumy region", "Шостка", "в Шостке", "Шостка", "у Шостці");
    town("Nizhyn", "the Chernihiv region", "Нежин", "в Нежине", "Ніжин", "у Ніжині");
    town("Korosten", "the Zhytomyr region", "Коростень", "в Коростене", "Коростень", "у Коростені");
    town("Berdychiv", "the Zhytomyr region", "Бердичев", "в Бердичеве", "Бердичів", "у Бердичеві");
    town("Kovel", "the Volyn region", "Ковель", "в Ковеле", "Ковель", "у Ковелі");
    town("Mukachevo", "the Zakarpattia region", "Мукачево", "в Мукачево", "Мукачево", "у Мукачеві");
    town("Uman", "the Cherkasy region", "Умань", "в Умани", "Умань", "в Умані");

    person("Andriy Koval", "Андрей Коваль", "Андрій Коваль");
    person("Oksana Lysenko", "Оксана Лысенко", "Оксана Лисенко");
    person("Viktor Moroz", "Виктор Мороз", "Віктор Мороз");
    person("Halyna Tkachenko", "Галина Ткаченко", "Галина Ткаченко");
    person("Mykola Bondar", "Николай Бондарь", "Микола Бондар");
    person("Iryna Savchenko", "Ирина Савченко", "Ірина Савченко");
    person("Roman Kravets", "Роман Кравец", "Роман Кравець");
    person("Larysa Melnyk", "Лариса Мельник", "Лариса Мельник");
    person("Bohdan Hutsul", "Богдан Гуцул", "Богдан Гуцул");
    person("Taras Petrenko", "Тарас Петренко", "Тарас Петренко");
    person("Yulia Marchuk", "Юлия Марчук", "Юлія Марчук");
    person("Serhiy Dubyna", "Сергей Дубина", "Сергій Дубина");
    person("Vadym Oliynyk", "Вадим Олейник", "Вадим Олійник");
    person("Nataliya Honchar", "Наталья Гончар", "Наталія Гончар");
    person("Ihor Shevchuk", "Игорь Шевчук", "Ігор Шевчук");
    person("Olha Rudenko", "Ольга Руденко", "Ольга Руденко");
    person("Pavlo Yarmak", "Павел Ярмак", "Павло Ярмак");
    person("Kateryna Boyko", "Екатерина Бойко", "Катерина Бойко");
    person("Denys Kuzmenko", "Денис Кузьменко", "Денис Кузьменко");
    person("Vasyl Hordiy", "Василий Гордий", "Василь Гордій");
  }

  /** What a relocated event hit, in Russian and Ukrainian (nominative, genitive), for the kinds with Cyrillic text. */
  static String[] cyrillicObject(String kind) {
    return switch (kind) {
      case "drone-energy" -> new String[] {"объект энергетической инфраструктуры", "объекта энергетической инфраструктуры",
          "об'єкт енергетичної інфраструктури", "об'єкта енергетичної інфраструктури"};
      case "missile-strike" -> new String[] {"жилой квартал", "жилого квартала", "житловий квартал", "житлового кварталу"};
      case "shelling" -> new String[] {"центр города", "центра города", "центр міста", "центру міста"};
      case "prisoner-exchange" -> new String[] {"пункт пропуска", "пункта пропуска", "пункт пропуску", "пункту пропуску"};
      default -> null;
    };
  }

  private static final List<String> AIR_DEFENCE = List.of("anti-aircraft missile brigade", "air defence battalion",
      "mobile air defence group", "anti-aircraft regiment", "air defence sector command");
  private static final List<String> GROUND = List.of("mechanised brigade", "territorial defence battalion",
      "airmobile brigade", "assault brigade", "marine brigade", "tank brigade");
  private static final List<String> OPERATOR = List.of("Energy Service", "Grid Company", "Power Networks",
      "Heat Networks", "Oblenergo");
  private static final List<String> VESSEL_KIND = List.of("bulk carrier", "cargo ship", "grain carrier");
  private static final List<String> VESSEL_NAME = List.of("Aurora Bay", "Silver Tern", "Kapitan Orlov", "Blue Heron",
      "Delta Star", "Golden Wheat", "Mare Nostra", "Sea Falcon", "Lady Irina", "North Wind", "Amber Coast",
      "Stella Maris", "Polar Swift", "Cedar Point", "Ocean Grace", "Red Kite");
  private static final List<String> COUNTRIES = List.of("Egypt", "Spain", "Indonesia", "Turkey", "Kenya", "Italy",
      "the Netherlands", "Bangladesh", "Tunisia", "China", "Israel", "Romania", "Lebanon", "Ethiopia", "Yemen");

  /**
   * Gives a moved event its own particulars besides the town: another unit, the town's grid operator, another
   * ship, destinations and front direction, so that events of one kind differ as real ones do.
   */
  static void particulars(java.util.Map<String, String> f, Town town, java.util.Random rnd) {
    if (f.containsKey("unit")) {
      String old = f.get("unit");
      List<String> types = old.contains("defence") || old.contains("anti-aircraft") ? AIR_DEFENCE : GROUND;
      f.put("unit", "the " + ordinal(1 + rnd.nextInt(220)) + " " + types.get(rnd.nextInt(types.size())));
    }
    if (f.containsKey("operator")) f.put("operator", town.en() + " " + OPERATOR.get(rnd.nextInt(OPERATOR.size())));
    if (f.containsKey("vessel")) {
      f.put("vessel", "the " + VESSEL_KIND.get(rnd.nextInt(VESSEL_KIND.size())) + " "
          + VESSEL_NAME.get(rnd.nextInt(VESSEL_NAME.size())));
    }
    if (f.containsKey("destination")) {
      // ships carry grain abroad; evacuees go to other towns
      List<String> places = f.containsKey("vessel") ? COUNTRIES : TOWNS.stream().map(Town::en).toList();
      int a = rnd.nextInt(places.size());
      int b = (a + 1 + rnd.nextInt(places.size() - 1)) % places.size();
      f.put("destination", places.get(a) + " and " + places.get(b));
    }
    if (f.containsKey("direction")) {
      Town t = TOWNS.get(rnd.nextInt(TOWNS.size()));
      if (!t.equals(town)) f.put("direction", t.en());
    }
  }

  static String ordinal(int n) {
    int tens = n % 100;
    String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }
}
