/**
 * The ParSeq engine: pipeline definitions, the scheduler that re-runs stale work, results
 * and per-item errors. This package and its sub-packages never use SWT, JFace or e4 UI, so
 * that the engine runs the same in the workbench, in batch runs and in scripts.
 */
package org.parseq.core;
