package winnow.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Kind-specific English sentence templates (see {@link Tpl} for the syntax). */
final class EnKinds {
  private EnKinds() {}

  record KindText(List<String> headlines, List<String> events, List<String> leads, List<String> details,
                  List<String> followHeadlines, List<String> followLeads, List<String> followDetails) {}

  static final Map<String, KindText> K = new LinkedHashMap<>();

  static KindText of(String kind) {
    KindText k = K.get(kind);
    if (k == null) throw new IllegalArgumentException(kind);
    return k;
  }

  static {
    K.put("drone-energy", new KindText(
        List.of("Drone strike knocks out power at {object} in {city}",
            "[Kamikaze|Iranian-made] drones hit {object}, {homes} homes left without power",
            "{city}: {drones} drones launched at energy site, {down} shot down",
            "Russia targets {city} energy grid with {weapon} drones",
            "Power cut to {homes} homes after drone attack on {objShort} in {city}"),
        List.of("the drone attack on {object}", "the strike on {object}", "the overnight drone raid on {city}"),
        List.of("[Russian forces|Russia] launched {drones} {weapon} drones at {object} [early on {weekday}|overnight into {weekday}|in the early hours of {weekday}], [knocking out power to|cutting electricity to] {homes} homes, {role} {official} said.",
            "A wave of {weapon} drones struck {object} on {weekday}, the latest in a series of attacks on Ukraine's energy system that has left much of {region} without electricity.",
            "{object} in {city} was hit by drones on {weekday}, local officials said, leaving {homes} households without electricity as temperatures fell below freezing.",
            "Explosions [were heard|rang out] across {city} on {weekday} as [Iranian-made|kamikaze] drones [targeted|slammed into] {object}, according to {role} {official}."),
        List.of("Air defence units shot down {down} of the {drones} drones, but [at least two|several] got through and hit {objShort}, [officials said|according to the regional administration].",
            "Crews from {operator} were working to restore supply, and officials warned that repairs to {objShort} could take [several days|at least a week|until the end of the month].",
            "{injured} workers were injured in the attack, [none of them seriously|two of them seriously], {official} said in a [Telegram post|statement|video address].",
            "Gunners from {unit} said they had been [tracking|firing at] the drones [for more than an hour|from about 3 a.m.] before the first impact at {objShort}.",
            "Emergency shutdowns were introduced in {city} and [neighbouring districts|across {region}] to stabilise the grid after {objShort} went offline.",
            "Photos shared by residents showed thick smoke rising above {objShort}, which supplies [heat and power|electricity and hot water] to much of {city}."),
        List.of("{city} power partly restored days after drone strike on {objShort}",
            "Repairs under way at {object} after drone attack",
            "{city} faces [more|longer] blackouts as {objShort} repairs drag on"),
        List.of("Engineers had restored power to about {restored} per cent of homes in {city} by {fweekday}, days after drones hit {object}, {official} said.",
            "Residents of {city} [faced|endured] another night of rolling blackouts on {fweekday} as repair crews worked at {object}, which was struck by {drones} drones on {weekday}."),
        List.of("{operator} said outages of up to {hours} hours a day would remain in place [for now|at least until the weekend] while damaged transformers at {objShort} are replaced.",
            "{official} said the [drone|air] threat remained high and asked residents to [limit|cut] their use of [heaters and kettles|electrical appliances] in the evening peak.")));

    K.put("missile-strike", new KindText(
        List.of("Missile strike on {city} kills {killed}, damages {objShort}",
            "{killed} dead as Russian missiles hit {object} in {city}",
            "{city} hit by {missiles} missiles, {down} intercepted",
            "Russian {weapon} strike [leaves|kills] {killed} [dead|people] in {city}"),
        List.of("the missile strike on {city}", "the attack on {object}", "{weekday}'s missile strike"),
        List.of("At least {killed} people were killed and {injured} wounded when Russian missiles hit {object} in {city} on {weekday}, {role} {official} said.",
            "Russia fired {missiles} {weapon} at {city} on {weekday}, [striking|badly damaging] {object} and killing at least {killed} people, [regional officials|local authorities] said.",
            "A Russian missile [slammed into|struck] {object} in {city} [on {weekday} morning|late on {weekday}], leaving {killed} people dead and {injured} injured.",
            "Rescuers in {city} were [searching the rubble of|working at] {object} on {weekday} after a Russian missile strike that killed at least {killed} people."),
        List.of("Air defence units of {unit} said they had intercepted {down} of the {missiles} missiles fired at the region.",
            "The blast [damaged|blew out windows in] {buildings} nearby buildings, and [dozens of|many] cars parked outside were [burnt out|destroyed], according to the emergency service.",
            "{injured} people were taken to hospital, [several of them|including three children] in a serious condition, {official} said.",
            "The missiles were [launched from|fired by] strategic bombers over the Caspian Sea, [according to|the Ukrainian air force said, citing] {unit}.",
            "Emergency workers used cranes to [lift slabs of concrete|reach the upper floors] at {objShort} [as relatives waited nearby|throughout the night]."),
        List.of("Death toll in {city} missile strike rises to {killedUpd}",
            "{city} mourns victims of missile strike on {objShort}"),
        List.of("The number of people killed in {weekday}'s missile strike on {object} in {city} rose to {killedUpd} on {fweekday}, {official} said.",
            "Rescuers finished clearing the rubble at {object} in {city} on {fweekday}, [raising|bringing] the death toll from the Russian strike to {killedUpd}."),
        List.of("[A day of mourning was declared|The city declared a day of mourning] in {city}, and flags on [public buildings|the regional administration] were lowered.",
            "Of the {injured} people wounded, [eight|several] remained in hospital on {fweekday}, doctors said.")));

    K.put("shelling", new KindText(
        List.of("Russian shelling of {city} kills {killed}, hits {objShort}",
            "{city} shelled [again|overnight] with {weapon}: {killed} killed",
            "{rounds} shells fired at {city} in one night, officials say"),
        List.of("the shelling of {city}", "the bombardment of {city}", "the attack on {object}"),
        List.of("Russian forces fired {rounds} rounds of {weapon} at {city} [overnight into {weekday}|on {weekday}], killing {killed} people and damaging {object}, {role} {official} said.",
            "{city} came under [heavy|repeated] fire {source} on {weekday}, with shells hitting {object} and killing {killed} residents.",
            "[At least|No fewer than] {killed} people were killed in {city} on {weekday} when {weapon} fired {source} struck {object}, local authorities said."),
        List.of("{injured} people were wounded, and {houses} private houses, [a school|a kindergarten] and several power lines were damaged, [according to|said] {official}.",
            "The town, [which lies|lying] {source}, has been shelled almost every night since the summer, and [more than half|about half] of its residents have left.",
            "Firefighters [put out|battled] [several|a number of] blazes near {objShort} [until late afternoon|into the evening], the emergency service said.",
            "{official} [urged|asked] the remaining residents to [stay close to shelters|move to safer districts] and [not to|to avoid] [gather near|gathering at] {objShort}."),
        List.of("Death toll from {city} shelling rises to {killedUpd}", "{city} counts the damage after night of shelling"),
        List.of("The death toll from {weekday}'s shelling of {city} rose to {killedUpd} on {fweekday}, {official} said, after [two|more] wounded residents died in hospital."),
        List.of("Municipal crews [began|started] patching roofs and boarding up windows in {houses} damaged homes on {fweekday}, the district administration said.")));

    K.put("bridge-attack", new KindText(
        List.of("Strike damages {object}", "{weapon} hit {object}, cutting key supply route",
            "{objShort} near {city} put out of action after attack"),
        List.of("the attack on {object}", "the strike on {objShort} near {city}"),
        List.of("{object} was [badly damaged|put out of action] on {weekday} after a strike with {weapon}, cutting a [key|major] supply route across {river}, {role} {official} said.",
            "A strike with {weapon} [hit|wrecked] {object} near {city} on {weekday}, [leaving|with] {spans} spans [collapsed|in the water], according to {official}."),
        List.of("At least {vehicles} [vehicles|lorries and fuel trucks] were [caught on|trapped near] {objShort} when it was hit, [footage shared online appeared to show|according to local reports].",
            "The [structure|crossing], about {length} metres long, was one of the last [routes|links] across {river} in the area, and the nearest alternative means a detour of {detour} km.",
            "{official} [said|told a briefing] that repairs [would take weeks|were unlikely before spring], and that [engineers|sappers] were assessing [the damaged spans|the remaining supports].",
            "Residents on both banks of {river} [said|told reporters] they had heard [a series of|at least three] explosions [shortly after midnight|before dawn] on {weekday}."),
        List.of("Traffic diverted after strike on {objShort} near {city}"),
        List.of("Freight and aid convoys were being rerouted on {fweekday}, days after {object} was hit, adding about {detour} km to each journey, {official} said."),
        List.of("Satellite images taken on {fweekday} [showed|appeared to show] {spans} spans of {objShort} [missing|lying in {river}].")));

    K.put("prisoner-exchange", new KindText(
        List.of("{returned} Ukrainian prisoners of war freed in exchange",
            "Ukraine and Russia swap prisoners: {returned} Ukrainians home",
            "Prisoner exchange near {city} brings home {returned} soldiers"),
        List.of("the prisoner exchange", "the swap near {city}", "{weekday}'s exchange of prisoners"),
        List.of("Ukraine brought home {returned} [servicemen and civilians|prisoners of war] on {weekday} in an exchange with Russia at {object}, {role} {official} said.",
            "[Kyiv and Moscow|Ukraine and Russia] exchanged prisoners on {weekday}, with {returned} Ukrainians and {handed} Russians returning home, according to {official}.",
            "{returned} Ukrainian prisoners were released on {weekday} in the latest swap with Russia, which took place at {object} in {region}."),
        List.of("Among those freed were {officers} officers and {civilians} civilians, [including a medic|among them a nurse] [captured in the spring|held since March], {official} said.",
            "{wounded} of the returning soldiers were wounded and [were taken|went] straight to hospital for treatment, [officials said|the Coordination Headquarters said].",
            "Photos [released|published] by the presidential office showed the men, [many|several] of them visibly thin, [wrapped in blankets|stepping off buses] after crossing at {objShort}.",
            "Russia said it had received {handed} of its own servicemen, who would be flown to Moscow for [medical treatment|rehabilitation]."),
        List.of("Freed prisoners describe captivity after {city} exchange"),
        List.of("Soldiers freed in {weekday}'s exchange near {city} began [giving|to give] accounts of their captivity on {fweekday}, [describing|speaking of] [cold cells|long interrogations] and little food."),
        List.of("{official} said work on the next exchange [had already begun|was under way] and that [families|relatives] should register missing soldiers with the headquarters.")));

    K.put("evacuation", new KindText(
        List.of("{evacuated} people evacuated from {city} as fighting nears",
            "Evacuation from {city} speeds up ahead of winter",
            "Authorities move {children} children out of {city}"),
        List.of("the evacuation from {city}", "the evacuation effort in {city}"),
        List.of("[Authorities|Officials] evacuated {evacuated} people from {city} on {weekday}, including {children} children, {role} {official} said.",
            "Hundreds of residents left {city} on {weekday} as authorities [stepped up|expanded] evacuations, with {buses} buses leaving from {object} for {destination}."),
        List.of("{trains} evacuation trains [are scheduled to|will] leave each day [until the end of the month|this week], carrying people to {destination}, {official} said.",
            "{bedridden} bedridden residents were [moved|carried] by volunteers [on stretchers|in ambulances] to {objShort} [on {weekday} morning|under shellfire].",
            "Those leaving were given [free accommodation|places in shelters] in {destination}, while [some|many] older residents refused to go, [volunteers said|officials admitted].",
            "Authorities [said|warned] that houses without gas or power in {city} would be [impossible to heat|unliveable] once temperatures drop [in December|further]."),
        List.of("More trains leave {city} as evacuation continues"),
        List.of("The evacuation from {city} continued on {fweekday}, with more people boarding at {object} for {destination}, {official} said."),
        List.of("{official} said the total number of evacuees had exceeded {evacuated}, [about|roughly] a third of them [pensioners|over 60].")));

    K.put("grain-convoy", new KindText(
        List.of("{ships} grain ships leave {city} under export deal",
            "Grain convoy of {ships} vessels sails from {objShort} with {tonnes} tonnes",
            "{vessel} leads new grain convoy out of {object}"),
        List.of("the grain convoy", "the latest departure of grain ships from {object}"),
        List.of("{ships} ships carrying {tonnes} tonnes of [grain|wheat and corn] left {object} on {weekday}, {role} {official} said.",
            "A convoy of {ships} vessels led by {vessel} sailed from {object} on {weekday}, [bound for|heading to] {destination}, under the Black Sea grain deal."),
        List.of("The cargo [is destined for|will go to] {destination}, and {vessel} alone is carrying [wheat|corn] for [state buyers|millers], {official} said.",
            "Joint inspection teams in Istanbul checked {inspected} ships on {weekday}, while {waiting} vessels were waiting in line, [according to|said] the coordination centre.",
            "[{official} accused Russia of slowing inspections|{official} said Russia was deliberately delaying inspections], [leaving|which left] dozens of ships [idle|waiting] in Turkish waters.",
            "The deal, [brokered|backed] by Turkey and the United Nations in July, [was extended|has been renewed] for 120 days [last week|this month]."),
        List.of("Grain ships from {city} pass inspection in Istanbul"),
        List.of("The {ships} ships that left {object} on {weekday} cleared inspection in Istanbul on {fweekday}, {official} said."),
        List.of("{vessel} was expected to [reach|dock in] {destination} [within ten days|by early December], shipping data showed.")));

    K.put("recapture", new KindText(
        List.of("Ukrainian troops retake {objShort} of {city} near {direction}",
            "Ukraine's army says it recaptured {city}",
            "Flag raised over {city} as Ukrainian forces push towards {direction}"),
        List.of("the recapture of {city}", "the advance on {direction}"),
        List.of("Ukrainian troops recaptured {object} in {region} on {weekday}, pushing {km} km towards {direction}, {role} {official} said.",
            "Soldiers of {unit} raised the Ukrainian flag over {object} on {weekday} after [several days of fighting|a night assault], according to {official}."),
        List.of("{official} said Russian units [retreated|fell back] towards {direction}, leaving behind {tanks} tanks and [ammunition stores|artillery shells].",
            "{prisoners} Russian soldiers were taken prisoner during the operation, {unit} said in a statement.",
            "About {residents} residents [remained in|had stayed in] {objShort} throughout the occupation, [officials said|local volunteers said], most of them [elderly|pensioners].",
            "Sappers began clearing mines from the roads into {objShort} [while|as] [police|investigators] documented [damage|what they said were war crimes]."),
        List.of("Life returns slowly to {city} after Ukrainian recapture"),
        List.of("A first aid convoy reached {city} on {fweekday}, days after Ukrainian forces recaptured the village, {official} said."),
        List.of("Volunteers [delivered|brought] food, [generators|water] and medicine to the {residents} residents who stayed through the occupation.")));

    K.put("power-outage", new KindText(
        List.of("{city} introduces emergency blackouts after damage to {objShort}",
            "{homes} homes in {city} without power as outages extended",
            "Blackouts of up to {hours} hours a day in {city}"),
        List.of("the emergency outages in {city}", "the blackouts in {city}", "the power cuts"),
        List.of("[Emergency|Rolling] blackouts of up to {hours} hours a day were introduced in {city} on {weekday} after damage to {object}, {role} {official} said.",
            "{operator} cut power to {homes} homes in {city} on {weekday} as the grid struggled with a {percent} per cent shortfall after damage to {object}.",
            "Residents of {city} [woke up|spent {weekday}] without [electricity|power], water or heating after {operator} switched off {object} to [avoid|prevent] [a wider collapse|a grid failure]."),
        List.of("The city has been divided into {groups} groups that [take turns|rotate] without power, and schedules are published [each evening|every night] on the {operator} website.",
            "{official} [said|warned] the shortage of capacity was {percent} per cent and asked [businesses|offices] to switch off [advertising lights|illuminated signs].",
            "Trams and trolleybuses were replaced by buses on [several|most] routes, and [water pressure dropped|lifts stopped working] in [many|high-rise] buildings.",
            "[Hospitals|Critical facilities] switched to generators, and {operator} said [priority|first] reconnections would go to [boiler houses|water pumping stations]."),
        List.of("Power back for {restored} per cent of {city} homes"),
        List.of("{operator} said on {fweekday} that power had been restored to about {restored} per cent of homes in {city}, but warned that outages would continue."),
        List.of("{official} said [repairs at {objShort}|work on {objShort}] would take [at least two weeks|several more days].")));
  }
}
