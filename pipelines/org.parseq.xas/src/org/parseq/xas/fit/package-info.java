/**
 * The EXAFS fit (xas-algorithms.md §9): FEFF path files
 * ({@link org.parseq.xas.fit.FeffFileReader}), shells with r, n, σ², ΔE0 and a common S₀²
 * ({@link org.parseq.xas.fit.ExafsShell}, {@link org.parseq.xas.fit.ExafsItem}), fitted to
 * an item's BFT in k space and optionally r space, alone or jointly with the items its ties
 * name ({@link org.parseq.xas.fit.ExafsFit}), with the original's statistics (Nind, errorA,
 * errorB, correlations). The model's FT reuses "make FT" so that model and data are
 * transformed identically. Pure functions over immutable inputs.
 */
package org.parseq.xas.fit;
