package org.parley.statistics;

/** The tables of the statistics page: four views of participation, and the outcome of the answers. */
public enum Breakdown {
    ORGANISATION, ORGANISATION_KIND, SECTION, ROUND, OUTCOME;

    /** From a query parameter such as {@code organisation-kind}; refused with a clear message otherwise. */
    public static Breakdown parse(String value) {
        String name = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (Breakdown breakdown : values()) {
            if (breakdown.name().equals(name)) {
                return breakdown;
            }
        }
        throw new org.parley.base.UserFacingException("statistics.error.unknown-breakdown", value);
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
