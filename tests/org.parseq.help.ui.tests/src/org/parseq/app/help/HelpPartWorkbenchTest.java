package org.parseq.app.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.ui.parts.HelpPart;
import org.parseq.ui.session.WorkbenchSession;
import org.parseq.workbench.testsupport.UiDriver;
import org.parseq.workbench.testsupport.Widgets;
import org.parseq.workbench.testsupport.WorkbenchScenario;

/**
 * The Help part of the real workbench on the XAS pipeline, driven as a user would: activating
 * each node view shows that node's page rendered at build time; a link followed in the page
 * opens the transform's page with its formulas drawn as MathML; Back returns; Overview shows
 * the pipeline graph with a link per node and transform; "Open in External Browser" has the
 * page to open. Screenshots of a transform page and the overview are saved to look at.
 */
class HelpPartWorkbenchTest {

    private static final String PIPELINE = "xas";
    private static final String HELP_PART = "org.parseq.ui.part.help";

    @Test
    void nodePagesLinksAndOverviewInTheHelpPart() throws Exception {
        WorkbenchScenario.run(List.of("-clearPersistedState", "--pipeline", PIPELINE),
                (ui, shell, context) -> scenario(ui, shell, context));
    }

    private void scenario(UiDriver ui, Shell shell, IEclipseContext context) {
        WorkbenchSession workbench = context.get(WorkbenchSession.class);
        EPartService parts = context.get(EPartService.class);
        PipelineDefinition pipeline = workbench.session().pipeline();
        assertEquals(PIPELINE, pipeline.id());
        ui.waitUntil("the example foils", 60_000, () -> workbench.session().items().size() == 3);
        ui.waitForResults(workbench);

        MPart helpModel = parts.findPart(HELP_PART);
        assertNotNull(helpModel, "the Help part is in the layout");
        parts.showPart(helpModel, EPartService.PartState.VISIBLE);
        ui.settle(300);
        HelpPart help = (HelpPart) helpModel.getObject();
        // give the Help part most of the height, as a user drags the sash, so that the screenshots show a page
        helpModel.getParent().setContainerData("70");
        parts.findPart(org.parseq.ui.nodes.NodePart.partId(PIPELINE, "mu")).getParent().setContainerData("30");
        Browser browser = help.browser();
        assertNotNull(browser, "a web engine for the Help part (libwebkit2gtk)");

        for (NodeDefinition node : pipeline.topologicalNodes()) {
            Widgets.showNode(parts, ui, PIPELINE, node.id());
            waitForPage(ui, help, node.id() + ".html");
            assertEquals(node.id(), help.shownNode());
            assertEquals(node.name() + " – XAS help", browser.evaluate("return document.title;"),
                    "the rendered page of " + node.id());
        }

        Widgets.showNode(parts, ui, PIPELINE, "mu");
        waitForPage(ui, help, "mu.html");
        browser.execute("document.querySelector('a[href=\"transform-make_chi.html\"]').click();");
        waitForPage(ui, help, "transform-make_chi.html");
        Number formulas = (Number) browser.evaluate("return document.getElementsByTagName('math').length;");
        assertTrue(formulas.intValue() > 20, "the formulas of make chi as MathML: " + formulas);
        Number height = (Number) browser.evaluate(
                "return document.querySelector('div.formula math').getBoundingClientRect().height;");
        assertTrue(height.doubleValue() > 10, "a displayed formula takes room on the page: " + height);
        Number parameters = (Number) browser.evaluate(
                "return document.querySelectorAll('table.facts tr[id^=\"p-\"]').length;");
        assertEquals(pipeline.transform("make_chi").orElseThrow().parameters().size(), parameters.intValue());
        browser.execute("document.getElementById('mu0').scrollIntoView();");
        Control helpControl = browser.getParent();
        ui.screenshot(helpControl, "help-make-chi");

        press(help, "Back");
        waitForPage(ui, help, "mu.html");
        press(help, "Overview");
        waitForPage(ui, help, "overview.html");
        Number boxes = (Number) browser.evaluate("return document.querySelectorAll('svg a rect').length;");
        Number links = (Number) browser.evaluate("return document.querySelectorAll('svg a').length;");
        assertEquals(pipeline.nodes().size(), boxes.intValue(), "a box per node in the graph");
        assertEquals(pipeline.nodes().size() + pipeline.transforms().size(), links.intValue(),
                "a link per node and per transform in the graph");
        ui.screenshot(helpControl, "help-overview");
        ui.screenshot(shell, "help-workbench");

        Button external = button(help, "Open in External Browser");
        assertTrue(external.isEnabled(), "a written page can be opened outside");
        assertTrue(help.shownUrl().startsWith("file:"), help.shownUrl());
    }

    private static void waitForPage(UiDriver ui, HelpPart help, String page) {
        ui.waitUntil("the help page " + page, 20_000, () -> help.shownUrl() != null
                && help.shownUrl().endsWith("/help/" + page)
                && String.valueOf(help.browser().evaluate("return document.readyState + ' ' + location.href;"))
                        .matches("complete .*/help/" + java.util.regex.Pattern.quote(page)));
    }

    private static void press(HelpPart help, String text) {
        Button button = button(help, text);
        assertTrue(button.isEnabled(), text + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static Button button(HelpPart help, String text) {
        for (Control control : help.buttons()) {
            if (control instanceof Button button && button.getText().equals(text)) {
                return button;
            }
        }
        throw new AssertionError("no button " + text + " in the Help part");
    }
}
