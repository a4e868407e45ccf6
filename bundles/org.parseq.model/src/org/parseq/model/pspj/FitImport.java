package org.parseq.model.pspj;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.pipeline.FitKind;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.FitCommands;
import org.parseq.model.data.DataItem;

/**
 * Puts an original item's fits into our item: each {@code <kind>_*} group of keys becomes the
 * settings of our fit of that kind (prefix stripped, the saved result left out: the original
 * fits again too, §14.3), made ready by the kind (e.g. FEFF files found from the project's
 * folder). A fit that cannot be taken over is a problem of its section and key, and is left
 * out; the item and its other fits open.
 */
final class FitImport {

    private FitImport() {
    }

    static void addFits(PipelineDefinition pipeline, Path directory, String section, List<PspjFit> fits,
            DataItem item, List<PspjProblem> problems) {
        for (PspjFit fit : fits) {
            if (!hasSettings(fit)) {
                continue; // only a default result was saved: the item has no such fit
            }
            FitKind kind = pipeline.fitKind(fit.name()).orElse(null);
            if (kind == null) {
                problems.add(new PspjProblem(section, fit.name() + "_*", "pipeline '" + pipeline.id()
                        + "' has no fit '" + fit.name() + "' (its fits: " + pipeline.fitKinds().stream()
                                .map(FitKind::id).toList() + "); the fit is left out"));
                continue;
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            String damaged = null;
            for (Map.Entry<String, Object> e : fit.settings().entrySet()) {
                String name = e.getKey().substring(fit.name().length() + 1);
                if (name.equals("result")) {
                    continue;
                }
                if (e.getValue() instanceof String text && !name.equals("formula") && looksLikeALiteral(text)) {
                    damaged = e.getKey();
                }
                settings.put(name, e.getValue());
            }
            if (damaged != null) {
                problems.add(new PspjProblem(section, damaged, "cannot be read as a Python literal; the "
                        + kind.name() + " is left out"));
                continue;
            }
            try {
                item.getFits().add(FitCommands.newFit(kind.id(), kind.defaultNode(),
                        kind.importOriginal(settings, directory)));
            } catch (RuntimeException e) {
                problems.add(new PspjProblem(section, fit.name() + "_*", e.getMessage() + "; the " + kind.name()
                        + " is left out"));
            }
        }
    }

    /** Settings beyond the result: a fit the user set up, not the defaults the original saves. */
    private static boolean hasSettings(PspjFit fit) {
        Object params = fit.setting("params");
        return params instanceof List<?> l && !l.isEmpty() || params instanceof Map<?, ?> m && !m.isEmpty()
                || params instanceof String s && !s.isBlank();
    }

    private static boolean looksLikeALiteral(String text) {
        String t = text.strip();
        return t.startsWith("[") || t.startsWith("{") || t.startsWith("(");
    }
}
