package org.parseq.io.format;

/** One lexical token of a data source expression; {@code position} is the 0-based char offset. */
record Token(Kind kind, String text, int position) {
	enum Kind {
		NUMBER, IDENTIFIER, STRING, PLUS, MINUS, STAR, SLASH, POWER, LEFT_PAREN, RIGHT_PAREN,
		LEFT_BRACKET, RIGHT_BRACKET, COMMA, END
	}

	String describe() {
		return switch (kind) {
		case END -> "end of expression";
		case STRING -> "string \"" + text + "\"";
		case NUMBER -> "number " + text;
		case IDENTIFIER -> "name '" + text + "'";
		default -> "'" + text + "'";
		};
	}
}
