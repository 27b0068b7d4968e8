/**
 * The resolution matrix: every comment of a round with its answer and the paragraphs that carry it, filtered,
 * on screen ({@code ui}), as CSV and Excel. Publishes {@link org.parley.resolution.ResolutionMatrixService}.
 */
package org.parley.resolution;
