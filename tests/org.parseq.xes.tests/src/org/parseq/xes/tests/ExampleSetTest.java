package org.parseq.xes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.registry.ExampleContributions;
import org.parseq.core.registry.ExampleContributions.ExampleSet;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.xes.pipeline.XesNodes;
import org.parseq.xes.pipeline.XesPipelineProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The example data the bundle contributes (org.parseq.core.examples), opened as the workbench
 * opens them: the three real Eiger scans enter "2D theta scan" through their FORMAT.json and
 * io's file resolver, grouped as in the original's project, and with the project's band and
 * the references set from the elastic group, as the original's "auto set references"
 * does, they calibrate to the original's θ → E line and put Mo Kβ1,3 where it belongs.
 */
class ExampleSetTest {

    private static final String EMISSION = "20230908s-entry1025";
    /** Mo Kβ3 and Kβ1 (X-ray data booklet); the unresolved Kβ1,3 line lies between. */
    private static final double KBETA3 = 19590;
    private static final double KBETA1 = 19608;
    /** The DCM rocking-curve widths of the references' README (Si111 at 19570 and 19630 eV). */
    private static final Map<String, Double> DCM_FWHM = Map.of("elastic_19570", 3.68623, "elastic_19630", 3.69719);

    @Test
    void theExamplesAreContributedForXesAndComputeTheCalibrationAndTheEmissionLine() throws Exception {
        ExampleContributions contributions = ExampleContributions.read(RegistryFactory.getRegistry());
        assertTrue(contributions.problems().stream().noneMatch(p -> p.startsWith("org.parseq.xes")),
                contributions.problems()::toString);
        List<ExampleSet> sets = contributions.forPipeline(XesPipelineProvider.PIPELINE_ID);
        assertEquals(1, sets.size(), sets::toString);
        ExampleSet set = sets.get(0);
        Bundle bundle = FrameworkUtil.getBundle(XesPipelineProvider.class);
        assertEquals(bundle.getSymbolicName(), set.bundle());
        check(ExampleItems.folder(bundle, set), set);
    }

    /** Everything after finding the set; kept apart so that it also runs on a plain class path. */
    static void check(Path folder, ExampleSet set) throws IOException {
        List<ExampleItems.Item> items = ExampleItems.of(folder, set);
        assertEquals(List.of(EMISSION, "elastic_19570", "elastic_19630"),
                items.stream().map(ExampleItems.Item::alias).toList());
        Map<String, String> groups = new LinkedHashMap<>();
        items.forEach(item -> groups.put(item.alias(), String.valueOf(item.group())));
        assertEquals(Map.of(EMISSION, "null", "elastic_19570", "elastic_all", "elastic_19630", "elastic_all"), groups,
                "as the original's tree: the emission scan on top, the elastic scans in group elastic_all");

        String format = Files.readString(folder.resolve(set.format()), StandardCharsets.UTF_8);
        assertEquals(XesNodes.THETA_SCAN, new ObjectMapper().readTree(format).get("node").asText());
        PipelineRun run = new PipelineRun();
        FileSourceResolver resolver = new FileSourceResolver(run.pipeline);
        Map<String, Object> parameters = run.byName(ReferenceItem.all().get(0).transformParams());
        parameters.putAll(autoSetReferences(items));
        for (ExampleItems.Item item : items) {
            run.add(item.alias(), resolver.resolve(item.file().toString(), item.entry(), format), parameters);
        }
        run.run(1);
        assertEquals(List.of(), run.report.failures());

        for (ExampleItems.Item item : items) {
            NodeResult spectra = run.spectra(item.alias());
            assertTrue(spectra.isGood(), item.alias() + ": " + spectra.message());
            double slope = spectra.scalar("calibrationPoly.slope").orElseThrow();
            double intercept = spectra.scalar("calibrationPoly.intercept").orElseThrow();
            System.out.printf("example %s: calibrationPoly relative deviation %.1e (slope), %.1e (intercept)%n",
                    item.alias(), slope / ReferenceItem.CALIBRATION[0] - 1, intercept / ReferenceItem.CALIBRATION[1] - 1);
            assertEquals(ReferenceItem.CALIBRATION[0], slope, 1e-8 * Math.abs(ReferenceItem.CALIBRATION[0]),
                    item.alias() + " slope");
            assertEquals(ReferenceItem.CALIBRATION[1], intercept, 1e-8 * Math.abs(ReferenceItem.CALIBRATION[1]),
                    item.alias() + " intercept");
        }
        List<String> references = references(items);
        NodeResult first = run.spectra(EMISSION);
        for (int i = 0; i < references.size(); i++) {
            double width = first.scalar("calibrationData.FWHM." + i).orElseThrow();
            System.out.printf("example %s: DCM rocking curve FWHM %.5f eV%n", references.get(i), width);
            assertEquals(DCM_FWHM.get(references.get(i)), width, 1e-3, references.get(i) + " DCM rocking curve");
        }
        for (String[] names : new String[][] {{"energy", "xes"}, {"energy_bottom", "xes_bottom"}}) {
            double[] energy = first.array(names[0]).orElseThrow();
            double[] xes = first.array(names[1]).orElseThrow();
            double peak = energy[argmax(xes)];
            System.out.printf("example %s: Mo Kβ1,3 %s peaks at %.2f eV%n", EMISSION, names[1], peak);
            assertTrue(peak > KBETA3 - 5 && peak < KBETA1 + 5, names[1] + " peaks at " + peak + " eV");
        }
    }

    /**
     * The calibration references as "auto set references" takes them (parseq-behaviour.md §23):
     * the items of the first group whose name contains "calib" or "elast", each with the energy
     * after the last '_' of its name and a Si111 monochromator.
     */
    private static Map<String, Object> autoSetReferences(List<ExampleItems.Item> items) {
        List<String> references = references(items);
        assertEquals(2, references.size(), "the elastic group holds both elastic scans");
        List<Double> energies = new ArrayList<>();
        for (String alias : references) {
            energies.add(Double.parseDouble(alias.substring(alias.lastIndexOf('_') + 1)));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("calibrationFind", true);
        values.put("calibrationData.base", String.join("; ", references));
        values.put("calibrationData.energy", energies);
        values.put("calibrationData.slice", "");
        values.put("calibrationData.DCM", String.join("; ", references.stream().map(r -> "Si111").toList()));
        return values;
    }

    private static List<String> references(List<ExampleItems.Item> items) {
        String group = items.stream().map(ExampleItems.Item::group)
                .filter(name -> name != null && (name.contains("calib") || name.contains("elast")))
                .findFirst().orElseThrow(() -> new AssertionError("no group of elastic scans in the examples"));
        return items.stream().filter(item -> group.equals(item.group())).map(ExampleItems.Item::alias).toList();
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
