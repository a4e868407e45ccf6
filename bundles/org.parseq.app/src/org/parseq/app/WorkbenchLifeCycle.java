package org.parseq.app;

import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;
import org.parseq.core.ProductInfo;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.session.Session;
import org.parseq.ui.nodes.NodePart;
import org.parseq.ui.session.ParseqEvents;
import org.parseq.ui.session.WorkbenchSession;

/**
 * Sets up a workbench session: the pipeline and its data tree with the command stack, one
 * view per pipeline node, the window title, the layout that Window &gt; Reset Layout returns
 * to, what to open at start, and the optional startup check.
 */
public class WorkbenchLifeCycle {

    static final String MAIN_WINDOW_ID = "org.parseq.app.window.main";
    static final String MAIN_PERSPECTIVE_ID = "org.parseq.app.perspective.main";
    static final String NODE_STACK_ID = "org.parseq.app.partstack.nodes";

    @PostContextCreate
    void createSession(IEclipseContext workbenchContext, IEventBroker eventBroker) {
        ProductInfo productInfo = ProductInfo.fromBundleVersion(
                FrameworkUtil.getBundle(getClass()).getVersion().toString());
        workbenchContext.set(ProductInfo.class, productInfo);

        SessionFactory factory = new SessionFactory(RegistryFactory.getRegistry());
        factory.problems().forEach(problem -> System.err.println("ParSeq: pipeline not installed: " + problem));
        workbenchContext.set(SessionFactory.class, factory);
        Session session = factory.newSession(factory.pipeline());
        WorkbenchSession[] self = new WorkbenchSession[1];
        WorkbenchSession workbench = new WorkbenchSession(session,
                report -> eventBroker.post(ParseqEvents.RESULTS_UPDATED, self[0]));
        self[0] = workbench;
        workbenchContext.set(WorkbenchSession.class, workbench);
        workbenchContext.set(EditingDomain.class, session.domain());
        workbenchContext.set(AdapterFactoryEditingDomain.class, session.domain());

        eventBroker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> started(workbenchContext));
        StartupCheck.fromSystemProperties().ifPresent(check -> eventBroker.subscribe(
                UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> check.runWhenWindowIsShown(workbenchContext)));
    }

    @ProcessAdditions
    void prepareWindow(MApplication application, EModelService modelService, ProductInfo productInfo,
            WorkbenchSession workbench) {
        MWindow window = (MWindow) modelService.find(MAIN_WINDOW_ID, application);
        if (window == null) {
            return;
        }
        window.setLabel(productInfo.windowTitle());
        addNodeParts(workbench.session().pipeline(), modelService, window);
        if (modelService.findSnippet(application, MAIN_PERSPECTIVE_ID) == null) {
            MPerspective perspective = (MPerspective) modelService.find(MAIN_PERSPECTIVE_ID, window);
            if (perspective != null) {
                modelService.cloneElement(perspective, application);
            }
        }
    }

    /** One view per node, in pipeline order, unless the kept layout has them already. */
    private static void addNodeParts(PipelineDefinition pipeline, EModelService modelService, MWindow window) {
        MPartStack stack = (MPartStack) modelService.find(NODE_STACK_ID, window);
        if (stack == null) {
            return;
        }
        boolean first = true;
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            String partId = NodePart.PART_ID_PREFIX + node.id();
            if (!modelService.findElements(window, partId, MPart.class).isEmpty()) {
                continue;
            }
            MPart part = modelService.createModelElement(MPart.class);
            part.setElementId(partId);
            part.setLabel(node.name());
            part.setContributionURI("bundleclass://org.parseq.ui/org.parseq.ui.nodes.NodePart");
            part.getPersistedState().put(NodePart.NODE_KEY, node.id());
            part.setCloseable(false);
            part.getTags().add("View");
            stack.getChildren().add(part);
            if (first && stack.getSelectedElement() == null) {
                stack.setSelectedElement(part);
            }
            first = false;
        }
    }

    /** The command line's arguments for the application, e.g. a project to open. */
    private static List<String> applicationArguments(IEclipseContext context) {
        IApplicationContext application = context.get(IApplicationContext.class);
        Object arguments = application == null ? null
                : application.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return List.of(arguments instanceof String[] given ? given
                : org.eclipse.core.runtime.Platform.getApplicationArgs());
    }

    private void started(IEclipseContext context) {
        WorkbenchSession workbench = context.get(WorkbenchSession.class);
        SessionUi ui = new SessionUi(workbench, context.get(IEventBroker.class), context.get(MApplication.class),
                context.get(EModelService.class), context.get(ProductInfo.class));
        context.set(SessionUi.class, ui);
        ui.attach();
        MWindow window = (MWindow) context.get(EModelService.class).find(MAIN_WINDOW_ID,
                context.get(MApplication.class));
        if (window != null && window.getContext() != null) {
            window.getContext().set(IWindowCloseHandler.class,
                    closing -> UnsavedChanges.allowClose(workbench, ui, window));
        }
        boolean projectOpened = StartupFiles.open(workbench, ui, applicationArguments(context));
        if (!projectOpened) {
            ExampleData.open(workbench, context.get(org.eclipse.e4.ui.workbench.modeling.EPartService.class));
        }
        // Loading examples or opening a project went through the command stack's listener already.
        ui.update();
    }
}
