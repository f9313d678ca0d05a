package winnow.sample;

import java.util.Map;
import java.util.Random;

/** Seeded numeric facts per kind of event. */
final class Numbers {
  private Numbers() {}

  private static int r(Random rnd, int lo, int hi) {
    return lo + rnd.nextInt(hi - lo + 1);
  }

  private static void put(Map<String, String> f, String k, int v) {
    f.put(k, Tpl.thousands(v));
  }

  static void add(String kind, Map<String, String> f, Random rnd) {
    switch (kind) {
      case "drone-energy": {
        int drones = r(rnd, 9, 31);
        put(f, "drones", drones);
        put(f, "down", drones - r(rnd, 2, 5));
        put(f, "homes", r(rnd, 14, 190) * 1000);
        put(f, "injured", r(rnd, 2, 9));
        put(f, "restored", r(rnd, 45, 85));
        put(f, "hours", r(rnd, 4, 10));
        f.put("weapon", "Shahed-136");
        break;
      }
      case "missile-strike": {
        int missiles = r(rnd, 3, 12);
        put(f, "missiles", missiles);
        put(f, "down", Math.max(1, missiles - r(rnd, 1, 4)));
        int killed = r(rnd, 2, 9);
        put(f, "killed", killed);
        put(f, "killedUpd", killed + r(rnd, 1, 4));
        put(f, "injured", r(rnd, 11, 43));
        put(f, "buildings", r(rnd, 6, 31));
        break;
      }
      case "shelling": {
        put(f, "rounds", r(rnd, 20, 90));
        int killed = r(rnd, 2, 6);
        put(f, "killed", killed);
        put(f, "killedUpd", killed + r(rnd, 1, 2));
        put(f, "injured", r(rnd, 3, 17));
        put(f, "houses", r(rnd, 8, 44));
        break;
      }
      case "bridge-attack":
        put(f, "spans", r(rnd, 2, 3));
        put(f, "vehicles", r(rnd, 5, 24));
        put(f, "length", r(rnd, 18, 46) * 10);
        put(f, "detour", r(rnd, 40, 130));
        break;
      case "prisoner-exchange": {
        int ret = r(rnd, 24, 112);
        put(f, "returned", ret);
        put(f, "handed", ret + r(rnd, -6, 6));
        put(f, "officers", r(rnd, 3, 15));
        put(f, "civilians", r(rnd, 2, 8));
        put(f, "wounded", r(rnd, 5, 21));
        break;
      }
      case "evacuation":
        put(f, "evacuated", r(rnd, 15, 140) * 10);
        put(f, "children", r(rnd, 40, 260));
        put(f, "buses", r(rnd, 6, 22));
        put(f, "trains", r(rnd, 2, 5));
        put(f, "bedridden", r(rnd, 7, 35));
        break;
      case "grain-convoy":
        put(f, "ships", r(rnd, 5, 14));
        put(f, "tonnes", r(rnd, 18, 52) * 10000);
        put(f, "inspected", r(rnd, 8, 19));
        put(f, "waiting", r(rnd, 60, 110));
        break;
      case "recapture":
        put(f, "km", r(rnd, 3, 9));
        put(f, "tanks", r(rnd, 2, 7));
        put(f, "prisoners", r(rnd, 5, 26));
        put(f, "residents", r(rnd, 40, 380));
        break;
      case "power-outage":
        put(f, "hours", r(rnd, 4, 12));
        put(f, "percent", r(rnd, 30, 60));
        put(f, "homes", r(rnd, 120, 640) * 1000);
        put(f, "groups", r(rnd, 3, 6));
        put(f, "restored", r(rnd, 55, 90));
        break;
      default:
        throw new IllegalArgumentException(kind);
    }
  }
}
