package org.parseq.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.parseq.core.pipeline.ExecutionMode;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;

/**
 * Brings a session's results up to date: node by node in dependency order, it computes
 * exactly the (item, node) pairs whose key changed since they were last computed, items in
 * parallel on a bounded pool. A transform that needs all items is a barrier. Each item's
 * computation reads only its own inputs, so serial and parallel runs give identical results.
 */
public final class PipelineRunner implements AutoCloseable {

    private final PipelineDefinition pipeline;
    private final ResultStore store;
    private final int threads;
    private final ExecutorService pool;

    /**
     * @param threads how many items compute at once; 1 runs everything in the calling thread
     */
    public PipelineRunner(PipelineDefinition pipeline, ResultStore store, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.pipeline = pipeline;
        this.store = store;
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "parseq-pipeline-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public PipelineDefinition pipeline() {
        return pipeline;
    }

    public ResultStore store() {
        return store;
    }

    public int threads() {
        return threads;
    }

    /**
     * Updates the results of these items. Failures of single items are in the report and in
     * their results; only an invalid session (unknown node, duplicate id) throws.
     *
     * @throws IllegalArgumentException if the items do not fit the pipeline
     */
    public synchronized RunReport run(List<ItemSpec> items, ProgressMonitor monitor) {
        RunPlan plan = new RunPlan(pipeline, items);
        StageComputer computer = new StageComputer(pipeline, plan, store);
        Progress progress = new Progress(monitor);
        FitScheduler fits = new FitScheduler(pipeline, plan, store);
        int stale = countStale(plan) + fits.countStale();
        monitor.begin(stale);
        try {
            for (NodeDefinition node : pipeline.topologicalNodes()) {
                if (monitor.isCanceled()) {
                    progress.canceled.set(true);
                    break;
                }
                monitor.node(node.name());
                runNode(plan, computer, node.id(), progress);
            }
            if (!progress.canceled.get()) {
                runFits(fits, progress);
            }
        } finally {
            monitor.done();
        }
        return new RunReport(new ArrayList<>(progress.computed), progress.restored.get(),
                new ArrayList<>(progress.failures), progress.canceled.get());
    }

    private int countStale(RunPlan plan) {
        int stale = 0;
        for (ItemSpec item : plan.items()) {
            for (NodeDefinition node : pipeline.nodes()) {
                StageKey key = plan.key(item.id(), node.id());
                if (key != null && store.result(item.id(), node.id()).map(r -> !key.equals(r.key())).orElse(true)) {
                    stale++;
                }
            }
        }
        return stale;
    }

    private void runNode(RunPlan plan, StageComputer computer, String nodeId, Progress progress) {
        List<Callable<Void>> tasks = new ArrayList<>();
        Map<TransformDefinition, List<ItemSpec>> together = new LinkedHashMap<>();
        List<ItemSpec> combinations = new ArrayList<>();
        for (ItemSpec item : plan.items()) {
            StageKey key = plan.key(item.id(), nodeId);
            if (key == null) {
                markNotOnPath(item.id(), nodeId);
                continue;
            }
            if (isUpToDate(item.id(), nodeId, key, progress)) {
                continue;
            }
            ItemRoute route = plan.route(item.id());
            if (item.combination() != null && route.isEntry(nodeId)) {
                combinations.add(item);
            } else if (route.isEntry(nodeId)) {
                tasks.add(task(progress, item, nodeId, "read", () -> computer.load(item, nodeId, key)));
            } else {
                TransformDefinition transform = route.incoming(nodeId).orElseThrow();
                if (transform.mode() == ExecutionMode.ALL_ITEMS) {
                    together.computeIfAbsent(transform, t -> new ArrayList<>()).add(item);
                } else {
                    tasks.add(task(progress, item, nodeId, transform.id(),
                            () -> computer.transform(item, transform, key)));
                }
            }
        }
        execute(tasks);
        together.forEach((transform, stale) -> runTogether(plan, computer, transform, nodeId, progress));
        for (ItemSpec combination : combinations) {
            execute(List.of(task(progress, combination, nodeId, "combine",
                    () -> computer.combine(combination, plan.key(combination.id(), nodeId)))));
        }
    }

