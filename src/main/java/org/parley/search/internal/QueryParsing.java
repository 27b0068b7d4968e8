package org.parley.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.parley.base.UserFacingException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what people type into a search box: words (all must match), "exact phrases", -exclusions and OR.
 * Lucene's SimpleQueryParser never throws on unbalanced quotes or brackets; prefix, fuzzy and proximity
 * syntax are switched off so that no query can turn into an expensive one (a lone {@code *} is no query).
 */
final class QueryParsing {

    static final int MAX_LENGTH = 500;
    static final int MAX_WORDS = 40;
    private static final Pattern OUTSIDE_QUOTES_OR = Pattern.compile("\"[^\"]*\"|(?<=^|\\s)(OR|AND|NOT)(?=\\s|$)");
    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR
            | SimpleQueryParser.ESCAPE_OPERATOR;

    private final Analyzer analyzer;
    private final Map<String, Float> weights = new LinkedHashMap<>();

    QueryParsing(Analyzer analyzer) {
        this.analyzer = analyzer;
        for (String language : IndexSchema.LANGUAGES) {
            weights.put(IndexSchema.textField(language), 1.0f);
        }
        weights.put(IndexSchema.TEXT, 0.7f);
        weights.put(IndexSchema.HEADING, 0.3f);
        weights.put(IndexSchema.TITLE, 0.2f);
    }

    /** The query, or null when nothing searchable is left (empty, only stop words, only symbols). */
    Query parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (text.length() > MAX_LENGTH) {
            throw new UserFacingException("search.error.too-long", MAX_LENGTH);
        }
        if (text.split("\\s+").length > MAX_WORDS) {
            throw new UserFacingException("search.error.too-many-words", MAX_WORDS);
        }
        String symbols = operatorsAsSymbols(text);
        // the stemmed fields keep words that are stop words elsewhere ("the" in Arabic): judge on the neutral field
        if (!hasPositiveClause(parser(Map.of(IndexSchema.TEXT, 1.0f)).parse(symbols))) {
            return null;
        }
        Query query = parser(weights).parse(symbols);
        return hasPositiveClause(query) ? query : null;
    }

    private SimpleQueryParser parser(Map<String, Float> fieldWeights) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fieldWeights, FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser;
    }

    /** {@code OR}, {@code AND} and {@code NOT} as words, as people type them, outside quotes. */
    static String operatorsAsSymbols(String text) {
        Matcher m = OUTSIDE_QUOTES_OR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(1) == null ? m.group()
                    : switch (m.group(1)) {
                        case "OR" -> "|";
                        case "AND" -> "+";
                        default -> "-";
                    };
            if ("-".equals(replacement) && m.group(1) != null) {
                // "NOT word" becomes "-word": drop the space after NOT below
                replacement = "\u0000";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\u0000\\s*", "-");
    }

    private static boolean hasPositiveClause(Query query) {
        // SimpleQueryParser turns a lone exclusion into "everything except": not a search anyone means
        if (query == null || query instanceof MatchNoDocsQuery || query instanceof MatchAllDocsQuery) {
            return false;
        }
        if (query instanceof BooleanQuery bool) {
            return bool.clauses().stream().anyMatch(c -> c.getOccur() != BooleanClause.Occur.MUST_NOT
                    && hasPositiveClause(c.getQuery()));
        }
        return true;
    }
}
