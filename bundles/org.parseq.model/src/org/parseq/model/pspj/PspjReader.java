package org.parseq.model.pspj;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.DataTree;
import org.parseq.model.Elements;
import org.parseq.model.ItemColours;
import org.parseq.model.data.Combination;
import org.parseq.model.data.DataFactory;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataRoot;
import org.parseq.model.data.TreeElement;
import org.parseq.model.session.ProjectFileException;

/**
 * Opens a project of the original ParSeq ({@code .pspj}, parseq-behaviour.md §14) as a data
 * tree of ours with everything the tree has no place for beside it ({@link PspjProject}).
 * <p>
 * A file that is not such a project, names no pipeline we have, or whose tree cannot be read
 * fails with a {@link ProjectFileException} naming the file, section and key. Anything smaller
 * (a damaged value, a format we cannot translate, missing data) is a {@link PspjProblem}: the
 * project opens, the item keeps what could be read, and an item whose data cannot be loaded
 * says why ({@link PspjItem#unavailable()}).
 */
public final class PspjReader {

    private static final String APPLICATION = "ParSeq Application";
    private static final String ROOT = "Root";
    /** Sections about the original's window, not the data. */
    private static final Set<String> WINDOW_SECTIONS = Set.of("Docks", "Geometry", "Undo");

    private final Collection<PipelineDefinition> pipelines;

    /** @param pipelines the pipelines a project may belong to */
    public PspjReader(Collection<PipelineDefinition> pipelines) {
        this.pipelines = List.copyOf(pipelines);
    }

    /**
     * The id of our pipeline for a project, reading only its {@code [ParSeq Application]}
     * section: for an open dialog that flags projects of another pipeline.
     *
     * @throws ProjectFileException naming the file when it is no project or its pipeline is not installed
     */
    public String pipelineOf(Path file) throws ProjectFileException {
        Path source = file.toAbsolutePath().normalize();
        return pipeline(section(IniDocument.parse(text(source)), APPLICATION, source), source).id();
    }

    public PspjProject read(Path file) throws ProjectFileException {
        Path source = file.toAbsolutePath().normalize();
        IniDocument ini = IniDocument.parse(text(source));
        List<PspjProblem> problems = new ArrayList<>();
        ini.badLines().forEach(bad -> problems.add(new PspjProblem(bad.section(), "line " + bad.line(), bad.problem())));
        IniDocument.Section application = section(ini, APPLICATION, source);
        String originalPipeline = value(application, "pipelineName", source);
        PipelineDefinition pipeline = pipeline(application, source);
        IniDocument.Section rootSection = section(ini, ROOT, source);
        List<TreeShape.Element> shape = TreeShape.read(value(rootSection, "tree", source), source);

        DataRoot root = DataFactory.eINSTANCE.createDataRoot();
        root.setPipelineId(pipeline.id());
        GroupColours.apply(rootSection, root, problems);
        ItemSectionReader itemReader = new ItemSectionReader(pipeline, source.getParent(), problems);
        List<ItemSectionReader.Draft> drafts = new ArrayList<>();
        build(shape, root.getChildren(), ini, itemReader, drafts, problems);
        connectCombinations(pipeline, drafts, problems);
        if (DataTree.items(root).isEmpty() && !drafts.isEmpty()) {
            problems.add(new PspjProblem(ROOT, "tree", "no item could be put into the data tree"));
        }
        keepSavedColours(drafts);
        ItemColours.keepPositions(root);
        for (IniDocument.Section section : ini.sections()) {
            String name = section.name();
            if (!name.equals(APPLICATION) && !name.equals(ROOT) && !WINDOW_SECTIONS.contains(name)
                    && !TreeShape.contains(shape, name)) {
                problems.add(new PspjProblem(name, "", "not in the [Root] tree; the section is ignored"));
            }
        }
        return new PspjProject(source, originalPipeline, pipeline, root,
                drafts.stream().map(ItemSectionReader.Draft::toItem).toList(), problems);
    }

    private PipelineDefinition pipeline(IniDocument.Section application, Path source) throws ProjectFileException {
        String originalPipeline = value(application, "pipelineName", source);
        return PipelineMatch.pipeline(originalPipeline, pipelines).orElseThrow(
                () -> new ProjectFileException(source, "section [" + APPLICATION + "], key pipelineName",
                        "a project of pipeline '" + originalPipeline + "', which is not installed; installed: "
                                + pipelines.stream().map(p -> p.id() + " (" + p.name() + ")").toList()));
    }

