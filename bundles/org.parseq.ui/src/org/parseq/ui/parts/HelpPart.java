package org.parseq.ui.parts;

import java.net.URL;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationAdapter;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.ui.nodes.NodePart;
import org.parseq.ui.session.ParseqEvents;
import org.parseq.ui.session.WorkbenchSession;
import org.parseq.ui.workbench.PipelineCatalog;

/**
 * The help page of the node whose view is active, in a browser: the page the pipeline bundle
 * ships (rendered at its build), or one made from the definition when it ships none. Links
 * between pages are followed in place; Back, Overview and "Open in external browser" sit above.
 */
public class HelpPart {

    /** The page the pipeline bundles name their overview (tools/help-pages). */
    static final String OVERVIEW_PAGE = "overview";

    private Browser browser;
    private Text fallback;
    private Button back;
    private Button overview;
    private Button external;
    private WorkbenchSession workbench;
    private String shownNode;
    private String shownUrl;

    private PipelineCatalog catalog;

    @PostConstruct
    public void createControls(Composite parent, WorkbenchSession session, @Optional PipelineCatalog pipelines) {
        this.workbench = session;
        this.catalog = pipelines;
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        back = button(bar, "Back", "The page shown before");
        overview = button(bar, "Overview", "The pipeline's overview, with its graph");
        external = button(bar, "Open in External Browser", "Show this page in the system's web browser");
        try {
            browser = new Browser(parent, SWT.NONE);
            browser.addLocationListener(new LocationAdapter() {
                @Override
                public void changed(LocationEvent event) {
                    if (event.top && event.location != null && event.location.startsWith("file:")) {
                        shownUrl = event.location;
                    }
                    updateButtons();
                }
            });
        } catch (SWTError noBrowser) {
            // No web engine on this machine (e.g. libwebkit2gtk missing): show the text instead.
            fallback = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(browser != null ? browser : fallback);
        back.addListener(SWT.Selection, e -> browser.back());
        overview.addListener(SWT.Selection, e -> writtenPage(OVERVIEW_PAGE).ifPresent(this::open));
        external.addListener(SWT.Selection, e -> openExternally());
        show(session.session().pipeline().topologicalNodes().get(0).id());
    }

    private static Button button(Composite bar, String text, String tooltip) {
        Button button = new Button(bar, SWT.PUSH | SWT.FLAT);
        button.setText(text);
        button.setToolTipText(tooltip);
        return button;
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
        PipelineDefinition pipeline = workbench.session().pipeline();
        if (pipeline.node(nodeId).isEmpty()) {
            return;
        }
        shownNode = nodeId;
        java.util.Optional<URL> written = writtenPage(nodeId);
        if (browser != null && !browser.isDisposed() && written.isPresent()) {
            open(written.get());
            return;
        }
        String html = HelpPages.html(pipeline, pipeline.requireNode(nodeId));
        shownUrl = null;
        if (browser != null && !browser.isDisposed()) {
            browser.setText(html);
        } else if (fallback != null && !fallback.isDisposed()) {
            fallback.setText(html.replaceAll("<[^>]+>", " ").replaceAll(" +", " "));
        }
        updateButtons();
    }

    private java.util.Optional<URL> writtenPage(String page) {
        return catalog == null ? java.util.Optional.empty()
                : catalog.help().page(workbench.session().pipeline().id(), page);
    }

    private void open(URL page) {
        shownUrl = page.toExternalForm();
        browser.setUrl(shownUrl);
        updateButtons();
    }

    private void openExternally() {
        if (shownUrl == null) {
            return;
        }
        if (!Program.launch(shownUrl)) {
            MessageDialog.openInformation(external.getShell(), "Open in External Browser",
                    "No program to open web pages was found. The page is\n" + shownUrl);
        }
    }

    private void updateButtons() {
        if (back == null || back.isDisposed()) {
            return;
        }
        back.setEnabled(browser != null && browser.isBackEnabled());
        overview.setEnabled(browser != null && writtenPage(OVERVIEW_PAGE).isPresent());
        external.setEnabled(shownUrl != null);
    }

    /** The node whose page is shown, for tests. */
    public String shownNode() {
        return shownNode;
    }

    /** The file URL of the written page shown (after links were followed), or null for a generated page. */
    public String shownUrl() {
        return shownUrl;
    }

    public Browser browser() {
        return browser;
    }

    /** The buttons above the page, for tests. */
    public Control[] buttons() {
        return new Control[] {back, overview, external};
    }
}
