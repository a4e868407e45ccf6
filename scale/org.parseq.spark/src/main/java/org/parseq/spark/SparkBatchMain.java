package org.parseq.spark;

import java.util.ArrayList;
import java.util.List;

import org.parseq.cli.ParseqCli;

/**
 * The main class of the shaded jar for {@code spark-submit}: {@code parseq batch --engine spark}
 * with the arguments given, the master being spark-submit's (docs/scale-out.md).
 */
public final class SparkBatchMain {

    private SparkBatchMain() {
    }

    public static void main(String[] args) {
        List<String> batch = new ArrayList<>(List.of("batch", "--engine", "spark"));
        batch.addAll(List.of(args));
        ParseqCli.main(batch.toArray(String[]::new));
    }
}
