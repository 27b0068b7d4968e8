/**
 * An organisation's positions: everything it said, across the documents the reader may see, with the answers
 * made public; on screen ({@code ui}), as CSV and Excel. Publishes {@link org.parley.position.PositionsService}.
 */
package org.parley.position;
