package org.parley.comment;

import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;

import java.util.Locale;

public record OrganisationRef(long id, String shortName, String name, OrganisationKind kind, String nameFr,
                              String nameEs) {

    public OrganisationRef(long id, String shortName, String name, OrganisationKind kind) {
        this(id, shortName, name, kind, null, null);
    }

    /** The name in the reader's language, or the default name when it has none in that language. */
    public String name(Locale locale) {
        return Organisation.localisedName(name, nameFr, nameEs, locale);
    }
}
