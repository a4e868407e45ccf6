package org.parseq.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.Session;

/** Items in error and why, read from the results: what the data tree and the Problems view show. */
public final class ItemProblems {

    /** One item that is bad at one node. */
    public record Problem(DataItem item, NodeDefinition node, NodeStatus status, String message, String stackTrace) {
    }

    private ItemProblems() {
    }

    /** The first node at which an item went wrong, where it did. */
    public static Optional<Problem> firstOf(Session session, DataItem item) {
        for (NodeDefinition node : session.pipeline().topologicalNodes()) {
            NodeResult result = session.results().resultOrEmpty(item.getId(), node.id());
            if (result.status() == NodeStatus.BAD || result.status() == NodeStatus.SOURCE_NOT_FOUND) {
                return Optional.of(new Problem(item, node, result.status(), result.message(), result.stackTrace()));
            }
        }
        return Optional.empty();
    }

    /** Every item's first problem, in tree order. */
    public static List<Problem> all(Session session) {
        List<Problem> problems = new ArrayList<>();
        for (DataItem item : session.items()) {
            firstOf(session, item).ifPresent(problems::add);
        }
        return problems;
    }
}
