package org.parley.document;

public record Document(long id, String slug, String title, Visibility visibility, String sourceLanguage) {
}
