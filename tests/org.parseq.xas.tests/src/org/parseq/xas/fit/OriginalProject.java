package org.parseq.xas.fit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key = value lines of one section of an original .pspj project (INI text) whose values
 * are Python literals (fit settings, transform parameters), parsed.
 */
final class OriginalProject {

    private OriginalProject() {
    }

    static Map<String, Object> section(Path pspj, String section) {
        List<String> lines;
        try {
            lines = Files.readAllLines(pspj, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        boolean inside = false;
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("[") && t.endsWith("]")) {
                inside = t.equals("[" + section + "]");
                continue;
            }
            int eq = t.indexOf(" = ");
            if (!inside || t.startsWith(";") || eq < 0) {
                continue;
            }
            String key = t.substring(0, eq).strip();
            String value = t.substring(eq + 3).strip();
            if (key.startsWith("exafsfit_") || key.startsWith("lcf_") || key.startsWith("ffit_")) {
                out.put(key, Literal.parse(value));
            } else {
                try {
                    out.put(key, Literal.parse(value));
                } catch (RuntimeException notALiteral) {
                    // the original writes some strings bare: window kinds, file paths, aliases
                    out.put(key, value);
                }
            }
        }
        if (!out.containsKey("exafsfit_params") && !out.containsKey("lcf_params")) {
            throw new IllegalArgumentException(pspj + " has no fit keys in section [" + section + "]");
        }
        return out;
    }
}
