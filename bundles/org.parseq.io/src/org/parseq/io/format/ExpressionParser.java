package org.parseq.io.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parseq.io.DataFormatException;
import org.parseq.io.format.Expression.Operator;
import org.parseq.io.format.Token.Kind;

/**
 * Recursive-descent parser of data source expressions; never evaluates user text as code.
 * <p>
 * Grammar (Python precedence, so {@code -2^2 = -4} and {@code 2^3^2 = 2^9}):
 *
 * <pre>
 * expression := additive END
 * additive   := term (('+' | '-') term)*
 * term       := unary (('*' | '/') unary)*
 * unary      := ('-' | '+') unary | power
 * power      := primary (('^' | '**') unary)?
 * primary    := NUMBER | 'pi' | ColN | d["path"] | '(' additive ')'
 *             | function '(' additive ')' | sum '(' list ')'
 * list       := '[' additive (',' additive)* ']' | additive (',' additive)*
 * </pre>
 *
 * Function names may carry a numpy prefix ({@code np.log}). Syntax errors are
 * {@link DataFormatException}s whose location is the 1-based column of the offending token.
 */
public final class ExpressionParser {
	private static final Pattern COLUMN = Pattern.compile("[Cc]ol(\\d+)");
	private static final Map<String, DoubleUnaryOperator> FUNCTIONS = Map.ofEntries(
			Map.entry("ln", Math::log), Map.entry("log", Math::log), Map.entry("log10", Math::log10),
			Map.entry("exp", Math::exp), Map.entry("sqrt", Math::sqrt), Map.entry("abs", Math::abs),
			Map.entry("sin", Math::sin), Map.entry("cos", Math::cos));

	private final String text;
	private final List<Token> tokens;
	private int index;

	private ExpressionParser(String text, List<Token> tokens) {
		this.text = text;
		this.tokens = tokens;
	}

	/** Parses {@code text}; the error names the column (1-based) and what was expected there. */
	public static Expression parse(String text) throws DataFormatException {
		if (text == null || text.isBlank()) {
			throw syntaxError(text == null ? "" : text, 0, "expected an expression but found nothing");
		}
		ExpressionParser parser = new ExpressionParser(text, ExpressionTokenizer.tokenize(text));
		Expression expression = parser.additive();
		parser.expect(Kind.END, "an operator + - * / ^ or the end of the expression");
		return expression;
	}

	static DataFormatException syntaxError(String text, int position, String problem) {
		return new DataFormatException("expression \"" + text + "\"", "column " + (position + 1), problem);
	}

	private Token peek() {
		return tokens.get(index);
	}

	private boolean accept(Kind kind) {
		if (peek().kind() == kind) {
			index++;
			return true;
		}
		return false;
	}

	private Token expect(Kind kind, String expected) throws DataFormatException {
		Token token = peek();
		if (token.kind() != kind) {
			throw syntaxError(text, token.position(), "expected " + expected + " but found " + token.describe());
		}
		index++;
		return token;
	}

	private Expression additive() throws DataFormatException {
		Expression left = term();
		while (true) {
			if (accept(Kind.PLUS)) {
				left = new Expression.Binary(Operator.ADD, left, term());
			} else if (accept(Kind.MINUS)) {
				left = new Expression.Binary(Operator.SUBTRACT, left, term());
			} else {
				return left;
			}
		}
	}

	private Expression term() throws DataFormatException {
		Expression left = unary();
		while (true) {
			if (accept(Kind.STAR)) {
				left = new Expression.Binary(Operator.MULTIPLY, left, unary());
			} else if (accept(Kind.SLASH)) {
				left = new Expression.Binary(Operator.DIVIDE, left, unary());
			} else {
				return left;
			}
		}
	}

	private Expression unary() throws DataFormatException {
		if (accept(Kind.MINUS)) {
			return new Expression.Negate(unary());
		}
		if (accept(Kind.PLUS)) {
			return unary();
		}
		return power();
	}

