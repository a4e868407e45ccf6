package org.parseq.ui.workbench;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.parseq.core.ProductInfo;
import org.parseq.ui.session.ParseqEvents;
import org.parseq.ui.session.WorkbenchSession;

/**
 * Keeps the window in step with the session: after every edit the tree redraws, results are
 * brought up to date, the Edit menu names what Undo and Redo would do, and the title shows
 * the project and a * while there are unsaved edits.
 */
public final class SessionUi {

    static final String UNDO_ITEM_ID = "org.parseq.ui.menuitem.undo";
    static final String REDO_ITEM_ID = "org.parseq.ui.menuitem.redo";

    private final WorkbenchSession workbench;
    private final IEventBroker events;
    private final MApplication application;
    private final EModelService models;
    private final ProductInfo product;

    private final org.eclipse.emf.common.command.CommandStackListener stackListener = event -> edited();
    private CommandStack listenedStack;

    SessionUi(WorkbenchSession workbench, IEventBroker events, MApplication application, EModelService models,
            ProductInfo product) {
        this.workbench = workbench;
        this.events = events;
        this.application = application;
        this.models = models;
        this.product = product;
    }

    /** Follows the edits of the session's command stack; call again after the session was replaced. */
    void attach() {
        if (listenedStack != null) {
            listenedStack.removeCommandStackListener(stackListener);
        }
        listenedStack = workbench.session().domain().getCommandStack();
        listenedStack.addCommandStackListener(stackListener);
    }

    /** After an edit, an undo or a redo (in the UI thread); the data tree follows the model itself. */
    public void edited() {
        workbench.requestRun();
        update();
    }

    /** Refreshes labels and title, e.g. after a save. */
    public void update() {
        CommandStack stack = workbench.session().domain().getCommandStack();
        label(UNDO_ITEM_ID, "&Undo", stack.getUndoCommand());
        label(REDO_ITEM_ID, "&Redo", stack.getRedoCommand());
        MWindow window = application.getChildren().isEmpty() ? null : application.getChildren().get(0);
        if (window != null) {
            String title = title();
            window.setLabel(title);
            // A window restored from the kept layout does not always pass label changes on.
            if (window.getWidget() instanceof org.eclipse.swt.widgets.Shell shell && !shell.isDisposed()) {
                shell.setText(title);
            }
        }
        events.send(ParseqEvents.PROJECT_CHANGED, workbench);
    }

    /** The product, the session's pipeline and its project, with a * while there are unsaved edits. */
    public String title() {
        String project = workbench.projectFile() == null ? "" : " \u2013 " + workbench.projectFile().getFileName();
        return (workbench.isDirty() ? "*" : "") + product.windowTitle() + " \u2013 " + workbench.session().pipeline().name()
                + project;
    }

    private void label(String itemId, String verb, Command command) {
        for (MMenuItem item : models.findElements(application, itemId, MMenuItem.class, null,
                EModelService.IN_MAIN_MENU)) {
            item.setLabel(command == null || command.getLabel() == null ? verb : verb + " " + command.getLabel());
        }
    }
}
