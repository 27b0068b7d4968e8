package org.parley.organisation;

/** An organisation's name in English (the default), French and Spanish; a blank translation is none. */
public record OrganisationNames(String name, String nameFr, String nameEs) {
}
