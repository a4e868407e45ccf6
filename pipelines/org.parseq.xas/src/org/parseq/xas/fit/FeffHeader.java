package org.parseq.xas.fit;

/**
 * What the header of a FEFF path file says about the path, as the original's shell entry keeps
 * it ({@code exafsfit_aux}: file, N, 'A-B', reff, version, header lines, use).
 *
 * @param headerLines  lines before the table (up to and with the column-title line)
 * @param degeneracy   N of the path
 * @param reff         half path length (Å)
 * @param atoms        the absorber and the first scatterer, e.g. {@code Ce-Ru}
 * @param version      the FEFF version of the first line, e.g. {@code 8.20}, or empty
 */
public record FeffHeader(int headerLines, double degeneracy, double reff, String atoms, String version) {
}
