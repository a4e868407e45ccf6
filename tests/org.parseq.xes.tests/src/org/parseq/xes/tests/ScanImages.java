package org.parseq.xes.tests;

import java.nio.file.Path;
import java.util.Map;

import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.SourceData;
import org.parseq.core.pipeline.Image2D;
import org.parseq.io.DataFormatException;
import org.parseq.io.hdf5.Hdf5Container;

/** Item sources of 2D θ scans: the reference's text tables, or the real Eiger scans read with the io bundle. */
final class ScanImages {

    private ScanImages() {
    }

    /** θ, I0 and image as given. */
    record Arrays(String name, double[] theta, double[] i0, Image2D image) implements ItemSource {
        @Override
        public Object identity() {
            return name;
        }

        @Override
        public Map<String, double[]> load() {
            return Map.of("theta", theta, "i0", i0);
        }

        @Override
        public SourceData read() {
            return new SourceData(Map.of(), load(), Map.of("xes2D", image), Map.of());
        }
    }

    static Image2D image(double[][] rows) {
        int columns = rows[0].length;
        double[] values = new double[rows.length * columns];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, values, r * columns, columns);
        }
        return new Image2D(rows.length, columns, values);
    }

    static double[][] rows(Image2D image) {
        double[][] rows = new double[image.rows()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = java.util.Arrays.copyOfRange(image.values(), r * image.columns(), (r + 1) * image.columns());
        }
        return rows;
    }

    static Arrays reference(ReferenceItem item) {
        return new Arrays(item.alias, item.theta(), item.i0(), image(item.rawImage()));
    }

    /**
     * An entry of the stand-in master file as the original's project reads it: θ =
     * linspace(−0.25, 0.25, 151), I0 = ch1 + ch2, the image proj_corrected through the external link.
     */
    static Arrays standIn(String alias, String entry) throws DataFormatException {
        Path master = SharedData.scanDir().resolve("20230908s-standin.h5");
        try (Hdf5Container file = Hdf5Container.open(master)) {
            double[] ch1 = file.readDoubles("/" + entry + "/measurement/albaem-01_ch1");
            double[] ch2 = file.readDoubles("/" + entry + "/measurement/albaem-01_ch2");
            double[] i0 = new double[ch1.length];
            for (int i = 0; i < i0.length; i++) {
                i0[i] = ch1[i] + ch2[i];
            }
            Hdf5Container.SliceData image = file.readSlice("/" + entry + "/instrument/eiger_xes/proj_corrected", null);
            int[] shape = image.shape();
            return new Arrays(alias, linspace(-0.25, 0.25, 151), i0, new Image2D(shape[0], shape[1], image.values()));
        }
    }

    /** numpy's linspace: i·step + start, the last point exactly stop. */
    static double[] linspace(double start, double stop, int num) {
        double step = (stop - start) / (num - 1);
        double[] out = new double[num];
        for (int i = 0; i < num; i++) {
            out[i] = i * step + start;
        }
        out[num - 1] = stop;
        return out;
    }
}
