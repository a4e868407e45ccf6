package org.parseq.core.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parseq.core.pipeline.Image2D;
import org.parseq.core.pipeline.Stack3D;
import org.parseq.core.pipeline.TransformContext;

/** One item's view during one transform: inputs from the upstream result, outputs for the next. */
final class ItemComputation implements TransformContext {

    private final String alias;
    private final Map<String, double[]> inputs;
    private final Map<String, Double> inputScalars;
    private final Map<String, Object> parameters;
    private final Map<String, double[]> outputs = new LinkedHashMap<>();
    private final Map<String, Double> outputScalars = new HashMap<>();
    private final Map<String, Image2D> inputImages;
    private final Map<String, Image2D> outputImages = new LinkedHashMap<>();
    private final Map<String, Stack3D> inputStacks;
    private final Map<String, Stack3D> outputStacks = new LinkedHashMap<>();
    private String failure;

    ItemComputation(String alias, NodeData input, Map<String, Object> parameters) {
        this.alias = alias;
        this.inputs = input.arrays();
        this.inputScalars = input.scalars();
        this.inputImages = input.images();
        this.inputStacks = input.stacks();
        this.parameters = parameters;
    }

    @Override
    public Optional<Stack3D> inputStack(String name) {
        return Optional.ofNullable(inputStacks.get(name));
    }

    @Override
    public void outputStack(String name, Stack3D stack) {
        outputStacks.put(name, stack);
    }

    /** What the next transform of the node sees: the inputs with this transform's outputs laid over them. */
    NodeData after() {
        Map<String, double[]> arrays = new HashMap<>(inputs);
        arrays.putAll(outputs);
        Map<String, Image2D> images = new HashMap<>(inputImages);
        images.putAll(outputImages);
        Map<String, Stack3D> stacks = new HashMap<>(inputStacks);
        stacks.putAll(outputStacks);
        return new NodeData(arrays, scalarsAfter(), images, stacks);
    }

    /** What this transform wrote, with the scalars known downstream. */
    NodeData written() {
        return new NodeData(outputs, scalarsAfter(), outputImages, outputStacks);
    }

    @Override
    public Optional<Image2D> inputImage(String name) {
        return Optional.ofNullable(inputImages.get(name));
    }

    @Override
    public void outputImage(String name, Image2D image) {
        outputImages.put(name, image);
    }

    @Override
    public String alias() {
        return alias;
    }

    @Override
    public double[] input(String arrayName) {
        double[] array = inputs.get(arrayName);
        if (array == null) {
            throw new IllegalStateException("array '" + arrayName + "' is missing; present: " + inputs.keySet());
        }
        return array;
    }

    @Override
    public Optional<double[]> optionalInput(String arrayName) {
        return Optional.ofNullable(inputs.get(arrayName));
    }

    @Override
    public double inputScalar(String name) {
        Double value = inputScalars.get(name);
        if (value == null) {
            throw new IllegalStateException("scalar '" + name + "' is missing; present: " + inputScalars.keySet());
        }
        return value;
    }

    private Object parameter(String name) {
        Object value = parameters.get(name);
        if (value == null) {
            throw new IllegalStateException("parameter '" + name + "' is not a parameter of this transform");
        }
        return value;
    }

    @Override
    public double real(String parameterName) {
        return ((Number) parameter(parameterName)).doubleValue();
    }

    @Override
    public int integer(String parameterName) {
        return ((Number) parameter(parameterName)).intValue();
    }

    @Override
    public boolean bool(String parameterName) {
        return (Boolean) parameter(parameterName);
    }

    @Override
    public String text(String parameterName) {
        return parameter(parameterName).toString();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Double> reals(String parameterName) {
        return (List<Double>) parameter(parameterName);
    }

    @Override
    public void output(String arrayName, double[] values) {
        outputs.put(arrayName, values);
    }

    @Override
    public void outputScalar(String name, double value) {
        outputScalars.put(name, value);
    }

    @Override
    public void fail(String message) {
        if (failure == null) { // the first reason is the one that explains the rest
            failure = message;
        }
    }

    /** Why the transform failed this item, or null. */
    String failure() {
        return failure;
    }

    /** Scalars known downstream: those from upstream, overwritten by those found here. */
    Map<String, Double> scalarsAfter() {
        Map<String, Double> all = new HashMap<>(inputScalars);
        all.putAll(outputScalars);
        return all;
    }
}
