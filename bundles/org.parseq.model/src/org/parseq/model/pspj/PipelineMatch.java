package org.parseq.model.pspj;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;

/**
 * Finds our pipeline and nodes for the names an original project uses, from the pipeline
 * definitions at hand, never from a list in code. The original names variants of a pipeline
 * with words after its name ({@code XAS-dev}, {@code XES scan (reduced)}); the pipeline whose id
 * or display name spells the most leading words of it wins.
 */
final class PipelineMatch {

    private PipelineMatch() {
    }

    static Optional<PipelineDefinition> pipeline(String originalName, Collection<PipelineDefinition> pipelines) {
        String[] words = originalName.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        PipelineDefinition best = null;
        int bestWords = 0;
        for (PipelineDefinition pipeline : pipelines) {
            int matched = Math.max(leadingWords(words, pipeline.id()), leadingWords(words, pipeline.name()));
            if (matched > bestWords) {
                best = pipeline;
                bestWords = matched;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many leading words of the original name the candidate spells out, 0 if it spells none exactly. */
    private static int leadingWords(String[] words, String candidate) {
        String wanted = squeeze(candidate);
        StringBuilder spelled = new StringBuilder();
        int start = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        for (int i = start; i < words.length; i++) {
            spelled.append(words[i]);
            if (spelled.toString().equals(wanted)) {
                return i - start + 1;
            }
            if (spelled.length() >= wanted.length()) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Our node for a node name of the original: by id or display name, else the same name up to
     * case and spacing, else a node whose name lists it before a slash (the original's
     * {@code currents TEY} is our {@code currents TEY/TFY}).
     */
    static Optional<NodeDefinition> node(PipelineDefinition pipeline, String originalName) {
        Optional<NodeDefinition> exact = pipeline.nodeByIdOrName(originalName);
        if (exact.isPresent()) {
            return exact;
        }
        String wanted = squeeze(originalName);
        for (NodeDefinition node : pipeline.nodes()) {
            String name = node.name();
            int slash = name.lastIndexOf('/');
            if (squeeze(name).equals(wanted) || slash > 0 && squeeze(name.substring(0, slash)).equals(wanted)) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    private static String squeeze(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
