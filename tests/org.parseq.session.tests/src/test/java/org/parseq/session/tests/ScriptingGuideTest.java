package org.parseq.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.execution.LocalExecutionControlProvider;

import org.junit.jupiter.api.Test;

/** Runs the JShell example of docs/scripting.md, so that the guide stays true. */
class ScriptingGuideTest {

    private static String example() throws IOException {
        Path guide = Path.of(System.getProperty("parseq.docs", "../../docs"), "scripting.md");
        Matcher block = Pattern.compile("```jshell\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(guide));
        if (!block.find()) {
            fail("no ```jshell block in " + guide);
        }
        return block.group(1);
    }

    @Test
    void theJShellExampleRunsAndPrintsWhatTheGuideSays() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        // Snippets run in this JVM (local execution), so what they print goes to System.out.
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try (JShell shell = JShell.builder()
                .executionEngine(new LocalExecutionControlProvider(), Map.of())
                .build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String remaining = example();
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                String source = info.source();
                if (source == null) {
                    fail("incomplete snippet in the guide: " + remaining);
                }
                List<SnippetEvent> events = shell.eval(source);
                for (SnippetEvent event : events) {
                    if (event.exception() != null) {
                        fail("the guide's snippet failed: " + source.strip() + "\n" + event.exception());
                    }
                    if (event.status() == Snippet.Status.REJECTED) {
                        fail("the guide's snippet does not compile: " + source.strip() + "\n"
                                + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList());
                    }
                }
                remaining = info.remaining();
            }
        } finally {
            System.setOut(console);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("peak of right at 4.1 mm"), output);
        assertTrue(output.contains("recomputed 4 stages"), output);
        assertTrue(output.contains("after undo: 4 results restored without computing"), output);
        assertEquals(3, output.strip().lines().count(), output);
    }
}
