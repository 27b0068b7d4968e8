package org.parley.drafting;

import java.util.List;

/**
 * A revised draft waiting for an editor: its paragraphs mapped onto version {@code basedOnNumber}, and the
 * paragraphs of that version that no longer appear. Confirm it (possibly corrected) to create the new version.
 */
public record RevisionProposal(long importId, String documentSlug, int basedOnNumber,
                               List<ProposedParagraph> paragraphs, List<Long> deletedPredecessorIds) {
}
