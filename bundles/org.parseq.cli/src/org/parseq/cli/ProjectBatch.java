package org.parseq.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.pipeline.ExecutionMode;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataSource;
import org.parseq.model.pspj.PspjItem;
import org.parseq.model.pspj.PspjProject;
import org.parseq.model.pspj.PspjReader;
import org.parseq.model.session.ProjectFile;
import org.parseq.model.session.ProjectFileException;
import org.parseq.model.session.Session;
import org.parseq.model.session.SourcePaths;

/**
 * {@code --project}: a project of ours ({@code *.parseq.json}) or of the original ({@code .pspj})
 * opened headless in a session of its pipeline and run as a whole, so that transforms over all
 * items (the XES calibration from elastic scans) see every item. Items whose data the project
 * cannot give (a missing file, a format not translated) stay out of the run, and so do items
 * whose data cannot be read where a transform needs all items, so that they hold back none of
 * the others; they are reported with the reason. A NeXus file we wrote runs again from its
 * record of each item ({@link NexusRerun}).
 */
final class ProjectBatch {

    private static final String ORIGINAL_EXTENSION = ".pspj";
    /** A NeXus file of ours ({@code --output nexus}) is a record of how its items were made: they run again. */
    private static final List<String> NEXUS_EXTENSIONS = List.of(".nxs", ".nx5", ".h5", ".hdf5");

    /** The project's pipeline and what each of its items reached. */
    record Outcomes(PipelineDefinition pipeline, List<ItemOutcome> items) {
    }

    private final PipelineRegistry registry;
    private final int threads;
    private final PrintWriter err;

    ProjectBatch(PipelineRegistry registry, int threads, PrintWriter err) {
        this.registry = registry;
        this.threads = threads;
        this.err = err;
    }

