/**
 * The ParSeq data tree as an EMF model: groups, items and their per-node states. The
 * classes in {@code org.parseq.model.data} are generated from {@code model/data.ecore} at
 * build time; hand-written code that works on them lives here.
 */
package org.parseq.model;
