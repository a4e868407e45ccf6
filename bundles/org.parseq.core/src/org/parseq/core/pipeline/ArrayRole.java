package org.parseq.core.pipeline;

/** What an array of a node is, which decides how it is plotted and combined. */
public enum ArrayRole {
    /** The abscissa of a 1D node; exactly one per 1D node. */
    X,
    /** A curve plotted on the left y axis. */
    Y,
    /** A curve plotted on the right y axis. */
    Y_RIGHT,
    /** A 1D array that is not plotted. */
    HIDDEN_1D,
    /** An image. */
    IMAGE_2D,
    /** A stack of images. */
    STACK_3D,
    /** A scalar, shown as a column of the data tree. */
    SCALAR_0D;

    public boolean isCurve() {
        return this == Y || this == Y_RIGHT;
    }
}
