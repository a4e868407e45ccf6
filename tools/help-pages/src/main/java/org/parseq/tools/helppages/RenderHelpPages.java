package org.parseq.tools.helppages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.core.registry.PipelineProvider;

/**
 * Renders the help pages of one pipeline bundle: every {@code *.md} of the source folder becomes
 * an HTML page of the output folder, with a navigation line and the tables the pipeline
 * definition gives (arrays of a node, parameters of a transform, the graph on the overview);
 * other files (style sheet, images) are copied. The pipeline comes from the bundle's provider
 * class, on the class path the bundle's build gives, so the graph and tables are always those of
 * the code being built.
 *
 * <p>Arguments: {@code SOURCE_FOLDER OUTPUT_FOLDER PROVIDER_CLASS}. A missing page (the overview,
 * a node's or a transform's), a formula it cannot read or a graph placeholder out of place fails
 * the build with a message naming the file.
 */
public final class RenderHelpPages {

    private RenderHelpPages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: RenderHelpPages SOURCE_FOLDER OUTPUT_FOLDER PROVIDER_CLASS");
        }
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        PipelineDefinition pipeline = pipeline(args[2]);
        List<String> written = render(pipeline, source, output);
        System.out.println("[help-pages] " + pipeline.id() + ": " + written.size() + " pages in " + output);
    }

    /** The pipeline of the bundle being built, from its provider (its classes are on the class path). */
    static PipelineDefinition pipeline(String providerClass) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Object provider = Class.forName(providerClass, true, loader).getDeclaredConstructor().newInstance();
            if (!(provider instanceof PipelineProvider pipelineProvider)) {
                throw new IllegalArgumentException(providerClass + " is not a " + PipelineProvider.class.getName());
            }
            return pipelineProvider.createPipeline();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot make the pipeline provider " + providerClass + ": " + e, e);
        }
    }

    /** Renders every page; returns the names of the HTML pages written. */
    static List<String> render(PipelineDefinition pipeline, Path source, Path output) throws IOException {
        if (!Files.isDirectory(source)) {
            throw new IllegalArgumentException("no help source folder " + source);
        }
        PageNames names = new PageNames();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(PageNames.OVERVIEW, "the overview");
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            expected.put(node.id(), "node '" + node.id() + "'");
        }
        for (TransformDefinition transform : pipeline.transforms()) {
            expected.put(names.transformBase(transform.id()), "transform '" + transform.id() + "'");
        }
        List<String> missing = new ArrayList<>();
        expected.forEach((base, what) -> {
            if (!Files.isRegularFile(source.resolve(base + ".md"))) {
                missing.add(what + " has no page " + source.resolve(base + ".md"));
            }
        });
        if (!missing.isEmpty()) {
            throw new IllegalStateException("help pages of pipeline '" + pipeline.id() + "': "
                    + String.join("; ", missing));
        }
        Files.createDirectories(output);
        MarkdownPages markdown = new MarkdownPages();
        PageFrame frame = new PageFrame(pipeline, names);
        List<String> written = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(source)) {
            files = listing.sorted().toList();
        }
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            if (!Files.isRegularFile(file)) {
                continue;
            }
            if (!fileName.endsWith(".md")) {
                Files.copy(file, output.resolve(fileName), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                continue;
            }
            String base = fileName.substring(0, fileName.length() - 3);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String body;
            try {
                body = markdown.html(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
            String html = frame.page(base, body, file);
            Files.writeString(output.resolve(base + ".html"), html, StandardCharsets.UTF_8);
            written.add(base + ".html");
        }
        Path style = output.resolve("style.css");
        if (!Files.exists(style)) {
            // every pipeline's pages look alike unless its bundle brings a style.css of its own
            try (var shared = RenderHelpPages.class.getResourceAsStream("style.css")) {
                Files.copy(shared, style);
            }
        }
        return written;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
