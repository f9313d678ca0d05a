package winnow.filler;

import java.io.Serializable;

/** The decision for one block: content, or filler with a category; with the reason and two context features. */
public record Label(boolean filler, Category category, String reason, double titleSimilarity,
                    double pageSimilarity) implements Serializable {

  public String label() {
    return filler ? "filler" : "content";
  }

  public String categoryId() {
    return category == null ? null : category.id();
  }
}
