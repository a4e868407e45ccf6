package org.parseq.xes.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One item of the original's results (reference/parseq-xes/&lt;alias&gt;): its input image, θ and
 * I0, its spectra before and after "get XES and calibrate energy", and its params.json.
 */
final class ReferenceItem {

    /** The README's calibration: the original's value for its first item, from untouched references. */
    static final double[] CALIBRATION = {-286.0821675897548, 19602.44730601818};

    final String alias;
    final Path dir;
    final Map<String, Object> params;

    private ReferenceItem(String alias) {
        this.alias = alias;
        this.dir = SharedData.referenceDir().resolve(alias);
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> read = new ObjectMapper().readValue(dir.resolve("params.json").toFile(), Map.class);
            this.params = read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both elastic scans, in the order the original ran them. */
    static List<ReferenceItem> all() {
        return List.of(new ReferenceItem("elastic_19630"), new ReferenceItem("elastic_19570"));
    }

    double[] theta() {
        return SharedData.readColumns(dir.resolve("0_2D_theta_i0.txt.gz"))[0];
    }

    double[] i0() {
        return SharedData.readColumns(dir.resolve("0_2D_theta_i0.txt.gz"))[1];
    }

    /** The image as read: θ rows × pixels. */
    double[][] rawImage() {
        return SharedData.readRows(dir.resolve("0_2D_xes2DRaw.txt.gz"));
    }

    double[][] correctedImage() {
        return SharedData.readRows(dir.resolve("0_2D_xes2D.txt.gz"));
    }

    /** thetaCut, energy, xes, xes_beforeTr3. */
    double[][] left() {
        return SharedData.readColumns(dir.resolve("1_xes.txt.gz"));
    }

    /** theta_bottomCut, energy_bottom, xes_bottom, xes_bottom_beforeTr3. */
    double[][] bottom() {
        return SharedData.readColumns(dir.resolve("2_xes_bottom.txt.gz"));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> transformParams() {
        return (Map<String, Object>) params.get("transformParams");
    }

    double scalar(String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> scalars = (Map<String, Object>) params.get("scalars");
        return ((Number) scalars.get(name)).doubleValue();
    }

    double[] numbers(String parameter) {
        @SuppressWarnings("unchecked")
        List<Number> values = (List<Number>) transformParams().get(parameter);
        return values.stream().mapToDouble(Number::doubleValue).toArray();
    }

    @Override
    public String toString() {
        return alias;
    }

    /** The original's own calibration of this item (it differs from {@link #CALIBRATION} for later items). */
    double[] originalCalibration() {
        return numbers("calibrationPoly");
    }
}
