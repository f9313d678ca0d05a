package winnow.sample;

import java.util.List;

/** Generic English sentence templates shared by all kinds (filled with the story's facts). */
final class EnCommon {
  private EnCommon() {}

  static final List<String> QUOTE_STRIKE = List.of(
      "“[We will restore everything|We will rebuild what was destroyed|Every strike only makes us more determined], [but people need to be patient|and nobody here is going to give up],” {official} [said|wrote on Telegram|told reporters].",
      "“The situation is [difficult but under control|tense but controlled],” {role} {official} said, urging residents to [follow official channels|stay in shelters during alerts].",
      "{official} [said|told local television] that [emergency services|rescue teams] had been working at {objShort} [through the night|since the early hours].",
      "“[This is yet another|This was a deliberate] [attack on|blow against] [ordinary people|civilians],” {official} said in a [video address|statement posted online].",
      "“[Everyone who could help came|Volunteers, doctors and police worked side by side],” {official} said, thanking [the emergency crews|local residents] for their [work|help].");

  static final List<String> QUOTE_ANY = List.of(
      "Speaking to [journalists|reporters] in {city}, {official} said [more details|a fuller picture] would be [available|released] [later on {weekday}|in the coming days].",
      "“[We are doing everything we can|Our teams are working around the clock], [and we will keep going|and the work will continue],” {official} said.",
      "{official} [thanked|praised] [the teams involved|everyone involved] and said [the work would continue|more would follow] [in the coming days|as soon as possible].");

  static final List<String> QUOTE_HUMAN = List.of(
      "“[This matters to|This is important for] [thousands of families|millions of people],” {official} [said|told reporters].",
      "“[Every day counts|We cannot afford to wait], [and everyone involved knows it|especially now, before winter],” {official} said.");

  static final List<String> QUOTE_FRONT = List.of(
      "“[This result belongs to|We owe this to] [our soldiers|the people who held on], [and there is more to come|and we are moving on],” {official} said [in a video address|on Telegram].");

  static final List<String> STRIKE_REACTION = List.of(
      "Russia's defence ministry did not immediately comment on the [report|claims].",
      "Moscow [has repeatedly denied|denies] targeting civilians, [saying|and says] its strikes are aimed at military and energy infrastructure.",
      "Ukraine's foreign ministry called {event} [a war crime|an act of terror] and urged partners to [speed up deliveries of|send more] air defence systems.",
      "The [claims|figures] could not be independently verified.",
      "A Kremlin spokesman declined to comment on [specific|individual] strikes when asked by reporters on {weekday}.");

  static final List<String> STRIKE_IMPACT = List.of(
      "In {city}, residents [queued|lined up] at [water points|heating tents] set up by the [city council|emergency service] [in the afternoon|on {weekday} evening].",
      "Schools in {city} [switched to|moved to] remote lessons [for the rest of the week|until further notice], [the city council said|local authorities said].",
      "Shops and cafes in the centre of {city} ran on generators, [their engines humming|the noise of engines filling] [along the main street|in the dark streets].",
      "Local volunteers [said|reported] that [demand for|requests for] [candles, blankets and power banks|warm clothing and batteries] had [jumped|doubled] [since {event}|within a day].");

  static final List<String> STRIKE_CONTEXT = List.of(
      "Since October, Russia has [carried out|launched] waves of missile and drone attacks on Ukraine's power grid, [damaging|hitting] [about|around] [a third|40 per cent] of the country's energy infrastructure.",
      "Western officials say Russia is [running short of|depleting its stocks of] precision missiles and is relying more heavily on cheap Iranian-made drones.",
      "Ukraine's national grid operator has warned that [scheduled|emergency] blackouts could last [well into|until the end of] winter.",
      "[Temperatures|Night-time temperatures] across much of Ukraine [have dropped|dropped] below zero this week, [raising fears for|adding to the strain on] households without heating.",
      "{event} came [days|less than a week] after one of the largest Russian barrages of the war, which [left|plunged] [about|some] ten million people without power.");

  static final List<String> HUMAN_CONTEXT = List.of(
      "The United Nations says [more than|over] seven million Ukrainians are displaced inside the country, and [millions more|a similar number] have left for Europe.",
      "[Aid groups|Humanitarian organisations] have warned that the coming winter could be the hardest since the start of the invasion in February.",
      "Talks between Kyiv and Moscow have been frozen since the spring, and [humanitarian issues|exchanges and grain exports] remain [among the few areas|one of the few areas] of contact.",
      "The International Committee of the Red Cross has [repeatedly called|called again] for access to prisoners held by both sides.");

  static final List<String> FRONT_CONTEXT = List.of(
      "Ukrainian forces have regained [large parts of|swathes of territory in] the Kharkiv region since September and are pressing towards [Svatove and Kreminna|the Luhansk region].",
      "Russian troops withdrew from the right bank of the Dnipro, including the city of Kherson, on 11 November, [in one of Moscow's biggest setbacks of the war|after weeks of Ukrainian pressure].",
      "[Military analysts|Analysts] say the onset of [frost|winter] could [slow|reshape] fighting along the front as both sides [dig in|regroup].");

  static final List<String> GENERAL_CONTEXT = List.of(
      "The war, now in its ninth month, has [killed|claimed the lives of] [thousands|tens of thousands of] civilians and [forced|driven] millions from their homes.",
      "Ukraine's president [said|repeated] in his nightly address that Ukraine would [not be broken by|withstand] [terror|the attacks] [this winter|in the months ahead].",
      "{region} has been [among the worst-hit areas|a frequent target] since the start of the full-scale invasion.");

  static final List<String> OUTLOOK = List.of(
      "Officials urged residents of {city} to [charge devices|stock up on water] and [keep an eye on|follow] air raid alerts in the coming days.",
      "[Analysts|Military analysts] expect [further strikes|more attacks of this kind] [as winter sets in|in the coming weeks].",
      "{official} said a full [assessment of the damage|account of what happened] would be [published|presented] [later in the week|in the coming days].",
      "[Prosecutors|Police investigators] have opened [a criminal case|an investigation] into {event}, the regional prosecutor's office said.");

  static final List<String> OUTLOOK_OTHER = List.of(
      "{official} said a full [account|assessment] would be [published|presented] [later in the week|in the coming days].",
      "[Officials|Authorities] said the work would continue [as long as conditions allow|despite the risks], and promised [regular updates|further details].",
      "[Further updates are expected|More details are expected] [later in the week|in the coming days], {official} said.");

  /** Ways to end a teaser paragraph for another story, English. */
  static final List<String> TEASER_READ_MORE = List.of("Read more HERE.", "Read more here.", "Full story HERE.");

  static List<String> quote(String theme) {
    List<String> out = new java.util.ArrayList<>(QUOTE_ANY);
    out.addAll("strike".equals(theme) ? QUOTE_STRIKE : "front".equals(theme) ? QUOTE_FRONT : QUOTE_HUMAN);
    return out;
  }

  static List<String> outlook(String theme) {
    return "strike".equals(theme) ? OUTLOOK : OUTLOOK_OTHER;
  }

  static List<String> context(String theme) {
    switch (theme) {
      case "human":
        return HUMAN_CONTEXT;
      case "front":
        return FRONT_CONTEXT;
      default:
        return STRIKE_CONTEXT;
    }
  }

  static List<String> extra(String theme) {
    return "strike".equals(theme) ? STRIKE_IMPACT : GENERAL_CONTEXT;
  }

  static List<String> reaction(String theme) {
    return "strike".equals(theme) ? STRIKE_REACTION : GENERAL_CONTEXT;
  }
}
