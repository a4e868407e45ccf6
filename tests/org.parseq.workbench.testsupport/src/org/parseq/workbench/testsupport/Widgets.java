package org.parseq.workbench.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.parseq.ui.nodes.NodePart;

/** Finds the widgets and views a workbench test drives. */
public final class Widgets {

    private Widgets() {
    }

    /** The first control of a type below a composite that passes the test; fails the test if there is none. */
    public static <T extends Control> T find(Composite parent, Class<T> type, Predicate<T> test) {
        List<T> found = new ArrayList<>();
        collect(parent, type, test, found);
        if (found.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " as wanted in " + parent);
        }
        return found.get(0);
    }

    private static <T extends Control> void collect(Composite parent, Class<T> type, Predicate<T> test,
            List<T> found) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && test.test(type.cast(child))) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                collect(composite, type, test, found);
            }
        }
    }

    /** Brings a node's view to the front and lets it lay out and paint. */
    public static NodePart showNode(EPartService parts, UiDriver ui, String pipeline, String node) {
        MPart part = parts.findPart(NodePart.partId(pipeline, node));
        if (part == null) {
            throw new AssertionError("no view of node " + node + " of pipeline " + pipeline);
        }
        parts.showPart(part, EPartService.PartState.ACTIVATE);
        ui.settle(400);
        return (NodePart) part.getObject();
    }
}
