/**
 * The paragraph aligner: which paragraph of a new text continues which paragraph of the old one (unchanged,
 * edited, moved, split, merged, new, deleted), from the texts alone. Pure functions; publishes
 * {@link org.parley.alignment.ParagraphAligner}.
 */
package org.parley.alignment;
