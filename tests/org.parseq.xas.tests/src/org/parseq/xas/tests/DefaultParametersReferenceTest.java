package org.parseq.xas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every item of reference/parseq-xas/defaults, run with the factory-default parameters. */
class DefaultParametersReferenceTest {

    static List<ReferenceItem> items() {
        List<ReferenceItem> items = ReferenceItem.under("defaults");
        assertEquals(12, items.size(), "reference defaults items");
        return items;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void reproducesTheOriginal(ReferenceItem item) {
        ReferenceRun run = new ReferenceRun(item);
        if (!item.entersAtMu()) {
            double err = Metrics.relRms(run.muraw, run.murawExpected);
            assertTrue(err <= 1e-15, item + ": transmission muraw rel. RMS " + err);
        }
        ReferenceAssertions.assertAcceptance(run, ReferenceAssertions.CHI_REL_RMS_TOL);
        ReferenceAssertions.assertMuNode(run, ReferenceAssertions.MU_NODE_REL_RMS_TOL);
        assertEquals(item.transformParams.get("datakmax") instanceof Number d ? d.doubleValue() : Double.NaN,
                run.chi.datakmax(), 1e-9, item + ": datakmax");
    }
}
