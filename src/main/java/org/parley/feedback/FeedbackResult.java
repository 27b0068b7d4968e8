package org.parley.feedback;

import org.parley.comment.Comment;

import java.util.List;

/** An accepted Word file: its proposal, the comments created from it (in the proposal's order), how many items were left out. */
public record FeedbackResult(long proposalId, FeedbackProposal proposal, List<Comment> created, int skipped) {

    public FeedbackResult {
        created = List.copyOf(created);
    }
}
