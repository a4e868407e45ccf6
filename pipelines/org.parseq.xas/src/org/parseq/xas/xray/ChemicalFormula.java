package org.parseq.xas.xray;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chemical formula as XAFSmass reads it: element symbols (H … U, case-sensitive, the longest
 * symbol wins: "Co" is cobalt, "CO" carbon and oxygen) each with an optional amount (integer or
 * decimal, default 1), and parenthesised groups with an amount, nested freely: "Fe2O3",
 * "Si.925Ti.075O2", "(NH4)2SO4". Spaces between terms are ignored. A repeated element is summed
 * in the order of first appearance. XAFSmass's dopant notation ("%" weight percent) and "x" are
 * not accepted.
 */
public final class ChemicalFormula {

    /** One element of a formula and its amount (mol per formula unit). */
    public record Term(String symbol, double amount) {
    }

    private final String text;
    private final List<Term> terms;

    private ChemicalFormula(String text, List<Term> terms) {
        this.text = text;
        this.terms = List.copyOf(terms);
    }

    /**
     * @throws IllegalArgumentException naming the position and the reason when the text is not a
     *                                  formula
     */
    public static ChemicalFormula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the chemical formula is empty");
        }
        Parser parser = new Parser(text);
        List<Term> terms = parser.formula();
        parser.skipSpaces();
        if (parser.pos < text.length()) {
            throw parser.error(text.charAt(parser.pos) == ')' ? "unbalanced ')'" : "unexpected '"
                    + text.charAt(parser.pos) + "'");
        }
        return new ChemicalFormula(text, terms);
    }

    public String text() {
        return text;
    }

    /** The elements in order of first appearance, repeated ones summed. */
    public List<Term> terms() {
        return terms;
    }

    /** Σ amount·atomic mass (g/mol). */
    public double molarMass() {
        double mass = 0;
        for (Term t : terms) {
            mass += Elements.mass(t.symbol()) * t.amount();
        }
        return mass;
    }

    /** The molar mass to 5 significant digits, written as the original shows it ("159.69"). */
    public String molarMassText() {
        double mass = molarMass();
        if (!(mass > 0)) {
            return Double.toString(mass);
        }
        int exponent = (int) Math.floor(Math.log10(mass));
        double rounded = new BigDecimal(mass).setScale(4 - exponent, RoundingMode.HALF_EVEN).doubleValue();
        return Double.toString(rounded);
    }

    @Override
    public String toString() {
        return text;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        /** formula := term+; a formula's repeated elements are summed. */
        List<Term> formula() {
            List<Term> raw = new ArrayList<>();
            while (true) {
                skipSpaces();
                if (pos >= s.length() || s.charAt(pos) == ')') {
                    break;
                }
                raw.addAll(term());
            }
            if (raw.isEmpty()) {
                throw error("an element or '(' expected");
            }
            Map<String, Double> summed = new LinkedHashMap<>();
            for (Term t : raw) {
                summed.merge(t.symbol(), t.amount(), Double::sum);
            }
            List<Term> out = new ArrayList<>();
            summed.forEach((symbol, amount) -> out.add(new Term(symbol, amount)));
            return out;
        }

        /** term := (element | '(' formula ')') amount? */
        private List<Term> term() {
            char c = s.charAt(pos);
            if (c == '(') {
                int open = pos++;
                List<Term> group = formula();
                skipSpaces();
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    pos = open;
                    throw error("unbalanced '('");
                }
                pos++;
                double amount = amount();
                List<Term> out = new ArrayList<>();
                for (Term t : group) {
                    out.add(new Term(t.symbol(), t.amount() * amount));
                }
                return out;
            }
            String symbol = element();
            return List.of(new Term(symbol, amount()));
        }

        private String element() {
            if (pos + 2 <= s.length() && Elements.z(s.substring(pos, pos + 2)) > 0) {
                pos += 2;
                return s.substring(pos - 2, pos);
            }
            if (Elements.z(s.substring(pos, pos + 1)) > 0) {
                pos += 1;
                return s.substring(pos - 1, pos);
            }
            int end = pos + 1;
            while (end < s.length() && Character.isLowerCase(s.charAt(end))) {
                end++;
            }
            throw error("unknown element '" + s.substring(pos, end) + "'");
        }

        /** An optional amount: digits and dots; 1 when absent. */
        private double amount() {
            skipSpaces();
            int start = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.'
                    || s.charAt(pos) == '%' || s.charAt(pos) == 'x')) {
                pos++;
            }
            if (start == pos) {
                return 1;
            }
            String number = s.substring(start, pos);
            if (number.indexOf('%') >= 0 || number.indexOf('x') >= 0) {
                pos = start;
                throw error("the dopant ('%') and 'x' notations are not supported");
            }
            try {
                double value = Double.parseDouble(number);
                if (!(value > 0) || Double.isInfinite(value)) {
                    pos = start;
                    throw error("amount " + number + " must be positive");
                }
                return value;
            } catch (NumberFormatException ex) {
                pos = start;
                throw error("'" + number + "' is not a number");
            }
        }

        void skipSpaces() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        IllegalArgumentException error(String reason) {
            return new IllegalArgumentException("chemical formula '" + s + "', at character " + (pos + 1) + ": "
                    + reason);
        }
    }
}
