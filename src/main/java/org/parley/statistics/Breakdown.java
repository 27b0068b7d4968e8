package org.parley.statistics;

import java.util.Locale;
import org.parley.base.UserFacingException;

/** The tables of the statistics page: four views of participation, and the outcome of the answers. */
public enum Breakdown {
    ORGANISATION, ORGANISATION_KIND, SECTION, ROUND, OUTCOME;

    /** From a query parameter such as {@code organisation-kind}; refused with a clear message otherwise. */
    public static Breakdown parse(String value) {
        String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Breakdown breakdown : values()) {
            if (breakdown.name().equals(name)) {
                return breakdown;
            }
        }
        throw new UserFacingException("statistics.error.unknown-breakdown", value);
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
