package org.parley.feedback;

import java.util.List;

/** What a Word file proposes on one paragraph of the version; {@code text} is the paragraph's plain text. */
public record ProposedFeedback(long paragraphId, String number, String text, List<FeedbackItem> items) {

    public ProposedFeedback {
        items = List.copyOf(items);
    }
}
