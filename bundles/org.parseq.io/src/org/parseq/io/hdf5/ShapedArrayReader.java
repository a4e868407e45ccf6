package org.parseq.io.hdf5;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.parseq.io.DataFormatException;
import org.parseq.io.ShapedValues;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.Conversion;
import org.parseq.io.format.DataSource;
import org.parseq.io.format.Operands;
import org.parseq.io.format.Slice;

/**
 * Reads the arrays of an entry that are not 1D: scalars, images and stacks, from a dataset
 * (whole or by slice) or an element-wise expression over datasets of one shape. Each value is
 * read once, by slice where the format gives one, and never copied afterwards.
 */
final class ShapedArrayReader {

    private final Hdf5Container container;
    private final String entry;
    private final String source;

    /**
     * @param entry  the entry's path ending with '/'
     * @param source names the file and entry in messages
     */
    ShapedArrayReader(Hdf5Container container, String entry, String source) {
        this.container = container;
        this.entry = entry;
        this.source = source;
    }

    /** The array's values, or null when the format gives it no source (an optional array). */
    ShapedValues read(ArraySpec spec) throws DataFormatException {
        String location = location(spec);
        ShapedValues values = switch (spec.source()) {
        case DataSource.Absent absent -> null;
        case DataSource.ColumnIndex column -> throw notFromColumns(spec, location);
        case DataSource.DatasetPath dataset -> {
            Hdf5Container.SliceData data = container.readSlice(absolute(dataset.path()), spec.slice());
            yield new ShapedValues(data.shape(), data.values());
        }
        case DataSource.Formula formula -> evaluate(formula, spec.slice(), location);
        };
        if (values == null) {
            return null;
        }
        checkRank(spec, values.shape(), location);
        return convert(values, spec.conversion(), location);
    }

    /**
     * What {@link #read} would fail with, found from the file's metadata only.
     */
    void check(ArraySpec spec) throws DataFormatException {
        String location = location(spec);
        int[] shape = switch (spec.source()) {
        case DataSource.Absent absent -> null;
        case DataSource.ColumnIndex column -> throw notFromColumns(spec, location);
        case DataSource.DatasetPath dataset -> container.resultShape(absolute(dataset.path()), spec.slice());
        case DataSource.Formula formula -> commonShape(formula, spec.slice(), location);
        };
        if (shape != null) {
            checkRank(spec, shape, location);
            if (spec.conversion() instanceof Conversion.Limit) {
                throw limitNotAllowed(spec.rank(), location);
            }
        }
    }

    private static String location(ArraySpec spec) {
        return "array " + spec.name() + " (" + spec.source().text()
                + (spec.slice() == null ? "" : ", slice \"" + spec.slice().text() + "\"") + ")";
    }

    private DataFormatException notFromColumns(ArraySpec spec, String location) {
        return new DataFormatException(source, location, "a " + rankName(spec.rank())
                + " comes from an HDF5 dataset, not from a column");
    }

    private void checkRank(ArraySpec spec, int[] shape, String location) throws DataFormatException {
        if (shape.length != spec.rank()) {
            throw new DataFormatException(source, location, "has shape " + ShapedValues.describe(shape)
                    + "; array " + spec.name() + " is a " + rankName(spec.rank())
                    + (spec.rank() > 0 && shape.length > spec.rank() ? ": select part of it in \"slices\", e.g. \""
                            + exampleSlice(shape.length, spec.rank()) + "\"" : ""));
        }
    }

    private ShapedValues evaluate(DataSource.Formula formula, Slice slice, String location)
            throws DataFormatException {
        int[] shape = commonShape(formula, slice, location);
        Operands operands = new Operands() {
            @Override
            public double[] column(int index) throws DataFormatException {
                throw new DataFormatException(source, location, "an HDF5 entry has no columns; expected datasets");
            }

            @Override
            public double[] dataset(String path) throws DataFormatException {
                return container.readSlice(absolute(path), slice).values();
            }
        };
        double[] values = formula.expression().evaluate(operands);
        if (values.length != sizeOf(shape)) {
            // a generated axis: 1D whatever the datasets are
            return new ShapedValues(values.length == 1 && shape.length == 0 ? new int[0] : new int[] { values.length },
                    values);
        }
        return new ShapedValues(shape, values);
    }

    /** The one shape of the datasets an expression reads (scalars broadcast), or a scalar's. */
    private int[] commonShape(DataSource.Formula formula, Slice slice, String location) throws DataFormatException {
        Map<String, int[]> shapes = new LinkedHashMap<>();
        for (String path : formula.datasets()) {
            int[] shape = container.resultShape(absolute(path), slice);
            if (sizeOf(shape) > 1) {
                shapes.put(path, shape);
            }
        }
        int[] shape = new int[0];
        String first = null;
        for (Map.Entry<String, int[]> each : shapes.entrySet()) {
            if (first == null) {
                first = each.getKey();
                shape = each.getValue();
            } else if (!Arrays.equals(shape, each.getValue())) {
                throw new DataFormatException(source, location, "dataset " + first + " has shape "
                        + ShapedValues.describe(shape) + " but " + each.getKey() + " has shape "
                        + ShapedValues.describe(each.getValue()) + "; expected one shape for element-wise arithmetic");
            }
        }
        return shape;
    }

    private ShapedValues convert(ShapedValues values, Conversion conversion, String location)
            throws DataFormatException {
        if (conversion instanceof Conversion.Limit) {
            throw limitNotAllowed(values.rank(), location);
        }
        if (conversion instanceof Conversion.None || conversion instanceof Conversion.Label) {
            return values;
        }
        double factor = conversion.factor();
        double[] scaled = values.values();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= factor;
        }
        return values;
    }

    private DataFormatException limitNotAllowed(int rank, String location) {
        return new DataFormatException(source, location, "lim(...) cuts the rows of 1D arrays; it does not apply to a "
                + rankName(rank));
    }

    private String absolute(String path) {
        return path.startsWith("/") ? path : entry + path;
    }

    private static long sizeOf(int[] shape) {
        long size = 1;
        for (int length : shape) {
            size *= length;
        }
        return size;
    }

    static String rankName(int rank) {
        return switch (rank) {
        case 0 -> "scalar";
        case 2 -> "2D image";
        case 3 -> "3D stack";
        default -> rank + "D array";
        };
    }

    private static String exampleSlice(int datasetRank, int arrayRank) {
        StringBuilder text = new StringBuilder();
        for (int axis = 0; axis < datasetRank; axis++) {
            text.append(axis == 0 ? "" : ", ").append(axis < datasetRank - arrayRank ? "0" : ":");
        }
        return text.toString();
    }
}
