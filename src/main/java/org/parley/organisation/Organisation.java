package org.parley.organisation;

import java.util.Locale;

/** {@code name} is the default name; {@code nameFr} and {@code nameEs} its French and Spanish forms, when known. */
public record Organisation(long id, OrganisationKind kind, String name, String shortName, String region,
                           Long parentId, String nameFr, String nameEs, int revision) {

    public Organisation(long id, OrganisationKind kind, String name, String shortName, String region, Long parentId) {
        this(id, kind, name, shortName, region, parentId, null, null, 0);
    }

    /** The name in the reader's language, or the default name when it has none in that language. */
    public String name(Locale locale) {
        return localisedName(name, nameFr, nameEs, locale);
    }

    public static String localisedName(String name, String nameFr, String nameEs, Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        String localised = switch (language) {
            case "fr" -> nameFr;
            case "es" -> nameEs;
            default -> null;
        };
        return localised == null || localised.isBlank() ? name : localised;
    }
}
