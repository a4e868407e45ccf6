package org.parseq.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.write.AtomicFiles;
import org.parseq.io.write.ExportItem;
import org.parseq.io.write.ExportSelection;
import org.parseq.io.write.JsonExport;
import org.parseq.io.write.NexusWriter;
import org.parseq.io.write.NodeTextFiles;
import org.parseq.io.write.PlotScript;
import org.parseq.io.write.XasExchange;
import org.parseq.model.ItemColours;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataSource;
import org.parseq.model.session.Session;
import org.parseq.model.session.SourcePaths;

/**
 * File › Export without the widgets: the chosen items' results, taken from the session in the
 * UI thread ({@link #items}), written in a background job ({@link #write}) with the writers the
 * batch uses (org.parseq.io.write), so that an export from the workbench and one from
 * {@code parseq batch} are the same files. Each file is written under a temporary name and renamed.
 */
public final class SessionExport {

    /** What the workbench exports. */
    public enum Format {
        TEXT("text", "Text tables (a folder per item, a table per node; params.json)"),
        JSON("json", "JSON (a file per item with its arrays and parameters)"),
        NEXUS("nexus", "NeXus HDF5 (results.nxs, with how every array was made)"),
        XDI("xdi", "XDI 1.0 (µ(E) and χ(k) per item)"),
        ATHENA("athena", "Athena project (results.prj, µ(E) of every item)");

        final String id;
        final String label;

        Format(String id, String label) {
            this.id = id;
            this.label = label;
        }
    }

    /**
     * An export to make.
     *
     * @param items     the items, in tree order
     * @param selection the nodes and arrays
     * @param folder    where the files go
     * @param scripts   whether a Python plotting script goes beside each format's files
     */
    public record Request(List<DataItem> items, ExportSelection selection, Set<Format> formats, Path folder,
            boolean scripts) {
        public Request {
            items = List.copyOf(items);
            formats = Set.copyOf(formats);
        }
    }

    static final String NEXUS_FILE = "results.nxs";
    static final String PARAMS_FILE = "params.json";
    private static final com.fasterxml.jackson.databind.ObjectWriter JSON_WRITER =
            new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter();

    private SessionExport() {
    }

    /** The items' results as the writers take them; in the UI thread, where the data tree may be read. */
    public static List<ExportItem> items(Session session, List<DataItem> items) {
        Map<String, ItemSpec> specs = new HashMap<>();
        session.snapshot().forEach(spec -> specs.put(spec.id(), spec));
        List<ExportItem> exported = new ArrayList<>();
        for (DataItem item : items) {
            Map<String, NodeResult> results = new LinkedHashMap<>();
            for (NodeDefinition node : session.pipeline().topologicalNodes()) {
                results.put(node.id(), session.result(item, node.id()));
            }
            DataSource source = item.getSource();
            String location = source == null || source.getLocation() == null ? null
                    : SourcePaths.resolve(source.getLocation(), session.projectDirectory());
            String file = location == null || SourcePaths.isUri(location) ? null
                    : Path.of(location).toAbsolutePath().toString();
            ItemSpec spec = specs.get(item.getId());
            exported.add(new ExportItem(item.getAlias(), file, source == null ? null : source.getContainerPath(),
                    item.getEntryNode(), source == null ? null : source.getFormat(),
                    spec == null ? Map.of() : spec.parameters(), results, ItemColours.colourOf(item)));
        }
        return exported;
    }

    /** The files of the export that exist already, which the user is asked about before they are replaced. */
    public static List<Path> existing(Request request) {
        List<Path> targets = new ArrayList<>();
        for (Format format : request.formats()) {
            switch (format) {
                case TEXT -> request.items().forEach(
                        item -> targets.add(request.folder().resolve(item.getAlias()).resolve(PARAMS_FILE)));
                case JSON -> request.items().forEach(item -> targets.add(JsonExport.file(request.folder(), item.getAlias())));
                case NEXUS -> targets.add(request.folder().resolve(NEXUS_FILE));
                case ATHENA -> targets.add(request.folder().resolve(XasExchange.ATHENA_FILE));
                case XDI -> request.items().forEach(item -> {
                    targets.add(request.folder().resolve(item.getAlias()).resolve(XasExchange.MU_FILE));
                    targets.add(request.folder().resolve(item.getAlias()).resolve(XasExchange.CHI_FILE));
                });
            }
            if (request.scripts()) {
                targets.add(script(request.folder(), format));
            }
        }
        return targets.stream().filter(Files::exists).toList();
    }

    /**
     * Writes the items in every format of the request, replacing files that exist (the user was asked).
     *
     * @param items from {@link #items}, in the order of the request's items
     */
    public static void write(PipelineDefinition pipeline, List<ExportItem> items, Request request) throws IOException {
        Files.createDirectories(request.folder());
        XasExchange exchange = new XasExchange(pipeline, request.selection());
        NexusWriter nexus = new NexusWriter(pipeline, request.selection());
        for (Format format : Format.values()) {
            if (!request.formats().contains(format)) {
                continue;
            }
            PlotScript.Locator locator = switch (format) {
                case TEXT -> {
                    NodeTextFiles text = new NodeTextFiles(pipeline, request.selection());
                    for (ExportItem item : items) {
                        Path folder = request.folder().resolve(item.alias());
                        text.write(folder, item.results());
                        String params = JSON_WRITER.writeValueAsString(item.description(pipeline));
                        AtomicFiles.writeText(folder.resolve(PARAMS_FILE), true, out -> out.write(params));
                    }
                    yield text.locator();
                }
                case JSON -> {
                    JsonExport json = new JsonExport(pipeline, request.selection());
                    for (ExportItem item : items) {
                        json.write(request.folder(), item, item.description(pipeline), true);
                    }
                    yield json.locator();
                }
                case NEXUS -> {
                    nexus.write(request.folder().resolve(NEXUS_FILE), items, true);
                    yield nexus.locator(NEXUS_FILE);
                }
                case XDI -> {
                    exchange.writeXdi(request.folder(), items, true);
                    yield exchange.xdiLocator();
                }
                case ATHENA -> {
                    exchange.writeAthena(request.folder(), items, true);
                    yield exchange.athenaLocator(items);
                }
            };
            if (request.scripts()) {
                PlotScript.write(script(request.folder(), format), "plots/" + format.id, pipeline, items, locator, true);
            }
        }
    }

    static Path script(Path folder, Format format) {
        return folder.resolve("plot_" + format.id + ".py");
    }
}
