package org.parseq.model.pspj;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Python expression of the original's data formats into tokens for
 * {@link PythonExpression}. Dotted names ({@code np.log}) are one name. Operators are kept
 * whole ({@code **}, {@code //}, {@code <=}) so that those without a counterpart can be named
 * when refused.
 */
final class PythonTokens {

    enum Kind {
        NUMBER, NAME, STRING, OPERATOR, END
    }

    record Token(Kind kind, String text, int position) {
        String describe() {
            return switch (kind) {
                case END -> "the end of the expression";
                case STRING -> "the string '" + text + "'";
                default -> "'" + text + "' at column " + (position + 1);
            };
        }
    }

    private static final List<String> TWO_CHARACTER_OPERATORS = List.of("**", "//", "<<", ">>", "<=", ">=", "==",
            "!=");

    private PythonTokens() {
    }

    static List<Token> tokenize(String text) throws PythonExpression.Untranslatable {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int end = numberEnd(text, i);
                tokens.add(new Token(Kind.NUMBER, text.substring(i, end), i));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                        || text.charAt(end) == '.' && end + 1 < text.length()
                                && Character.isLetter(text.charAt(end + 1)))) {
                    end++;
                }
                if (end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '"')) {
                    throw new PythonExpression.Untranslatable(text, "string prefixes such as "
                            + text.substring(i, end) + "'...' are not read; write a plain quoted path");
                }
                tokens.add(new Token(Kind.NAME, text.substring(i, end), i));
                i = end;
            } else if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    throw new PythonExpression.Untranslatable(text, "the string at column " + (i + 1)
                            + " is not closed");
                }
                String content = text.substring(i + 1, end);
                if (content.contains("\\")) {
                    throw new PythonExpression.Untranslatable(text, "escape sequences in the string at column "
                            + (i + 1) + " are not read");
                }
                tokens.add(new Token(Kind.STRING, content, i));
                i = end + 1;
            } else {
                String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                String operator = TWO_CHARACTER_OPERATORS.contains(two) ? two : String.valueOf(c);
                tokens.add(new Token(Kind.OPERATOR, operator, i));
                i += operator.length();
            }
        }
        tokens.add(new Token(Kind.END, "", text.length()));
        return tokens;
    }

    /** Where a number starting at {@code start} ends; letters glued to it (1j, 0x1f, 1_0) are kept with it. */
    private static int numberEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean exponentSign = (c == '+' || c == '-') && i > start
                    && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E')
                    && text.substring(start, i - 1).matches("\\d*\\.?\\d*");
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
