package winnow.filler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Finds which of a fixed list of phrases occur in a text, in one scan of the text (an Aho–Corasick automaton
 * compiled to a table). The cue rules test about fifty phrases on every block and ninety more on short ones; one
 * {@code contains} per phrase read each paragraph fifty times over, about a ninth of the labelling's time on the
 * generated crawl (docs/benchmarks.md, session 29).
 */
final class PhraseScanner {
  /** Reports every occurrence: the phrase's number in the list and where it starts and ends in the text. */
  @FunctionalInterface
  interface Hits {
    /** @return true to stop the scan */
    boolean hit(int phrase, int start, int end);
  }

  private final int[] lengths;
  /** Symbol of each char; 0 for a char no phrase has. */
  private final char[] symbols = new char[Character.MAX_VALUE + 1];
  private final int alphabet;
  /** next[state * alphabet + symbol]: the state after reading the symbol. */
  private final int[] next;
  /** The phrases that end at each state, its own and those of its suffix states. */
  private final int[][] ends;

  PhraseScanner(List<String> phrases) {
    lengths = phrases.stream().mapToInt(String::length).toArray();
    int syms = 1;
    for (String p : phrases) {
      if (p.isEmpty()) {
        throw new IllegalArgumentException("empty phrase");
      }
      for (int i = 0; i < p.length(); i++) {
        if (symbols[p.charAt(i)] == 0) {
          symbols[p.charAt(i)] = (char) syms++;
        }
      }
    }
    alphabet = syms;
    // The trie, one row of child states per state (0: none; state 0 is the root).
    List<int[]> children = new ArrayList<>();
    List<List<Integer>> own = new ArrayList<>();
    children.add(new int[alphabet]);
    own.add(new ArrayList<>());
    for (int id = 0; id < phrases.size(); id++) {
      String p = phrases.get(id);
      int s = 0;
      for (int i = 0; i < p.length(); i++) {
        int sym = symbols[p.charAt(i)];
        if (children.get(s)[sym] == 0) {
          children.get(s)[sym] = children.size();
          children.add(new int[alphabet]);
          own.add(new ArrayList<>());
        }
        s = children.get(s)[sym];
      }
      own.get(s).add(id);
    }
    int states = children.size();
    next = new int[states * alphabet];
    ends = new int[states][];
    int[] fail = new int[states];
    // Breadth first, so a state's failure state is complete before the state itself.
    Deque<Integer> queue = new ArrayDeque<>();
    ends[0] = new int[0];
    for (int sym = 0; sym < alphabet; sym++) {
      int child = children.get(0)[sym];
      next[sym] = child;
      if (child != 0) {
        fail[child] = 0;
        queue.add(child);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      int[] inherited = ends[fail[s]];
      int[] mine = own.get(s).stream().mapToInt(Integer::intValue).toArray();
      int[] all = Arrays.copyOf(mine, mine.length + inherited.length);
      System.arraycopy(inherited, 0, all, mine.length, inherited.length);
      ends[s] = all;
      for (int sym = 0; sym < alphabet; sym++) {
        int child = children.get(s)[sym];
        if (child != 0) {
          fail[child] = next[fail[s] * alphabet + sym];
          next[s * alphabet + sym] = child;
          queue.add(child);
        } else {
          next[s * alphabet + sym] = next[fail[s] * alphabet + sym];
        }
      }
    }
  }

  /** Every occurrence of every phrase in the text, in the order they end, until {@code hits} says stop. */
  void scan(String text, Hits hits) {
    int s = 0;
    for (int i = 0; i < text.length(); i++) {
      s = next[s * alphabet + symbols[text.charAt(i)]];
      for (int id : ends[s]) {
        if (hits.hit(id, i + 1 - lengths[id], i + 1)) {
          return;
        }
      }
    }
  }
}
