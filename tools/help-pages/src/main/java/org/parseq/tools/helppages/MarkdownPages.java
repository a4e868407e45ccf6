package org.parseq.tools.helppages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML with commonmark (GitHub tables on), plus two things the pages need: formulas
 * ({@code $…$} inline, {@code $$…$$} on a line of their own) become MathML, and headings get ids,
 * either written as {@code {#id}} at the end of the heading or made from its text, so that pages
 * can link to a section.
 */
final class MarkdownPages {

    private static final Pattern DISPLAY_MATH = Pattern.compile("\\$\\$(.+?)\\$\\$", Pattern.DOTALL);
    private static final Pattern INLINE_MATH = Pattern.compile("(?<!\\\\)\\$([^$\\n]+?)(?<!\\\\)\\$");
    private static final Pattern TOKEN = Pattern.compile("(<p>)?PQMATH(\\d+)X(</p>)?");
    private static final Pattern EXPLICIT_ID = Pattern.compile("\\s*\\{#([A-Za-z][\\w.-]*)}\\s*$");

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    String html(String markdown) {
        List<String> formulas = new ArrayList<>();
        String text = replace(DISPLAY_MATH, markdown, m -> {
            formulas.add("<div class=\"formula\">" + TexToMathMl.convert(m.group(1).strip(), true) + "</div>");
            // the token keeps the formula's place (and a list item's indentation): write $$ on a line of its own
            return "PQMATH" + (formulas.size() - 1) + "X";
        });
        text = replace(INLINE_MATH, text, m -> {
            formulas.add(TexToMathMl.convert(m.group(1), false));
            return "PQMATH" + (formulas.size() - 1) + "X";
        });
        int stray = text.replace("\\$", "").indexOf('$');
        if (stray >= 0) {
            int line = (int) text.substring(0, stray).chars().filter(c -> c == '\n').count() + 1;
            throw new IllegalArgumentException("a '$' without its pair near line " + line
                    + " (an inline formula must stay on one line; write \\$ for a dollar)");
        }
        text = text.replace("\\$", "$");
        Node document = parser.parse(text);
        Map<Node, String> ids = headingIds(document);
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (ids.containsKey(node)) {
                        attributes.put("id", ids.get(node));
                    }
                }).build();
        String html = renderer.render(document);
        return replace(TOKEN, html, m -> formulas.get(Integer.parseInt(m.group(2))));
    }

    /** Ids of the headings; an explicit {@code {#id}} is taken out of the heading's text. */
    private static Map<Node, String> headingIds(Node document) {
        Map<Node, String> ids = new IdentityHashMap<>();
        Set<String> taken = new HashSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String id = null;
                if (heading.getLastChild() instanceof Text last) {
                    Matcher explicit = EXPLICIT_ID.matcher(last.getLiteral());
                    if (explicit.find()) {
                        id = explicit.group(1);
                        last.setLiteral(last.getLiteral().substring(0, explicit.start()));
                    }
                }
                if (id == null) {
                    id = slug(plainText(heading));
                }
                String unique = id;
                for (int n = 2; !taken.add(unique); n++) {
                    unique = id + "-" + n;
                }
                ids.put(heading, unique);
            }
        });
        return ids;
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "section" : slug;
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
