package org.parseq.core.pipeline;

import java.util.List;
import java.util.Optional;

/**
 * What a transform sees of one item: the arrays of its from-node, its parameters, and where
 * it writes the arrays of its to-node. A context belongs to one item and one run; it is not
 * shared between threads.
 */
public interface TransformContext {

    /** The item's display name, for messages. */
    String alias();

    /** An array of the from-node; the caller must not modify it. */
    double[] input(String arrayName);

    /** An optional array of the from-node. */
    Optional<double[]> optionalInput(String arrayName);

    /** A 2D array of the from-node, if it has one of that name. */
    Optional<Image2D> inputImage(String name);

    /** A 3D array of the from-node, if it has one of that name. */
    default Optional<Stack3D> inputStack(String name) {
        return Optional.empty();
    }

    /** A scalar of the from-node (a 0D array or a value found by an earlier transform). */
    double inputScalar(String name);

    double real(String parameterName);

    int integer(String parameterName);

    boolean bool(String parameterName);

    String text(String parameterName);

    List<Double> reals(String parameterName);

    /** Writes an array of the to-node; the context takes ownership of the array. */
    void output(String arrayName, double[] values);

    /** Writes a 2D array (role {@link ArrayRole#IMAGE_2D}) of the to-node. */
    void outputImage(String name, Image2D image);

    /** Writes a 3D array (role {@link ArrayRole#STACK_3D}) of the to-node. */
    default void outputStack(String name, Stack3D stack) {
        throw new UnsupportedOperationException("this context cannot hold 3D arrays");
    }

    /**
     * Writes a scalar of the to-node: a 0D array, or a parameter value the transform found by
     * itself (e.g. an edge position found automatically), which users then see and can adopt.
     */
    void outputScalar(String name, double value);

    /**
     * Marks this item failed at the to-node with a message saying what is wrong (the engine
     * adds the transform and the item's name); what the transform wrote for it is dropped. In
     * a transform over all items the other items go on, which a throw would not allow: a throw
     * fails every item of the call. A context that cannot fail one item alone throws.
     */
    default void fail(String message) {
        throw new IllegalArgumentException(alias() + ": " + message);
    }
}
