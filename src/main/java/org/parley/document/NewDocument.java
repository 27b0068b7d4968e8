package org.parley.document;

/** What an editor gives when importing a document; the text comes from the uploaded file. */
public record NewDocument(String slug, String title, String language, Visibility visibility) {
}
