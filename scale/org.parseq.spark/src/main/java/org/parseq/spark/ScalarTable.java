package org.parseq.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parseq.cli.FileBatch.ItemRow;

/**
 * {@code DIR/scalars.parquet}: one row per item (its number in the run, alias, file, error) with
 * every value found (E0, edge step, ...) as a column, NaN where an item did not find it; the table
 * a facility's analysis tools (Spark SQL, pandas, DuckDB) take directly.
 */
final class ScalarTable {

    static final String FOLDER_NAME = "scalars.parquet";

    private ScalarTable() {
    }

    static void write(JavaSparkContext spark, Path outFolder, List<ItemRow> rows) {
        TreeSet<String> names = new TreeSet<>();
        rows.forEach(row -> names.addAll(row.scalars().keySet()));
        StructType schema = new StructType().add("item", DataTypes.IntegerType, false)
                .add("alias", DataTypes.StringType, false).add("file", DataTypes.StringType, false)
                .add("error", DataTypes.StringType, true);
        for (String name : names) {
            schema = schema.add(columnName(name), DataTypes.DoubleType, false);
        }
        List<Row> table = new ArrayList<>(rows.size());
        for (int item = 0; item < rows.size(); item++) {
            ItemRow row = rows.get(item);
            List<Object> values = new ArrayList<>(List.of(item, row.alias(), row.argument()));
            values.add(row.failure());
            for (String name : names) {
                values.add(row.scalars().getOrDefault(name, Double.NaN));
            }
            table.add(RowFactory.create(values.toArray()));
        }
        SparkSession session = SparkSession.builder().sparkContext(spark.sc()).getOrCreate();
        session.createDataFrame(table, schema).coalesce(1).write().mode(SaveMode.Overwrite)
                .parquet(outFolder.resolve(FOLDER_NAME).toString());
    }

    /** Parquet column names take no blanks and none of {@code ,;{}()=}. */
    static String columnName(String name) {
        return name.replaceAll("[\\s,;{}()=]", "_");
    }
}