	private Expression power() throws DataFormatException {
		Expression base = primary();
		if (accept(Kind.POWER)) {
			return new Expression.Binary(Operator.POWER, base, unary());
		}
		return base;
	}

	private Expression primary() throws DataFormatException {
		Token token = peek();
		switch (token.kind()) {
		case NUMBER -> {
			index++;
			return new Expression.Number(Double.parseDouble(token.text()));
		}
		case LEFT_PAREN -> {
			index++;
			Expression inner = additive();
			expect(Kind.RIGHT_PAREN, "')' closing the '(' at column " + (token.position() + 1));
			return inner;
		}
		case IDENTIFIER -> {
			index++;
			return named(token);
		}
		default -> throw syntaxError(text, token.position(),
				"expected a number, a column ColN, d[\"path\"], a function call or '(' but found " + token.describe());
		}
	}

	private Expression named(Token name) throws DataFormatException {
		String identifier = name.text();
		Matcher column = COLUMN.matcher(identifier);
		if (column.matches()) {
			try {
				return new Expression.Column(Integer.parseInt(column.group(1)));
			} catch (NumberFormatException e) {
				throw syntaxError(text, name.position(), "column index " + column.group(1) + " is too large");
			}
		}
		if (identifier.equals("d")) {
			expect(Kind.LEFT_BRACKET, "'[' after d, as in d[\"path/to/dataset\"]");
			Token path = expect(Kind.STRING, "a quoted dataset path, as in d[\"path/to/dataset\"]");
			expect(Kind.RIGHT_BRACKET, "']' closing d[\"...\"]");
			return new Expression.Dataset(path.text());
		}
		String function = withoutNumpyPrefix(identifier);
		if (function.equals("pi")) {
			return new Expression.Number(Math.PI);
		}
		if (function.equals("sum")) {
			return new Expression.Sum(sumArguments());
		}
		if (Expression.Generated.FUNCTIONS.contains(function)) {
			return generatedAxis(function);
		}
		DoubleUnaryOperator operation = FUNCTIONS.get(function);
		if (operation == null) {
			throw syntaxError(text, name.position(), "unknown name '" + identifier
					+ "'; expected ColN, d[\"path\"], pi or one of the functions " + knownFunctions());
		}
		expect(Kind.LEFT_PAREN, "'(' after the function " + identifier);
		Expression argument = additive();
		expect(Kind.RIGHT_PAREN, "')' closing the call of " + identifier);
		return new Expression.Call(function, operation, argument);
	}

	private List<Expression> sumArguments() throws DataFormatException {
		expect(Kind.LEFT_PAREN, "'(' after sum");
		boolean bracketed = accept(Kind.LEFT_BRACKET);
		List<Expression> terms = new ArrayList<>();
		do {
			terms.add(additive());
		} while (accept(Kind.COMMA));
		if (bracketed) {
			expect(Kind.RIGHT_BRACKET, "',' or ']' closing the list of sum");
		}
		expect(Kind.RIGHT_PAREN, "',' or ')' closing the call of sum");
		return terms;
	}

	private Expression generatedAxis(String function) throws DataFormatException {
		expect(Kind.LEFT_PAREN, "'(' after " + function);
		List<Expression> arguments = new ArrayList<>();
		do {
			arguments.add(additive());
		} while (accept(Kind.COMMA));
		expect(Kind.RIGHT_PAREN, "',' or ')' closing the call of " + function);
		return Expression.Generated.of(function, arguments, text);
	}

	private static String withoutNumpyPrefix(String identifier) {
		String lower = identifier.toLowerCase(Locale.ROOT);
		if (lower.startsWith("np.")) {
			return lower.substring(3);
		}
		if (lower.startsWith("numpy.")) {
			return lower.substring(6);
		}
		return lower;
	}

	private static String knownFunctions() {
		List<String> names = new ArrayList<>(FUNCTIONS.keySet());
		names.add("sum");
		names.addAll(Expression.Generated.FUNCTIONS);
		names.sort(null);
		return String.join(", ", names);
	}
}
