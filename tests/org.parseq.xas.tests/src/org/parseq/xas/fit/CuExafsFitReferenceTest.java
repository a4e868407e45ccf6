package org.parseq.xas.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parseq.core.fit.FitResult;
import org.parseq.core.fit.FittedParameter;
import org.parseq.core.fit.ItemFit;

/**
 * The original's Cu project: single-shell EXAFS fits of four Cu foils (k range and full
 * range), started from the project file's values on the original's saved BFT arrays, against
 * the reference re-run (reference/parseq-xas/projects/Cu). The reference's {@code error}
 * entries are the project's stale values (the original's EXAFS fit writes errorA and errorB
 * only), so the errors compared are errorA and errorB.
 */
class CuExafsFitReferenceTest {

    static final double VALUE_TOL = 1e-4;
    static final double ERROR_TOL = 1e-3;
    static final double R_TOL = 1e-4;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Cu_lnt1", "Cu_lnt2", "Cu_rt1", "Cu_rt2"})
    void reproducesTheOriginal(String alias) {
        Path dir = ReferenceFits.projectDir("Cu").resolve(alias);
        ExafsItem item = ReferenceFits.exafsItem(alias, dir,
                OriginalProject.section(ReferenceFits.pspj("Cu"), alias));
        FitResult result = ExafsFit.fit(alias, Map.of(alias, item), null);
        assertTrue(result.converged(), result.message());

        Map<String, Object> fit = Literal.map(ReferenceFits.params(dir).get("fitParams"));
        Map<String, Object> expected = Literal.map(fit.get("exafsfit_result"));
        ItemFit mine = result.first();
        List<Object> shells = Literal.list(fit.get("exafsfit_params"));
        Map<String, Object> shell = Literal.map(shells.get(0));
        for (String q : List.of("r", "n", "s", "e")) {
            Map<String, Object> ref = Literal.map(shell.get(q));
            FittedParameter p = mine.parameter(q + "1");
            Close.assertClose(Literal.number(ref.get("value")), p.value(), VALUE_TOL, alias + " " + q + "1");
            Close.assertClose(Literal.number(ref.get("errorA")), p.errorA(), ERROR_TOL, alias + " " + q + "1 errorA");
            Close.assertClose(Literal.number(ref.get("errorB")), p.errorB(), ERROR_TOL, alias + " " + q + "1 errorB");
        }
        assertEquals(1.0, mine.parameter("s0").value(), "s0 stays fixed");
        Close.assertClose(Literal.number(expected.get("R")), result.rFactor(), R_TOL, alias + " R");
        Close.assertClose(Literal.number(expected.get("Nind")), result.independentPoints(), 1e-12, alias + " Nind");
        assertEquals((int) Literal.number(expected.get("nparam")), result.variables(), alias + " nparam");
        List<Object> corr = Literal.list(expected.get("corr"));
        for (int i = 0; i < corr.size(); i++) {
            List<Object> row = Literal.list(corr.get(i));
            for (int j = 0; j < row.size(); j++) {
                Close.assertClose(Literal.number(row.get(j)), result.correlation()[i][j], ERROR_TOL,
                        alias + " corr[" + i + "][" + j + "]");
            }
        }
        double[] bftk = item.bftk();
        assertEquals(bftk.length, mine.curves().get("bftfit").length, "model on the whole BFT grid");
    }
}
