package org.parseq.ui.plot;

import java.util.ArrayList;
import java.util.List;

/** Round tick values (1, 2 or 5 times a power of ten apart) across a range, for axes drawn by hand. */
final class NiceTicks {

    private NiceTicks() {
    }

    static List<Double> across(double from, double to, int wanted) {
        double low = Math.min(from, to);
        double high = Math.max(from, to);
        List<Double> ticks = new ArrayList<>();
        if (!(high > low) || !Double.isFinite(low) || !Double.isFinite(high)) {
            return ticks;
        }
        double raw = (high - low) / Math.max(1, wanted);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power : raw / power < 7.5 ? 5 * power
                : 10 * power;
        for (double tick = Math.ceil(low / step) * step; tick <= high + step * 1e-9; tick += step) {
            ticks.add(Math.abs(tick) < step * 1e-9 ? 0 : tick);
        }
        return ticks;
    }
}
