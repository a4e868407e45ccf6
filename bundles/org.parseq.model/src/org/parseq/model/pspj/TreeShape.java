package org.parseq.model.pspj;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.parseq.model.session.ProjectFileException;

/**
 * The {@code tree} of a project's {@code [Root]} section: a nested list of aliases in which a
 * group is its alias followed by the list of its members, e.g.
 * {@code ['20230908s/entry1025', 'elastic_all', ['elastic_19630', 'elastic_19570']]}.
 */
final class TreeShape {

    /** An item (children null) or a group. */
    record Element(String alias, List<Element> children) {
        boolean isGroup() {
            return children != null;
        }
    }

    private TreeShape() {
    }

    static List<Element> read(String text, Path file) throws ProjectFileException {
        String place = "section [Root], key tree";
        Object tree;
        try {
            tree = PythonLiteral.parse(text);
        } catch (PythonLiteral.SyntaxError e) {
            throw new ProjectFileException(file, place, e.getMessage());
        }
        if (!(tree instanceof List<?> list)) {
            throw new ProjectFileException(file, place, "expected a list of aliases, found " + tree);
        }
        List<Element> elements = elements(list, file, place);
        Set<String> seen = new HashSet<>();
        checkUnique(elements, seen, file, place);
        return elements;
    }

    private static List<Element> elements(List<?> list, Path file, String place) throws ProjectFileException {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object entry = list.get(i);
            if (!(entry instanceof String alias) || alias.isBlank()) {
                throw new ProjectFileException(file, place, "element " + (i + 1) + " should be an alias (text), "
                        + "a group's alias being followed by the list of its members; found " + entry);
            }
            if (i + 1 < list.size() && list.get(i + 1) instanceof List<?> members) {
                elements.add(new Element(alias, elements(members, file, place)));
                i++;
            } else {
                elements.add(new Element(alias, null));
            }
        }
        return elements;
    }

    private static void checkUnique(List<Element> elements, Set<String> seen, Path file, String place)
            throws ProjectFileException {
        for (Element element : elements) {
            if (!seen.add(element.alias())) {
                throw new ProjectFileException(file, place, "alias '" + element.alias()
                        + "' appears twice; aliases name the sections, so they must be unique");
            }
            if (element.isGroup()) {
                checkUnique(element.children(), seen, file, place);
            }
        }
    }

    static boolean contains(List<Element> elements, String alias) {
        for (Element element : elements) {
            if (element.alias().equals(alias) || element.isGroup() && contains(element.children(), alias)) {
                return true;
            }
        }
        return false;
    }
}
