package org.parseq.core.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parseq.core.pipeline.FitInput;
import org.parseq.core.pipeline.FitOutcome;
import org.parseq.core.pipeline.TransformDefinition;

/** One item as a fit of a kind sees it at a node: its results, parameters and fit of that kind. */
final class FitView implements FitInput {

    private final FitScheduler scheduler;
    private final ItemSpec item;
    private final String kind;
    private final String nodeId;
    private final NodeResult result;

    FitView(FitScheduler scheduler, ItemSpec item, String kind, String nodeId) {
        this.scheduler = scheduler;
        this.item = item;
        this.kind = kind;
        this.nodeId = nodeId;
        this.result = scheduler.store().resultOrEmpty(item.id(), nodeId);
    }

    @Override
    public String alias() {
        return item.alias();
    }

    @Override
    public String node() {
        return nodeId;
    }

    @Override
    public Map<String, Object> settings() {
        return item.fit(kind).map(FitSpec::settings).orElse(Map.of());
    }

    @Override
    public double[] array(String name) {
        double[] values = result.arrays().get(name);
        if (values == null) {
            throw new IllegalArgumentException("item '" + item.alias() + "' has no array '" + name + "' at node '"
                    + nodeId + "'; present: " + result.arrays().keySet());
        }
        return values;
    }

    @Override
    public Optional<Double> scalar(String name) {
        return result.scalar(name);
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (TransformDefinition transform : scheduler.pipeline().transforms()) {
            all.putAll(scheduler.plan().parameters(transform, item));
        }
        return all;
    }

    @Override
    public FitInput other(String alias) {
        ItemSpec other = scheduler.itemByAlias(alias);
        if (other == null) {
            throw new IllegalArgumentException("no item '" + alias + "' in the run");
        }
        NodeResult otherResult = scheduler.store().resultOrEmpty(other.id(), nodeId);
        if (!otherResult.isGood()) {
            throw new IllegalArgumentException("item '" + alias + "' has no good data at node '" + nodeId + "'"
                    + (otherResult.message().isEmpty() ? "" : " (" + otherResult.message() + ")"));
        }
        return new FitView(scheduler, other, kind, nodeId);
    }

    @Override
    public int position() {
        List<ItemSpec> items = scheduler.plan().items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(item.id())) {
                return i;
            }
        }
        return items.size();
    }

    @Override
    public Optional<FitOutcome> fitted() {
        return scheduler.store().fit(item.id(), kind)
                .filter(r -> r.key() != null && r.key().equals(scheduler.key(item.id(), kind)))
                .flatMap(FitRecord::optionalOutcome);
    }
}
