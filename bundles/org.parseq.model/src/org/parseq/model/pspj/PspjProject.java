package org.parseq.model.pspj;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.data.DataRoot;
import org.parseq.model.session.ProjectFileException;
import org.parseq.model.session.Session;

/**
 * A project of the original ParSeq ({@code .pspj}) in our terms: the data tree as a
 * {@code *.parseq.json} project gives it, plus per item what the tree has no place for yet, and
 * every problem met. Saving always writes our own format.
 *
 * @param file             the {@code .pspj} read
 * @param originalPipeline the pipeline name the file gives, e.g. {@code XAS-dev}
 * @param pipeline         our pipeline it was mapped to
 * @param root             the data tree (not yet in any session)
 * @param items            every item of the file in tree order, also those not in the tree
 * @param problems         what could not be taken over as it is, with the place in the file
 */
public record PspjProject(Path file, String originalPipeline, PipelineDefinition pipeline, DataRoot root,
        List<PspjItem> items, List<PspjProblem> problems) {

    public PspjProject {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    public String pipelineId() {
        return pipeline.id();
    }

    public Optional<PspjItem> item(String alias) {
        return items.stream().filter(i -> i.alias().equals(alias)).findFirst();
    }

    /**
     * Replaces the session's data tree by this project's, as opening one of our projects does:
     * the items move (this project's root is empty afterwards, {@link PspjItem#item()} are the
     * session's items) and the undo history starts anew. Sources are absolute paths.
     *
     * @throws ProjectFileException when the session runs another pipeline; the session is unchanged
     */
    public void moveTreeInto(Session session) throws ProjectFileException {
        if (!session.pipeline().id().equals(pipeline.id())) {
            throw new ProjectFileException(file, "section [ParSeq Application], key pipelineName", "a project of "
                    + "pipeline '" + originalPipeline + "' (ours: '" + pipeline.id() + "'); this window runs pipeline '"
                    + session.pipeline().id() + "'");
        }
        DataRoot target = session.root();
        target.getChildren().clear();
        target.setColourPolicy(root.getColourPolicy());
        target.getChildren().addAll(List.copyOf(root.getChildren()));
        session.domain().getCommandStack().flush();
    }

    /** Each problem as a message that names the file, the section and the key. */
    public List<String> messages() {
        return problems.stream().map(p -> file + ", " + p).toList();
    }
}
