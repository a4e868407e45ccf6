package org.parseq.model.pspj;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Python literals the original writes into its project files: {@code repr} of
 * numbers, strings, True/False/None, lists, tuples and dictionaries. The original reads them
 * back with {@code eval}; this parser accepts only literals and never runs anything. Written by
 * hand because no library on the target platform reads Python literal syntax.
 * <p>
 * Values: {@link Long} or {@link Double} (bare {@code nan}, {@code inf} and {@code -inf}, as
 * numpy lists print them, are doubles), {@link String}, {@link Boolean}, {@code null}, an
 * unmodifiable {@link List} for lists and tuples, an unmodifiable insertion-ordered {@link Map}
 * with text keys for dictionaries.
 */
final class PythonLiteral {

    /** Text that is not a Python literal; the column is 1-based. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(int column, String problem) {
            super("not a Python literal, at column " + column + ": " + problem);
        }
    }

    private final String text;
    private int position;

    private PythonLiteral(String text) {
        this.text = text;
    }

    static Object parse(String text) throws SyntaxError {
        PythonLiteral parser = new PythonLiteral(text);
        Object value = parser.value();
        parser.skipSpace();
        if (parser.position < text.length()) {
            throw parser.error("unexpected " + parser.describeNext() + " after the value");
        }
        return value;
    }

    /** The literal's value, or the text itself when it is not a literal (as the original reads such values). */
    static Object parseOrText(String text) {
        try {
            return parse(text);
        } catch (SyntaxError e) {
            return text;
        }
    }

    private Object value() throws SyntaxError {
        skipSpace();
        if (position >= text.length()) {
            throw error("expected a value but the text ends");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '[' -> sequence(']');
            case '(' -> sequence(')');
            case '{' -> dictionary();
            case '\'', '"' -> string();
            default -> c == '-' || c == '+' || c == '.' || Character.isDigit(c) ? number() : word();
        };
    }

    /** A list or a tuple; {@code (x)} without a comma is just x, as in Python. */
    private Object sequence(char close) throws SyntaxError {
        position++;
        List<Object> elements = new ArrayList<>();
        boolean sawComma = false;
        while (true) {
            skipSpace();
            if (peek() == close) {
                position++;
                break;
            }
            elements.add(value());
            skipSpace();
            if (peek() == ',') {
                position++;
                sawComma = true;
            } else if (peek() != close) {
                throw error("expected ',' or '" + close + "' but found " + describeNext());
            }
        }
        if (close == ')' && elements.size() == 1 && !sawComma) {
            return elements.get(0);
        }
        return Collections.unmodifiableList(elements);
    }

    private Map<String, Object> dictionary() throws SyntaxError {
        position++;
        Map<String, Object> map = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (peek() == '}') {
                position++;
                return Collections.unmodifiableMap(map);
            }
            int keyColumn = position + 1;
            Object key = value();
            if (key instanceof List<?> || key instanceof Map<?, ?>) {
                throw new SyntaxError(keyColumn, "a dictionary key must be a string or a number");
            }
            skipSpace();
            if (peek() != ':') {
                throw error("expected ':' after the dictionary key but found " + describeNext());
            }
            position++;
            map.put(String.valueOf(key), value());
            skipSpace();
            if (peek() == ',') {
                position++;
            } else if (peek() != '}') {
                throw error("expected ',' or '}' but found " + describeNext());
            }
        }
    }

    private String string() throws SyntaxError {
        char quote = text.charAt(position);
        int start = position;
        position++;
        StringBuilder out = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (position >= text.length()) {
                break;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '0' -> out.append('\0');
                case 'x' -> out.append((char) hex(2));
                case 'u' -> out.append((char) hex(4));
                case 'U' -> out.appendCodePoint(hex(8));
                case '\\', '\'', '"' -> out.append(escaped);
                default -> out.append('\\').append(escaped); // Python keeps unknown escapes as written
            }
        }
        throw new SyntaxError(start + 1, "the string is not closed by " + quote);
    }

    private int hex(int digits) throws SyntaxError {
        if (position + digits > text.length()) {
            throw error("expected " + digits + " hexadecimal digits");
        }
        String code = text.substring(position, position + digits);
        try {
            int value = Integer.parseInt(code, 16);
            position += digits;
            return value;
        } catch (NumberFormatException e) {
            throw error("expected " + digits + " hexadecimal digits but found '" + code + "'");
        }
    }

    private Object number() throws SyntaxError {
        int start = position;
        if (peek() == '-' || peek() == '+') {
            position++;
            skipSpace();
            if (text.startsWith("inf", position)) {
                position += 3;
                return text.charAt(start) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
        }
        String sign = text.charAt(start) == '-' ? "-" : "";
        int digitsStart = position;
        boolean real = false;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (Character.isDigit(c)) {
                position++;
            } else if (c == '.' || c == 'e' || c == 'E') {
                real = true;
                position++;
            } else if ((c == '-' || c == '+') && (text.charAt(position - 1) == 'e' || text.charAt(position - 1) == 'E')) {
                position++;
            } else {
                break;
            }
        }
        String digits = text.substring(digitsStart, position);
        if (digits.isEmpty() || !digits.matches("(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new SyntaxError(start + 1, "'" + text.substring(start, position) + "' is not a number");
        }
        if (!real) {
            try {
                return Long.parseLong(sign + digits);
            } catch (NumberFormatException tooLong) {
                // Python integers have no limit; beyond a long, a double is the closest value
            }
        }
        return Double.parseDouble(sign + digits);
    }

    private Object word() throws SyntaxError {
        int start = position;
        while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position))
                || text.charAt(position) == '_')) {
            position++;
        }
        String word = text.substring(start, position);
        return switch (word) {
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "None" -> null;
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            default -> throw new SyntaxError(start + 1, word.isEmpty() ? "unexpected " + describeNext()
                    : "'" + word + "' is not a literal (expected a number, a quoted string, True, False, None, "
                            + "a list, a tuple or a dictionary)");
        };
    }

    private void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private String describeNext() {
        return position < text.length() ? "'" + text.charAt(position) + "'" : "the end of the text";
    }

    private SyntaxError error(String problem) {
        return new SyntaxError(position + 1, problem);
    }
}
