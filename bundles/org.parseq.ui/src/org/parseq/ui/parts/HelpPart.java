package org.parseq.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.parseq.ui.nodes.NodePart;
import org.parseq.ui.session.WorkbenchSession;

/** The help page of the node whose view is active, in a browser. */
public class HelpPart {

    private Browser browser;
    private Text fallback;
    private WorkbenchSession workbench;
    private String shownNode;

    @PostConstruct
    public void createControls(Composite parent, WorkbenchSession session) {
        this.workbench = session;
        parent.setLayout(new FillLayout());
        try {
            browser = new Browser(parent, SWT.NONE);
        } catch (SWTError noBrowser) {
            // No web engine on this machine (e.g. libwebkit2gtk missing): show the text instead.
            fallback = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        }
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
        String html = HelpPages.html(pipeline, pipeline.requireNode(nodeId));
        shownNode = nodeId;
        if (browser != null && !browser.isDisposed()) {
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
