package org.parley.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL full-text search done well, as the search benchmarks compare it with Parley: a results page is the 10
 * best texts by {@code ts_rank_cd} with {@code ts_headline} snippets, then the facet counts over all matches. The
 * texts are in a table made by {@link SearchBenchmark#loadPostgres} (a stored tsvector with a GIN index).
 */
public final class PostgresResultsPage {

    /** A query in the three languages' configurations, bound three times: {@link #bindQuery}. */
    static final String TSQUERY = "(websearch_to_tsquery('english', ?) || websearch_to_tsquery('french', ?)"
            + " || websearch_to_tsquery('spanish', ?))";

    public record Hit(long id, String snippet) {
    }

    public record FacetRow(String type, String document, Integer version, String organisation, String organisationKind,
                           String commentKind, String disposition, String language, long count) {
    }

    public record Page(List<Hit> hits, List<FacetRow> facets) {
    }

    private PostgresResultsPage() {
    }

    /**
     * The results page of a query. When a query of several plain words matches nothing, the page is that of any of
     * its words, as Parley answers such a query with the texts that have some of the words (and a notice): without
     * this second query PostgreSQL's page would be cheaper only because it shows nothing.
     */
    public static Page read(Connection db, String table, String query) throws SQLException {
        String top = "with q as (select " + TSQUERY + " as query), "
                + "top as (select t.id, t.config, t.body, ts_rank_cd(t.tsv, q.query) as rank from " + table + " t, q "
                + "where t.tsv @@ q.query order by rank desc limit 10) "
                + "select top.id, ts_headline(top.config, top.body, q.query, "
                + "'MaxFragments=2, StartSel=<mark>, StopSel=</mark>') from top, q order by top.rank desc";
        String facets = "with q as (select " + TSQUERY + " as query) "
                + "select type, document, version, organisation, org_kind, comment_kind, disposition, language, count(*) "
                + "from " + table + " t, q where t.tsv @@ q.query group by grouping sets "
                + "((), (type), (document), (version), (organisation), (org_kind), (comment_kind), (disposition), "
                + "(language))";
        try (PreparedStatement ps = db.prepareStatement(top); PreparedStatement fs = db.prepareStatement(facets)) {
            List<Hit> hits = hits(ps, query);
            String answered = query;
            String anyWord = anyWord(query);
            if (hits.isEmpty() && anyWord != null) {
                List<Hit> some = hits(ps, anyWord);
                if (!some.isEmpty()) {
                    hits = some;
                    answered = anyWord;
                }
            }
            List<FacetRow> rows = new ArrayList<>();
            bindQuery(fs, answered, 1);
            try (ResultSet rs = fs.executeQuery()) {
                while (rs.next()) {
                    rows.add(new FacetRow(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getLong(9)));
                }
            }
            return new Page(hits, rows);
        }
    }

    private static List<Hit> hits(PreparedStatement top, String query) throws SQLException {
        List<Hit> hits = new ArrayList<>(10);
        bindQuery(top, query, 1);
        try (ResultSet rs = top.executeQuery()) {
            while (rs.next()) {
                hits.add(new Hit(rs.getLong(1), rs.getString(2)));
            }
        }
        return hits;
    }

    /** The words of a query of two or more plain words (no phrase, OR or exclusion) joined by OR; else null. */
    static String anyWord(String query) {
        String[] words = query.strip().split("\\s+");
        if (words.length < 2 || query.contains("\"")) {
            return null;
        }
        for (String word : words) {
            if (word.equalsIgnoreCase("or") || word.startsWith("-")) {
                return null;
            }
        }
        return String.join(" or ", words);
    }

    static void bindQuery(PreparedStatement ps, String query, int from) throws SQLException {
        for (int i = 0; i < 3; i++) {
            ps.setString(from + i, query);
        }
    }
}