    private static void build(List<TreeShape.Element> elements, EList<TreeElement> into, IniDocument ini,
            ItemSectionReader itemReader, List<ItemSectionReader.Draft> drafts, List<PspjProblem> problems) {
        for (TreeShape.Element element : elements) {
            IniDocument.Section section = ini.section(element.alias()).orElse(null);
            if (element.isGroup()) {
                DataGroup group = Elements.newGroup(element.alias());
                if (section == null) {
                    problems.add(new PspjProblem(element.alias(), "", "the group has no section; it cycles colours"));
                } else {
                    GroupColours.apply(section, group, problems);
                }
                into.add(group);
                build(element.children(), group.getChildren(), ini, itemReader, drafts, problems);
            } else if (section == null) {
                problems.add(new PspjProblem(element.alias(), "", "the item of the [Root] tree has no section; "
                        + "it is left out"));
            } else {
                ItemSectionReader.Draft draft = itemReader.read(section);
                drafts.add(draft);
                if (draft.item != null) {
                    into.add(draft.item);
                }
            }
        }
    }

    /** Parents are found by alias once every item exists; a combination without them is taken out. */
    private static void connectCombinations(PipelineDefinition pipeline, List<ItemSectionReader.Draft> drafts,
            List<PspjProblem> problems) {
        Map<String, DataItem> byAlias = new HashMap<>();
        drafts.stream().filter(d -> d.item != null).forEach(d -> byAlias.put(d.alias, d.item));
        for (ItemSectionReader.Draft draft : drafts) {
            if (draft.combinationParents == null || draft.item == null) {
                continue;
            }
            Combination combination = DataFactory.eINSTANCE.createCombination();
            combination.setKind(draft.combinationKind);
            combination.setNode(draft.item.getEntryNode());
            List<String> missing = new ArrayList<>();
            for (String parent : draft.combinationParents) {
                DataItem item = byAlias.get(parent);
                if (item == null || item == draft.item || !NodeRoutes.passes(pipeline, item.getEntryNode(),
                        item.getStopNode(), draft.item.getEntryNode())) {
                    missing.add(parent);
                } else {
                    combination.getParents().add(item);
                }
            }
            if (!missing.isEmpty() || combination.getParents().size() < 2) {
                problems.add(new PspjProblem(draft.alias, "madeOf", "the combination needs at least two items of the "
                        + "tree whose data reach its node; not so: " + missing + "; it is left out"));
                draft.unavailable.add("its parents " + missing + " are not in the project or do not reach its node");
                DataTree.children(draft.item.eContainer()).remove(draft.item);
                draft.item = null;
                continue;
            }
            draft.item.setCombination(combination);
        }
    }

    /**
     * Items look as they did: where our colour rules give another colour than the one saved
     * (loop2 cycles, colours saved before a reordering), the saved colour becomes the item's own.
     */
    private static void keepSavedColours(List<ItemSectionReader.Draft> drafts) {
        for (ItemSectionReader.Draft draft : drafts) {
            if (draft.item == null || draft.savedColour == null) {
                continue;
            }
            String saved = draft.savedColour.toLowerCase();
            if (draft.individualColour || !ItemColours.colourOf(draft.item).equalsIgnoreCase(saved)) {
                draft.item.setColour(saved);
            }
        }
    }

    private static String text(Path file) throws ProjectFileException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProjectFileException(file, "", "not UTF-8 text, so not a ParSeq project");
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static IniDocument.Section section(IniDocument ini, String name, Path file) throws ProjectFileException {
        return ini.section(name).orElseThrow(() -> new ProjectFileException(file, "section [" + name + "]",
                "missing, so this is not a project of the original ParSeq (.pspj)"));
    }

    private static String value(IniDocument.Section section, String key, Path file) throws ProjectFileException {
        String value = section.value(key).orElse("");
        if (value.isBlank()) {
            throw new ProjectFileException(file, "section [" + section.name() + "], key " + key, "missing or empty");
        }
        return value;
    }
}
