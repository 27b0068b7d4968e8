/**
 * The change log: one row per committed change, written by the features in their own transactions and read in
 * order by derived stores (the Lucene index). Publishes {@link org.parley.change.ChangeLog}.
 */
package org.parley.change;
