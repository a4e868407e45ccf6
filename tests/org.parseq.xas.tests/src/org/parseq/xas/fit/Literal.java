package org.parseq.xas.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reader of the literals in the reference files: JSON (params.json) and the Python literals
 * of the original's .pspj projects (single quotes, True/False/None). Objects become Maps,
 * arrays Lists, numbers Doubles. Test support only: the test bundle has no JSON library, and
 * the xas tests' own reader is package-private in another package.
 */
final class Literal {

    private final String s;
    private int pos;

    private Literal(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        Literal p = new Literal(text);
        Object v = p.value();
        p.skip();
        if (p.pos != p.s.length()) {
            throw new IllegalArgumentException("trailing text at " + p.pos + " in " + abbreviated(text));
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    private static String abbreviated(String t) {
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }

    private void skip() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private Object value() {
        skip();
        char c = s.charAt(pos);
        if (c == '{') {
            return object();
        }
        if (c == '[' || c == '(') {
            return array(c == '[' ? ']' : ')');
        }
        if (c == '"' || c == '\'') {
            return string();
        }
        for (String[] word : new String[][] {{"true", "T"}, {"True", "T"}, {"false", "F"}, {"False", "F"},
                {"null", "N"}, {"None", "N"}, {"NaN", "n"}, {"nan", "n"}, {"Infinity", "i"}, {"inf", "i"}}) {
            if (s.startsWith(word[0], pos)) {
                pos += word[0].length();
                return switch (word[1]) {
                    case "T" -> Boolean.TRUE;
                    case "F" -> Boolean.FALSE;
                    case "n" -> Double.NaN;
                    case "i" -> Double.POSITIVE_INFINITY;
                    default -> null;
                };
            }
        }
        int start = pos;
        while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("unexpected '" + c + "' at " + pos + " in " + abbreviated(s));
        }
        return Double.parseDouble(s.substring(start, pos));
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        pos++;
        skip();
        if (s.charAt(pos) == '}') {
            pos++;
            return m;
        }
        while (true) {
            skip();
            String key = string();
            skip();
            expect(':');
            m.put(key, value());
            skip();
            if (s.charAt(pos) == ',') {
                pos++;
                skip();
                if (s.charAt(pos) == '}') {
                    pos++;
                    return m;
                }
                continue;
            }
            expect('}');
            return m;
        }
    }

    private List<Object> array(char close) {
        List<Object> l = new ArrayList<>();
        pos++;
        skip();
        if (s.charAt(pos) == close) {
            pos++;
            return l;
        }
        while (true) {
            l.add(value());
            skip();
            if (s.charAt(pos) == ',') {
                pos++;
                skip();
                if (s.charAt(pos) == close) {
                    pos++;
                    return l;
                }
                continue;
            }
            expect(close);
            return l;
        }
    }

    private String string() {
        char q = s.charAt(pos++);
        StringBuilder b = new StringBuilder();
        while (s.charAt(pos) != q) {
            char c = s.charAt(pos++);
            if (c == '\\') {
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        pos++;
        return b.toString();
    }

    private void expect(char c) {
        if (s.charAt(pos) != c) {
            throw new IllegalArgumentException("'" + c + "' expected at " + pos + " in " + abbreviated(s));
        }
        pos++;
    }
}
