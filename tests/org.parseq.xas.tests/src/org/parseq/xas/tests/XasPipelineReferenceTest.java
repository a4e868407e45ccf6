package org.parseq.xas.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.xas.pipeline.XasNodes;

/**
 * The XAS pipeline run by the core's runner reproduces the original's reference results, for
 * data entering at currents Tr (foils, .fio) and at µd (.mu), with the defaults and with the Cu
 * project's parameters applied by name; and serial and parallel runs give identical bits.
 */
class XasPipelineReferenceTest {

    private static List<ReferenceItem> defaults;
    private static PipelineRun serial;

    @BeforeAll
    static void runDefaults() {
        defaults = ReferenceItem.under("defaults");
        assertEquals(12, defaults.size(), "reference default items");
        serial = new PipelineRun(defaults, 1, false);
    }

    @Test
    void defaultItemsReproduceTheOriginal() {
        assertTrue(serial.report.failures().isEmpty(), "failures: " + serial.report.failures());
        assertTrue(defaults.stream().anyMatch(ReferenceItem::entersAtMu), "some items enter at µd");
        assertTrue(defaults.stream().anyMatch(i -> !i.entersAtMu()), "some items enter at currents Tr");
        for (ReferenceItem item : defaults) {
            assertReproduces(serial, item, 1e-4);
            assertEquals(item.entersAtMu() ? NodeStatus.NOT_ON_PATH : NodeStatus.GOOD,
                    serial.result(item, XasNodes.CURRENTS_TR).status(), item + ": currents Tr state");
        }
    }

    @Test
    void cuProjectParametersApplyByName() {
        List<ReferenceItem> cu = ReferenceItem.under("projects/Cu");
        assertEquals(4, cu.size());
        PipelineRun run = new PipelineRun(cu, 1, true);
        assertTrue(run.report.failures().isEmpty(), "failures: " + run.report.failures());
        for (ReferenceItem item : cu) {
            Map<String, Object> applied = run.byName(item.transformParams);
            assertEquals(true, applied.get("rebinNeeded"), item + ": rebinning applied by name");
            assertEquals(List.of(1.0, 0.2, 0.5, 0.025), applied.get("rebinRegions.deltas"));
            assertReproduces(run, item, 1e-4);
            NodeResult mu = run.result(item, XasNodes.MU);
            assertEquals(((Number) item.transformParams.get("eShift")).doubleValue(), mu.scalar("eShift").orElseThrow(),
                    1e-9, item + ": eShift found by calibration");
            assertArrayEquals(reals(item.transformParams.get("nbinNew")), mu.array("nbinNew").orElseThrow(),
                    item + ": nbinNew");
            assertArrayEquals(SharedData.readColumns(item.dir.resolve("x_mu0eknots_x.txt.gz"))[0],
                    mu.array("mu0eknots_x").orElseThrow(), 1e-6, item + ": µ0 knots");
        }
    }

    @Test
    void serialAndFourThreadsGiveIdenticalBits() {
        PipelineRun parallel = new PipelineRun(defaults, 4, false);
        for (ReferenceItem item : defaults) {
            for (NodeDefinition node : serial.pipeline.nodes()) {
                NodeResult one = serial.result(item, node.id());
                NodeResult four = parallel.result(item, node.id());
                assertEquals(one.status(), four.status(), item + " " + node.id());
                assertEquals(one.arrays().keySet(), four.arrays().keySet(), item + " " + node.id());
                one.arrays().forEach((name, values) -> assertArrayEquals(values, four.arrays().get(name),
                        item + " " + node.id() + "." + name));
                assertEquals(one.scalars(), four.scalars(), item + " " + node.id() + " scalars");
            }
        }
    }

    static void assertReproduces(PipelineRun run, ReferenceItem item, double tolerance) {
        NodeResult mu = run.result(item, XasNodes.MU);
        NodeResult chi = run.result(item, XasNodes.CHI);
        NodeResult ft = run.result(item, XasNodes.FT);
        NodeResult bft = run.result(item, XasNodes.BFT);
        for (NodeResult node : List.of(mu, chi, ft, bft)) {
            assertEquals(NodeStatus.GOOD, node.status(), item + ": " + node.message());
        }
        double e0Error = Math.abs(mu.scalar("e0").orElseThrow() - item.scalar("e0"));
        double stepError = Math.abs(mu.scalar("edgeStep").orElseThrow() / item.scalar("edge_step") - 1);
        double[][] chiRef = item.table("2_chi.txt.gz");
        double[][] ftRef = item.table("3_ft.txt.gz");
        double[][] bftRef = item.table("4_bft.txt.gz");
        double chiError = Metrics.relRms(chi.array("chi").orElseThrow(), chiRef[1]);
        double ftError = Metrics.relRms(ft.array("ft").orElseThrow(), ftRef[1]);
        double bftError = Metrics.relRms(bft.array("bft").orElseThrow(), bftRef[1]);
        System.out.printf("pipeline %-36s dE0=%.2e dStep=%.2e chi=%.2e |FT|=%.2e bft=%.2e%n", item.name, e0Error,
                stepError, chiError, ftError, bftError);
        assertTrue(e0Error <= ReferenceAssertions.E0_TOL_EV, item + ": E0 off by " + e0Error);
        assertTrue(stepError <= ReferenceAssertions.EDGE_STEP_REL_TOL, item + ": edge step off by " + stepError);
        assertArrayEquals(chiRef[0], chi.array("k").orElseThrow(), 0.0, item + ": k grid");
        assertArrayEquals(ftRef[0], ft.array("r").orElseThrow(), 0.0, item + ": r grid");
        assertArrayEquals(bftRef[0], bft.array("bftk").orElseThrow(), 0.0, item + ": bftk grid");
        assertTrue(chiError <= tolerance, item + ": chi rel. RMS " + chiError);
        assertTrue(ftError <= tolerance, item + ": |FT| rel. RMS " + ftError);
        assertTrue(bftError <= tolerance, item + ": BFT rel. RMS " + bftError);
        double[][] muRef = item.table("1_mu.txt.gz");
        assertArrayEquals(muRef[0], mu.array("e").orElseThrow(), 1e-9, item + ": µd energy grid");
        assertTrue(Metrics.relRms(mu.array("mu0").orElseThrow(), muRef[8]) <= 1e-6, item + ": µ0");
        assertTrue(Metrics.relRms(mu.array("norm").orElseThrow(), muRef[5]) <= 1e-6, item + ": norm");
    }

    private static double[] reals(Object list) {
        return ((List<?>) list).stream().mapToDouble(o -> ((Number) o).doubleValue()).toArray();
    }
}
