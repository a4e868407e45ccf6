package org.parseq.ui.overlays;

/**
 * A shape a pipeline UI draws over a node's image and lets the user drag, declared in
 * {@code org.parseq.ui.overlays} and tied to the transform parameters it shows: dragging it is
 * editing them. No SWT here.
 */
public sealed interface OverlaySpec {

    String label();

    /** A span between two parameter values along one axis of the image, e.g. a band of detector columns. */
    record Span(String label, ImageDirection direction, String fromParameter, String toParameter)
            implements OverlaySpec {
    }

    /**
     * A band about a straight centre line through two points (each a real-list parameter of two
     * values: column axis value, row axis value), of a full width along the row axis given by a
     * third parameter; e.g. the (pixel, θ) band of an emission line on a detector scan.
     */
    record LineBand(String label, String beginParameter, String endParameter, String widthParameter)
            implements OverlaySpec {
    }

    /** Along which axis of an image a span lies. */
    enum ImageDirection {
        COLUMNS, ROWS
    }
}
