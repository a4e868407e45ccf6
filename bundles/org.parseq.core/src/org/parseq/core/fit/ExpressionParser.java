package org.parseq.core.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * Parser of the fit expression language, written by hand because no library on the target
 * platform parses arithmetic safely (nothing here evaluates user text as code).
 * <p>
 * The language: numbers ({@code 1}, {@code 2.5e-3}); names of parameters (and {@code x} in
 * function-fit formulas); {@code pi}; {@code + - * /}, power {@code ^} (or {@code **}), which
 * binds tighter than unary minus and groups to the right ({@code -2^2 = -4},
 * {@code 2^3^2 = 512}); parentheses; function calls {@code f(a, b)} of
 * {@link MathFunctions} (an {@code np.} or {@code numpy.} prefix is accepted, as the
 * original's formulas are numpy); indexed names {@code w[1]}, which mean the name {@code w1}
 * (the original's LCF ties); and parameters of another item for joint fits,
 * {@code item["alias"].r1} or the original's {@code fit['alias'].r1}.
 */
public final class ExpressionParser {

    private final String text;
    private int pos;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /**
     * Parses the whole text.
     *
     * @throws FitException saying where and what is wrong
     */
    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FitException("empty expression");
        }
        ExpressionParser p = new ExpressionParser(text);
        Expression e = p.sum();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        return e;
    }

    private Expression sum() {
        Expression e = product();
        while (true) {
            if (accept('+')) {
                e = new Expression.Binary('+', e, product());
            } else if (accept('-')) {
                e = new Expression.Binary('-', e, product());
            } else {
                return e;
            }
        }
    }

    private Expression product() {
        Expression e = unary();
        while (true) {
            skipSpace();
            if (text.startsWith("**", pos)) {
                return e;
            }
            if (accept('*')) {
                e = new Expression.Binary('*', e, unary());
            } else if (accept('/')) {
                e = new Expression.Binary('/', e, unary());
            } else {
                return e;
            }
        }
    }

    private Expression unary() {
        if (accept('-')) {
            return new Expression.Negation(unary());
        }
        if (accept('+')) {
            return unary();
        }
        return power();
    }

    private Expression power() {
        Expression base = primary();
        skipSpace();
        if (text.startsWith("**", pos)) {
            pos += 2;
            return new Expression.Binary('^', base, unary());
        }
        if (accept('^')) {
            return new Expression.Binary('^', base, unary());
        }
        return base;
    }

    private Expression primary() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("the expression ends too early");
        }
        char c = text.charAt(pos);
        if (accept('(')) {
            Expression e = sum();
            expect(')');
            return e;
        }
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            return named();
        }
        throw error("unexpected '" + c + "'");
    }

    private Expression number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        String s = text.substring(start, pos);
        try {
            return new Expression.Constant(Double.parseDouble(s));
        } catch (NumberFormatException ex) {
            pos = start;
            throw error("bad number '" + s + "'");
        }
    }

    private Expression named() {
        int start = pos;
        String name = identifier();
        if ((name.equals("np") || name.equals("numpy")) && peek('.')) {
            pos++;
            name = identifier();
        }
        if ((name.equals("item") || name.equals("fit")) && peek('[')) {
            return otherItem();
        }
        if (accept('(')) {
            return call(name, start);
        }
        if (peek('[')) {
            pos++;
            skipSpace();
            int numStart = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (numStart == pos) {
                throw error("an index in [] must be a whole number");
            }
            String index = text.substring(numStart, pos);
            expect(']');
            return new Expression.Name(Reference.local(name + index));
        }
        if (name.equals("pi")) {
            return new Expression.Constant(Math.PI);
        }
        return new Expression.Name(Reference.local(name));
    }

    private Expression otherItem() {
        expect('[');
        skipSpace();
        if (pos >= text.length() || (text.charAt(pos) != '"' && text.charAt(pos) != '\'')) {
            throw error("item[...] needs a quoted item name, e.g. item[\"sample 1\"].r1");
        }
        char quote = text.charAt(pos++);
        int end = text.indexOf(quote, pos);
        if (end < 0) {
            throw error("unclosed quote in item name");
        }
        String alias = text.substring(pos, end);
        pos = end + 1;
        expect(']');
        expect('.');
        skipSpace();
        String name = identifier();
        return new Expression.Name(new Reference(alias, name));
    }

    private Expression call(String name, int start) {
        MathFunctions.Function f = MathFunctions.find(name);
        if (f == null) {
            pos = start;
            throw error("unknown function '" + name + "'; known: " + MathFunctions.names());
        }
        List<Expression> args = new ArrayList<>();
        if (!accept(')')) {
            do {
                args.add(sum());
            } while (accept(','));
            expect(')');
        }
        if (!f.accepts(args.size())) {
            pos = start;
            throw error(f.signature() + " called with " + args.size() + " argument" + (args.size() == 1 ? "" : "s"));
        }
        return new Expression.Call(f, args);
    }

    private String identifier() {
        int start = pos;
        if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
            while (pos < text.length()
                    && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
        }
        if (start == pos) {
            throw error("a name is expected");
        }
        return text.substring(start, pos);
    }

    private boolean peek(char c) {
        skipSpace();
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean accept(char c) {
        if (peek(c)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw error("'" + c + "' expected");
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private FitException error(String what) {
        return new FitException("in '" + text + "' at character " + (pos + 1) + ": " + what);
    }
}
