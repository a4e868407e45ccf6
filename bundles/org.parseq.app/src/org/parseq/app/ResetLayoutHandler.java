package org.parseq.app;

import org.eclipse.e4.core.di.annotations.Optional;
import org.parseq.ui.session.WorkbenchSession;
import org.parseq.ui.workbench.NodeParts;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * Window &gt; Reset Layout: replaces the current arrangement of parts, detached windows
 * included, by the layout the product ships with.
 */
public class ResetLayoutHandler {

    @CanExecute
    public boolean canExecute(MApplication application, EModelService modelService) {
        return modelService.findSnippet(application, WorkbenchLifeCycle.MAIN_PERSPECTIVE_ID) != null;
    }

    @Execute
    public void execute(MApplication application, MWindow window, EModelService modelService,
            EPartService partService, @Optional WorkbenchSession workbench) {
        MPerspective current = (MPerspective) modelService.find(WorkbenchLifeCycle.MAIN_PERSPECTIVE_ID, window);
        Object container = current == null ? null : current.getParent();
        if (!(container instanceof MPerspectiveStack stack)) {
            return;
        }
        MUIElement fresh = modelService.cloneSnippet(application, WorkbenchLifeCycle.MAIN_PERSPECTIVE_ID, window);
        if (!(fresh instanceof MPerspective freshPerspective)) {
            return;
        }
        stack.getChildren().add(freshPerspective);
        partService.switchPerspective(freshPerspective);
        current.setToBeRendered(false);
        stack.getChildren().remove(current);
        if (workbench != null) {
            NodeParts.show(workbench.session().pipeline(), application, modelService);
        }
    }
}
