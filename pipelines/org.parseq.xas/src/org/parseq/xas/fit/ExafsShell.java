package org.parseq.xas.fit;

import org.parseq.core.fit.FitParameter;

/**
 * One shell of an EXAFS fit: its FEFF path and its parameters distance r (Å), coordination
 * number n, Debye–Waller factor s = σ² (Å²) and energy shift e = ΔE0 (eV). Parameter names are
 * set by position ({@code r1, n1, s1, e1, r2, …}); the names inside the given FitParameters
 * are ignored. A shell not used contributes nothing and its parameters are not varied.
 */
public record ExafsShell(FeffPath path, boolean use, FitParameter r, FitParameter n, FitParameter s,
        FitParameter e) {
}
