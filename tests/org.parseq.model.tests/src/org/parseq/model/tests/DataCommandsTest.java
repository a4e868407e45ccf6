package org.parseq.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parseq.model.DataCommands;
import org.parseq.model.DataEditing;
import org.parseq.model.DataTree;
import org.parseq.model.Elements;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataRoot;
import org.parseq.model.data.TreeElement;

class DataCommandsTest {

    private AdapterFactoryEditingDomain domain;
    private DataRoot root;
    private DataItem a;
    private DataItem b;
    private DataItem c;

    @BeforeEach
    void threeItems() {
        domain = DataEditing.newSession();
        root = DataEditing.root(domain);
        a = Elements.newItem("a", "raw", "synthetic:seed=1", null, null);
        b = Elements.newItem("b", "raw", "synthetic:seed=2", null, null);
        c = Elements.newItem("c", "raw", "synthetic:seed=3", null, null);
        execute(DataCommands.addItems(domain, root, root, List.of(a, b, c)));
    }

    private void execute(Command command) {
        assertTrue(command.canExecute(), () -> "cannot execute: " + command.getLabel());
        domain.getCommandStack().execute(command);
    }

    /** Executes, undoes and redoes, checking that undo gives back exactly the tree before. */
    private void executeUndoRedo(Command command) {
        DataRoot before = EcoreUtil.copy(root);
        execute(command);
        DataRoot after = EcoreUtil.copy(root);
        domain.getCommandStack().undo();
        assertTrue(EcoreUtil.equals(before, root), "undo of '" + command.getLabel() + "' restores the tree");
        domain.getCommandStack().redo();
        assertTrue(EcoreUtil.equals(after, root), "redo of '" + command.getLabel() + "' restores the edit");
    }

    private List<String> aliases(List<TreeElement> elements) {
        return elements.stream().map(TreeElement::getAlias).toList();
    }

    @Test
    void loadingGivesDuplicateAliasesASuffix() {
        DataItem again = Elements.newItem("a", "raw", "synthetic:seed=4", null, null);
        DataItem twice = Elements.newItem("a", "raw", "synthetic:seed=5", null, null);
        executeUndoRedo(DataCommands.addItems(domain, root, root, List.of(again, twice)));
        assertEquals(List.of("a", "b", "c", "a (2)", "a (3)"), aliases(root.getChildren()));
    }

    @Test
    void aParameterSetOnManyItemsIsOneUndoableEdit() {
        executeUndoRedo(DataCommands.setParameter(domain, List.of(a, b), "scale", 2.5));
        assertEquals(2.5, DataCommands.parameter(a, "scale").orElseThrow().getValue());
        assertEquals(2.5, DataCommands.parameter(b, "scale").orElseThrow().getValue());
        assertTrue(DataCommands.parameter(c, "scale").isEmpty());
        assertEquals("Set scale = 2.5", domain.getCommandStack().getUndoCommand().getLabel());
        assertFalse(DataCommands.setParameter(domain, List.of(a, b), "scale", 2.5).canExecute(),
                "setting the value items already have changes nothing");
    }

    @Test
    void resettingAndApplyingParametersUndo() {
        execute(DataCommands.setParameter(domain, List.of(a), "scale", 3.0));
        execute(DataCommands.setParameter(domain, List.of(b), "background", 1.0));
        executeUndoRedo(DataCommands.applyParameters(domain, a, List.of(b, c), List.of("scale", "background")));
        assertEquals(3.0, DataCommands.parameter(c, "scale").orElseThrow().getValue());
        assertTrue(DataCommands.parameter(b, "background").isEmpty(), "a's default background applied to b");
        executeUndoRedo(DataCommands.resetParameters(domain, List.of(a, b, c), List.of("scale")));
        assertTrue(DataCommands.parameter(a, "scale").isEmpty());
    }

    @Test
    void removalUndoesIntoTheSamePlace() {
        executeUndoRedo(DataCommands.remove(domain, List.of(b)));
        assertEquals(List.of("a", "c"), aliases(root.getChildren()));
        domain.getCommandStack().undo();
        assertEquals(List.of("a", "b", "c"), aliases(root.getChildren()));
    }

    @Test
    void renamingKeepsAliasesUnique() {
        executeUndoRedo(DataCommands.rename(domain, root, b, "c"));
        assertEquals("c (2)", b.getAlias());
        assertFalse(DataCommands.rename(domain, root, b, "c (2)").canExecute());
    }

    @Test
    void groupingMovingAndUngroupingUndo() {
        executeUndoRedo(DataCommands.group(domain, root, List.of(b, c), "bc"));
        DataGroup group = (DataGroup) root.getChildren().get(1);
        assertEquals(List.of("a", "bc"), aliases(root.getChildren()));
        assertEquals(List.of("b", "c"), aliases(group.getChildren()));

        executeUndoRedo(DataCommands.move(domain, List.of(a), group, 1));
        assertEquals(List.of("b", "a", "c"), aliases(group.getChildren()));
        assertSame(group, a.eContainer());

        executeUndoRedo(DataCommands.move(domain, List.of(c), group, 0));
        assertEquals(List.of("c", "b", "a"), aliases(group.getChildren()));

        executeUndoRedo(DataCommands.ungroup(domain, group));
        assertEquals(List.of("c", "b", "a"), aliases(root.getChildren()));
    }

    @Test
    void aGroupCannotBeMovedIntoItself() {
        execute(DataCommands.group(domain, root, List.of(b), "g"));
        DataGroup group = (DataGroup) DataTree.byAlias(root, "g").orElseThrow();
        assertFalse(DataCommands.move(domain, List.of(group), group, 0).canExecute());
    }

    @Test
    void coloursTagsAndStopNodesUndo() {
        executeUndoRedo(DataCommands.setColour(domain, a, "#ff0000"));
        executeUndoRedo(DataCommands.setColourTag(domain, a, 7));
        executeUndoRedo(DataCommands.setStopNode(domain, List.of(a, b), "normalised"));
        assertEquals("normalised", b.getStopNode());
        executeUndoRedo(DataCommands.setStopNode(domain, List.of(a, b), null));
        assertNull(a.getStopNode());
    }

    @Test
    void aCombinationIsANewItemAfterItsLastParent() {
        execute(DataCommands.setParameter(domain, List.of(a), "scale", 4.0));
        executeUndoRedo(DataCommands.combine(domain, root, List.of(a, b), "average", "normalised"));
        DataItem combined = (DataItem) root.getChildren().get(2);
        assertEquals("_average2", combined.getAlias().substring(combined.getAlias().length() - 9));
        assertEquals(List.of(a, b), combined.getCombination().getParents());
        assertEquals("normalised", combined.getEntryNode());
        assertEquals(4.0, DataCommands.parameter(combined, "scale").orElseThrow().getValue(),
                "parameters are copied from the first parent");
    }
}
