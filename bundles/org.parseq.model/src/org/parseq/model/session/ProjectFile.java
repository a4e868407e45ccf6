package org.parseq.model.session;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

import org.parseq.core.engine.ItemSourceResolver;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.registry.PipelineRegistry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Saves a session as a readable, versioned JSON project file and opens it again: the tree,
 * sources, formats, parameters, combinations, entry and stop nodes and colours, not the
 * arrays, which are recomputed from the sources. Source paths are kept relative to the
 * project file and absolute; the relative one is tried first. Saving is atomic: a failed save
 * leaves the previous file as it was.
 */
public final class ProjectFile {

    /** The first line of the format: what the file is. */
    static final String FORMAT = "parseq-project";
    /**
     * The project format version this program writes and the newest it reads. Version 2 added
     * the settings of PCA, target transformation and MCR-ALS combinations.
     */
    public static final int VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProjectFile() {
    }

    public static void save(Session session, Path file) throws ProjectFileException {
        save(session, file, UnaryOperator.identity());
    }

    /** Saves through a wrapped stream: lets tests interrupt a save midway. */
    static void save(Session session, Path file, UnaryOperator<OutputStream> wrap) throws ProjectFileException {
        Snapshot snapshot = snapshot(session, file);
        write(snapshot, wrap);
        session.setProjectDirectory(snapshot.target.getParent());
    }

    /**
     * The project as it is now, to be written later by {@link #write(Snapshot)}: taken in the
     * thread that edits the session (it reads the data tree), written in any other (autosave).
     */
    public static Snapshot snapshot(Session session, Path file) throws ProjectFileException {
        Path target = file.toAbsolutePath().normalize();
        try {
            return new Snapshot(target, ProjectWriter.write(session, target.getParent()));
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(target, "", "not saved, the previous file is unchanged: " + e.getMessage());
        }
    }

    /** Writes a snapshot atomically: the file is the old one or the new one, never half of either. */
    public static void write(Snapshot snapshot) throws ProjectFileException {
        write(snapshot, UnaryOperator.identity());
    }

    private static void write(Snapshot snapshot, UnaryOperator<OutputStream> wrap) throws ProjectFileException {
        Path target = snapshot.target;
        Path directory = target.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "." + target.getFileName(), ".saving");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = wrap.apply(Channels.newOutputStream(channel))) {
                JSON.writeValue(nonClosing(out), snapshot.json);
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException e) {
            throw new ProjectFileException(target, "not saved, the previous file is unchanged: " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // The half-written copy stays beside the project; the project file itself is intact.
                }
            }
        }
    }

    /** A project taken from a session, not yet written; see {@link #snapshot(Session, Path)}. */
    public static final class Snapshot {
        private final Path target;
        private final ObjectNode json;

        private Snapshot(Path target, ObjectNode json) {
            this.target = target;
            this.json = json;
        }

        public Path target() {
            return target;
        }
    }

    /**
     * The id of the pipeline a project belongs to, read without opening the project.
     *
     * @throws ProjectFileException naming the file and what is wrong
     */
    public static String pipelineOf(Path file) throws ProjectFileException {
        Path source = file.toAbsolutePath().normalize();
        return ProjectReader.requireText(source, parse(source), "pipeline", "");
    }

    /**
     * Opens a project of a pipeline in the registry.
     *
     * @throws ProjectFileException naming the file and the place of the problem
     */
    public static Session open(Path file, PipelineRegistry pipelines, ItemSourceResolver resolver, int threads)
            throws ProjectFileException {
        Path source = file.toAbsolutePath().normalize();
        JsonNode json = parse(source);
        String pipelineId = ProjectReader.requireText(source, json, "pipeline", "");
        PipelineDefinition pipeline = pipelines.pipeline(pipelineId).orElseThrow(() -> new ProjectFileException(
                source, "\"pipeline\"", "it is a project of pipeline '" + pipelineId
                        + "', which is not installed; installed: "
                        + pipelines.pipelines().stream().map(PipelineDefinition::id).toList()));
        Session session = new Session(pipeline, resolver, threads);
        try {
            replaceTree(session, source, json);
        } catch (ProjectFileException | RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /**
     * Replaces the data tree of an open session by a project's (the workbench keeps its window
     * and views). The project must be of the session's pipeline. The undo history starts anew.
     *
     * @throws ProjectFileException naming the file and the place of the problem; the session is unchanged
     */
    public static void openInto(Session session, Path file) throws ProjectFileException {
        Path source = file.toAbsolutePath().normalize();
        JsonNode json = parse(source);
        String pipelineId = ProjectReader.requireText(source, json, "pipeline", "");
        if (!pipelineId.equals(session.pipeline().id())) {
            throw new ProjectFileException(source, "\"pipeline\"", "it is a project of pipeline '" + pipelineId
                    + "'; this window runs pipeline '" + session.pipeline().id() + "'");
        }
        replaceTree(session, source, json);
    }

    private static void replaceTree(Session session, Path source, JsonNode json) throws ProjectFileException {
        org.parseq.model.data.DataRoot loaded = org.parseq.model.data.DataFactory.eINSTANCE.createDataRoot();
        new ProjectReader(source, session.pipeline()).read(json, loaded);
        org.parseq.model.data.DataRoot root = session.root();
        root.getChildren().clear();
        root.setColourPolicy(loaded.getColourPolicy());
        root.getChildren().addAll(java.util.List.copyOf(loaded.getChildren()));
        session.setProjectDirectory(source.getParent());
        session.domain().getCommandStack().flush();
    }

    private static JsonNode parse(Path file) throws ProjectFileException {
        JsonNode json;
        try {
            json = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ProjectFileException(file, where, "damaged, not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (json == null || !json.isObject()) {
            throw new ProjectFileException(file, "", "not a ParSeq project (no JSON object)");
        }
        if (!FORMAT.equals(json.path("format").asText())) {
            throw new ProjectFileException(file, "\"format\"", "not a ParSeq project (expected \"format\": \""
                    + FORMAT + "\")");
        }
        JsonNode version = json.path("version");
        if (!version.canConvertToInt()) {
            throw new ProjectFileException(file, "\"version\"", "missing or not a whole number");
        }
        if (version.asInt() > VERSION) {
            throw new ProjectFileException(file, "\"version\"", "written by a newer ParSeq (project format version "
                    + version.asInt() + "; this version reads up to " + VERSION + "): update ParSeq to open it");
        }
        return json;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
