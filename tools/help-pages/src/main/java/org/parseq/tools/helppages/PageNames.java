package org.parseq.tools.helppages;

/**
 * The file names of the help pages: {@code NODE_ID.html} for a node (what the Help part opens
 * for a node view), {@code transform-ID.html} for a transform, {@code overview.html}.
 */
final class PageNames {

    static final String OVERVIEW = "overview";

    String nodePage(String nodeId) {
        return nodeId + ".html";
    }

    String transformPage(String transformId) {
        return transformBase(transformId) + ".html";
    }

    String transformBase(String transformId) {
        return "transform-" + transformId;
    }
}
