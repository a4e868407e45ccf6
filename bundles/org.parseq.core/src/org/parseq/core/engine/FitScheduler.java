package org.parseq.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parseq.core.pipeline.FitKind;
import org.parseq.core.pipeline.FitOutcome;
import org.parseq.core.pipeline.PipelineDefinition;

/**
 * Plans and computes the fits of a run, after the nodes: every fit gets a key (its node's
 * result key, its settings, the keys of what it reads of other items), and runs again only
 * when that key changed. Fits that join other items' fits (an EXAFS tie to another item's
 * parameter) run in a later wave than those, starting from their fitted values, as the
 * original's item-by-item fitting does; fits that refer to each other run in the same wave.
 * Within a wave every fit reads only finished results, so serial and parallel runs agree.
 * As in the original, every item taking part in a joint fit ends up holding the joint result:
 * after the waves, an item joined by a later fit gets that fit's part for it, under a key made
 * of its own fit's key and the joint fit's key, so it is stale exactly when either is.
 */
final class FitScheduler {

    /** One fit of one item as planned for this run. */
    record Planned(ItemSpec item, FitSpec spec, FitKey key, int wave) {
    }

    private final PipelineDefinition pipeline;
    private final RunPlan plan;
    private final ResultStore store;
    private final Map<String, ItemSpec> byAlias = new HashMap<>();
    private final Map<String, Planned> planned = new LinkedHashMap<>();
    private final Set<String> visiting = new HashSet<>();
    /** Fit slot of a joined item → the last fit that joins it; that fit's result is what the item holds. */
    private final Map<String, Planned> takenBy = new LinkedHashMap<>();

    FitScheduler(PipelineDefinition pipeline, RunPlan plan, ResultStore store) {
        this.pipeline = pipeline;
        this.plan = plan;
        this.store = store;
        for (ItemSpec item : plan.items()) {
            byAlias.putIfAbsent(item.alias(), item);
        }
        for (ItemSpec item : plan.items()) {
            for (FitSpec spec : item.fits()) {
                planFit(item, spec);
            }
        }
        planJointResults();
    }

    /**
     * Which joint fit each joined item takes its result from: the last one in fitting order
     * (waves, then run order) that joins it and comes after the item's own fit, following the
     * ties of the joined items as the fits do.
     */
    private void planJointResults() {
        List<Planned> order = new ArrayList<>();
        waves().forEach(order::addAll);
        for (int at = 0; at < order.size(); at++) {
            Planned p = order.get(at);
            FitKind kind = pipeline.fitKind(p.spec().kind()).orElse(null);
            if (kind == null) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            List<String> pending = new ArrayList<>(references(() -> kind.fitReferences(p.spec().settings())));
            while (!pending.isEmpty()) {
                String alias = pending.remove(0);
                ItemSpec other = byAlias.get(alias);
                if (alias.equals(p.item().alias()) || !seen.add(alias) || other == null) {
                    continue;
                }
                Planned joined = planned.get(slot(other.id(), p.spec().kind()));
                if (joined == null) {
                    continue;
                }
                pending.addAll(references(() -> kind.fitReferences(joined.spec().settings())));
                if (order.indexOf(joined) < at) {
                    takenBy.put(slot(other.id(), p.spec().kind()), p);
                }
            }
        }
    }

    /** The key of what an item finally holds: its own fit's, or, when a joint fit takes it over, both. */
    private FitKey heldKey(Planned p) {
        Planned by = takenBy.get(slot(p.item().id(), p.spec().kind()));
        if (by == null) {
            return p.key();
        }
        Map<String, Object> joined = new LinkedHashMap<>(p.key().joined());
        joined.put("\u0000joint fit of " + by.item().alias(), by.key());
        return new FitKey(p.key().node(), p.key().kind(), p.key().settings(), p.key().dataReferences(), joined);
    }

