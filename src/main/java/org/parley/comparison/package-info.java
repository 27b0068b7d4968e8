/**
 * Two versions of a document side by side, paired by lineage, with word diffs; the comparison view
 * ({@code ui}). Publishes {@link org.parley.comparison.ComparisonService}.
 */
package org.parley.comparison;
