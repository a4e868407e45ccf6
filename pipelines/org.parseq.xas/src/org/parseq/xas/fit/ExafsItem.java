package org.parseq.xas.fit;

import java.util.List;

import org.parseq.core.fit.FitParameter;
import org.parseq.xas.numerics.MakeBftParams;
import org.parseq.xas.numerics.MakeFtParams;

/**
 * One item's share of an EXAFS fit: its BFT data, the transform parameters that shape the
 * model's FT and the statistics, and its fit settings (xas-algorithms.md §9.1).
 *
 * @param bftk, bft   the "BFT" node arrays (bft already k^kw weighted)
 * @param kw          k weight of the item's χ
 * @param dk          the item's k step (make chi)
 * @param krange      the item's make-chi k range (kmax null → datakmax), for the model's FT
 * @param datakmax    k of the item's last energy point
 * @param ft          the item's "make FT" parameters (window, rmax, forceFT0)
 * @param bft         the item's "make BFT" parameters (window kind and range give Δr)
 * @param s0          S₀², common to the shells
 * @param metavariables further named parameters that ties may use
 * @param kRange      fitted k range [kmin, kmax], used when kUse
 * @param rRange      fitted r range [rmin, rmax], used when rUse (r-space observations added)
 */
public record ExafsItem(String alias, double[] bftk, double[] bftValues, int kw, double dk, Double[] krange,
        double datakmax, MakeFtParams ft, MakeBftParams bft, List<ExafsShell> shells, FitParameter s0,
        List<FitParameter> metavariables, double[] kRange, boolean kUse, double[] rRange, boolean rUse) {

    public ExafsItem {
        shells = List.copyOf(shells);
        metavariables = List.copyOf(metavariables);
    }
}
