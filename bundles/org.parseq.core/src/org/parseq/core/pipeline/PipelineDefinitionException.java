package org.parseq.core.pipeline;

/** A pipeline definition that cannot work: the message names the pipeline and what is wrong. */
public class PipelineDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PipelineDefinitionException(String message) {
        super(message);
    }

    public PipelineDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
