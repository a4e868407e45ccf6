package org.parseq.io.format;

import java.util.ArrayList;
import java.util.List;

import org.parseq.io.DataFormatException;
import org.parseq.io.format.Token.Kind;

/** Splits expression text into tokens; rejects any character outside the small grammar. */
final class ExpressionTokenizer {
	private final String text;
	private int index;

	private ExpressionTokenizer(String text) {
		this.text = text;
	}

	static List<Token> tokenize(String text) throws DataFormatException {
		return new ExpressionTokenizer(text).run();
	}

	private List<Token> run() throws DataFormatException {
		List<Token> tokens = new ArrayList<>();
		while (true) {
			skipWhitespace();
			if (index >= text.length()) {
				tokens.add(new Token(Kind.END, "", index));
				return tokens;
			}
			tokens.add(next());
		}
	}

	private void skipWhitespace() {
		while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
			index++;
		}
	}

	private Token next() throws DataFormatException {
		int start = index;
		char c = text.charAt(index);
		if (Character.isDigit(c) || (c == '.' && index + 1 < text.length() && Character.isDigit(text.charAt(index + 1)))) {
			return number(start);
		}
		if (Character.isLetter(c) || c == '_') {
			while (index < text.length() && isIdentifierPart(text.charAt(index))) {
				index++;
			}
			return new Token(Kind.IDENTIFIER, text.substring(start, index), start);
		}
		if (c == '"' || c == '\'') {
			return string(start, c);
		}
		index++;
		return switch (c) {
		case '+' -> new Token(Kind.PLUS, "+", start);
		case '-' -> new Token(Kind.MINUS, "-", start);
		case '/' -> new Token(Kind.SLASH, "/", start);
		case '^' -> new Token(Kind.POWER, "^", start);
		case '*' -> {
			if (index < text.length() && text.charAt(index) == '*') {
				index++;
				yield new Token(Kind.POWER, "**", start);
			}
			yield new Token(Kind.STAR, "*", start);
		}
		case '(' -> new Token(Kind.LEFT_PAREN, "(", start);
		case ')' -> new Token(Kind.RIGHT_PAREN, ")", start);
		case '[' -> new Token(Kind.LEFT_BRACKET, "[", start);
		case ']' -> new Token(Kind.RIGHT_BRACKET, "]", start);
		case ',' -> new Token(Kind.COMMA, ",", start);
		default -> throw ExpressionParser.syntaxError(text, start,
				"unexpected character '" + c + "'; expected a number, a name, an operator + - * / ^ ** or a bracket");
		};
	}

	private static boolean isIdentifierPart(char c) {
		// the dot lets numpy-style names such as np.log through as one name
		return Character.isLetterOrDigit(c) || c == '_' || c == '.';
	}

	private Token number(int start) throws DataFormatException {
		digits();
		if (index < text.length() && text.charAt(index) == '.') {
			index++;
			digits();
		}
		if (index < text.length() && (text.charAt(index) == 'e' || text.charAt(index) == 'E')) {
			int exponentStart = index;
			index++;
			if (index < text.length() && (text.charAt(index) == '+' || text.charAt(index) == '-')) {
				index++;
			}
			if (index >= text.length() || !Character.isDigit(text.charAt(index))) {
				throw ExpressionParser.syntaxError(text, exponentStart, "expected digits of the exponent");
			}
			digits();
		}
		if (index < text.length() && (Character.isLetter(text.charAt(index)) || text.charAt(index) == '_')) {
			throw ExpressionParser.syntaxError(text, index, "expected an operator after the number " + text.substring(start, index));
		}
		return new Token(Kind.NUMBER, text.substring(start, index), start);
	}

	private void digits() {
		while (index < text.length() && Character.isDigit(text.charAt(index))) {
			index++;
		}
	}

	private Token string(int start, char quote) throws DataFormatException {
		int end = text.indexOf(quote, start + 1);
		if (end < 0) {
			throw ExpressionParser.syntaxError(text, start, "expected a closing " + quote + " for the string");
		}
		index = end + 1;
		return new Token(Kind.STRING, text.substring(start + 1, end), start);
	}
}