    /** Fits after all nodes, wave by wave; within a wave items fit in parallel. */
    private void runFits(FitScheduler fits, Progress progress) {
        fits.dropRemovedFits();
        for (List<FitScheduler.Planned> wave : fits.waves()) {
            if (progress.monitor.isCanceled()) {
                progress.canceled.set(true);
                return;
            }
            List<Callable<Void>> tasks = new ArrayList<>();
            for (FitScheduler.Planned planned : wave) {
                FitScheduler.Kept kept = fits.restore(planned);
                if (kept == FitScheduler.Kept.RESTORED) {
                    progress.restored.incrementAndGet();
                    progress.monitor.worked(1);
                }
                if (kept != FitScheduler.Kept.NONE) {
                    continue;
                }
                tasks.add(() -> {
                    if (progress.monitor.isCanceled()) {
                        progress.canceled.set(true);
                        return null;
                    }
                    FitRecord outcome = fits.compute(planned);
                    store.putFit(planned.item().id(), outcome);
                    progress.computed.add(new RunReport.Stage(planned.item().id(), planned.spec().node(),
                            "fit " + planned.spec().kind()));
                    if (outcome.status() == FitStatus.FAILED || outcome.status() == FitStatus.NOT_CONVERGED) {
                        progress.failures.add(new RunReport.Failure(planned.item().id(), planned.item().alias(),
                                planned.spec().node(), outcome.message()));
                    }
                    progress.monitor.worked(1);
                    return null;
                });
            }
            execute(tasks);
        }
        fits.applyJointResults();
    }

    /** An all-items transform reruns for every participant as soon as one of them changed. */
    private void runTogether(RunPlan plan, StageComputer computer, TransformDefinition transform, String nodeId,
            Progress progress) {
        if (progress.monitor.isCanceled()) {
            progress.canceled.set(true);
            return;
        }
        List<ItemSpec> participants = plan.items().stream()
                .filter(i -> plan.key(i.id(), nodeId) != null && !plan.route(i.id()).isEntry(nodeId)
                        && plan.route(i.id()).incoming(nodeId).map(t -> t.equals(transform)).orElse(false))
                .toList();
        List<StageKey> keys = participants.stream().map(p -> plan.key(p.id(), nodeId)).toList();
        List<NodeResult> results = computer.transformTogether(participants, transform, keys);
        for (int i = 0; i < participants.size(); i++) {
            record(progress, participants.get(i), nodeId, transform.id(), results.get(i));
        }
    }

    private boolean isUpToDate(String itemId, String nodeId, StageKey key, Progress progress) {
        NodeResult current = store.result(itemId, nodeId).orElse(null);
        if (current != null && key.equals(current.key())) {
            return true;
        }
        var earlier = store.find(itemId, nodeId, key);
        if (earlier.isPresent()) {
            store.put(itemId, nodeId, earlier.get());
            progress.restored.incrementAndGet();
            progress.monitor.worked(1);
            return true;
        }
        return false;
    }

    private void markNotOnPath(String itemId, String nodeId) {
        NodeResult current = store.result(itemId, nodeId).orElse(null);
        if (current != null && current.status() != NodeStatus.NOT_ON_PATH) {
            store.put(itemId, nodeId, NodeResult.notOnPath());
        }
    }

    private interface StageWork {
        NodeResult compute();
    }

    private Callable<Void> task(Progress progress, ItemSpec item, String nodeId, String madeBy, StageWork work) {
        return () -> {
            if (progress.monitor.isCanceled()) {
                progress.canceled.set(true);
                return null;
            }
            record(progress, item, nodeId, madeBy, work.compute());
            return null;
        };
    }

    private void record(Progress progress, ItemSpec item, String nodeId, String madeBy, NodeResult result) {
        store.put(item.id(), nodeId, result);
        progress.computed.add(new RunReport.Stage(item.id(), nodeId, madeBy));
        if (!result.isGood()) {
            progress.failures.add(new RunReport.Failure(item.id(), item.alias(), nodeId, result.message()));
        }
        progress.monitor.worked(1);
    }

    private void execute(List<Callable<Void>> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        if (pool == null || tasks.size() == 1) {
            for (Callable<Void> task : tasks) {
                callUnchecked(task);
            }
            return;
        }
        List<Future<Void>> futures = new ArrayList<>(tasks.size());
        for (Callable<Void> task : tasks) {
            futures.add(pool.submit(task));
        }
        for (Future<Void> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(f -> f.cancel(true));
                throw new IllegalStateException("interrupted while computing", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a stage escaped its error handling", e.getCause());
            }
        }
    }

    private static void callUnchecked(Callable<Void> task) {
        try {
            task.call();
        } catch (Exception e) {
            throw new IllegalStateException("a stage escaped its error handling", e);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static final class Progress {
        final ProgressMonitor monitor;
        final ConcurrentLinkedQueue<RunReport.Stage> computed = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<RunReport.Failure> failures = new ConcurrentLinkedQueue<>();
        final AtomicInteger restored = new AtomicInteger();
        final AtomicBoolean canceled = new AtomicBoolean();

        Progress(ProgressMonitor monitor) {
            this.monitor = monitor;
        }
    }
}
