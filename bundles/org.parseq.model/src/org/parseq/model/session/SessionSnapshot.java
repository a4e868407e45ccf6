package org.parseq.model.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parseq.core.engine.CombinationSpec;
import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSourceResolver;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.StandardCombiner;
import org.parseq.model.DataTree;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataRoot;
import org.parseq.model.data.DataSource;
import org.parseq.model.data.ParameterValue;

/**
 * Turns the data tree into what the engine computes from: one {@link ItemSpec} per item, in
 * tree order. Reading it is cheap, so the engine can be given a fresh snapshot after every edit.
 */
final class SessionSnapshot {

    private SessionSnapshot() {
    }

    /**
     * @param baseDirectory where relative source paths are resolved from (the project's folder), or null
     */
    static List<ItemSpec> of(DataRoot root, ItemSourceResolver resolver, Path baseDirectory) {
        List<DataItem> items = DataTree.items(root);
        Set<DataItem> inTree = Set.copyOf(items);
        List<ItemSpec> specs = new ArrayList<>(items.size());
        for (DataItem item : items) {
            Map<String, Object> parameters = new HashMap<>();
            for (ParameterValue parameter : item.getParameters()) {
                parameters.put(parameter.getName(), parameter.getValue());
            }
            if (item.getCombination() != null) {
                List<String> parents = item.getCombination().getParents().stream().filter(inTree::contains)
                        .map(DataItem::getId).collect(Collectors.toList());
                if (parents.size() < 2) {
                    continue;
                }
                specs.add(new ItemSpec(item.getId(), item.getAlias(), item.getEntryNode(), item.getStopNode(), null,
                        new CombinationSpec(StandardCombiner.byId(item.getCombination().getKind()),
                                item.getCombination().getNode(), parents),
                        parameters));
            } else {
                specs.add(new ItemSpec(item.getId(), item.getAlias(), item.getEntryNode(), item.getStopNode(),
                        source(item, resolver, baseDirectory), null, parameters));
            }
        }
        return specs;
    }

    private static ItemSource source(DataItem item, ItemSourceResolver resolver, Path baseDirectory) {
        DataSource source = item.getSource();
        if (source == null || source.getLocation() == null) {
            return new UnresolvableSource("item " + item.getAlias() + " has no data source");
        }
        String location = SourcePaths.resolve(source.getLocation(), baseDirectory);
        try {
            return resolver.resolve(location, source.getContainerPath(), source.getFormat());
        } catch (IllegalArgumentException e) {
            return new UnresolvableSource(e.getMessage());
        }
    }

    /** A source that fails when read, so that the item shows why instead of vanishing. */
    private record UnresolvableSource(String reason) implements ItemSource {
        @Override
        public Object identity() {
            return this;
        }

        @Override
        public Map<String, double[]> load() {
            throw new IllegalArgumentException(reason);
        }
    }
}