    private boolean isCurrent(ItemSpec item, String kind, FitKey key) {
        return store.fit(item.id(), kind).map(r -> key.equals(r.key())).orElse(false);
    }

    /**
     * Gives each item joined by a later fit that fit's part for it (its values and errors, the
     * shared R and correlations, its curves); where the joint fit has no part for it (it failed),
     * the item keeps its own outcome under the held key.
     */
    void applyJointResults() {
        Map<String, FitRecord> held = new LinkedHashMap<>();
        for (Planned p : planned.values()) {
            Planned by = takenBy.get(slot(p.item().id(), p.spec().kind()));
            FitKey key = heldKey(p);
            if (by == null || isCurrent(p.item(), p.spec().kind(), key)) {
                continue;
            }
            FitRecord joint = store.fit(by.item().id(), by.spec().kind()).filter(r -> by.key().equals(r.key()))
                    .orElse(null);
            FitOutcome part = joint == null || !joint.hasOutcome() ? null
                    : joint.outcome().joined().get(p.item().alias());
            if (part != null) {
                held.put(p.item().id(), new FitRecord(key, p.spec().kind(), p.spec().node(), joint.status(),
                        joint.message(), part));
            } else {
                store.fit(p.item().id(), p.spec().kind()).filter(r -> p.key().equals(r.key()))
                        .ifPresent(own -> held.put(p.item().id(), new FitRecord(key, own.kind(), own.node(),
                                own.status(), own.message(), own.outcome())));
            }
        }
        held.forEach(store::putFit);
    }

    PipelineDefinition pipeline() {
        return pipeline;
    }

    RunPlan plan() {
        return plan;
    }

    ResultStore store() {
        return store;
    }

    /** The first item of the run with that alias, or null. */
    ItemSpec itemByAlias(String alias) {
        return byAlias.get(alias);
    }

    FitKey key(String itemId, String kind) {
        Planned p = planned.get(slot(itemId, kind));
        return p == null ? null : p.key();
    }

    /** The fits of the run by wave, items in run order within a wave. */
    List<List<Planned>> waves() {
        List<List<Planned>> waves = new ArrayList<>();
        for (Planned p : planned.values()) {
            while (waves.size() <= p.wave()) {
                waves.add(new ArrayList<>());
            }
            waves.get(p.wave()).add(p);
        }
        return waves;
    }

    /** Fits whose kept outcome was made from another key. */
    int countStale() {
        int stale = 0;
        for (Planned p : planned.values()) {
            if (!isCurrent(p.item(), p.spec().kind(), heldKey(p))) {
                stale++;
            }
        }
        return stale;
    }

    /** Forgets the outcomes of fits the items no longer have. */
    void dropRemovedFits() {
        for (ItemSpec item : plan.items()) {
            for (String kind : store.fitKinds(item.id())) {
                if (item.fit(kind).isEmpty()) {
                    store.removeFit(item.id(), kind);
                }
            }
        }
    }

    /** What a fit's kept outcomes are for its key. */
    enum Kept {
        /** nothing of this key: the fit runs */
        NONE,
        /** the current outcome is this key's */
        CURRENT,
        /** an earlier outcome of this key was taken back (e.g. after an undo) */
        RESTORED
    }

    Kept restore(Planned p) {
        Planned by = takenBy.get(slot(p.item().id(), p.spec().kind()));
        if (by != null && isCurrent(p.item(), p.spec().kind(), heldKey(p))
                && isCurrent(by.item(), by.spec().kind(), by.key())) {
            // holds the joint result of a fit that need not run again
            return Kept.CURRENT;
        }
        var kept = store.findFit(p.item().id(), p.spec().kind(), p.key());
        if (kept.isEmpty()) {
            return Kept.NONE;
        }
        if (store.fit(p.item().id(), p.spec().kind()).map(r -> r.key().equals(p.key())).orElse(false)) {
            return Kept.CURRENT;
        }
        store.putFit(p.item().id(), kept.get());
        return Kept.RESTORED;
    }

