package org.parseq.ui.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.pspj.PspjReader;
import org.parseq.model.session.ProjectFile;
import org.parseq.model.session.ProjectFileException;
import org.parseq.ui.session.UserSettings;

/**
 * Which pipeline the workbench opens with: the one the command line names
 * ({@code --pipeline ID}), else the pipeline of the project it opens, else
 * {@code -Dparseq.pipeline}, else the only one installed, else the one used last. When none of
 * these decides, the user is asked.
 */
final class PipelineChoice {

    static final String OPTION = "--pipeline";
    static final String PROPERTY = "parseq.pipeline";
    static final String LAST_USED_FILE = "last-pipeline.txt";

    private PipelineChoice() {
    }

    /** The pipeline decided without asking, if any; {@code problems} receives what the user should read. */
    static Optional<PipelineDefinition> decided(PipelineCatalog catalog, List<String> arguments,
            List<String> problems) {
        Optional<String> named = option(arguments);
        if (named.isEmpty()) {
            named = projectArgument(arguments).flatMap(project -> pipelineOfProject(project, catalog, problems));
        }
        if (named.isEmpty()) {
            named = Optional.ofNullable(System.getProperty(PROPERTY)).filter(id -> !id.isBlank());
        }
        if (named.isPresent()) {
            Optional<PipelineDefinition> pipeline = catalog.registry().pipeline(named.get());
            if (pipeline.isPresent()) {
                return pipeline;
            }
            problems.add("Pipeline '" + named.get() + "' is not installed; installed: "
                    + catalog.pipelines().stream().map(PipelineDefinition::id).toList());
        }
        if (catalog.pipelines().size() == 1) {
            return catalog.pipelines().stream().findFirst();
        }
        return lastUsed().flatMap(id -> catalog.registry().pipeline(id));
    }

    static Optional<String> option(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals(OPTION) && i + 1 < arguments.size()) {
                return Optional.of(arguments.get(i + 1));
            }
            if (argument.startsWith(OPTION + "=")) {
                return Optional.of(argument.substring(OPTION.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** The first argument that is a project file, skipping options and their values. */
    static Optional<Path> projectArgument(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals(OPTION) || argument.equals(StartupFiles.FORMAT_OPTION)) {
                i++;
                continue;
            }
            if (!argument.startsWith("-") && (argument.endsWith(".json") || ProjectActions.isOriginal(Path.of(argument)))
                    && Files.isRegularFile(Path.of(argument))) {
                return Optional.of(Path.of(argument));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> pipelineOfProject(Path project, PipelineCatalog catalog, List<String> problems) {
        try {
            return Optional.of(ProjectActions.isOriginal(project)
                    ? new PspjReader(catalog.registry().pipelines()).pipelineOf(project)
                    : ProjectFile.pipelineOf(project));
        } catch (ProjectFileException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    static Optional<String> lastUsed() {
        try {
            return Optional.of(Files.readString(UserSettings.folder().resolve(LAST_USED_FILE), StandardCharsets.UTF_8)
                    .strip()).filter(id -> !id.isEmpty());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Remembers the pipeline for the next start; a failure only costs that convenience. */
    static void rememberLastUsed(String pipelineId) {
        Path file = UserSettings.folder().resolve(LAST_USED_FILE);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(LAST_USED_FILE + ".saving");
            Files.writeString(temporary, pipelineId + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("ParSeq: cannot remember the pipeline used last in " + file + ": " + e.getMessage());
        }
    }
}
