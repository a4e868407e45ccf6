package org.parseq.model.pspj;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates a data source the original wrote as a Python expression into our format language
 * (docs/data-formats.md): {@code Col3+Col4}, {@code d["a"] + d["b"]}, {@code np.log(Col6/Col7)},
 * {@code sum([Col1, Col2])}, {@code np.linspace(-0.25, 0.25, 151)}. Only what means the same in
 * both is translated; anything else (other numpy functions, indexing, keyword arguments, the
 * operators {@code % // ^ &}, ...) is refused naming the construct. Nothing is evaluated.
 * Written by hand: the original's expressions are Python, which no library here parses safely.
 * <p>
 * Python and our language share operator precedence ({@code -2**2 = -4}, {@code **} right
 * associative), so the translation is the parsed tree written back in our syntax with the
 * brackets that precedence needs. Python's {@code ^} is exclusive or, ours is power: refused.
 */
final class PythonExpression {

    /** An expression we do not translate; the message names the construct. */
    static final class Untranslatable extends Exception {
        private static final long serialVersionUID = 1L;

        Untranslatable(String expression, String problem) {
            super("\"" + expression + "\": " + problem);
        }
    }

    /** Python names of numpy or built-in functions that our language has with the same meaning. */
    private static final Map<String, String> FUNCTIONS = Map.ofEntries(Map.entry("log", "log"),
            Map.entry("log10", "log10"), Map.entry("exp", "exp"), Map.entry("sqrt", "sqrt"),
            Map.entry("abs", "abs"), Map.entry("absolute", "abs"), Map.entry("sin", "sin"),
            Map.entry("cos", "cos"));
    private static final List<String> GENERATORS = List.of("linspace", "arange");
    private static final String KNOWN = "the numpy functions " + FUNCTIONS.keySet().stream().sorted().toList()
            + ", sum([...]), linspace, arange and pi";
    private static final Pattern COLUMN = Pattern.compile("[Cc]ol(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** Precedence levels of the written expression. */
    private static final int ADDITIVE = 1;
    private static final int MULTIPLICATIVE = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    /** A translated piece: our text and how tightly it binds. */
    private record Piece(String text, int level, boolean constant) {
        String at(int needed) {
            return level >= needed ? text : "(" + text + ")";
        }
    }

    private final String source;
    private final List<PythonTokens.Token> tokens;
    private int index;

    private PythonExpression(String source, List<PythonTokens.Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    static String translate(String python) throws Untranslatable {
        PythonExpression parser = new PythonExpression(python, PythonTokens.tokenize(python));
        Piece piece = parser.additive();
        if (parser.peek().kind() != PythonTokens.Kind.END) {
            throw parser.refuse("unexpected " + parser.peek().describe());
        }
        return piece.text();
    }

    private PythonTokens.Token peek() {
        return tokens.get(index);
    }

    private boolean acceptOperator(String operator) {
        PythonTokens.Token token = peek();
        if (token.kind() == PythonTokens.Kind.OPERATOR && token.text().equals(operator)) {
            index++;
            return true;
        }
        return false;
    }

    private void expectOperator(String operator, String context) throws Untranslatable {
        if (!acceptOperator(operator)) {
            throw refuse("expected '" + operator + "' " + context + " but found " + peek().describe());
        }
    }

    private Piece additive() throws Untranslatable {
        Piece left = term();
        while (true) {
            String operator = peek().text();
            if (!acceptOperator("+") && !acceptOperator("-")) {
                return left;
            }
            Piece right = term();
            left = new Piece(left.at(ADDITIVE) + operator + right.at(MULTIPLICATIVE), ADDITIVE,
                    left.constant() && right.constant());
        }
    }

    private Piece term() throws Untranslatable {
        Piece left = unary();
        while (true) {
            refuseOperators();
            String operator = peek().text();
            if (!acceptOperator("*") && !acceptOperator("/")) {
                return left;
            }
            Piece right = unary();
            left = new Piece(left.at(MULTIPLICATIVE) + operator + right.at(UNARY), MULTIPLICATIVE,
                    left.constant() && right.constant());
        }
    }

    private Piece unary() throws Untranslatable {
        if (acceptOperator("-")) {
            Piece operand = unary();
            return new Piece("-" + operand.at(UNARY), UNARY, operand.constant());
        }
        if (acceptOperator("+")) {
            return unary();
        }
        if (peek().kind() == PythonTokens.Kind.OPERATOR && peek().text().equals("~")) {
            throw refuse("the bitwise operator '~' has no counterpart in our format language");
        }
        return power();
    }

    private Piece power() throws Untranslatable {
        Piece base = primary();
        if (acceptOperator("**")) {
            Piece exponent = unary();
            return new Piece(base.at(ATOM) + "**" + exponent.at(UNARY), POWER, base.constant() && exponent.constant());
        }
        if (peek().kind() == PythonTokens.Kind.OPERATOR && (peek().text().equals("[") || peek().text().equals("."))) {
            throw refuse("indexing or attributes of a value (" + peek().describe()
                    + ") have no counterpart in our format language");
        }
        return base;
    }

    /** Python operators with no meaning in our language, or another meaning. */
    private void refuseOperators() throws Untranslatable {
        PythonTokens.Token token = peek();
        if (token.kind() != PythonTokens.Kind.OPERATOR) {
            return;
        }
        switch (token.text()) {
            case "^" -> throw refuse("'^' is exclusive or in Python and power in our language; write ** for power");
            case "%", "//", "@", "&", "|", "<<", ">>", "<", ">", "<=", ">=", "==", "!=" -> throw refuse(
                    "the Python operator '" + token.text() + "' has no counterpart in our format language");
            default -> {
                // an operator the callers above handle, or the end of the term
            }
        }
    }

    private Piece primary() throws Untranslatable {
        PythonTokens.Token token = peek();
        switch (token.kind()) {
            case NUMBER -> {
                index++;
                if (!NUMBER.matcher(token.text()).matches()) {
                    throw refuse("the number '" + token.text() + "' is not one our format language reads");
                }
                return new Piece(token.text(), ATOM, true);
            }
            case NAME -> {
                index++;
                return named(token);
            }
            case OPERATOR -> {
                if (acceptOperator("(")) {
                    Piece inner = additive();
                    expectOperator(")", "closing the '(' at column " + (token.position() + 1));
                    return new Piece(inner.text(), inner.level(), inner.constant());
                }
                throw refuse("expected a number, a column ColN, d[\"path\"] or a function call but found "
                        + token.describe());
            }
            default -> throw refuse("expected a number, a column ColN, d[\"path\"] or a function call but found "
                    + token.describe());
        }
    }

    private Piece named(PythonTokens.Token name) throws Untranslatable {
        String identifier = name.text();
        Matcher column = COLUMN.matcher(identifier);
        if (column.matches()) {
            return new Piece("Col" + Integer.parseInt(column.group(1)), ATOM, false);
        }
        if (identifier.equals("d")) {
            expectOperator("[", "after d, as in d[\"path/to/dataset\"]");
            PythonTokens.Token path = peek();
            if (path.kind() != PythonTokens.Kind.STRING) {
                throw refuse("expected a quoted dataset path in d[...] but found " + path.describe());
            }
            index++;
            expectOperator("]", "closing d[\"...\"]");
            return new Piece(datasetReference(path.text()), ATOM, false);
        }
        String function = withoutModule(identifier);
        if (function == null) {
            throw refuse("'" + identifier + "' is not a name our format language knows (it has ColN, d[\"path\"], "
                    + KNOWN + ")");
        }
        if (function.equals("pi")) {
            return new Piece("pi", ATOM, true);
        }
        if (function.equals("e") && !identifier.equals("e")) {
            return new Piece("exp(1)", ATOM, true);
        }
        if (function.equals("sum")) {
            if (!identifier.equals("sum")) {
                throw refuse("'" + identifier + "' sums all elements into one number; only Python's sum([...]) "
                        + "adds arrays element-wise as our sum does");
            }
            return sum();
        }
        if (GENERATORS.contains(function) && !identifier.equals(function)) {
            return generator(function, identifier);
        }
        String ours = FUNCTIONS.get(function);
        if (ours == null) {
            throw refuse("'" + identifier + "' has no counterpart in our format language (it has " + KNOWN + ")");
        }
        List<Piece> arguments = arguments(identifier);
        if (arguments.size() != 1) {
            throw refuse(identifier + " takes one argument here, not " + arguments.size());
        }
        return new Piece(ours + "(" + arguments.get(0).text() + ")", ATOM, arguments.get(0).constant());
    }

    /** Python's sum of one list or tuple adds its arrays element-wise: our sum([...]). */
    private Piece sum() throws Untranslatable {
        expectOperator("(", "after sum");
        String close;
        if (acceptOperator("[")) {
            close = "]";
        } else if (acceptOperator("(")) {
            close = ")";
        } else {
            throw refuse("only sum([a, b, ...]) of one list translates; Python's sum(a, b) means another thing");
        }
        List<String> terms = new ArrayList<>();
        do {
            if (peek().kind() == PythonTokens.Kind.OPERATOR && peek().text().equals(close)) {
                break;
            }
            terms.add(additive().text());
        } while (acceptOperator(","));
        expectOperator(close, "closing the list of sum");
        if (acceptOperator(",")) {
            throw refuse("sum with a start value has no counterpart in our format language");
        }
        expectOperator(")", "closing the call of sum");
        if (terms.isEmpty()) {
            throw refuse("sum of an empty list");
        }
        return new Piece("sum([" + String.join(", ", terms) + "])", ATOM, false);
    }

    private Piece generator(String function, String identifier) throws Untranslatable {
        List<Piece> arguments = arguments(identifier);
        boolean linspace = function.equals("linspace");
        if (linspace ? arguments.size() != 3 : arguments.size() < 2 || arguments.size() > 3) {
            throw refuse(linspace ? "expected linspace(start, stop, count)"
                    : "expected arange(start, stop) or arange(start, stop, step)");
        }
        List<String> texts = new ArrayList<>();
        for (Piece argument : arguments) {
            if (!argument.constant()) {
                throw refuse("the arguments of " + identifier + " must be numbers, not columns or datasets");
            }
            texts.add(argument.text());
        }
        return new Piece(function + "(" + String.join(", ", texts) + ")", ATOM, false);
    }

    private List<Piece> arguments(String identifier) throws Untranslatable {
        expectOperator("(", "after " + identifier);
        List<Piece> arguments = new ArrayList<>();
        if (acceptOperator(")")) {
            return arguments;
        }
        do {
            if (peek().kind() == PythonTokens.Kind.NAME && tokens.get(index + 1).text().equals("=")) {
                throw refuse("keyword arguments (" + peek().text() + "=...) of " + identifier
                        + " have no counterpart in our format language");
            }
            arguments.add(additive());
        } while (acceptOperator(","));
        expectOperator(")", "closing the call of " + identifier);
        return arguments;
    }

    /** {@code np.log} → {@code log}; a bare name stays; other modules (scipy...) give null. */
    private static String withoutModule(String identifier) {
        int dot = identifier.lastIndexOf('.');
        if (dot < 0) {
            return identifier;
        }
        String module = identifier.substring(0, dot);
        return module.equals("np") || module.equals("numpy") || module.equals("math")
                ? identifier.substring(dot + 1) : null;
    }

    private String datasetReference(String path) throws Untranslatable {
        if (!path.contains("\"")) {
            return "d[\"" + path + "\"]";
        }
        if (!path.contains("'")) {
            return "d['" + path + "']";
        }
        throw refuse("the dataset path " + path + " holds both kinds of quotes");
    }

    private Untranslatable refuse(String problem) {
        return new Untranslatable(source, problem);
    }
}
