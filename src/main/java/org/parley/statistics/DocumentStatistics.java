package org.parley.statistics;

import java.util.List;

/**
 * Participation in a document, over all the rounds the reader may see or, with {@code round}, in one of them.
 * {@code rounds} lists every round the reader may choose, for a selector.
 */
public record DocumentStatistics(String slug, String title, Integer round, List<Round> rounds, int contributions,
                                 int people, int organisations, List<Participation> byOrganisation,
                                 List<Participation> byOrganisationKind, List<Participation> bySection,
                                 List<Participation> byRound, List<RoundOutcomes> outcomes) {

    public record Round(int number, String label) {
    }

    public List<Participation> participation(Breakdown breakdown) {
        return switch (breakdown) {
            case ORGANISATION -> byOrganisation;
            case ORGANISATION_KIND -> byOrganisationKind;
            case SECTION -> bySection;
            case ROUND -> byRound;
            case OUTCOME -> throw new IllegalArgumentException("outcomes are not participation");
        };
    }
}
