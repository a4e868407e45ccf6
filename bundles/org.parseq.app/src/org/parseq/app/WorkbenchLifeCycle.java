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
import org.osgi.framework.FrameworkUtil;
import org.parseq.core.ProductInfo;

/**
 * The product's part of starting the workbench: its name and version, the window title, the
 * layout that Window &gt; Reset Layout returns to, and the optional startup check. Sessions,
 * pipelines and their views come from the ui bundle's model fragment, which knows no product.
 */
public class WorkbenchLifeCycle {

    static final String MAIN_WINDOW_ID = "org.parseq.app.window.main";
    static final String MAIN_PERSPECTIVE_ID = "org.parseq.app.perspective.main";

    @PostContextCreate
    void describeProduct(IEclipseContext workbenchContext, IEventBroker eventBroker) {
        ProductInfo productInfo = ProductInfo.fromBundleVersion(
                FrameworkUtil.getBundle(getClass()).getVersion().toString());
        workbenchContext.set(ProductInfo.class, productInfo);
        StartupCheck.fromSystemProperties().ifPresent(check -> eventBroker.subscribe(
                UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> check.runWhenWindowIsShown(workbenchContext)));
    }

    /** Runs before the ui bundle's add-on puts the pipeline's node views in, so the kept layout has none. */
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
