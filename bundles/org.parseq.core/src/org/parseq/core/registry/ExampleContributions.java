package org.parseq.core.registry;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * The example data pipelines ship, read from {@code org.parseq.core.examples} (see
 * {@code schema/examples.exsd}); the only class that knows that extension point's names. The
 * workbench opens a pipeline's first example set when it starts without a project, so that a
 * newcomer sees the pipeline work at once.
 */
public final class ExampleContributions {

    public static final String EXTENSION_POINT_ID = "org.parseq.core.examples";
    static final String EXAMPLES_ELEMENT = "examples";
    static final String GROUP_ELEMENT = "group";

    /**
     * One example set.
     *
     * @param pipelineId  the pipeline it is for
     * @param bundle      the contributing bundle's symbolic name
     * @param folder      the folder inside that bundle holding the data files
     * @param format      the FORMAT.json file in that folder that reads them
     * @param files       a glob of the data files in the folder, e.g. {@code *.dat}
     * @param description one line on what the data are
     * @param groups      groups to make: their names and the globs of the files they take
     */
    public record ExampleSet(String pipelineId, String bundle, String folder, String format, String files,
            String description, List<ExampleGroup> groups) {
    }

    /** A group of example items: files matching {@code files} go into a group named {@code name}. */
    public record ExampleGroup(String name, String files) {
    }

    private final List<ExampleSet> sets = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private ExampleContributions() {
    }

    public static ExampleContributions read(IExtensionRegistry extensions) {
        ExampleContributions contributions = new ExampleContributions();
        for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT_ID)) {
            String contributor = element.getContributor().getName();
            String pipeline = element.getAttribute("pipeline");
            String folder = element.getAttribute("folder");
            String format = element.getAttribute("format");
            if (!EXAMPLES_ELEMENT.equals(element.getName()) || blank(pipeline) || blank(folder) || blank(format)) {
                contributions.problems.add(contributor + ": expected <" + EXAMPLES_ELEMENT
                        + " pipeline=\"...\" folder=\"...\" format=\"...\"/> in " + EXTENSION_POINT_ID);
                continue;
            }
            List<ExampleGroup> groups = new ArrayList<>();
            for (IConfigurationElement group : element.getChildren(GROUP_ELEMENT)) {
                String name = group.getAttribute("name");
                String files = group.getAttribute("files");
                if (blank(name) || blank(files)) {
                    contributions.problems.add(contributor + ": a <" + GROUP_ELEMENT + "> of examples for " + pipeline
                            + " needs name and files");
                    continue;
                }
                groups.add(new ExampleGroup(name, files));
            }
            String files = element.getAttribute("files");
            String description = element.getAttribute("description");
            contributions.sets.add(new ExampleSet(pipeline, contributor, folder, format, blank(files) ? "*" : files,
                    description == null ? "" : description, List.copyOf(groups)));
        }
        return contributions;
    }

    /** The example sets of one pipeline, in contribution order. */
    public List<ExampleSet> forPipeline(String pipelineId) {
        return sets.stream().filter(set -> set.pipelineId().equals(pipelineId)).toList();
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
