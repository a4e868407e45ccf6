package org.parseq.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.demo.DemoPipelineProvider;
import org.parseq.demo.SyntheticDetector;
import org.parseq.demo.SyntheticPeak;
import org.parseq.model.CombinationKind;
import org.parseq.model.CombineCommands;
import org.parseq.model.CombineSettings;
import org.parseq.model.DataCommands;
import org.parseq.model.DataTree;
import org.parseq.model.Elements;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataRoot;
import org.parseq.model.data.TreeElement;
import org.parseq.model.session.Session;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random sequences of edits (parameters, moves, renames, removals, loads, groups, combinations
 * including PCA and MCR-ALS, stop nodes), each followed by a run: undoing them all gives back
 * the initial tree and results exactly, and redoing them all gives back the final ones.
 */
class UndoEverythingPropertyTest {

    /** One edit, with its targets chosen among the elements present when it is applied. */
    sealed interface Edit {
        Command command(Session session);
    }

    record SetParameter(int item, String name, double value) implements Edit {
        @Override
        public Command command(Session session) {
            List<DataItem> items = session.items();
            if (items.isEmpty()) {
                return null;
            }
            Object typed = session.pipeline().parameter(name).orElseThrow().coerce(value);
            return DataCommands.setParameter(session.domain(), List.of(items.get(item % items.size())), name, typed);
        }
    }

    record Rename(int element, String alias) implements Edit {
        @Override
        public Command command(Session session) {
            List<TreeElement> elements = DataTree.elements(session.root());
            return elements.isEmpty() ? null
                    : DataCommands.rename(session.domain(), session.root(), elements.get(element % elements.size()),
                            alias);
        }
    }

    record Remove(int element) implements Edit {
        @Override
        public Command command(Session session) {
            List<TreeElement> elements = DataTree.elements(session.root());
            return elements.isEmpty() ? null
                    : DataCommands.remove(session.domain(), List.of(elements.get(element % elements.size())));
        }
    }

    /** Loads a synthetic peak, or (odd seeds) a synthetic detector scan whose image enters its node. */
    record Load(long seed) implements Edit {
        @Override
        public Command command(Session session) {
            DataItem item = seed % 2 == 0
                    ? Elements.newItem("loaded", "raw", new SyntheticPeak(seed, 64, seed % 5, 1).location(), null, null)
                    : Elements.newItem("scan", "detector", new SyntheticDetector(seed, 21, 40).location(), null, null);
            return DataCommands.addItems(session.domain(), session.root(), session.root(), List.of(item));
        }
    }

    record Move(int element, int target, int index) implements Edit {
        @Override
        public Command command(Session session) {
            List<TreeElement> elements = DataTree.elements(session.root());
            if (elements.isEmpty()) {
                return null;
            }
            List<TreeElement> groups = elements.stream().filter(DataGroup.class::isInstance).toList();
            Object owner = groups.isEmpty() || target % (groups.size() + 1) == groups.size() ? session.root()
                    : groups.get(target % (groups.size() + 1));
            return DataCommands.move(session.domain(), List.of(elements.get(element % elements.size())),
                    (org.eclipse.emf.ecore.EObject) owner, index - 1);
        }
    }

    record Group(int first, int count) implements Edit {
        @Override
        public Command command(Session session) {
            List<TreeElement> top = session.root().getChildren();
            if (top.isEmpty()) {
                return null;
            }
            int from = first % top.size();
            List<TreeElement> members = new ArrayList<>(top.subList(from, Math.min(top.size(), from + count)));
            return DataCommands.group(session.domain(), session.root(), members, "group");
        }
    }

    record Ungroup(int group) implements Edit {
        @Override
        public Command command(Session session) {
            List<DataGroup> groups = DataTree.elements(session.root()).stream()
                    .filter(DataGroup.class::isInstance).map(DataGroup.class::cast).toList();
            return groups.isEmpty() ? null : DataCommands.ungroup(session.domain(), groups.get(group % groups.size()));
        }
    }

    record Combine(int first, int second, String kind, String node) implements Edit {
        @Override
        public Command command(Session session) {
            List<DataItem> loaded = session.items().stream().filter(i -> i.getCombination() == null
                    && i.getStopNode() == null && "raw".equals(i.getEntryNode())).toList();
            if (loaded.size() < 2) {
                return null;
            }
            DataItem a = loaded.get(first % loaded.size());
            DataItem b = loaded.get(second % loaded.size());
            return a == b ? null : DataCommands.combine(session.domain(), session.root(), List.of(a, b), kind, node);
        }
    }

    /** PCA (classic or cumulative) or MCR-ALS of a run of loaded peaks, N possibly more than there are peaks. */
    record Decompose(int first, int count, int components, String kind, String node) implements Edit {
        @Override
        public Command command(Session session) {
            List<DataItem> loaded = session.items().stream().filter(i -> i.getCombination() == null
                    && i.getStopNode() == null && "raw".equals(i.getEntryNode())).toList();
            int from = loaded.isEmpty() ? 0 : first % loaded.size();
            List<DataItem> parents = loaded.subList(from, Math.min(loaded.size(), from + count));
            if (parents.size() < 2) {
                return null;
            }
            String array = "raw".equals(node) ? "counts" : "y";
            CombineSettings settings = "mcr".equals(kind)
                    ? CombineSettings.mcr(array, Collections.nCopies(components, CombineSettings.Component.auto()))
                            .withMaxIterations(100)
                    : CombineSettings.pca(components, array);
            return CombineCommands.combine(session.domain(), session.root(), CombinationKind.byId(kind), node,
                    parents, settings);
        }
    }

