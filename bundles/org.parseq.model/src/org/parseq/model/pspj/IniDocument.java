package org.parseq.model.pspj;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The INI text of a {@code .pspj} as Python's configparser writes it (parseq-behaviour.md
 * §14.1): {@code [section]} headers, {@code key = value} lines with case-sensitive keys, lines
 * starting with {@code ;} or {@code #} are comments, indented lines continue the value above.
 * The original marks the fit keys of an item with a {@code ;fit params:} comment; entries after
 * it are flagged. Lines that fit none of these are reported, not fatal: they damage only their
 * section. Written by hand: no library on the target platform reads configparser's dialect.
 */
final class IniDocument {

    /**
     * @param afterFitMarker whether the entry follows a {@code ;fit params:} comment of its section
     */
    record Entry(String key, String value, int line, boolean afterFitMarker) {
    }

    record Section(String name, int line, List<Entry> entries) {
        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        Optional<String> value(String key) {
            return entry(key).map(Entry::value);
        }
    }

    /** A line that could not be read; {@code section} is empty before the first section. */
    record BadLine(String section, int line, String problem) {
    }

    private final Map<String, Section> sections;
    private final List<BadLine> badLines;

    private IniDocument(Map<String, Section> sections, List<BadLine> badLines) {
        this.sections = sections;
        this.badLines = badLines;
    }

    Optional<Section> section(String name) {
        return Optional.ofNullable(sections.get(name));
    }

    List<Section> sections() {
        return List.copyOf(sections.values());
    }

    List<BadLine> badLines() {
        return badLines;
    }

    static IniDocument parse(String text) {
        Map<String, Section> sections = new LinkedHashMap<>();
        List<BadLine> bad = new ArrayList<>();
        String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\r?\n|\r", -1)
                : text.split("\r?\n|\r", -1);
        Section current = null;
        boolean fitMarker = false;
        Entry open = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i];
            String stripped = line.strip();
            String sectionName = current == null ? "" : current.name();
            if (stripped.isEmpty()) {
                open = null;
                continue;
            }
            if (stripped.startsWith(";") || stripped.startsWith("#")) {
                if (current != null && stripped.replace(" ", "").toLowerCase().contains("fitparams")) {
                    fitMarker = true;
                }
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && open != null) {
                Entry continued = new Entry(open.key(), open.value() + "\n" + stripped, open.line(),
                        open.afterFitMarker());
                current.entries().set(current.entries().indexOf(open), continued);
                open = continued;
                continue;
            }
            open = null;
            if (stripped.startsWith("[") && stripped.endsWith("]") && stripped.length() > 2) {
                String name = stripped.substring(1, stripped.length() - 1);
                if (sections.containsKey(name)) {
                    bad.add(new BadLine(name, lineNumber, "section [" + name + "] appears a second time (first at line "
                            + sections.get(name).line() + "); its second copy is ignored"));
                    current = new Section(name, lineNumber, new ArrayList<>());
                } else {
                    current = new Section(name, lineNumber, new ArrayList<>());
                    sections.put(name, current);
                }
                fitMarker = false;
                continue;
            }
            int equals = line.indexOf('=');
            if (current == null) {
                bad.add(new BadLine("", lineNumber, "text before the first [section]: " + abbreviate(stripped)));
                continue;
            }
            if (equals <= 0 || line.substring(0, equals).isBlank()) {
                bad.add(new BadLine(sectionName, lineNumber, "expected 'key = value', found " + abbreviate(stripped)));
                continue;
            }
            String key = line.substring(0, equals).strip();
            if (current.entry(key).isPresent()) {
                bad.add(new BadLine(sectionName, lineNumber, "key '" + key + "' appears a second time (first at line "
                        + current.entry(key).get().line() + "); the second value is ignored"));
                continue;
            }
            open = new Entry(key, line.substring(equals + 1).strip(), lineNumber, fitMarker);
            current.entries().add(open);
        }
        return new IniDocument(sections, List.copyOf(bad));
    }

    private static String abbreviate(String text) {
        return "'" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "'";
    }
}
