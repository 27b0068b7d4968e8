package org.parley.database;

/** A human description of the database in use, for the start-up line and the health details. */
public record DatabaseDescription(String description, boolean embedded) {
}
