package org.parseq.xas.pipeline;

import java.util.Optional;

/**
 * The k-grid settings of make chi that FT and BFT need, carried downstream as the hidden array
 * {@link XasNodes#KGRID} so that they also survive combinations.
 *
 * @param kmin     start of the k grid and of the windows
 * @param kmax     the krange end as given; null where the original has null (the data end)
 * @param dk       k step
 * @param datakmax k of the last energy point
 */
record KGrid(double kmin, Double kmax, double dk, double datakmax) {

    double[] toArray() {
        return new double[] {kmin, kmax == null ? Double.NaN : kmax, dk, datakmax};
    }

    Double[] krange() {
        return new Double[] {kmin, kmax};
    }

    static KGrid fromArray(double[] values) {
        if (values.length != 4) {
            throw new IllegalArgumentException("array '" + XasNodes.KGRID + "' needs [kmin, kmax, dk, datakmax], not "
                    + values.length + " values");
        }
        return new KGrid(values[0], Double.isNaN(values[1]) ? null : values[1], values[2], values[3]);
    }

    /**
     * The settings from the array where make chi wrote it; for χ(k) data loaded from a file,
     * those of its own grid: from its first point to its end, step of its first interval.
     */
    static KGrid of(Optional<double[]> array, double[] k) {
        if (array.isPresent()) {
            return fromArray(array.get());
        }
        if (k.length < 2) {
            throw new IllegalArgumentException("the k grid needs at least 2 points");
        }
        return new KGrid(k[0], null, k[1] - k[0], k[k.length - 1]);
    }
}
