package org.parseq.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.parseq.ui.nodes.NodePart;
import org.parseq.ui.session.ParseqEvents;
import org.parseq.ui.workbench.PipelineCatalog;
import org.parseq.ui.session.WorkbenchSession;

/** The help page of the node whose view is active, in a browser. */
public class HelpPart {

    private Browser browser;
    private Text fallback;
    private WorkbenchSession workbench;
    private String shownNode;

    private PipelineCatalog catalog;

    @PostConstruct
    public void createControls(Composite parent, WorkbenchSession session, @Optional PipelineCatalog pipelines) {
        this.workbench = session;
        this.catalog = pipelines;
        parent.setLayout(new FillLayout());
        try {
            browser = new Browser(parent, SWT.NONE);
        } catch (SWTError noBrowser) {
            // No web engine on this machine (e.g. libwebkit2gtk missing): show the text instead.
            fallback = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        }
        show(session.session().pipeline().topologicalNodes().get(0).id());
    }

    /** A new session may be of another pipeline: show its first node. */
    @Inject
    @Optional
    void sessionReplaced(@UIEventTopic(ParseqEvents.SESSION_REPLACED) WorkbenchSession session) {
        shownNode = null;
        show(session.session().pipeline().topologicalNodes().get(0).id());
    }

    @Inject
    @Optional
    void activePart(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
        if (part != null && part.getPersistedState().containsKey(NodePart.NODE_KEY)) {
            show(part.getPersistedState().get(NodePart.NODE_KEY));
        }
    }

    private void show(String nodeId) {
        if (workbench == null || nodeId.equals(shownNode)) {
            return;
        }
        var pipeline = workbench.session().pipeline();
        if (pipeline.node(nodeId).isEmpty()) {
            return;
        }
        String html = HelpPages.html(pipeline, pipeline.requireNode(nodeId));
        java.util.Optional<java.net.URL> written = catalog == null ? java.util.Optional.empty()
                : catalog.help().page(pipeline.id(), nodeId);
        shownNode = nodeId;
        if (browser != null && !browser.isDisposed() && written.isPresent()) {
            browser.setUrl(written.get().toExternalForm());
        } else if (browser != null && !browser.isDisposed()) {
            browser.setText(html);
        } else if (fallback != null && !fallback.isDisposed()) {
            fallback.setText(html.replaceAll("<[^>]+>", " ").replaceAll(" +", " "));
        }
    }

    /** The node whose page is shown, for tests. */
    public String shownNode() {
        return shownNode;
    }

    public Browser browser() {
        return browser;
    }
}
