package org.parseq.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.CombinationCheck;
import org.parseq.model.DataCommands;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.Session;

/**
 * Files run with {@code --combine}: all items go into one session (combinations need every
 * parent at once, so the batch is not cut into chunks), run up to date, each request combines
 * all input items at its node, and the session runs again, computing the combined items and
 * the nodes after them. A request whose input is unfit (an item without good data at the node,
 * fewer items than components, different lengths without interpolation, an x range without a
 * point, NaN) is reported on stderr and not made; the others are.
 */
final class CombineBatch {

    /** The pipeline's outcomes of every item, the combined ones after the inputs, and the requests not made. */
    record Outcomes(List<ItemOutcome> items, List<String> refused) {
    }

    private final PipelineDefinition pipeline;
    private final int threads;
    private final PrintWriter err;

    CombineBatch(PipelineDefinition pipeline, int threads, PrintWriter err) {
        this.pipeline = pipeline;
        this.threads = threads;
        this.err = err;
    }

    Outcomes run(List<BatchInput> inputs, String entryNode, String formatText, ParameterFile parameters,
            List<CombineRequest> requests) throws UsageException {
        try (Session session = new Session(pipeline, new FileSourceResolver(pipeline), threads)) {
            List<DataItem> items = new ArrayList<>();
            for (BatchInput input : inputs) {
                String location = input.file() == null ? input.argument() : input.file().toAbsolutePath().toString();
                items.add(session.load(input.alias(), entryNode, location, input.entry(), formatText));
            }
            parameters.values().forEach((name, value) -> session.execute(
                    DataCommands.setParameter(session.domain(), items, name, value)));
            List<CombineRequest.Resolved> resolved = new ArrayList<>();
            for (CombineRequest request : requests) {
                resolved.add(request.resolve(items));
            }
            session.run();
            List<String> refused = new ArrayList<>();
            for (int r = 0; r < requests.size(); r++) {
                CombineRequest request = requests.get(r);
                Optional<String> problem = problem(session, request, resolved.get(r));
                if (problem.isPresent()) {
                    refused.add("parseq batch: --combine " + request.spec() + ": not made: " + problem.get());
                    continue;
                }
                try {
                    session.combine(request.kind().id(), request.node().id(), resolved.get(r).items(),
                            resolved.get(r).settings());
                } catch (IllegalArgumentException e) {
                    refused.add("parseq batch: --combine " + request.spec() + ": not made: " + e.getMessage());
                }
            }
            refused.forEach(err::println);
            List<ItemOutcome> outcomes = ProjectBatch.run(session, Map.of(), new HashMap<>());
            return new Outcomes(outcomes, refused);
        }
    }

    private static Optional<String> problem(Session session, CombineRequest request,
            CombineRequest.Resolved resolved) {
        List<DataItem> parents = new ArrayList<>(resolved.settings().basis());
        parents.addAll(resolved.items());
        List<NodeResult> results = new ArrayList<>();
        for (DataItem parent : parents) {
            results.add(session.result(parent, request.node().id()));
        }
        return CombinationCheck.problem(request.node(), request.kind(), resolved.settings(), resolved.interpolate(),
                parents.stream().map(DataItem::getAlias).toList(), results, resolved.basisSize());
    }
}
