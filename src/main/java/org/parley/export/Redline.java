package org.parley.export;

import org.parley.document.Document;
import org.parley.document.DocumentVersion;
import org.parley.comparison.Comparison;
import org.parley.comparison.ComparisonMarker;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * What a redline shows: the aligned rows of a comparison and the words around them; {@code changedAt} dates the
 * tracked changes (the newer version's publication, or the time of the export for a draft).
 */
record Redline(Document document, DocumentVersion older, DocumentVersion newer, List<Comparison.Row> rows,
               String title, CoverLabels labels, Function<ComparisonMarker, String> markerName,
               OffsetDateTime changedAt) {
}
