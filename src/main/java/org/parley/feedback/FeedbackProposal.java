package org.parley.feedback;

import java.util.List;

/**
 * A Word file of feedback read and mapped onto a version, kept until an editor accepts it (all or some of its
 * items): paragraph by paragraph, what would be created on behalf of {@code organisation} (short name).
 * {@code unplaced}: changes and comments found on text that matches no paragraph of the version, left out.
 */
public record FeedbackProposal(long id, String documentSlug, int versionNumber, String organisation,
                               String fileName, List<ProposedFeedback> paragraphs, int unplaced) {

    public FeedbackProposal {
        paragraphs = List.copyOf(paragraphs);
    }

    public int itemCount() {
        return paragraphs.stream().mapToInt(p -> p.items().size()).sum();
    }

    FeedbackProposal withId(long newId) {
        return new FeedbackProposal(newId, documentSlug, versionNumber, organisation, fileName, paragraphs, unplaced);
    }
}
