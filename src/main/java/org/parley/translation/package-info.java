/**
 * Translations of a version's text, aligned paragraph by paragraph to its source language: importing a
 * translated file (aligned by paragraph numbers, else by paragraph lengths, always shown for review before it is
 * saved), writing one paragraph's translation, and reading a version in another language with "translation
 * outdated" flags. A translation made on one version carries forward to later paragraphs of the same lineage,
 * and is outdated as soon as their source text differs from the text it was made from. Publishes
 * {@link org.parley.translation.TranslationService} and its records; {@code ui} holds the translator screen.
 */
package org.parley.translation;
