/**
 * Search over every version of every document, its paragraphs' translations included (and, once the consultation module feeds them through
 * {@link org.parley.search.CommentSource}, every visible comment): {@link org.parley.search.SearchService} for
 * queries, facets, highlighted snippets, suggestions and the admin reindex. The Lucene index in {@code internal}
 * is a cache of PostgreSQL: it follows the {@code change_log} after commit and is rebuilt when missing or
 * outdated. Readers' rights are applied at query time.
 */
package org.parley.search;
