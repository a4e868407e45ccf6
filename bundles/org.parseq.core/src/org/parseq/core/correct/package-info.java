/**
 * Data corrections of 1D nodes (parseq-behaviour.md §11, xas-algorithms.md §11): an item's
 * ordered list of corrections at a node (delete region, scale region, replace a region by a
 * spline or subtract it, delete spikes, remove a data step), read from the original's
 * dictionaries ({@link org.parseq.core.correct.Corrections}) and applied to the node's
 * arrays right after the transform into the node ({@link org.parseq.core.correct.NodeCorrections}).
 * Nothing here names a pipeline: any node with an x array takes corrections.
 */
package org.parseq.core.correct;
