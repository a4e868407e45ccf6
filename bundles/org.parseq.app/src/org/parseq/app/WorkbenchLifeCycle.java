package org.parseq.app;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.framework.FrameworkUtil;
import org.parseq.core.ProductInfo;
import org.parseq.model.DataEditing;

/**
 * Sets up a workbench session: the data tree with its command stack, the window title, the
 * layout that Window &gt; Reset Layout returns to, and the optional startup check.
 */
public class WorkbenchLifeCycle {

    static final String MAIN_WINDOW_ID = "org.parseq.app.window.main";
    static final String MAIN_PERSPECTIVE_ID = "org.parseq.app.perspective.main";

    @PostContextCreate
    void createSession(IEclipseContext workbenchContext, IEventBroker eventBroker) {
        ProductInfo productInfo = ProductInfo.fromBundleVersion(
                FrameworkUtil.getBundle(getClass()).getVersion().toString());
        workbenchContext.set(ProductInfo.class, productInfo);

        AdapterFactoryEditingDomain domain = DataEditing.newSession();
        workbenchContext.set(EditingDomain.class, domain);
        workbenchContext.set(AdapterFactoryEditingDomain.class, domain);

        StartupCheck.fromSystemProperties().ifPresent(check -> eventBroker.subscribe(
                UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> check.runWhenWindowIsShown(workbenchContext)));
    }

    @ProcessAdditions
    void prepareWindow(MApplication application, EModelService modelService, ProductInfo productInfo) {
        MWindow window = (MWindow) modelService.find(MAIN_WINDOW_ID, application);
        if (window == null) {
            return;
        }
        window.setLabel(productInfo.windowTitle());
        if (modelService.findSnippet(application, MAIN_PERSPECTIVE_ID) == null) {
            MPerspective perspective = (MPerspective) modelService.find(MAIN_PERSPECTIVE_ID, window);
            if (perspective != null) {
                modelService.cloneElement(perspective, application);
            }
        }
    }
}
