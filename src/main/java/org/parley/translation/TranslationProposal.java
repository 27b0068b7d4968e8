package org.parley.translation;

import java.util.List;

/**
 * An imported translation paired with the source paragraphs, not yet saved. {@code unplaced} are paragraphs of
 * the file that no source paragraph took (shown so that the translator can place them by hand).
 * {@code needsReview}: the counts differ or some pairs are uncertain; nothing is ever saved without the
 * translator accepting the proposal (possibly corrected).
 */
public record TranslationProposal(long versionId, String language, String fileName, AlignmentMethod method,
                                  int sourceCount, int translatedCount, List<ProposedTranslation> paragraphs,
                                  List<ProposedHeading> headings, List<String> unplaced) {

    public TranslationProposal {
        paragraphs = List.copyOf(paragraphs);
        headings = List.copyOf(headings);
        unplaced = List.copyOf(unplaced);
    }

    public long uncertainCount() {
        return paragraphs.stream().filter(ProposedTranslation::uncertain).count();
    }

    public boolean needsReview() {
        return sourceCount != translatedCount || uncertainCount() > 0 || !unplaced.isEmpty()
                || headings.stream().anyMatch(ProposedHeading::uncertain);
    }
}
