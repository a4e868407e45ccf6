package org.parseq.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.PipelineDefinitionException;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.core.registry.PipelineRegistry;

class PipelineDefinitionTest {

    private static TransformDefinition copy(String id, String from, String to, String parameter) {
        return TransformDefinition.perItem(id, id, from, to,
                parameter == null ? List.of() : List.of(ParameterDescriptor.real(parameter, 1, "", "")),
                List.of("x", "y"), List.of("x", "y"), item -> {
                });
    }

    private static String problemOf(List<NodeDefinition> nodes, List<TransformDefinition> transforms) {
        return assertThrows(PipelineDefinitionException.class,
                () -> new PipelineDefinition("p", "p", nodes, transforms)).getMessage();
    }

    @Test
    void nodesAreOrderedSoThatEveryTransformGoesForward() {
        PipelineDefinition pipeline = new PipelineDefinition("p", "p",
                List.of(ToyPipeline.node("c"), ToyPipeline.node("b"), ToyPipeline.node("a")),
                List.of(copy("ab", "a", "b", null), copy("bc", "b", "c", null), copy("cc", "c", "c", null)));
        assertEquals(List.of("a", "b", "c"), pipeline.topologicalNodes().stream().map(NodeDefinition::id).toList());
        assertEquals(List.of("cc"), pipeline.selfTransforms("c").stream().map(TransformDefinition::id).toList());
    }

    @Test
    void aCycleIsRejectedNamingItsNodes() {
        String problem = problemOf(List.of(ToyPipeline.node("a"), ToyPipeline.node("b")),
                List.of(copy("ab", "a", "b", null), copy("ba", "b", "a", null)));
        assertTrue(problem.contains("cycle"), problem);
        assertTrue(problem.contains("[a, b]"), problem);
    }

    @Test
    void duplicateNamesAreRejected() {
        assertTrue(problemOf(List.of(ToyPipeline.node("a"), ToyPipeline.node("a")), List.of())
                .contains("node id 'a' is used twice"));
        assertTrue(problemOf(List.of(ToyPipeline.node("a"), ToyPipeline.node("b"), ToyPipeline.node("c")),
                List.of(copy("ab", "a", "b", "gain"), copy("bc", "b", "c", "gain")))
                .contains("parameter 'gain' is declared by transforms 'ab' and 'bc'"));
        assertTrue(problemOf(List.of(ToyPipeline.node("a"), ToyPipeline.node("b")),
                List.of(copy("t", "a", "b", null), copy("t", "a", "b", null)))
                .contains("transform id 't' is used twice"));
    }

    @Test
    void aTransformMustReadAndWriteDeclaredArraysOfExistingNodes() {
        TransformDefinition readsMissing = TransformDefinition.perItem("t", "t", "a", "b", List.of(),
                List.of("x", "energy"), List.of("x"), item -> {
                });
        assertTrue(problemOf(List.of(ToyPipeline.node("a"), ToyPipeline.node("b")), List.of(readsMissing))
                .contains("reads array 'energy', which node 'a' does not declare"));
        assertTrue(problemOf(List.of(ToyPipeline.node("a")), List.of(copy("t", "a", "z", null)))
                .contains("writes node 'z', which does not exist"));
    }

    @Test
    void aRegistryRejectsASecondPipelineWithTheSameId() {
        PipelineRegistry registry = new PipelineRegistry();
        registry.register(new ToyPipeline().definition, "first bundle");
        PipelineDefinitionException error = assertThrows(PipelineDefinitionException.class,
                () -> registry.register(new ToyPipeline().definition, "second bundle"));
        assertTrue(error.getMessage().contains("'toy' from second bundle is already registered"));
    }

    @Test
    void parameterValuesAreCheckedAndConverted() {
        ParameterDescriptor width = ParameterDescriptor.integer("width", 3, 1, 9, "");
        assertEquals(5, width.coerce("5"));
        assertEquals(5, width.coerce(5.0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> width.coerce(10)).getMessage()
                .contains("outside [1.0, 9.0]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> width.coerce(2.5)).getMessage()
                .contains("whole number"));
        ParameterDescriptor kind = ParameterDescriptor.choice("kind", "box", List.of("box", "hanning"), "");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> kind.coerce("gauss")).getMessage()
                .contains("must be one of [box, hanning]"));
    }
}
