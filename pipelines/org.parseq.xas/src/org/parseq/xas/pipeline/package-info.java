/**
 * The XAS pipeline: nodes, transforms and parameters of the original ParSeq-XAS over the
 * numerics of {@link org.parseq.xas.numerics}, contributed by
 * {@link org.parseq.xas.pipeline.XasPipelineProvider}.
 */
package org.parseq.xas.pipeline;
