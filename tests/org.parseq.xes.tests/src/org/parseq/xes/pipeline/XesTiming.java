package org.parseq.xes.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.engine.SourceData;
import org.parseq.core.pipeline.Image2D;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformContext;

/**
 * Timing of one 151 × 1030 scan through both transforms (not a test: run its main after a
 * build, with the elastic scan's image as a text table). One core: the transforms called
 * directly, then through the core's runner with one thread; all cores: 100 scans at once.
 * <p>
 * Usage: {@code XesTiming <0_2D_xes2DRaw.txt.gz>}
 */
public final class XesTiming {

    private XesTiming() {
    }

    public static void main(String[] args) throws Exception {
        Image2D image = readImage(java.nio.file.Path.of(args[0]));
        double[] theta = new double[image.rows()];
        double[] i0 = new double[image.rows()];
        for (int r = 0; r < theta.length; r++) {
            theta[r] = -0.25 + 0.5 * r / (theta.length - 1);
            i0[r] = 1;
        }
        PipelineDefinition pipeline = new XesPipelineProvider().createPipeline();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("cutoff", 20000.0);
        parameters.put("bandROI.begin", List.of(442.819, -0.105));
        parameters.put("bandROI.end", List.of(609.658, 0.132));
        parameters.put("bandROI.width", 0.04);
        parameters.put("bandUse", true);
        parameters.put("thetaRange", List.of(-0.25, 0.25));
        parameters.put("calibrationPoly", List.of(-286.0821675897548, 19602.44730601818));

        System.out.printf("one scan %d x %d, one core, transforms called directly: %.3f ms%n", image.rows(),
                image.columns(), direct(pipeline, parameters, theta, i0, image));
        System.out.printf("one scan, one core, through PipelineRunner (1 thread): %.3f ms%n",
                perScanWithRunner(pipeline, parameters, theta, i0, image, 1, 1, 400));
        int threads = PipelineRunner.defaultThreads();
        System.out.printf("100 scans, %d threads, through PipelineRunner: %.3f ms per run of 100%n", threads,
                100 * perScanWithRunner(pipeline, parameters, theta, i0, image, 100, threads, 10));
    }

    private static double direct(PipelineDefinition pipeline, Map<String, Object> parameters, double[] theta,
            double[] i0, Image2D image) throws Exception {
        Map<String, Object> band = values(pipeline, "mask_band", parameters);
        Map<String, Object> calibration = values(pipeline, "calibrate_energy", parameters);
        for (int i = 0; i < 300; i++) {
            once(band, calibration, theta, i0, image);
        }
        int runs = 1000;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            once(band, calibration, theta, i0, image);
        }
        return (System.nanoTime() - start) / 1e6 / runs;
    }

    private static void once(Map<String, Object> band, Map<String, Object> calibration, double[] theta, double[] i0,
            Image2D image) {
        Context scan = new Context(Map.of("theta", theta, "i0", i0), Map.of("xes2D", image), band);
        BandTransform.apply(scan);
        Context spectra = new Context(scan.outputs, Map.of(), calibration);
        CalibrationTransform.apply(List.of(spectra));
        if (!(spectra.scalars.get("fwhm") > 0)) {
            throw new IllegalStateException("no width");
        }
    }

    private static double perScanWithRunner(PipelineDefinition pipeline, Map<String, Object> parameters,
            double[] theta, double[] i0, Image2D image, int scans, int threads, int runs) {
        for (int i = 0; i < runs / 2 + 1; i++) {
            runAll(pipeline, parameters, theta, i0, image, scans, threads, -1 - i);
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            runAll(pipeline, parameters, theta, i0, image, scans, threads, i);
        }
        return (System.nanoTime() - start) / 1e6 / runs / scans;
    }

    private static void runAll(PipelineDefinition pipeline, Map<String, Object> parameters, double[] theta,
            double[] i0, Image2D image, int scans, int threads, int run) {
        List<ItemSpec> items = new ArrayList<>();
        for (int s = 0; s < scans; s++) {
            String id = "scan " + s + " run " + run;
            items.add(ItemSpec.loaded(id, id, XesNodes.THETA_SCAN, new Source(id, theta, i0, image), parameters));
        }
        try (PipelineRunner runner = new PipelineRunner(pipeline, new ResultStore(0), threads)) {
            var report = runner.run(items, ProgressMonitor.NONE);
            if (!report.failures().isEmpty()) {
                throw new IllegalStateException(report.failures().toString());
            }
        }
    }

    private static Map<String, Object> values(PipelineDefinition pipeline, String transform,
            Map<String, Object> given) {
        Map<String, Object> values = new HashMap<>();
        for (ParameterDescriptor descriptor : pipeline.transform(transform).orElseThrow().parameters()) {
            values.put(descriptor.name(), descriptor.coerce(given.getOrDefault(descriptor.name(),
                    descriptor.defaultValue())));
        }
        return values;
    }

    private static Image2D readImage(java.nio.file.Path gz) throws java.io.IOException {
        List<double[]> rows = new ArrayList<>();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(gz))))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(java.util.Arrays.stream(line.trim().split("\\s+")).mapToDouble(Double::parseDouble)
                            .toArray());
                }
            }
        }
        int columns = rows.get(0).length;
        double[] values = new double[rows.size() * columns];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, values, r * columns, columns);
        }
        return new Image2D(rows.size(), columns, values);
    }

    private record Source(String id, double[] theta, double[] i0, Image2D image) implements ItemSource {
        @Override
        public Object identity() {
            return id;
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

    /** The least a transform needs: inputs, parameters, and where its outputs go. */
    private static final class Context implements TransformContext {
        final Map<String, double[]> inputs;
        final Map<String, Image2D> images;
        final Map<String, Object> parameters;
        final Map<String, double[]> outputs = new HashMap<>();
        final Map<String, Double> scalars = new HashMap<>();

        Context(Map<String, double[]> inputs, Map<String, Image2D> images, Map<String, Object> parameters) {
            this.inputs = inputs;
            this.images = images;
            this.parameters = parameters;
        }

        @Override
        public String alias() {
            return "timing";
        }

        @Override
        public double[] input(String arrayName) {
            return inputs.get(arrayName);
        }

        @Override
        public Optional<double[]> optionalInput(String arrayName) {
            return Optional.ofNullable(inputs.get(arrayName));
        }

        @Override
        public Optional<Image2D> inputImage(String name) {
            return Optional.ofNullable(images.get(name));
        }

        @Override
        public double inputScalar(String name) {
            return scalars.get(name);
        }

        @Override
        public double real(String parameterName) {
            return ((Number) parameters.get(parameterName)).doubleValue();
        }

        @Override
        public int integer(String parameterName) {
            return ((Number) parameters.get(parameterName)).intValue();
        }

        @Override
        public boolean bool(String parameterName) {
            return (Boolean) parameters.get(parameterName);
        }

        @Override
        public String text(String parameterName) {
            return parameters.get(parameterName).toString();
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<Double> reals(String parameterName) {
            return (List<Double>) parameters.get(parameterName);
        }

        @Override
        public void output(String arrayName, double[] values) {
            outputs.put(arrayName, values);
        }

        @Override
        public void outputImage(String name, Image2D image) {
        }

        @Override
        public void outputScalar(String name, double value) {
            scalars.put(name, value);
        }
    }
}
