package org.parley.translation;

/** A source section heading and the translated heading proposed for it ({@code null}: none). */
public record ProposedHeading(long sectionId, String sourceHeading, String proposedHeading, boolean uncertain) {
}
