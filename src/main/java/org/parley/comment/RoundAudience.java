package org.parley.comment;

import java.util.List;

/** Who may comment in a version's round, and the revision of that audience (0: never set). */
public record RoundAudience(List<AudienceRule> rules, int revision) {

    public RoundAudience {
        rules = List.copyOf(rules);
    }
}
