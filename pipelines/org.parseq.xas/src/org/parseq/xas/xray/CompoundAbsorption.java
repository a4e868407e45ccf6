package org.parseq.xas.xray;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Absorption cross-sections of a compound at one energy, as XAFSmass's
 * {@code calculate_element_dict} computes them: per element σ(E) = f2(E)·4.208e7/E (cm²/mol),
 * replaced by σ at the post-edge row when the edge search ({@link EdgeStep}) found one; the edge
 * jump Δσ and the Victoreen law; the element's amount in the formula. Σσ is summed in formula
 * order, the elements are listed in increasing Z.
 */
public final class CompoundAbsorption {

    /** One element of the compound at the energy. */
    public record Element(ElementF2 table, double sigma, double amount, EdgeStep edge) {
        public String symbol() {
            return table.symbol();
        }

        /** Δσ·amount (cm²/mol per formula unit). */
        public double jump() {
            return edge.dSigma() * amount;
        }
    }

    private final double energy;
    private final List<Element> elements;
    private final double sumSigma;

    private CompoundAbsorption(double energy, List<Element> elements, double sumSigma) {
        this.energy = energy;
        this.elements = List.copyOf(elements);
        this.sumSigma = sumSigma;
    }

    /**
     * @throws IllegalArgumentException when the energy lies outside an element's table
     */
    public static CompoundAbsorption at(double energy, ChemicalFormula formula, F2Tables tables) {
        Map<String, Element> bySymbol = new LinkedHashMap<>();
        double sumSigma = 0;
        for (ChemicalFormula.Term t : formula.terms()) {
            ElementF2 table = tables.element(t.symbol());
            if (!table.covers(energy)) {
                throw new IllegalArgumentException("E = " + energy + " eV is outside the " + tables.name()
                        + " table of " + t.symbol() + " [" + table.firstEnergy() + ", " + table.lastEnergy() + "] eV");
            }
            EdgeStep edge = EdgeStep.near(energy, table);
            double sigma = edge.sigmaPost() > 0 ? edge.sigmaPost() : table.sigmaAt(energy);
            bySymbol.put(t.symbol(), new Element(table, sigma, t.amount(), edge));
            if (t.amount() > 0) {
                sumSigma += sigma * t.amount();
            }
        }
        List<Element> sorted = new ArrayList<>(bySymbol.values());
        sorted.sort(Comparator.comparingInt(el -> el.table().z()));
        return new CompoundAbsorption(energy, sorted, sumSigma);
    }

    public double energy() {
        return energy;
    }

    /** The elements in increasing Z. */
    public List<Element> elements() {
        return elements;
    }

    /** Σ amount·σ (cm²/mol per formula unit). */
    public double sumSigma() {
        return sumSigma;
    }

    /**
     * XAFSmass's {@code calculate_absorption_background} at energies e: per element, amount times
     * its Victoreen law if it has an edge, else its σ(E); summed in increasing Z.
     *
     * @throws IllegalArgumentException when an energy lies outside the table of an element
     *                                  without edge
     */
    public double[] background(double[] e) {
        double[] out = new double[e.length];
        for (Element el : elements) {
            if (el.edge().dSigma() > 0) {
                double c = el.edge().victoreenC();
                double d = el.edge().victoreenD();
                for (int i = 0; i < e.length; i++) {
                    double logE = Math.log(e[i]);
                    out[i] += (c * Math.exp(-3 * logE) + d * Math.exp(-4 * logE)) * el.amount();
                }
            } else {
                ElementF2 table = el.table();
                for (int i = 0; i < e.length; i++) {
                    if (!table.covers(e[i])) {
                        throw new IllegalArgumentException("E = " + e[i] + " eV is outside the table of "
                                + el.symbol() + " [" + table.firstEnergy() + ", " + table.lastEnergy() + "] eV");
                    }
                    out[i] += table.f2At(e[i]) * el.amount() * ElementF2.CROSS_SECTION / e[i];
                }
            }
        }
        return out;
    }
}
