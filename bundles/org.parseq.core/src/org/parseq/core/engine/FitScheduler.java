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
            if (store.fit(p.item().id(), p.spec().kind()).map(r -> !p.key().equals(r.key())).orElse(true)) {
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
