package org.parseq.xes.pipeline;

/**
 * A part of a spectrum written as a Python slice, {@code start:stop[:step]}, as the original's
 * calibration table takes it; empty fields take Python's defaults, negative ones count from
 * the end, ":" or empty text is the whole spectrum.
 */
record PythonSlice(Integer start, Integer stop, int step) {

    static final PythonSlice ALL = new PythonSlice(null, null, 1);

    /** @throws IllegalArgumentException naming the text and what is wrong with it */
    static PythonSlice parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return ALL;
        }
        String[] parts = trimmed.split(":", -1);
        if (parts.length == 1) {
            throw new IllegalArgumentException("slice '" + text + "' selects a single point; a peak needs a range"
                    + " such as '10:60' or ':'");
        }
        if (parts.length > 3) {
            throw new IllegalArgumentException("slice '" + text + "' has more than start:stop:step");
        }
        Integer step = parts.length == 3 ? field(parts[2], text) : null;
        if (step != null && step == 0) {
            throw new IllegalArgumentException("slice '" + text + "' has step 0");
        }
        return new PythonSlice(field(parts[0], text), field(parts[1], text), step == null ? 1 : step);
    }

    private static Integer field(String part, String text) {
        String trimmed = part.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(trimmed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("slice '" + text + "': '" + trimmed + "' is not a whole number");
        }
    }

    /** The selected values, as values[start:stop:step] in Python. */
    double[] of(double[] values) {
        int n = values.length;
        int first;
        int end;
        if (step > 0) {
            first = start == null ? 0 : clamp(start < 0 ? start + n : start, 0, n);
            end = stop == null ? n : clamp(stop < 0 ? stop + n : stop, 0, n);
        } else {
            first = start == null ? n - 1 : clamp(start < 0 ? start + n : start, -1, n - 1);
            end = stop == null ? -1 : clamp(stop < 0 ? stop + n : stop, -1, n - 1);
        }
        int count = step > 0 ? Math.max(0, (end - first + step - 1) / step)
                : Math.max(0, (first - end - step - 1) / -step);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = values[first + i * step];
        }
        return out;
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }

    @Override
    public String toString() {
        return (start == null ? "" : start) + ":" + (stop == null ? "" : stop) + (step == 1 ? "" : ":" + step);
    }
}