    /** @throws UsageException naming the file and the place when the project cannot be opened */
    Outcomes run(Path file) throws UsageException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (NEXUS_EXTENSIONS.stream().anyMatch(name::endsWith)) {
            return new NexusRerun(registry, threads, err).run(file);
        }
        boolean original = name.endsWith(ORIGINAL_EXTENSION);
        try {
            return original ? runOriginal(file) : runOurs(file);
        } catch (ProjectFileException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Outcomes runOriginal(Path file) throws ProjectFileException {
        PspjProject project = new PspjReader(registry.pipelines()).read(file);
        for (String message : project.messages()) {
            err.println("parseq batch: warning: " + message);
        }
        PipelineDefinition pipeline = project.pipeline();
        try (Session session = new Session(pipeline, new FileSourceResolver(pipeline), threads)) {
            project.moveTreeInto(session);
            Map<DataItem, String> unavailable = new IdentityHashMap<>();
            for (PspjItem item : project.items()) {
                if (item.inTree() && item.unavailable() != null) {
                    unavailable.put(item.item(), item.unavailable());
                }
            }
            Map<String, Integer> folders = new HashMap<>();
            List<ItemOutcome> outcomes = run(session, unavailable, folders);
            FitDescription.warn(session, err);
            for (PspjItem item : project.items()) {
                if (!item.inTree()) {
                    outcomes.add(notInTree(pipeline, item, folders));
                }
            }
            return new Outcomes(pipeline, outcomes);
        }
    }

    private Outcomes runOurs(Path file) throws ProjectFileException {
        String pipelineId = ProjectFile.pipelineOf(file);
        PipelineDefinition pipeline = registry.pipeline(pipelineId).orElseThrow(() -> new ProjectFileException(
                file.toAbsolutePath().normalize(), "\"pipeline\"", "a project of pipeline '" + pipelineId
                        + "', which is not installed; installed: "
                        + registry.pipelines().stream().map(PipelineDefinition::id).toList()));
        try (Session session = ProjectFile.open(file, registry, new FileSourceResolver(pipeline), threads)) {
            List<ItemOutcome> outcomes = run(session, Map.of(), new HashMap<>());
            FitDescription.warn(session, err);
            return new Outcomes(pipeline, outcomes);
        }
    }

    /**
     * Runs every item but those known to lack data, and reads what each reached, in tree order.
     *
     * @param folders how often each output folder was given, to make them unique
     */
    static List<ItemOutcome> run(Session session, Map<DataItem, String> unavailable,
            Map<String, Integer> folders) {
        Set<String> left = new HashSet<>();
        unavailable.keySet().forEach(item -> left.add(item.getId()));
        List<ItemSpec> runnable = withoutItems(session.snapshot(), left);
        session.run(runnable, ProgressMonitor.NONE);
        Map<String, ItemSpec> specs = new HashMap<>();
        runnable.forEach(spec -> specs.put(spec.id(), spec));
        Set<String> unread = unread(session, runnable);
        if (!unread.isEmpty() && session.pipeline().transforms().stream()
                .anyMatch(t -> t.mode() == ExecutionMode.ALL_ITEMS)) {
            // a transform over all items fails them all when one has no data: once more without those
            session.run(withoutItems(runnable, unread), ProgressMonitor.NONE);
        }
        List<ItemOutcome> outcomes = new ArrayList<>();
        CombinationDescription combinations = new CombinationDescription(session);
        for (DataItem item : session.items()) {
            Map<String, NodeResult> results = new LinkedHashMap<>();
            String failure = null;
            for (NodeDefinition node : session.pipeline().topologicalNodes()) {
                NodeResult result = session.results().resultOrEmpty(item.getId(), node.id());
                results.put(node.id(), result);
                if (failure == null && result.key() != null && !result.isGood()) {
                    failure = "node '" + node.name() + "': " + result.message();
                }
            }
            ItemSpec spec = specs.get(item.getId());
            if (unavailable.containsKey(item)) {
                failure = "its data are unavailable: " + unavailable.get(item);
            } else if (spec == null) {
                failure = left.contains(item.getId()) ? "not run: it is made of items whose data are unavailable"
                        : "not run: a combination without two parents in the project";
            }
            outcomes.add(new ItemOutcome(input(item, session.projectDirectory(), folders),
                    item.getEntryNode(), spec == null ? Map.of() : spec.parameters(), results, failure,
                    spec == null ? null : combinations.of(item), FitDescription.of(session, item),
                    item.getSource() == null ? null : item.getSource().getFormat()));
        }
        return outcomes;
    }

    /** The loaded items whose data could not be read at their entry node in the last run. */
    private static Set<String> unread(Session session, List<ItemSpec> ran) {
        Set<String> unread = new HashSet<>();
        for (ItemSpec spec : ran) {
            NodeResult entry = session.results().resultOrEmpty(spec.id(), spec.entryNode());
            if (spec.combination() == null && entry.key() != null && !entry.isGood()) {
                unread.add(spec.id());
            }
        }
        return unread;
    }

    /**
     * The snapshot without those items and the combinations made of them, directly or not; the
     * combinations are added to {@code left}.
     */
    private static List<ItemSpec> withoutItems(List<ItemSpec> snapshot, Set<String> left) {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ItemSpec spec : snapshot) {
                if (spec.combination() != null && !left.contains(spec.id())
                        && spec.combination().parentIds().stream().anyMatch(left::contains)) {
                    grew |= left.add(spec.id());
                }
            }
        }
        return snapshot.stream().filter(spec -> !left.contains(spec.id())).toList();
    }

    private static ItemOutcome notInTree(PipelineDefinition pipeline, PspjItem item, Map<String, Integer> folders) {
        Map<String, NodeResult> results = new LinkedHashMap<>();
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            results.put(node.id(), new NodeResult(null, NodeStatus.NOT_ON_PATH, Map.of(), Map.of(), "", ""));
        }
        Path location = item.location() == null ? null : Path.of(item.location());
        BatchInput input = new BatchInput(describe(item.alias(), item.location(), item.containerPath()), location,
                item.containerPath(), BatchInput.unique(BatchInput.folderName(item.alias()), folders));
        return new ItemOutcome(input, "", item.parameters(), results,
                "not in the data tree: " + (item.unavailable() == null ? "left out" : item.unavailable()));
    }

    private static BatchInput input(DataItem item, Path projectDirectory, Map<String, Integer> folders) {
        DataSource source = item.getSource();
        String location = source == null || source.getLocation() == null ? null
                : SourcePaths.resolve(source.getLocation(), projectDirectory);
        String entry = source == null ? null : source.getContainerPath();
        Path file = location == null || SourcePaths.isUri(location) ? null : Path.of(location);
        return new BatchInput(describe(item.getAlias(), location, entry), file, entry,
                BatchInput.unique(BatchInput.folderName(item.getAlias()), folders));
    }

    /** Where a project's item has its data ({@code file} or {@code file::entry}), or its alias when in no file. */
    private static String describe(String alias, String location, String entry) {
        if (location == null) {
            return alias;
        }
        return location + (entry == null ? "" : BatchInput.ENTRY_SEPARATOR + entry);
    }
}
