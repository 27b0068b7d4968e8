package org.parley.translation;

/** How far a version is translated into one language ({@code source}: its own language, nothing to translate). */
public record LanguageStatus(String language, boolean source, int paragraphs, int translated, long outdated) {
}
