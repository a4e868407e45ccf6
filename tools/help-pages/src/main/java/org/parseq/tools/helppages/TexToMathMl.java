package org.parseq.tools.helppages;

import java.util.Map;

/**
 * Turns the small TeX notation of the help pages' formulas into presentation MathML, which the
 * Help part's browser draws without any script or network. Written here because no library that
 * Maven Central offers for this build converts TeX to MathML; the pages need only a small part of
 * TeX: letters, numbers and operators, {@code ^ _} with braces, {@code \frac \sqrt \text
 * \mathrm \left \right \hat \bar \tilde}, Greek letters and a few symbols. Anything else is a
 * build error naming the formula, so that a typo never reaches a page.
 */
final class TexToMathMl {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("eta", "η"), Map.entry("theta", "θ"), Map.entry("kappa", "κ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("pi", "π"),
            Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "ϕ"), Map.entry("varphi", "φ"),
            Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Delta", "Δ"),
            Map.entry("Gamma", "Γ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Sigma", "Σ"),
            Map.entry("Phi", "Φ"), Map.entry("Omega", "Ω"), Map.entry("hbar", "ℏ"), Map.entry("infty", "∞"),
            Map.entry("partial", "∂"), Map.entry("ell", "ℓ"));

    private static final Map<String, String> OPERATORS = Map.ofEntries(
            Map.entry("cdot", "·"), Map.entry("times", "×"), Map.entry("pm", "±"), Map.entry("le", "≤"),
            Map.entry("ge", "≥"), Map.entry("ne", "≠"), Map.entry("approx", "≈"), Map.entry("to", "→"),
            Map.entry("sum", "∑"), Map.entry("int", "∫"), Map.entry("in", "∈"), Map.entry("vert", "|"),
            Map.entry("lvert", "|"), Map.entry("rvert", "|"), Map.entry("langle", "⟨"), Map.entry("rangle", "⟩"),
            Map.entry("lbrace", "{"), Map.entry("rbrace", "}"), Map.entry("mid", "|"), Map.entry("prime", "′"),
            Map.entry("gets", "←"), Map.entry("leftarrow", "←"), Map.entry("downarrow", "↓"), Map.entry("uparrow", "↑"), Map.entry("rightarrow", "→"), Map.entry("ldots", "…"), Map.entry("lfloor", "⌊"), Map.entry("rfloor", "⌋"), Map.entry("dots", "…"));

    private static final Map<String, String> ACCENTS = Map.of("hat", "^", "bar", "¯", "tilde", "~", "vec", "→");

    private static final java.util.Set<String> FUNCTIONS = java.util.Set.of("ln", "log", "exp", "sin", "cos",
            "tan", "max", "min", "arg", "mean", "sign", "argmax", "Re", "Im", "erf");

    private final String tex;
    private final boolean block;
    private int position;

    private TexToMathMl(String tex, boolean block) {
        this.tex = tex;
        this.block = block;
    }

    /** The MathML element of a formula; block formulas are displayed on a line of their own. */
    static String convert(String tex, boolean block) {
        TexToMathMl parser = new TexToMathMl(tex, block);
        String body = parser.sequence('\0');
        if (parser.position < tex.length()) {
            throw parser.error("unexpected '" + tex.charAt(parser.position) + "'");
        }
        return "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"" + (block ? " display=\"block\"" : "") + ">"
                + "<mrow>" + body + "</mrow></math>";
    }

    /** Atoms with their scripts until the closing character (or the end when it is '\0'). */
    private String sequence(char closing) {
        StringBuilder out = new StringBuilder();
        while (true) {
            skipSpaces();
            if (position >= tex.length()) {
                if (closing != '\0') {
                    throw error("missing '" + closing + "'");
                }
                return out.toString();
            }
            char c = tex.charAt(position);
            if (c == closing) {
                return out.toString();
            }
            if (c == '}') {
                throw error("unbalanced '}'");
            }
            if (tex.startsWith("\\right", position)) {
                return out.toString();
            }
            out.append(scripted(atom()));
        }
    }

    private String scripted(String base) {
        String sub = null;
        String sup = null;
        while (true) {
            skipSpaces();
            if (position < tex.length() && tex.charAt(position) == '_' && sub == null) {
                position++;
                sub = argument();
            } else if (position < tex.length() && tex.charAt(position) == '^' && sup == null) {
                position++;
                sup = argument();
            } else if (position < tex.length() && tex.charAt(position) == '\'') {
                StringBuilder primes = new StringBuilder();
                while (position < tex.length() && tex.charAt(position) == '\'') {
                    primes.append('′');
                    position++;
                }
                base = "<msup>" + base + "<mo>" + primes + "</mo></msup>";
            } else {
                break;
            }
        }
        if (block && base.equals("<mo>∑</mo>")) {
            // limits above and below a displayed sum, as TeX sets them
            if (sub != null && sup != null) {
                return "<munderover>" + base + sub + sup + "</munderover>";
            } else if (sub != null) {
                return "<munder>" + base + sub + "</munder>";
            }
        }
        if (sub != null && sup != null) {
            return "<msubsup>" + base + sub + sup + "</msubsup>";
        } else if (sub != null) {
            return "<msub>" + base + sub + "</msub>";
        } else if (sup != null) {
            return "<msup>" + base + sup + "</msup>";
        }
        return base;
    }

    /** A braced group or one atom, as the argument of a script or a command. */
    private String argument() {
        skipSpaces();
        if (position >= tex.length()) {
            throw error("missing argument");
        }
        if (tex.charAt(position) == '{') {
            position++;
            String group = sequence('}');
            position++;
            return "<mrow>" + group + "</mrow>";
        }
        return atom();
    }

    private String atom() {
        char c = tex.charAt(position);
        if (c == '{') {
            return argument();
        }
        if (c == '\\') {
            return command();
        }
        if (Character.isDigit(c) || (c == '.' && position + 1 < tex.length()
                && Character.isDigit(tex.charAt(position + 1)))) {
            int start = position;
            while (position < tex.length()
                    && (Character.isDigit(tex.charAt(position)) || tex.charAt(position) == '.')) {
                position++;
            }
            return "<mn>" + tex.substring(start, position) + "</mn>";
        }
        if (Character.isLetter(c)) {
            int start = position;
            while (position < tex.length() && Character.isLetter(tex.charAt(position))) {
                position++;
            }
            String word = tex.substring(start, position);
            if (word.length() == 1) {
                return "<mi>" + escape(word) + "</mi>";
            }
            // Several letters are a name (max, kw, FT): upright, as TeX's \mathrm.
            return "<mi mathvariant=\"normal\">" + escape(word) + "</mi>";
        }
        position++;
        String text = switch (c) {
            case '-' -> "−";
            case '*' -> "·";
            default -> String.valueOf(c);
        };
        if ("+−·=<>,;:()[]|/!~".contains(text) || text.equals("×")) {
            boolean fence = "()[]|".contains(text);
            return "<mo" + (fence ? " stretchy=\"false\"" : "") + ">" + escape(text) + "</mo>";
        }
        return "<mi>" + escape(text) + "</mi>";
    }

    private String command() {
        position++; // the backslash
        int start = position;
        while (position < tex.length() && Character.isLetter(tex.charAt(position))) {
            position++;
        }
        String name = tex.substring(start, position);
        if (name.isEmpty()) {
            if (position >= tex.length()) {
                throw error("lone backslash");
            }
            char spacing = tex.charAt(position++);
            return switch (spacing) {
                case ',' -> "<mspace width=\"0.17em\"/>";
                case ';' -> "<mspace width=\"0.28em\"/>";
                case '{', '}', '|', '$', '%', '#', '_' -> "<mo>" + escape(String.valueOf(spacing)) + "</mo>";
                default -> throw error("unknown command \\" + spacing);
            };
        }
        if (SYMBOLS.containsKey(name)) {
            return "<mi>" + SYMBOLS.get(name) + "</mi>";
        }
        if (OPERATORS.containsKey(name)) {
            return "<mo>" + escape(OPERATORS.get(name)) + "</mo>";
        }
        if (FUNCTIONS.contains(name)) {
            return "<mi mathvariant=\"normal\">" + name + "</mi><mo>\u2061</mo>";
        }
        if (ACCENTS.containsKey(name)) {
            return "<mover accent=\"true\">" + argument() + "<mo>" + ACCENTS.get(name) + "</mo></mover>";
        }
        return switch (name) {
            case "frac" -> "<mfrac>" + argument() + argument() + "</mfrac>";
            case "sqrt" -> "<msqrt>" + argument() + "</msqrt>";
            case "text", "mathrm", "operatorname" -> "<mtext>" + escape(rawGroup()) + "</mtext>";
            case "quad" -> "<mspace width=\"1em\"/>";
            case "qquad" -> "<mspace width=\"2em\"/>";
            case "left" -> fenced();
            default -> throw error("unknown command \\" + name);
        };
    }

    /** {@code \left( … \right)}: stretchy fences around a group. */
    private String fenced() {
        String open = fence();
        String inner = sequence('\0');
        if (!tex.startsWith("\\right", position)) {
            throw error("\\left without \\right");
        }
        position += "\\right".length();
        String close = fence();
        return "<mrow>" + open + inner + close + "</mrow>";
    }

    private String fence() {
        skipSpaces();
        if (position >= tex.length()) {
            throw error("missing fence");
        }
        char c = tex.charAt(position++);
        if (c == '.') {
            return "";
        }
        if (c == '\\' && position < tex.length() && !Character.isLetter(tex.charAt(position))) {
            return "<mo>" + escape(String.valueOf(tex.charAt(position++))) + "</mo>";
        }
        if (c == '\\') {
            int start = position;
            while (position < tex.length() && Character.isLetter(tex.charAt(position))) {
                position++;
            }
            String name = tex.substring(start, position);
            if (!OPERATORS.containsKey(name)) {
                throw error("unknown fence \\" + name);
            }
            return "<mo>" + escape(OPERATORS.get(name)) + "</mo>";
        }
        return "<mo>" + escape(String.valueOf(c)) + "</mo>";
    }

    /** The text of a braced group, taken literally. */
    private String rawGroup() {
        skipSpaces();
        if (position >= tex.length() || tex.charAt(position) != '{') {
            throw error("expected '{'");
        }
        int end = tex.indexOf('}', position);
        if (end < 0) {
            throw error("missing '}'");
        }
        String text = tex.substring(position + 1, end).replaceAll("\\\\([_%$#&])", "$1");
        position = end + 1;
        return text;
    }

    private void skipSpaces() {
        while (position < tex.length() && Character.isWhitespace(tex.charAt(position))) {
            position++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("formula $" + tex + "$: " + what + " at character " + position);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
