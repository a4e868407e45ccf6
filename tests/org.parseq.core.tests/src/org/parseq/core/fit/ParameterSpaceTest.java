package org.parseq.core.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParameterSpaceTest {

    private static ParameterSpace space(FitParameter... params) {
        return new ParameterSpace(List.of(new ItemParameters("sample", List.of(params))));
    }

    @Test
    void tiesAreAppliedInDependencyOrderWhateverTheirListOrder() {
        ParameterSpace s = space(
                FitParameter.unbounded("c", 0).withTie("=2*b"),
                FitParameter.unbounded("b", 0).withTie("=a+1"),
                FitParameter.unbounded("a", 3));
        assertEquals(List.of("a"), s.variedNames());
        assertArrayEquals(new double[] {10, 5, 4}, s.values(new double[] {4}), 0);
    }

    /** The same chain of ties read by each of the original's rules (xas-algorithms.md §7, §8, §9.5). */
    @Test
    void theOriginalsTieRules() {
        List<ItemParameters> chain = List.of(new ItemParameters("sample", List.of(
                FitParameter.unbounded("c", 7).withTie("=2*b"),
                FitParameter.unbounded("b", 9).withTie("=a+1"),
                FitParameter.unbounded("a", 3),
                FitParameter.unbounded("d", 1).withTie("<b"))));
        double[] p = {4, 30};
        // dependency order: c sees b as tied; d capped by the tied b
        assertArrayEquals(new double[] {10, 5, 4, 5},
                new ParameterSpace(chain, ParameterSpace.TieRule.DEPENDENCY_ORDER).values(p), 0);
        // LCF: every tie reads un-tied values, an =-tied one as 0
        assertArrayEquals(new double[] {0, 5, 4, 0},
                new ParameterSpace(chain, ParameterSpace.TieRule.UNTIED).values(p), 0);
        // function fit: list order, c before b reads b's stored value; d after b reads its tie
        assertArrayEquals(new double[] {18, 5, 4, 5},
                new ParameterSpace(chain, ParameterSpace.TieRule.LIST_ORDER).values(p), 0);
        // EXAFS: bare names read un-tied values (b's stored 9), also for the cap of d
        assertArrayEquals(new double[] {18, 5, 4, 9},
                new ParameterSpace(chain, ParameterSpace.TieRule.FIRST_ITEM_UNTIED).values(p), 0);
    }

    /**
     * The original's joint EXAFS fit: bare names in any item's ties are the started item's
     * parameters, un-tied; item["alias"].name reads what is tied so far, items in order.
     */
    @Test
    void exafsJointTiesReadTheStartedItemAndWhatIsTiedSoFar() {
        ParameterSpace s = new ParameterSpace(List.of(
                new ItemParameters("Ru", List.of(FitParameter.unbounded("r1", 2.66),
                        FitParameter.unbounded("r2", 0).withTie("=item[\"Ce\"].r2"),
                        FitParameter.fixedAt("n1", 6))),
                new ItemParameters("Ce", List.of(FitParameter.unbounded("r1", 3.1),
                        FitParameter.unbounded("r2", 8).withTie("=r1 + 1"),
                        FitParameter.fixedAt("n1", 12), FitParameter.unbounded("n2", 0).withTie("=n1")))),
                ParameterSpace.TieRule.FIRST_ITEM_UNTIED);
        assertEquals(List.of("r1", "item[\"Ce\"].r1"), s.variedNames());
        // Ru's r2 comes first and reads Ce's r2 before Ce's tie: its stored 8; Ce's r2 = Ru's r1 + 1;
        // Ce's n2 = Ru's n1
        assertArrayEquals(new double[] {2.7, 8, 6, 3.2, 3.7, 12, 6}, s.values(new double[] {2.7, 3.2}), 1e-15);
    }

    @Test
    void fixedParametersAndCollapsedLimits() {
        ParameterSpace s = space(
                FitParameter.fixedAt("f", 2),
                new FitParameter("g", 5, 1, 1, false, "", Double.NaN),
                FitParameter.free("h", 0.5, 0, 1).withTie("fixed"),
                FitParameter.free("v", 0.5, 0, 1));
        assertEquals(List.of("v"), s.variedNames());
        assertArrayEquals(new double[] {2, 1, 0.5, 0.25}, s.values(new double[] {0.25}), 0,
                "min >= max fixes a parameter at min, as in the original");
    }

    @Test
    void inequalityTiesCapTheVariedValue() {
        ParameterSpace s = space(
                FitParameter.unbounded("a", 1),
                FitParameter.unbounded("b", 1).withTie("<a/2"),
                FitParameter.unbounded("c", 1).withTie(">a"));
        assertEquals(List.of("a", "b", "c"), s.variedNames());
        assertArrayEquals(new double[] {4, 2, 5}, s.values(new double[] {4, 3, 5}), 0);
        assertArrayEquals(new double[] {4, 1, 4}, s.values(new double[] {4, 1, 3}), 0);
    }

    @Test
    void jointFitTiesReachOtherItems() {
        ParameterSpace s = new ParameterSpace(List.of(
                new ItemParameters("Ru", List.of(FitParameter.unbounded("r1", 2.66),
                        FitParameter.unbounded("r2", 0).withTie("=item[\"Ce\"].r1"),
                        FitParameter.fixedAt("n1", 6), FitParameter.unbounded("n2", 0).withTie("=n1"))),
                new ItemParameters("Ce", List.of(FitParameter.unbounded("r1", 3.1),
                        FitParameter.fixedAt("n1", 12)))));
        assertEquals(List.of("r1", "item[\"Ce\"].r1"), s.variedNames());
        assertArrayEquals(new double[] {2.7, 3.2, 6, 6, 3.2, 12}, s.values(new double[] {2.7, 3.2}), 0,
                "a bare name is the tie's own item's parameter");
    }

    @Test
    void aTieToAnUnknownParameterNamesItemParameterAndTie() {
        FitException ex = assertThrows(FitException.class, () -> space(
                FitParameter.unbounded("w1", 0.5), FitParameter.unbounded("w2", 0.5).withTie("=1-w1-w3")));
        assertTrue(ex.getMessage().contains("item 'sample', parameter 'w2', tie '=1-w1-w3'"), ex.getMessage());
        assertTrue(ex.getMessage().contains("unknown name 'w3'"), ex.getMessage());
        FitException other = assertThrows(FitException.class, () -> space(
                FitParameter.unbounded("r", 2).withTie("=item['nowhere'].r1")));
        assertTrue(other.getMessage().contains("unknown name 'item[\"nowhere\"].r1'"), other.getMessage());
    }

    @Test
    void aTieCycleIsRejectedWithItsParametersAndExpressions() {
        FitException ex = assertThrows(FitException.class, () -> space(
                FitParameter.unbounded("a", 1).withTie("=b+1"),
                FitParameter.unbounded("b", 1).withTie("=2*c"),
                FitParameter.unbounded("c", 1).withTie("=a"),
                FitParameter.unbounded("d", 1)));
        assertTrue(ex.getMessage().startsWith("tie cycle: "), ex.getMessage());
        for (String part : List.of("a ('=b+1')", "b ('=2*c')", "c ('=a')")) {
            assertTrue(ex.getMessage().contains(part), part + " in: " + ex.getMessage());
        }
        FitException self = assertThrows(FitException.class, () -> space(FitParameter.unbounded("a", 1).withTie("<a")));
        assertTrue(self.getMessage().contains("tie cycle: a ('<a') → a"), self.getMessage());
    }

    @Test
    void aStartValueOutsideItsLimitsIsNamed() {
        FitException ex = assertThrows(FitException.class, () -> space(FitParameter.free("w1", 1.5, 0, 1)).start());
        assertTrue(ex.getMessage().contains("w1 = 1.5 lies outside its limits [0.0, 1.0]"), ex.getMessage());
    }

    @Test
    void aBadTieSignIsNamed() {
        FitException ex = assertThrows(FitException.class, () -> space(FitParameter.unbounded("a", 1).withTie("a+1")));
        assertTrue(ex.getMessage().contains("parameter 'a': tie 'a+1' must start with"), ex.getMessage());
    }
}
