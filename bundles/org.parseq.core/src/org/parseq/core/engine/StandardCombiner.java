package org.parseq.core.engine;

import java.util.List;

/** Average, sum and RMS deviation over parents, point by point (xas-algorithms.md §10). */
public enum StandardCombiner implements Combiner {
    AVERAGE("average") {
        @Override
        public double[] combine(List<double[]> parents) {
            double[] sum = SUM.combine(parents);
            for (int i = 0; i < sum.length; i++) {
                sum[i] /= parents.size();
            }
            return sum;
        }
    },
    SUM("sum") {
        @Override
        public double[] combine(List<double[]> parents) {
            double[] sum = new double[parents.get(0).length];
            for (double[] parent : parents) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += parent[i];
                }
            }
            return sum;
        }
    },
    /** {@code sqrt(Σ(a − ā)²/n)}: the spread of the parents around their average. */
    RMS("rms") {
        @Override
        public double[] combine(List<double[]> parents) {
            double[] mean = AVERAGE.combine(parents);
            double[] rms = new double[mean.length];
            for (double[] parent : parents) {
                for (int i = 0; i < rms.length; i++) {
                    double deviation = parent[i] - mean[i];
                    rms[i] += deviation * deviation;
                }
            }
            for (int i = 0; i < rms.length; i++) {
                rms[i] = Math.sqrt(rms[i] / parents.size());
            }
            return rms;
        }
    };

    private final String id;

    StandardCombiner(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static StandardCombiner byId(String id) {
        for (StandardCombiner combiner : values()) {
            if (combiner.id.equals(id)) {
                return combiner;
            }
        }
        throw new IllegalArgumentException("unknown combination '" + id + "'; known: average, sum, rms");
    }
}
