/**
 * The mathematics of the cross-item combinations of {@code xas-algorithms.md} §10: principal
 * component analysis with Malinowski's indicators, target transformation and MCR-ALS with its
 * error bands. Everything works on a {@link org.parseq.core.combine.DataMatrix}, the checked
 * matrix D whose columns are the parents' arrays; linear algebra is Hipparchus'.
 */
package org.parseq.core.combine;
