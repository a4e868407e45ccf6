package org.parseq.model.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.parseq.core.combine.McrErrorBands;
import org.parseq.core.combine.McrResult;
import org.parseq.core.combine.PrincipalComponents;
import org.parseq.core.engine.AlignedArrays;
import org.parseq.core.engine.ItemSourceResolver;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.engine.RunReport;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.CombinationKind;
import org.parseq.model.CombineCommands;
import org.parseq.model.CombineSettings;
import org.parseq.model.DataCommands;
import org.parseq.model.DataEditing;
import org.parseq.model.DataTree;
import org.parseq.model.Elements;
import org.parseq.model.data.Combination;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataRoot;
import org.parseq.model.data.TreeElement;

/**
 * One analysis session: the data tree with its command stack, the pipeline, and the results.
 * This is the API for scripts and batch runs; the workbench uses the same object. Edits go
 * through {@link #execute(Command)} (or the shortcuts here), so that every edit can be undone;
 * {@link #run()} then brings the results up to date, computing only what the edits made stale.
 */
public final class Session implements AutoCloseable {

    private final PipelineDefinition pipeline;
    private final ItemSourceResolver resolver;
    private final AdapterFactoryEditingDomain domain;
    private final ResultStore results = new ResultStore();
    private final PipelineRunner runner;
    private final SharedCombinations combinations = new SharedCombinations();
    private Path projectDirectory;

