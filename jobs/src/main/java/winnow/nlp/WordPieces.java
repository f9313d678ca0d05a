package winnow.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, read from a Hugging Face {@code tokenizer.json}: text cleaned, lower-cased and
 * stripped of accents, split on white space and punctuation, each word cut into the longest pieces the vocabulary
 * holds. The sentence encoder's model was trained on exactly these ids, so a different split would shift its vectors.
 */
public final class WordPieces {
  private static final int MAX_WORD_CHARS = 100;
  private final Map<String, Integer> vocab;
  private final int unknown;
  private final int cls;
  private final int sep;

  private WordPieces(Map<String, Integer> vocab) {
    this.vocab = vocab;
    this.unknown = vocab.get("[UNK]");
    this.cls = vocab.get("[CLS]");
    this.sep = vocab.get("[SEP]");
  }

  /** Reads the vocabulary of a WordPiece {@code tokenizer.json}. */
  public static WordPieces read(InputStream json) throws IOException {
    JsonNode model = new ObjectMapper().readTree(json).path("model");
    if (!"WordPiece".equals(model.path("type").asText())) {
      throw new IOException("not a WordPiece tokenizer: " + model.path("type").asText());
    }
    Map<String, Integer> vocab = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      vocab.put(e.getKey(), e.getValue().asInt());
    }
    return new WordPieces(vocab);
  }

  /** [CLS], the text's pieces, [SEP]: at most {@code maxTokens} ids in all (longer texts are cut at the end). */
  public long[] ids(String text, int maxTokens) {
    List<Integer> out = new ArrayList<>();
    out.add(cls);
    for (String word : words(text)) {
      if (out.size() >= maxTokens - 1) {
        break;
      }
      pieces(word, out);
    }
    int n = Math.min(out.size(), maxTokens - 1);
    long[] ids = new long[n + 1];
    for (int i = 0; i < n; i++) {
      ids[i] = out.get(i);
    }
    ids[n] = sep;
    return ids;
  }

  /** Lower-cased, accent-free words and punctuation marks, one mark a token; CJK ideographs one a token. */
  static List<String> words(String text) {
    String folded = Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      // Marks left by NFD (the accents), and control, format (zero-width), private and unassigned characters.
      if (type == Character.NON_SPACING_MARK || c == 0 || c == 0xFFFD || type == Character.FORMAT
          || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
          || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        flush(word, words);
      } else if (punctuation(c, type) || ideograph(c)) {
        flush(word, words);
        words.add(new String(Character.toChars(c)));
      } else {
        word.appendCodePoint(c);
      }
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean punctuation(int c, int type) {
    return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)
        || type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION;
  }

  private static boolean ideograph(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2CEAF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
  }

  /** Greedy longest match; a word with a part the vocabulary lacks is one unknown token. */
  private void pieces(String word, List<Integer> out) {
    if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
      out.add(unknown);
      return;
    }
    int mark = out.size();
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      Integer id = null;
      while (end > start) {
        String piece = (start > 0 ? "##" : "") + word.substring(start, end);
        id = vocab.get(piece);
        if (id != null) {
          break;
        }
        end = Character.isLowSurrogate(word.charAt(end - 1)) && end - 2 > start ? end - 2 : end - 1;
      }
      if (id == null) {
        out.subList(mark, out.size()).clear();
        out.add(unknown);
        return;
      }
      out.add(id);
      start = end;
    }
  }
}
