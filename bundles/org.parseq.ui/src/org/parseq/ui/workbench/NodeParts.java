package org.parseq.ui.workbench;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.ui.nodes.NodePart;

/**
 * One view per node of the session's pipeline, made at run time: the views of another
 * pipeline go, the missing ones come into the node stack of the product's layout (element id
 * {@value #NODE_STACK_ID}). Views the user moved or detached stay where they are.
 */
public final class NodeParts {

    /** The part stack of the layout that receives node views; the product's application model names it. */
    public static final String NODE_STACK_ID = "org.parseq.ui.partstack.nodes";

    private NodeParts() {
    }

    public static void show(PipelineDefinition pipeline, MApplication application, EModelService models) {
        List<MPart> nodeViews = models.findElements(application, null, MPart.class, List.of(),
                EModelService.ANYWHERE | EModelService.IN_SHARED_AREA).stream()
                .filter(part -> part.getElementId() != null && part.getElementId().startsWith(NodePart.PART_ID_PREFIX))
                .toList();
        for (MPart view : nodeViews) {
            boolean ours = pipeline.id().equals(view.getPersistedState().get(NodePart.PIPELINE_KEY))
                    && pipeline.node(view.getPersistedState().get(NodePart.NODE_KEY)).isPresent();
            if (!ours) {
                remove(view);
            }
        }
        List<MPartStack> stacks = models.findElements(application, NODE_STACK_ID, MPartStack.class, List.of(),
                EModelService.ANYWHERE);
        MPartStack stack = stacks.isEmpty() ? null : stacks.get(0);
        if (stack == null) {
            return;
        }
        boolean first = true;
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            String partId = NodePart.partId(pipeline.id(), node.id());
            if (models.findElements(application, partId, MPart.class, List.of(), EModelService.ANYWHERE).isEmpty()) {
                stack.getChildren().add(newView(pipeline, node, models));
            }
            if (first && (stack.getSelectedElement() == null || !stack.getSelectedElement().isToBeRendered())) {
                stack.getChildren().stream().filter(MPart.class::isInstance).findFirst()
                        .ifPresent(part -> stack.setSelectedElement(part));
            }
            first = false;
        }
    }

    private static MPart newView(PipelineDefinition pipeline, NodeDefinition node, EModelService models) {
        MPart part = models.createModelElement(MPart.class);
        part.setElementId(NodePart.partId(pipeline.id(), node.id()));
        part.setLabel(node.name());
        part.setContributionURI("bundleclass://org.parseq.ui/org.parseq.ui.nodes.NodePart");
        part.getPersistedState().put(NodePart.NODE_KEY, node.id());
        part.getPersistedState().put(NodePart.PIPELINE_KEY, pipeline.id());
        part.setCloseable(false);
        part.getTags().add("View");
        return part;
    }

    @SuppressWarnings("unchecked")
    private static void remove(MPart view) {
        MElementContainer<MUIElement> parent = (MElementContainer<MUIElement>) (MElementContainer<?>) view.getParent();
        view.setToBeRendered(false);
        if (parent != null) {
            if (parent.getSelectedElement() == view) {
                parent.setSelectedElement(null);
            }
            parent.getChildren().remove(view);
        }
    }
}
