package org.parseq.core.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The computed results of a session, by item and node, kept outside the data model. Besides
 * the current result of each pair it keeps a few earlier ones, so that undoing an edit brings
 * back the earlier results without computing them again.
 */
public final class ResultStore {

    private record Slot(String itemId, String nodeId) {
    }

    private final Map<Slot, NodeResult> current = new ConcurrentHashMap<>();
    private final Map<Slot, Deque<NodeResult>> earlier = new ConcurrentHashMap<>();
    private final int earlierPerSlot;

    /** @param earlierPerSlot how many replaced results to keep per item and node for undo */
    public ResultStore(int earlierPerSlot) {
        if (earlierPerSlot < 0) {
            throw new IllegalArgumentException("earlierPerSlot must be >= 0");
        }
        this.earlierPerSlot = earlierPerSlot;
    }

    public ResultStore() {
        this(4);
    }

    public Optional<NodeResult> result(String itemId, String nodeId) {
        return Optional.ofNullable(current.get(new Slot(itemId, nodeId)));
    }

    /** The current result, or "not on path" where nothing was computed. */
    public NodeResult resultOrEmpty(String itemId, String nodeId) {
        return current.getOrDefault(new Slot(itemId, nodeId), NodeResult.notOnPath());
    }

    /** A current or earlier result computed from exactly this key. */
    Optional<NodeResult> find(String itemId, String nodeId, StageKey key) {
        Slot slot = new Slot(itemId, nodeId);
        NodeResult now = current.get(slot);
        if (now != null && key.equals(now.key())) {
            return Optional.of(now);
        }
        Deque<NodeResult> history = earlier.get(slot);
        if (history == null) {
            return Optional.empty();
        }
        synchronized (history) {
            return history.stream().filter(r -> key.equals(r.key())).findFirst();
        }
    }

    void put(String itemId, String nodeId, NodeResult result) {
        Slot slot = new Slot(itemId, nodeId);
        NodeResult replaced = current.put(slot, result);
        if (replaced == null || replaced.key() == null || earlierPerSlot == 0 || replaced.key().equals(result.key())) {
            return;
        }
        Deque<NodeResult> history = earlier.computeIfAbsent(slot, s -> new ArrayDeque<>());
        synchronized (history) {
            history.removeIf(r -> r.key().equals(replaced.key()));
            history.addFirst(replaced);
            while (history.size() > earlierPerSlot) {
                history.removeLast();
            }
        }
    }

    /** Forgets everything kept for an item, e.g. when it can no longer come back by undo. */
    public void forget(String itemId) {
        current.keySet().removeIf(slot -> slot.itemId().equals(itemId));
        earlier.keySet().removeIf(slot -> slot.itemId().equals(itemId));
    }
}
