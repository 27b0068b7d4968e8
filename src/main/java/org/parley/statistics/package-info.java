/**
 * Participation in a document's consultation: comments and people per organisation, kind of organisation,
 * section and round, and the outcome of the editors' answers per round. Counts only what any reader of the
 * document may see (published, not hidden, not under a hidden or unpublished comment); answers count once
 * they are public, or at once for editors. Publishes nothing; reads the comment and revision tables.
 */
package org.parley.statistics;
