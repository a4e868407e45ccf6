/**
 * The XES θ-scan pipeline: nodes, transforms and parameters of the original's "XES scan
 * (reduced)" over the numerics of {@link org.parseq.xes.numerics}, contributed by
 * {@link org.parseq.xes.pipeline.XesPipelineProvider}.
 */
package org.parseq.xes.pipeline;
