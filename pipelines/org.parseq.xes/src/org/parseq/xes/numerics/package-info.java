/**
 * Headless numerics of the XES θ-scan pipeline (parseq-behaviour.md §23): cut-off and I0
 * normalisation ({@link org.parseq.xes.numerics.ImageCorrection}), the band
 * ({@link org.parseq.xes.numerics.BandLine}), XES← and XES↓
 * ({@link org.parseq.xes.numerics.BandProjection}, {@link org.parseq.xes.numerics.FractionalBand}),
 * rebinning and θ range, the elastic calibration ({@link org.parseq.xes.numerics.ElasticPeak},
 * {@link org.parseq.xes.numerics.EnergyCalibration}), background and FWHM.
 * <p>
 * Pure functions over primitive arrays: inputs are not modified, nothing is kept between calls,
 * so items run in parallel with bit-identical results. Bad input raises
 * {@link java.lang.IllegalArgumentException} saying what is wrong; callers add the item's name.
 */
package org.parseq.xes.numerics;
