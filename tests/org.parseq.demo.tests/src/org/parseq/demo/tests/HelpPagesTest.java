package org.parseq.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.parseq.testsupport.HelpPageCheck;
import org.parseq.demo.DemoPipelineProvider;

/** The demo pipeline's written help pages: one per node, every parameter explained, every link and anchor found. */
class HelpPagesTest {

    @Test
    void everyNodeHasAPageAndEveryLinkResolvesInTheBundle() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(DemoPipelineProvider.class);
        String folder = HelpPageCheck.folder(bundle::getEntry, DemoPipelineProvider.PIPELINE_ID);
        List<String> problems = HelpPageCheck.problems(new DemoPipelineProvider().createPipeline(), folder,
                bundle::getEntry);
        assertEquals(List.of(), problems);
    }
}
