package org.parseq.xas.fit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parseq.core.fit.Curve;
import org.parseq.core.fit.FitParameter;
import org.parseq.core.fit.FitResult;
import org.parseq.core.fit.FittedParameter;
import org.parseq.core.fit.LinearCombinationFit;
import org.parseq.xas.tests.SharedData;

/**
 * The original's Cu-LCF project: mix1 and mix2 fitted by Cu2O and CuO (weights and energy
 * shifts), started from the project file's values on the original's saved µd arrays, against
 * the reference re-run (reference/parseq-xas/projects/Cu-LCF). In mix2 the Cu2O weight ends
 * at its bound 0, which leaves its shift undetermined by the data: its value is where the
 * original's optimizer path leaves it, a case only the same algorithm reproduces.
 */
class CuLcfReferenceTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mix1", "mix2"})
    void reproducesTheOriginal(String alias) {
        Path project = ReferenceFits.projectDir("Cu-LCF");
        Map<String, Object> saved = OriginalProject.section(ReferenceFits.pspj("Cu-LCF"), alias);
        List<LinearCombinationFit.Component> comps = new ArrayList<>();
        Map<String, Curve> refs = new HashMap<>();
        for (Object o : Literal.list(saved.get("lcf_params"))) {
            Map<String, Object> c = Literal.map(o);
            String name = (String) c.get("name");
            double[][] mu = SharedData.readColumns(project.resolve(name).resolve("1_mu.txt.gz"));
            refs.put(name, new Curve(mu[0], mu[6]));
            comps.add(new LinearCombinationFit.Component(name, (Boolean) c.get("use"),
                    bounded("w", c.get("w"), c.get("wBounds")), bounded("dx", c.get("dx"), c.get("dxBounds"))));
        }
        double[] range = ReferenceFits.doubles(saved.get("lcf_xRange"));
        double[][] mu = SharedData.readColumns(project.resolve(alias).resolve("1_mu.txt.gz"));
        FitResult result = LinearCombinationFit.fit(new LinearCombinationFit.Input(alias, new Curve(mu[0], mu[6]), refs),
                new LinearCombinationFit.Settings(comps, range[0], range[1], false, true, null));
        assertTrue(result.converged(), result.message());

        Map<String, Object> fit = Literal.map(ReferenceFits.params(project.resolve(alias)).get("fitParams"));
        List<Object> expected = Literal.list(fit.get("lcf_params"));
        for (int i = 0; i < expected.size(); i++) {
            Map<String, Object> e = Literal.map(expected.get(i));
            FittedParameter w = result.first().parameter("w" + (i + 1));
            FittedParameter dx = result.first().parameter("dx" + (i + 1));
            String what = alias + " " + e.get("name");
            Close.assertClose(Literal.number(e.get("w")), w.value(), CuExafsFitReferenceTest.VALUE_TOL, what + " w");
            Close.assertClose(Literal.number(e.get("dx")), dx.value(), CuExafsFitReferenceTest.VALUE_TOL, what + " dx");
            Close.assertClose(Literal.number(e.get("wError")), w.error(), CuExafsFitReferenceTest.ERROR_TOL,
                    what + " wError");
            Close.assertClose(Literal.number(e.get("dxError")), dx.error(), CuExafsFitReferenceTest.ERROR_TOL,
                    what + " dxError");
        }
        Map<String, Object> r = Literal.map(fit.get("lcf_result"));
        Close.assertClose(Literal.number(r.get("R")), result.rFactor(), CuExafsFitReferenceTest.R_TOL, alias + " R");
        Close.assertClose(Literal.number(r.get("nparam")), result.variables(), 0, alias + " nparam");
    }

    private static FitParameter bounded(String name, Object value, Object bounds) {
        double[] b = ReferenceFits.doubles(bounds);
        return FitParameter.free(name, Literal.number(value), b[0], b[1]);
    }
}
