package org.parseq.core.combine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Input a combination cannot use is refused with a message that says what and where. */
class BadInputTest {

    private static final double[] X = {1, 2, 3, 4};

    private static String message(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }

    @Test
    void fewerItemsThanComponents() {
        DataMatrix two = DataMatrix.of("flat", List.of("a", "b"), List.of(new double[] {1, 2, 3, 4},
                new double[] {2, 1, 2, 1}));
        String text = message(() -> McrAls.decompose(two, X,
                List.of(McrComponent.auto(), McrComponent.auto(), McrComponent.auto()), McrSettings.DEFAULT));
        assertTrue(text.contains("3 components") && text.contains("not 2") && text.contains("'flat'"), text);
        DataMatrix one = DataMatrix.of("flat", List.of("a"), List.of(new double[] {1, 2, 3, 4}));
        String pca = message(() -> PrincipalComponents.of(one));
        assertTrue(pca.contains("at least two items"), pca);
    }

    @Test
    void itemsOfDifferentLengths() {
        String text = message(() -> DataMatrix.of("mu", List.of("foil", "oxide"),
                List.of(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3})));
        assertTrue(text.contains("'mu'") && text.contains("oxide") && text.contains("3 points")
                && text.contains("interpolat"), text);
    }

    @Test
    void anXRangeWithoutPoints() {
        DataMatrix data = DataMatrix.of("mu", List.of("a", "b"), List.of(new double[] {1, 2, 3, 4},
                new double[] {2, 1, 2, 1}));
        String text = message(() -> data.rows(X, new XRange(5, 7)));
        assertTrue(text.contains("[5.0, 7.0]") && text.contains("no point") && text.contains("from 1.0 to 4.0"), text);
        assertTrue(message(() -> new XRange(3, 1)).contains("not an interval"));
    }

    @Test
    void nanInAParent() {
        String text = message(() -> DataMatrix.of("norm", List.of("foil", "oxide"),
                List.of(new double[] {1, 2, 3, 4}, new double[] {1, Double.NaN, 3, 4})));
        assertTrue(text.contains("'norm'") && text.contains("oxide") && text.contains("NaN") && text.contains("point 1"),
                text);
        TargetTransformation tt = TargetTransformation.onto(DataMatrix.of("norm", List.of("foil"),
                List.of(new double[] {1, 2, 3, 4})));
        String target = message(() -> tt.transform("mix", new double[] {1, 2, Double.POSITIVE_INFINITY, 4}));
        assertTrue(target.contains("mix") && target.contains("Infinity") && target.contains("point 2"), target);
    }

    @Test
    void aDependentBasisAndZeroSpectra() {
        String basis = message(() -> TargetTransformation.onto(DataMatrix.of("mu", List.of("foil", "twice foil"),
                List.of(new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 8}))));
        assertTrue(basis.contains("linearly dependent") && basis.contains("twice foil"), basis);
        String zero = message(() -> PrincipalComponents.of(DataMatrix.of("mu", List.of("a", "b"),
                List.of(new double[4], new double[4]))));
        assertTrue(zero.contains("zero"), zero);
    }

    @Test
    void aReferenceThatCannotBeInterpolatedStartsTheComponentAsAuto() {
        DataMatrix data = DataMatrix.of("mu", List.of("a", "b", "c"), List.of(new double[] {1, 2, 3, 4},
                new double[] {2, 1, 2, 1}, new double[] {1.5, 1.5, 2.5, 2.5}));
        McrComponent broken = McrComponent.auto().startingFrom(
                new McrComponent.Spectrum("one point", new double[] {1}, new double[] {1}));
        McrResult fromBroken = McrAls.decompose(data, X, List.of(broken, McrComponent.auto()), McrSettings.DEFAULT);
        McrResult fromAuto = McrAls.decompose(data, X, List.of(McrComponent.auto(), McrComponent.auto()),
                McrSettings.DEFAULT);
        assertTrue(java.util.Arrays.equals(fromBroken.spectrum(1), fromAuto.spectrum(1)));
    }
}
