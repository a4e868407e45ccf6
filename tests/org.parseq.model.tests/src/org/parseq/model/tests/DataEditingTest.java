package org.parseq.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.parseq.model.DataEditing;
import org.parseq.model.data.DataFactory;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataPackage;
import org.parseq.model.data.DataRoot;

class DataEditingTest {

    @Test
    void aNewSessionHasAnEmptyDataTreeAndNothingToUndo() {
        AdapterFactoryEditingDomain domain = DataEditing.newSession();
        DataRoot root = DataEditing.root(domain);
        assertTrue(root.getChildren().isEmpty());
        assertFalse(domain.getCommandStack().canUndo());
    }

    @Test
    void addingAndRenamingAnItemUndoAndRedoInOrder() {
        AdapterFactoryEditingDomain domain = DataEditing.newSession();
        DataRoot root = DataEditing.root(domain);
        DataItem item = DataFactory.eINSTANCE.createDataItem();
        item.setAlias("Cu-foil_EXAFS_23068");

        domain.getCommandStack().execute(
                AddCommand.create(domain, root, DataPackage.Literals.DATA_ROOT__CHILDREN, item));
        domain.getCommandStack().execute(
                SetCommand.create(domain, item, DataPackage.Literals.TREE_ELEMENT__ALIAS, "Cu foil 1"));
        assertEquals("Cu foil 1", item.getAlias());

        domain.getCommandStack().undo();
        assertEquals("Cu-foil_EXAFS_23068", item.getAlias());
        domain.getCommandStack().undo();
        assertTrue(root.getChildren().isEmpty());
        assertFalse(domain.getCommandStack().canUndo());

        domain.getCommandStack().redo();
        domain.getCommandStack().redo();
        assertSame(item, root.getChildren().get(0));
        assertEquals("Cu foil 1", item.getAlias());
    }

    @Test
    void aDomainWithoutADataTreeIsRejectedWithAMessage() {
        AdapterFactoryEditingDomain foreign =
                new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> DataEditing.root(foreign));
        assertTrue(error.getMessage().contains("no ParSeq data tree"));
    }
}
