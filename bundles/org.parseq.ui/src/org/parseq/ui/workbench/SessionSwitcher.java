package org.parseq.ui.workbench;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.ui.session.ParseqEvents;
import org.parseq.ui.session.WorkbenchSession;

/**
 * Puts a new session in place of the open one, of the same or another pipeline: the views of
 * the old pipeline's nodes go, the new pipeline's come, and every view binds to the new data
 * tree. The caller has asked about unsaved edits before.
 */
public final class SessionSwitcher {

    private final WorkbenchSession workbench;
    private final PipelineCatalog catalog;
    private final SessionUi ui;
    private final IEclipseContext context;

    SessionSwitcher(WorkbenchSession workbench, PipelineCatalog catalog, SessionUi ui, IEclipseContext context) {
        this.workbench = workbench;
        this.catalog = catalog;
        this.ui = ui;
        this.context = context;
    }

    public WorkbenchSession workbench() {
        return workbench;
    }

    public SessionUi ui() {
        return ui;
    }

    public PipelineCatalog catalog() {
        return catalog;
    }

    /** Starts an empty session of the pipeline. */
    public void startNew(PipelineDefinition pipeline) {
        workbench.replace(catalog.newSession(pipeline));
        context.set(EditingDomain.class, workbench.session().domain());
        context.set(AdapterFactoryEditingDomain.class, workbench.session().domain());
        ui.attach();
        NodeParts.show(pipeline, context.get(MApplication.class), context.get(EModelService.class));
        PipelineChoice.rememberLastUsed(pipeline.id());
        context.get(IEventBroker.class).send(ParseqEvents.SESSION_REPLACED, workbench);
        ui.update();
    }
}
