package org.parley.document;

import java.util.List;

/**
 * The languages a version can be read in and its text in each. The document feature owns the idea of a
 * version's text in a language ({@link VersionText}); the translation feature provides it.
 */
public interface VersionLanguages {

    /** Its source language first, then those with translations. */
    List<String> languages(DocumentVersion version);

    /** The languages a translator may translate this version into. */
    List<String> targetLanguages(DocumentVersion version);

    /** A version's text in one language (empty maps for its source language). */
    VersionText text(DocumentVersion version, String language);
}
