package org.parseq.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks a pipeline's help pages as the Help part will show them: the folder its plugin.xml
 * contributes through org.parseq.ui.helpPages (read from the XML, since the ui bundle that
 * declares the extension point is not in this test's runtime), an overview with the pipeline
 * graph, one page per node and one per transform, relative links and anchors that lead somewhere
 * in the folder, and every parameter of a transform explained in the written text of its page. The pages are reached through a function from a bundle path
 * to its URL (Bundle::getEntry), null for a missing entry. Shared by the pipelines' test fragments.
 */
public final class HelpPageCheck {

    private static final Pattern REFERENCE = Pattern.compile("(?:href|src)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern ANCHOR = Pattern.compile("\\bid\\s*=\\s*\"([^\"]*)\"");

    private HelpPageCheck() {
    }

    /** The folder of the pipeline's help pages in the bundle's plugin.xml; fails when there is not exactly one. */
    public static String folder(Function<String, URL> entry, String pipelineId) throws Exception {
        URL pluginXml = entry.apply("plugin.xml");
        if (pluginXml == null) {
            throw new AssertionError("the bundle has no plugin.xml");
        }
        List<String> folders = new ArrayList<>();
        try (InputStream in = pluginXml.openStream()) {
            NodeList extensions = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("extension");
            for (int i = 0; i < extensions.getLength(); i++) {
                Element extension = (Element) extensions.item(i);
                if ("org.parseq.ui.helpPages".equals(extension.getAttribute("point"))) {
                    NodeList pages = extension.getElementsByTagName("pages");
                    for (int k = 0; k < pages.getLength(); k++) {
                        Element page = (Element) pages.item(k);
                        if (pipelineId.equals(page.getAttribute("pipeline"))) {
                            folders.add(page.getAttribute("folder"));
                        }
                    }
                }
            }
        }
        if (folders.size() != 1) {
            throw new AssertionError("plugin.xml should contribute one help folder for '" + pipelineId + "', not "
                    + folders);
        }
        return folders.get(0);
    }

    /** Everything wrong with the pages, one line each; empty when all is well. */
    public static List<String> problems(PipelineDefinition pipeline, String folder, Function<String, URL> entry)
            throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> toCheck = new LinkedHashSet<>();
        String overview = "overview.html";
        if (entry.apply(folder + "/" + overview) == null) {
            problems.add("there is no overview page " + folder + "/" + overview);
        } else {
            toCheck.add(overview);
            if (!read(entry.apply(folder + "/" + overview)).contains("<svg")) {
                problems.add(overview + " has no drawing of the pipeline graph");
            }
        }
        for (NodeDefinition node : pipeline.nodes()) {
            String page = node.id() + ".html";
            if (entry.apply(folder + "/" + page) == null) {
                problems.add("node '" + node.id() + "' has no page " + folder + "/" + page);
                continue;
            }
            toCheck.add(page);
        }
        for (TransformDefinition transform : pipeline.transforms()) {
            String page = transformPage(transform.id());
            if (entry.apply(folder + "/" + page) == null) {
                problems.add("transform '" + transform.id() + "' has no page " + folder + "/" + page);
                continue;
            }
            toCheck.add(page);
            String text = explanation(read(entry.apply(folder + "/" + page)));
            for (ParameterDescriptor parameter : transform.parameters()) {
                if (!text.contains("<code>" + parameter.name() + "</code>")) {
                    problems.add(page + " does not explain parameter " + parameter.name() + " of " + transform.id());
                }
            }
        }
        Set<String> checked = new LinkedHashSet<>();
        while (!toCheck.isEmpty()) {
            String page = toCheck.iterator().next();
            toCheck.remove(page);
            if (!checked.add(page)) {
                continue;
            }
            String text = read(entry.apply(folder + "/" + page));
            Matcher reference = REFERENCE.matcher(text);
            while (reference.find()) {
                String target = reference.group(1);
                if (target.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue; // an absolute URL (http:, mailto:) leaves the folder on purpose
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
                String linked = file.isEmpty() ? page : file;
                if (linked.startsWith("/") || linked.contains("..")) {
                    problems.add(page + " links outside its folder: " + target);
                    continue;
                }
                URL url = entry.apply(folder + "/" + linked);
                if (url == null) {
                    problems.add(page + " links to " + target + ", which is not in " + folder);
                    continue;
                }
                if (linked.endsWith(".html")) {
                    toCheck.add(linked);
                    if (!anchor.isEmpty() && !anchors(read(url)).contains(anchor)) {
                        problems.add(page + " links to " + target + ", but " + linked + " has no id '" + anchor + "'");
                    }
                }
            }
        }
        return problems;
    }

    /** The page of a transform, as tools/help-pages names it. */
    public static String transformPage(String transformId) {
        return "transform-" + transformId + ".html";
    }

    /**
     * The written part of a page: without the table the build appends from the definition, which
     * names every parameter whether or not the text explains it.
     */
    private static String explanation(String html) {
        int generated = html.indexOf("<h3 id=\"definition\">");
        return generated < 0 ? html : html.substring(0, generated);
    }

    private static Set<String> anchors(String html) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher id = ANCHOR.matcher(html);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
