/**
 * Headless XAS numerics of ParSeq-XAS (xas-algorithms.md §0, §2-5): entry transforms to µ
 * ({@link org.parseq.xas.numerics.EntryTransforms}), "make chi"
 * ({@link org.parseq.xas.numerics.ChiTransform}), "make FT" and "make BFT"
 * ({@link org.parseq.xas.numerics.FourierTransforms}), with parameter holders named as in the
 * original ({@link org.parseq.xas.numerics.MakeChiParams}, {@link org.parseq.xas.numerics.MakeFtParams},
 * {@link org.parseq.xas.numerics.MakeBftParams}).
 * <p>
 * All transforms are pure functions of their arguments over primitive arrays: they copy what
 * they modify, keep no state between calls and have no mutable static fields, so items can be
 * processed in parallel with bit-identical results. Bad input raises
 * {@link java.lang.IllegalArgumentException}; a floating-point failure that the original would
 * raise (inf/NaN in a result) raises {@link java.lang.ArithmeticException}.
 */
package org.parseq.xas.numerics;