    /**
     * @param threads how many items compute at once; 1 is serial
     */
    public Session(PipelineDefinition pipeline, ItemSourceResolver resolver, int threads) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.domain = DataEditing.newSession();
        this.runner = new PipelineRunner(pipeline, results, threads);
        root().setPipelineId(pipeline.id());
    }

    public PipelineDefinition pipeline() {
        return pipeline;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public DataRoot root() {
        return DataEditing.root(domain);
    }

    public ResultStore results() {
        return results;
    }

    ItemSourceResolver resolver() {
        return resolver;
    }

    /** The folder relative source paths are resolved from: the project's, once saved or opened. */
    public Path projectDirectory() {
        return projectDirectory;
    }

    void setProjectDirectory(Path directory) {
        this.projectDirectory = directory;
    }

    /** Executes an edit on the command stack. */
    public boolean execute(Command command) {
        if (!command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    /**
     * Loads an item from a file or generator, at the end of the tree.
     *
     * @param entryNode the node id (or display name) where its data enter the pipeline
     */
    public DataItem load(String alias, String entryNode, String location, String containerPath, String format) {
        NodeDefinition node = pipeline.nodeByIdOrName(entryNode).orElseThrow(() -> new IllegalArgumentException(
                "pipeline '" + pipeline.id() + "' has no node '" + entryNode + "'"));
        DataItem item = Elements.newItem(alias, node.id(), location, containerPath, format);
        execute(DataCommands.addItems(domain, root(), root(), List.of(item)));
        return item;
    }

    public void setParameter(Collection<DataItem> items, String name, Object value) {
        var descriptor = pipeline.parameter(name).orElseThrow(() -> new IllegalArgumentException(
                "pipeline '" + pipeline.id() + "' has no parameter '" + name + "'"));
        execute(DataCommands.setParameter(domain, items, name, descriptor.coerce(value)));
    }

    /**
     * Combines items at a node, as one undoable edit, and returns what it added to the tree:
     * one item (average, sum, RMS), a group per parent (PCA), an item per target (target
     * transformation) or one group (MCR-ALS). Run the session to compute them.
     *
     * @param kind     {@code average}, {@code sum}, {@code rms}, {@code pca} or {@code pca-classic},
     *                 {@code pca-cumulative}, {@code tt}, {@code mcr}
     * @param node     id or display name of the node where the parents' arrays are combined
     * @param items    the parents; for {@code tt} the targets
     * @param settings {@link CombineSettings#NONE} for average, sum and RMS; an array left null is
     *                 the node's first curve
     * @throws IllegalArgumentException naming the unknown kind or node, or what the settings lack
     */
    public List<TreeElement> combine(String kind, String node, List<DataItem> items, CombineSettings settings) {
        CombinationKind combinationKind = CombinationKind.byId(kind);
        NodeDefinition at = pipeline.nodeByIdOrName(node).orElseThrow(() -> new IllegalArgumentException(
                "pipeline '" + pipeline.id() + "' has no node '" + node + "'"));
        CombineSettings complete = settings;
        if (!combinationKind.isPointwise() && combinationKind != CombinationKind.TARGET_TRANSFORMATION
                && settings.array() == null) {
            String firstCurve = at.arrays().stream().filter(a -> a.role() == ArrayRole.Y).map(ArrayDefinition::name)
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("node '" + at.name()
                            + "' has no curve to decompose"));
            complete = new CombineSettings(settings.components(), firstCurve, settings.xMin(), settings.xMax(),
                    settings.basis(), settings.mcrComponents(), settings.seed(), settings.maxIterations());
        }
        List<TreeElement> before = DataTree.elements(root());
        execute(CombineCommands.combine(domain, root(), combinationKind, at.id(), items, complete));
        Set<TreeElement> old = Set.copyOf(before);
        // What is new and not inside something new: the new groups and the new items outside them.
        return DataTree.elements(root()).stream()
                .filter(e -> !old.contains(e) && (!(e.eContainer() instanceof TreeElement owner) || old.contains(owner)))
                .toList();
    }

    /**
     * The principal components behind a PCA item as of the last run, for the scree plot and
     * Malinowski's IE and IND: eigenvalues, eigenvectors, indicators.
     *
     * @throws IllegalArgumentException if the item is not a PCA item
     * @throws IllegalStateException    if a parent has no good data at the combination's node
     */
    public PrincipalComponents principalComponents(DataItem item) {
        Combination combination = decomposed(item, CombinationKind.PCA_CLASSIC, CombinationKind.PCA_CUMULATIVE);
        List<DataItem> parents = SharedCombinations.engineParents(combination);
        SharedCombinations.SharedPca shared = combinations.pca(combination, ids(parents), new HashSet<>());
        return shared.pca().decomposition(shared.arrays().canonical(alignedParents(item, combination, parents)));
    }

    /**
     * The MCR-ALS decomposition behind an MCR-ALS item as of the last run: S, C, {@code (CᵀC)⁻¹},
     * the iterations and the residual after each.
     *
     * @throws IllegalArgumentException if the item is not an MCR-ALS item
     * @throws IllegalStateException    if a parent has no good data at the combination's node
     */
    public McrResult mcrResult(DataItem item) {
        Combination combination = decomposed(item, CombinationKind.MCR_ALS);
        List<DataItem> parents = SharedCombinations.engineParents(combination);
        return combinations.mcr(combination, ids(parents), new HashSet<>())
                .result(alignedParents(item, combination, parents));
    }

    /** The error bands of S and C of an MCR-ALS item, from its seed; see {@link #mcrResult}. */
    public McrErrorBands mcrErrorBands(DataItem item) {
        Combination combination = decomposed(item, CombinationKind.MCR_ALS);
        List<DataItem> parents = SharedCombinations.engineParents(combination);
        return combinations.mcr(combination, ids(parents), new HashSet<>())
                .errorBands(alignedParents(item, combination, parents));
    }

    private static Combination decomposed(DataItem item, CombinationKind... kinds) {
        Combination combination = item.getCombination();
        if (combination != null) {
            for (CombinationKind kind : kinds) {
                if (kind.id().equals(combination.getKind())) {
                    return combination;
                }
            }
        }
        throw new IllegalArgumentException(item.getAlias() + " is not " + (kinds.length > 1 ? "a PCA" : "an MCR-ALS")
                + " item" + (combination == null ? "" : " but " + combination.getKind()));
    }

    private static List<String> ids(List<DataItem> items) {
        return items.stream().map(DataItem::getId).toList();
    }

    private AlignedArrays alignedParents(DataItem item, Combination combination, List<DataItem> parents) {
        NodeDefinition node = pipeline.requireNode(combination.getNode());
        List<NodeResult> parentResults = new ArrayList<>();
        for (DataItem parent : parents) {
            NodeResult parentResult = results.resultOrEmpty(parent.getId(), node.id());
            if (!parentResult.isGood()) {
                throw new IllegalStateException(item.getAlias() + ": its parent " + parent.getAlias()
                        + " has no good data at node '" + node.name() + "' (" + parentResult.status()
                        + (parentResult.message().isEmpty() ? "" : ": " + parentResult.message()) + ")");
            }
            parentResults.add(parentResult);
        }
        return AlignedArrays.of(node, parentResults, parents.stream().map(DataItem::getAlias).toList());
    }

    public boolean undo() {
        if (!domain.getCommandStack().canUndo()) {
            return false;
        }
        domain.getCommandStack().undo();
        return true;
    }

    public boolean redo() {
        if (!domain.getCommandStack().canRedo()) {
            return false;
        }
        domain.getCommandStack().redo();
        return true;
    }

    public List<DataItem> items() {
        return DataTree.items(root());
    }

    public DataItem item(String alias) {
        TreeElement element = DataTree.byAlias(root(), alias)
                .orElseThrow(() -> new IllegalArgumentException("no item '" + alias + "'"));
        if (!(element instanceof DataItem item)) {
            throw new IllegalArgumentException("'" + alias + "' is a group, not an item");
        }
        return item;
    }

    /** Brings every item's results up to date. */
    public RunReport run() {
        return run(ProgressMonitor.NONE);
    }

    public RunReport run(ProgressMonitor monitor) {
        return run(snapshot(), monitor);
    }

    /**
     * What the engine computes from, as of now. Take it in the thread that edits the tree (the
     * UI thread in the workbench) and run it in another with {@link #run(List, ProgressMonitor)}.
     */
    public List<ItemSpec> snapshot() {
        return SessionSnapshot.of(pipeline, root(), resolver, projectDirectory, combinations);
    }

    /** Brings the results of a snapshot up to date; safe to call from a background thread. */
    public RunReport run(List<ItemSpec> snapshot, ProgressMonitor monitor) {
        return runner.run(snapshot, monitor);
    }

    /** The result of an item at a node (by id or display name) as of the last run. */
    public NodeResult result(DataItem item, String node) {
        String nodeId = pipeline.nodeByIdOrName(node).map(NodeDefinition::id).orElse(node);
        return results.resultOrEmpty(item.getId(), nodeId);
    }

    /**
     * An array of an item at a node as of the last run.
     *
     * @throws IllegalStateException saying why the item has no such array (bad, not on its path, ...)
     */
    public double[] array(DataItem item, String node, String array) {
        NodeResult result = result(item, node);
        return result.array(array).orElseThrow(() -> new IllegalStateException(item.getAlias() + " has no array '"
                + array + "' at node '" + node + "': " + result.status()
                + (result.message().isEmpty() ? "" : " (" + result.message() + ")")));
    }

    @Override
    public void close() {
        runner.close();
    }
}
