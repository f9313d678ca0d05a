package winnow.nlp;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.size;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Normalizer;
import com.johnsnowlabs.nlp.annotators.StopWordsCleaner;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The Spark NLP text path of the story stage: DocumentAssembler → Tokenizer → Normalizer → StopWordsCleaner, all
 * rule-based (no model download). Adds plain columns only (annotation columns carry map-typed metadata that joins and
 * set operations reject). No SentenceDetector: terms and shingles run across sentence ends anyway, and on 10,000
 * generated articles it took 22 of the pipeline's 36 seconds (docs/benchmarks.md).
 */
public final class TextNlp {
  private TextNlp() {}

  /** English, Russian and Ukrainian stop words, lower case. */
  public static String[] stopWords() {
    Set<String> words = new LinkedHashSet<>();
    words.addAll(Arrays.asList(StopWordsRemover.loadDefaultStopWords("english")));
    words.addAll(Arrays.asList(StopWordsRemover.loadDefaultStopWords("russian")));
    try (InputStream in = TextNlp.class.getClassLoader().getResourceAsStream("nlp/stopwords-uk.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words.toArray(new String[0]);
  }

  public static Pipeline pipeline(String textColumn) {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol(textColumn);
    document.setOutputCol("nlp_document");
    Tokenizer tokenizer = new Tokenizer();
    tokenizer.setInputCols(new String[] {"nlp_document"});
    tokenizer.setOutputCol("nlp_token");
    // Any Unicode space separates tokens. The default, \S+, splits on ASCII white space only, so a no-break space
    // (Russian typography puts one after short prepositions, as in "в Бресте"; HTML writes &nbsp;) stayed inside its
    // token, the Normalizer then dropped it, and "в Бресте" became the one term "вбресте".
    tokenizer.setTargetPattern("[^\\s\\p{Z}]+");
    Normalizer normalizer = new Normalizer();
    normalizer.setInputCols(new String[] {"nlp_token"});
    normalizer.setOutputCol("nlp_normal");
    normalizer.setLowercase(true);
    // Keep letters and digits of every script: the default pattern keeps ASCII letters only.
    normalizer.setCleanupPatterns(new String[] {"[^\\p{L}\\p{N}]"});
    StopWordsCleaner cleaner = new StopWordsCleaner();
    cleaner.setInputCols(new String[] {"nlp_normal"});
    cleaner.setOutputCol("nlp_clean");
    cleaner.setCaseSensitive(false);
    cleaner.setStopWords(stopWords());
    return new Pipeline().setStages(new PipelineStage[] {document, tokenizer, normalizer, cleaner});
  }

  /**
   * Adds {@code tokens} (int), {@code stop_tokens} (int), {@code terms}
   * (array of normalised, stop-word-free tokens) and {@code entities} (the terms written capitalised or as numbers).
   */
  public static Dataset<Row> annotate(Dataset<Row> df, String textColumn) {
    PipelineModel model = pipeline(textColumn).fit(df.limit(0));
    Dataset<Row> out = model.transform(df)
        .withColumn("normal", expr("filter(nlp_normal.result, x -> length(x) > 0)"))
        .withColumn("terms", expr("filter(nlp_clean.result, x -> length(x) > 0)"))
        .withColumn("entities", functions.udf(new EntityTerms(), DataTypes.createArrayType(DataTypes.StringType))
            .apply(col("nlp_token.result"), col("terms")))
        .withColumn("tokens", size(col("nlp_token")));
    return out.withColumn("stop_tokens", expr("greatest(size(normal) - size(terms), 0)"))
        .drop("nlp_document", "nlp_token", "nlp_normal", "nlp_clean", "normal");
  }
}
