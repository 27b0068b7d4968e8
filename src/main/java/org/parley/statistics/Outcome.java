package org.parley.statistics;

/** What became of a round's comment: the kinds of disposition, or no (public) answer yet. */
public enum Outcome {
    ACCEPTED, PARTLY_ACCEPTED, DECLINED, NOTED, OUT_OF_SCOPE, UNANSWERED
}
