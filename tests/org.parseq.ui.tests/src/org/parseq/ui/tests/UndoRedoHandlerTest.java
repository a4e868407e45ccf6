package org.parseq.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.parseq.model.DataEditing;
import org.parseq.model.data.DataPackage;
import org.parseq.model.data.DataRoot;
import org.parseq.ui.handlers.RedoHandler;
import org.parseq.ui.handlers.UndoHandler;

class UndoRedoHandlerTest {

    @Test
    void undoAndRedoFollowTheCommandStack() {
        AdapterFactoryEditingDomain domain = DataEditing.newSession();
        DataRoot root = DataEditing.root(domain);
        UndoHandler undo = new UndoHandler();
        RedoHandler redo = new RedoHandler();
        assertFalse(undo.canExecute(domain));
        assertFalse(redo.canExecute(domain));
        assertFalse(undo.canExecute(null), "no session: nothing to undo");

        domain.getCommandStack().execute(
                SetCommand.create(domain, root, DataPackage.Literals.DATA_ROOT__PIPELINE_ID, "xas"));
        assertTrue(undo.canExecute(domain));

        undo.execute(domain);
        assertEquals(null, root.getPipelineId());
        assertTrue(redo.canExecute(domain));

        redo.execute(domain);
        assertEquals("xas", root.getPipelineId());
    }
}
