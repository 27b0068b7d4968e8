/**
 * The Lucene index and everything that touches Lucene: analysis and fields ({@link
 * org.parley.search.internal.IndexSchema}), the index with its commit user data (schema version and change-log
 * position), the {@link org.parley.search.internal.Indexer} that follows {@code change_log} after commit, and the
 * {@link org.parley.search.internal.QueryEngine}. Only {@link org.parley.search.SearchService} uses it.
 */
package org.parley.search.internal;
