package org.parseq.core.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
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

    private record FitSlot(String itemId, String kind) {
    }

    private final Map<Slot, NodeResult> current = new ConcurrentHashMap<>();
    private final Map<FitSlot, FitRecord> currentFits = new ConcurrentHashMap<>();
    private final Map<FitSlot, Deque<FitRecord>> earlierFits = new ConcurrentHashMap<>();
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

    /** The latest outcome of an item's fit of that kind, if it was run. */
    public Optional<FitRecord> fit(String itemId, String kind) {
        return Optional.ofNullable(currentFits.get(new FitSlot(itemId, kind)));
    }

    /** The latest outcomes of an item's fits attached to a node, their curves being arrays of that node. */
    public List<FitRecord> fitsAt(String itemId, String nodeId) {
        return currentFits.entrySet().stream()
                .filter(e -> e.getKey().itemId().equals(itemId) && e.getValue().node().equals(nodeId))
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(FitSlot::kind)))
                .map(Map.Entry::getValue).toList();
    }

    /** A current or earlier fit outcome made from exactly this key. */
    Optional<FitRecord> findFit(String itemId, String kind, FitKey key) {
        FitSlot slot = new FitSlot(itemId, kind);
        FitRecord now = currentFits.get(slot);
        if (now != null && key.equals(now.key())) {
            return Optional.of(now);
        }
        Deque<FitRecord> history = earlierFits.get(slot);
        if (history == null) {
            return Optional.empty();
        }
        synchronized (history) {
            return history.stream().filter(r -> key.equals(r.key())).findFirst();
        }
    }

    void putFit(String itemId, FitRecord record) {
        FitSlot slot = new FitSlot(itemId, record.kind());
        FitRecord replaced = currentFits.put(slot, record);
        if (replaced == null || replaced.key() == null || earlierPerSlot == 0 || replaced.key().equals(record.key())) {
            return;
        }
        Deque<FitRecord> history = earlierFits.computeIfAbsent(slot, s -> new ArrayDeque<>());
        synchronized (history) {
            history.removeIf(r -> r.key().equals(replaced.key()));
            history.addFirst(replaced);
            while (history.size() > earlierPerSlot) {
                history.removeLast();
            }
        }
    }

    /** Drops an item's fit that it no longer has. */
    void removeFit(String itemId, String kind) {
        currentFits.remove(new FitSlot(itemId, kind));
    }

    /** The kinds of the fits kept for an item. */
    List<String> fitKinds(String itemId) {
        return currentFits.keySet().stream().filter(s -> s.itemId().equals(itemId)).map(FitSlot::kind).sorted()
                .toList();
    }

    /** Forgets everything kept for an item, e.g. when it can no longer come back by undo. */
    public void forget(String itemId) {
        current.keySet().removeIf(slot -> slot.itemId().equals(itemId));
        earlier.keySet().removeIf(slot -> slot.itemId().equals(itemId));
        currentFits.keySet().removeIf(slot -> slot.itemId().equals(itemId));
        earlierFits.keySet().removeIf(slot -> slot.itemId().equals(itemId));
    }
}
