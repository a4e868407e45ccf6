package org.parseq.ui.workbench;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.parseq.core.ProductInfo;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.ui.files.FileTreePart;
import org.parseq.model.session.AutosaveFolder;
import org.parseq.ui.session.Autosaver;
import org.parseq.ui.session.ParseqEvents;
import org.parseq.ui.session.UserSettings;
import org.parseq.ui.session.WorkbenchSession;

/**
 * Brings ParSeq into an e4 application (contributed by this bundle's {@code fragment.e4xmi}):
 * reads what the installed pipeline bundles contribute, chooses the pipeline, makes the
 * workbench session and one view per node, and once the window is up opens the project the
 * command line names or the pipeline's example data.
 */
public class SessionAddon {

    static final String FILES_PART_ID = "org.parseq.ui.part.files";
    /** {@code -Dparseq.autosave=false} keeps no copies of unsaved sessions and offers none (UI tests). */
    static final String AUTOSAVE_PROPERTY = "parseq.autosave";

    @PostConstruct
    void start(IEclipseContext context, MApplication application, EModelService models, IEventBroker events) {
        PipelineCatalog catalog = new PipelineCatalog(RegistryFactory.getRegistry());
        ILog log = Platform.getLog(getClass());
        catalog.problems().forEach(problem -> log.warn("ParSeq contribution not installed: " + problem));
        context.set(PipelineCatalog.class, catalog);
        if (catalog.pipelines().isEmpty()) {
            String message = "No analysis pipeline is installed."
                    + (catalog.problems().isEmpty() ? "" : "\n\n" + String.join("\n", catalog.problems()));
            MessageDialog.openError(null, "ParSeq", message);
            throw new IllegalStateException(message);
        }
        List<String> arguments = applicationArguments(context);
        List<String> problems = new ArrayList<>();
        PipelineDefinition pipeline = PipelineChoice.decided(catalog, arguments, problems).orElseGet(() -> ask(catalog));
        PipelineChoice.rememberLastUsed(pipeline.id());

        WorkbenchSession[] self = new WorkbenchSession[1];
        WorkbenchSession workbench = new WorkbenchSession(catalog.newSession(pipeline),
                report -> events.post(ParseqEvents.RESULTS_UPDATED, self[0]));
        self[0] = workbench;
        context.set(WorkbenchSession.class, workbench);
        context.set(EditingDomain.class, workbench.session().domain());
        context.set(AdapterFactoryEditingDomain.class, workbench.session().domain());
        NodeParts.show(pipeline, application, models);
        if (!"false".equals(System.getProperty(AUTOSAVE_PROPERTY))) {
            Autosaver autosaver = new Autosaver(workbench,
                    new AutosaveFolder(UserSettings.folder().resolve("autosave")), Display.getDefault());
            context.set(Autosaver.class, autosaver);
            events.subscribe(ParseqEvents.SESSION_REPLACED, event -> autosaver.watchCurrentSession());
            events.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> autosaver.stop());
        }
        events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE,
                event -> started(context, application, arguments, problems));
    }

    private static PipelineDefinition ask(PipelineCatalog catalog) {
        PipelineDialog dialog = new PipelineDialog(null, "ParSeq \u2013 Choose a Pipeline", catalog,
                PipelineChoice.lastUsed().orElse(null));
        dialog.open();
        return dialog.chosen() != null ? dialog.chosen() : catalog.pipelines().iterator().next();
    }

    private void started(IEclipseContext context, MApplication application, List<String> arguments,
            List<String> problems) {
        WorkbenchSession workbench = context.get(WorkbenchSession.class);
        PipelineCatalog catalog = context.get(PipelineCatalog.class);
        SessionUi ui = new SessionUi(workbench, context.get(IEventBroker.class), application,
                context.get(EModelService.class), context.get(ProductInfo.class));
        context.set(SessionUi.class, ui);
        context.set(SessionSwitcher.class, new SessionSwitcher(workbench, catalog, ui, context));
        ui.attach();
        MWindow window = application.getChildren().isEmpty() ? null : application.getChildren().get(0);
        if (window != null && window.getContext() != null) {
            window.getContext().set(IWindowCloseHandler.class,
                    closing -> UnsavedChanges.allowClose(workbench, ui, window));
        }
        if (!problems.isEmpty()) {
            MessageDialog.openWarning(Display.getDefault().getActiveShell(), "ParSeq", String.join("\n", problems));
        }
        Autosaver autosaver = context.get(Autosaver.class);
        SessionSwitcher switcher = context.get(SessionSwitcher.class);
        boolean recovered = autosaver != null
                && AutosaveRecovery.offer(Display.getDefault().getActiveShell(), switcher, autosaver, arguments);
        if (autosaver != null && !recovered) {
            autosaver.watchCurrentSession();
        }
        boolean opened = recovered || StartupFiles.open(switcher, arguments);
        if (!opened) {
            MPart files = context.get(EPartService.class).findPart(FILES_PART_ID);
            ExampleData.open(workbench, catalog,
                    files != null && files.getObject() instanceof FileTreePart browser ? browser : null);
        }
        ui.update();
    }

    /** The command line's arguments for the application, e.g. a project to open. */
    private static List<String> applicationArguments(IEclipseContext context) {
        IApplicationContext application = context.get(IApplicationContext.class);
        Object arguments = application == null ? null
                : application.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return List.of(arguments instanceof String[] given ? given : Platform.getApplicationArgs());
    }
}
