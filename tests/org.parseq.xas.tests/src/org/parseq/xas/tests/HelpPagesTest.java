package org.parseq.xas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.testsupport.HelpPageCheck;
import org.parseq.xas.pipeline.XasPipelineProvider;

/**
 * The XAS pipeline's help pages as the build renders them from help-src/: an overview with the
 * graph, a page per node and per transform, every parameter explained, every link and anchor
 * found, and the formulas as MathML.
 */
class HelpPagesTest {

    private final Bundle bundle = FrameworkUtil.getBundle(XasPipelineProvider.class);
    private final PipelineDefinition pipeline = new XasPipelineProvider().createPipeline();

    @Test
    void everyNodeAndTransformHasAPageAndEveryLinkResolvesInTheBundle() throws Exception {
        String folder = HelpPageCheck.folder(bundle::getEntry, XasPipelineProvider.PIPELINE_ID);
        assertEquals(List.of(), HelpPageCheck.problems(pipeline, folder, bundle::getEntry));
    }

    @Test
    void transformsWithParametersShowTheirFormulasAsMathMl() throws IOException {
        for (TransformDefinition transform : pipeline.transforms()) {
            String page = read("help/" + HelpPageCheck.transformPage(transform.id()));
            assertTrue(page.contains("<math"), transform.id() + " has no formula");
            assertTrue(!page.contains("$"), transform.id() + " has a formula left as TeX");
        }
        String overview = read("help/overview.html");
        for (var node : pipeline.nodes()) {
            assertTrue(overview.contains("<a href=\"" + node.id() + ".html\"><rect"),
                    "the graph has no box for node " + node.id());
        }
    }

    private String read(String path) throws IOException {
        try (InputStream in = bundle.getEntry(path).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