    record StopAt(int item, String node) implements Edit {
        @Override
        public Command command(Session session) {
            // a stop node on the item's own path: peaks stop at normalised or smoothed, scans at their profile
            List<DataItem> items = session.items().stream().filter(i -> i.getCombination() == null).toList();
            if (items.isEmpty()) {
                return null;
            }
            DataItem chosen = items.get(item % items.size());
            String reachable = "detector".equals(chosen.getEntryNode()) ? "profile" : node;
            return DataCommands.setStopNode(session.domain(), List.of(chosen), reachable);
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 50);
        Arbitrary<Edit> edit = Arbitraries.oneOf(
                Combinators.combine(index,
                        Arbitraries.of("scale", "background", "smoothingWidth", "bandFirstPixel", "bandLastPixel"),
                        Arbitraries.integers().between(1, 40)).as((i, n, v) -> new SetParameter(i, n, v)),
                Combinators.combine(index, Arbitraries.of("a", "b", "peak", "group")).as(Rename::new),
                index.map(Remove::new),
                Arbitraries.longs().between(0, 1000).map(Load::new),
                Combinators.combine(index, index, Arbitraries.integers().between(0, 4)).as(Move::new),
                Combinators.combine(index, Arbitraries.integers().between(1, 3)).as(Group::new),
                index.map(Ungroup::new),
                Combinators.combine(index, index, Arbitraries.of("average", "sum", "rms"),
                        Arbitraries.of("raw", "normalised")).as(Combine::new),
                Combinators.combine(index, Arbitraries.of("normalised", "smoothed")).as(StopAt::new),
                Combinators.combine(index, Arbitraries.integers().between(2, 5), Arbitraries.integers().between(1, 3),
                        Arbitraries.of("pca-classic", "pca-cumulative", "mcr"), Arbitraries.of("raw", "normalised"))
                        .as(Decompose::new));
        return edit.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 60)
    void undoingAllEditsRestoresTheInitialTreeAndResultsAndRedoingRestoresTheFinal(
            @ForAll("edits") @Size(max = 25) List<Edit> edits) {
        try (Session session = new Session(new DemoPipelineProvider().createPipeline(), SyntheticPeak.RESOLVER, 2)) {
            for (int i = 0; i < 4; i++) {
                session.load("peak", "raw", new SyntheticPeak(i, 64, i - 2, 1).location(), null, null);
            }
            for (int i = 0; i < 2; i++) {
                session.load("scan", "detector", new SyntheticDetector(i, 21, 40).location(), null, null);
            }
            session.run();
            DataRoot initialTree = EcoreUtil.copy(session.root());
            Map<String, NodeResult> initialResults = results(session);

            int executed = 0;
            for (Edit edit : edits) {
                Command command = edit.command(session);
                if (command != null && session.execute(command)) {
                    executed++;
                    session.run();
                }
            }
            DataRoot finalTree = EcoreUtil.copy(session.root());
            Map<String, NodeResult> finalResults = results(session);

            for (int i = 0; i < executed; i++) {
                assertTrue(session.undo());
            }
            session.run();
            assertTrue(EcoreUtil.equals(initialTree, session.root()), "tree after undoing " + edits);
            assertSameResults(initialResults, results(session), edits);

            for (int i = 0; i < executed; i++) {
                assertTrue(session.redo());
            }
            session.run();
            assertTrue(EcoreUtil.equals(finalTree, session.root()), "tree after redoing " + edits);
            assertSameResults(finalResults, results(session), edits);
        }
    }

    /** Every item's result at every node, by "item id/node id". */
    private static Map<String, NodeResult> results(Session session) {
        Map<String, NodeResult> results = new HashMap<>();
        for (DataItem item : session.items()) {
            for (NodeDefinition node : session.pipeline().nodes()) {
                results.put(item.getId() + "/" + node.id(), session.results().resultOrEmpty(item.getId(), node.id()));
            }
        }
        return results;
    }

    private static void assertSameResults(Map<String, NodeResult> expected, Map<String, NodeResult> actual,
            List<Edit> edits) {
        assertEquals(expected.keySet(), actual.keySet(), () -> "items after " + edits);
        for (String key : expected.keySet()) {
            NodeResult e = expected.get(key);
            NodeResult a = actual.get(key);
            assertEquals(e.status(), a.status(), () -> key + " after " + edits);
            assertEquals(e.message(), a.message(), key);
            assertEquals(e.scalars(), a.scalars(), key);
            assertEquals(e.arrays().keySet(), a.arrays().keySet(), key);
            for (String array : e.arrays().keySet()) {
                assertTrue(Arrays.equals(e.arrays().get(array), a.arrays().get(array)), () -> key + "/" + array);
            }
            assertEquals(e.images().keySet(), a.images().keySet(), key);
            for (String image : e.images().keySet()) {
                assertEquals(e.images().get(image).rows(), a.images().get(image).rows(), key + "/" + image);
                assertTrue(Arrays.equals(e.images().get(image).values(), a.images().get(image).values()),
                        () -> key + "/" + image);
            }
        }
    }
}
