package winnow.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.graphx.Edge;
import org.apache.spark.graphx.Graph;
import org.apache.spark.graphx.lib.ConnectedComponents;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Connected components with GraphX over page-id edges. Page ids are 16 hex digits, i.e. exactly one 64-bit vertex
 * id each, so the mapping is lossless both ways. Every vertex gets the smallest page_id of its component.
 */
public final class Components {
  private static final ClassTag<Integer> INT = ClassTag$.MODULE$.apply(Integer.class);
  private static final StructType OUT = new StructType()
      .add("page_id", DataTypes.StringType, false).add("component", DataTypes.LongType, false);

  private Components() {}

  /**
   * @param vertices a column page_id: every page gets a row, isolated ones their own component
   * @param edges    columns a and b (page ids)
   * @return page_id, root (smallest page_id of the component)
   */
  public static Dataset<Row> of(SparkSession spark, Dataset<Row> vertices, Dataset<Row> edges) {
    JavaRDD<Edge<Integer>> e = edges.select("a", "b").javaRDD()
        .map(r -> new Edge<>(vertexId(r.getString(0)), vertexId(r.getString(1)), 1));
    Graph<Integer, Integer> graph = Graph.fromEdges(e.rdd(), 0, StorageLevel.MEMORY_AND_DISK(),
        StorageLevel.MEMORY_AND_DISK(), INT, INT);
    JavaRDD<Row> linked = ConnectedComponents.run(graph, Integer.MAX_VALUE, INT, INT).vertices().toJavaRDD()
        .map(t -> RowFactory.create(pageId((Long) t._1()), (Long) t._2()));
    Dataset<Row> components = spark.createDataFrame(linked, OUT);
    Dataset<Row> all = vertices.select("page_id").distinct()
        .join(components, new String[] {"page_id"}, "left")
        .selectExpr("page_id", "coalesce(cast(component AS string), concat('solo:', page_id)) AS component_key");
    Dataset<Row> roots = all.groupBy("component_key").agg(min("page_id").as("root"));
    return all.join(roots, "component_key").select(col("page_id"), col("root"));
  }

  static long vertexId(String pageId) {
    return Long.parseUnsignedLong(pageId, 16);
  }

  static String pageId(long vertexId) {
    return String.format("%016x", vertexId);
  }
}