    /** Runs one fit; every failure becomes a failed record naming the item. */
    FitRecord compute(Planned p) {
        ItemSpec item = p.item();
        FitSpec spec = p.spec();
        String what = "fit '" + spec.kind() + "' of " + item.alias();
        FitKind kind = pipeline.fitKind(spec.kind()).orElse(null);
        if (kind == null) {
            return failed(p, what + ": pipeline '" + pipeline.id() + "' has no such fit; it has "
                    + pipeline.fitKinds().stream().map(FitKind::id).toList());
        }
        if (pipeline.node(spec.node()).isEmpty()) {
            return failed(p, what + ": pipeline '" + pipeline.id() + "' has no node '" + spec.node() + "'");
        }
        if (plan.key(item.id(), spec.node()) == null) {
            return new FitRecord(p.key(), spec.kind(), spec.node(), FitStatus.NOT_ON_PATH,
                    what + ": node '" + spec.node() + "' is not on the item's path", null);
        }
        NodeResult data = store.resultOrEmpty(item.id(), spec.node());
        if (!data.isGood()) {
            return failed(p, what + ": not fitted, no good data at node '" + spec.node() + "'"
                    + (data.message().isEmpty() ? "" : " (" + data.message() + ")"));
        }
        FitOutcome outcome;
        try {
            outcome = kind.fit(new FitView(this, item, spec.kind(), spec.node()));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return failed(p, what + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        boolean converged = outcome.result().converged();
        return new FitRecord(p.key(), spec.kind(), spec.node(), converged ? FitStatus.FITTED : FitStatus.NOT_CONVERGED,
                outcome.result().message(), outcome);
    }

    private static FitRecord failed(Planned p, String message) {
        return new FitRecord(p.key(), p.spec().kind(), p.spec().node(), FitStatus.FAILED, message, null);
    }

    private Planned planFit(ItemSpec item, FitSpec spec) {
        String slot = slot(item.id(), spec.kind());
        Planned done = planned.get(slot);
        if (done != null) {
            return done;
        }
        visiting.add(slot);
        FitKind kind = pipeline.fitKind(spec.kind()).orElse(null);
        Map<String, StageKey> data = new LinkedHashMap<>();
        Map<String, Object> joined = new LinkedHashMap<>();
        int wave = 0;
        if (kind != null) {
            for (String alias : references(() -> kind.dataReferences(spec.settings()))) {
                ItemSpec other = byAlias.get(alias);
                data.put(alias, other == null ? null : plan.key(other.id(), spec.node()));
            }
            for (String alias : references(() -> kind.fitReferences(spec.settings()))) {
                ItemSpec other = byAlias.get(alias);
                FitSpec otherFit = other == null ? null : other.fit(spec.kind()).orElse(null);
                if (otherFit == null) {
                    joined.put(alias, other == null ? null : plan.key(other.id(), spec.node()));
                } else if (visiting.contains(slot(other.id(), spec.kind()))) {
                    // fits referring to each other: each starts from the other's settings
                    joined.put(alias, List.of(String.valueOf(plan.key(other.id(), spec.node())),
                            otherFit.settings()));
                } else {
                    Planned before = planFit(other, otherFit);
                    joined.put(alias, before.key());
                    wave = Math.max(wave, before.wave() + 1);
                }
            }
        }
        visiting.remove(slot);
        FitKey key = new FitKey(plan.key(item.id(), spec.node()), spec.kind(), spec.settings(), data, joined);
        Planned p = new Planned(item, spec, key, wave);
        planned.put(slot, p);
        return p;
    }

    private interface Names {
        List<String> get();
    }

    /** The items a fit names; settings it cannot read name none here, the fit itself says what is wrong. */
    private static List<String> references(Names names) {
        try {
            return names.get();
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }

    private static String slot(String itemId, String kind) {
        return itemId + "\u0000" + kind;
    }
}
