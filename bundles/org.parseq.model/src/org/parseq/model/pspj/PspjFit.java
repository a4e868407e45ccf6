package org.parseq.model.pspj;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One fit of an item as the original saved it, as plain data for the fits to take over: its
 * name ({@code lcf}, {@code exafsfit}, {@code ffit}, ...) and its keys with the original's names
 * and Python values (lists, maps, numbers, text; see {@link PythonLiteral}), e.g.
 * {@code exafsfit_params}, {@code exafsfit_kRange}. The {@code *_result} entries are what the
 * original found when it saved; the original does not restore them, it fits again. Paths inside
 * (e.g. FEFF files in {@code exafsfit_aux}) are as written, relative to the project's folder.
 */
public record PspjFit(String name, Map<String, Object> settings) {

    public PspjFit {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The value of {@code <name>_<suffix>}, e.g. {@code setting("params")}; null if absent. */
    public Object setting(String suffix) {
        return settings.get(name + "_" + suffix);
    }
}
