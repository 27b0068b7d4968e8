package org.parley.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.parley.base.UnicodeText;
import org.parley.base.UserFacingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what people type into a search box: words, "exact phrases", -exclusions and OR (also as {@code |}).
 * <p>
 * Each word is analysed by each field's own analyser, and each field gets its own query: a word the field's
 * analyser drops (a stop word of that language) is simply absent from it, and a common word of English, French
 * or Spanish ({@link Analyzers#COMMON_WORDS}) is never required in any field, only scored. So "the role of cities"
 * requires role and cities, in English as in any other field, and "las mujeres y las niñas" requires mujeres and
 * niñas. Phrases are analysed whole, so their stop words keep their positions ("the right to the city").
 * Multi-word queries add an exact-phrase and a proximity boost. The section heading and the document title are
 * fields of their own, weighted below the text: a paragraph matching in its text and its heading ranks higher. Nothing here can turn into an expensive query (no prefix, fuzzy or regex syntax).
 */
final class QueryParsing {

    static final int MAX_LENGTH = 500;
    static final int MAX_WORDS = 40;
    /**
     * Longer than any word of the languages served (the longest dictionary words have about 45 letters): a "word"
     * this long is a key held down or pasted noise. It is left out, with a notice: searched, the French stemmer
     * (which folds repeated letters) turned 500 times "a" into the French word "a", found in most French texts.
     */
    static final int MAX_WORD_LENGTH = 64;
    private static final Pattern OUTSIDE_QUOTES_OR = Pattern.compile("\"[^\"]*\"|(?<=^|\\s)(OR|AND|NOT)(?=\\s|$)");
    private static final Pattern ITEM = Pattern.compile("([-+]?)\"([^\"]*)\"?|([-+]?)([^\\s\"]+)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_AND_SPACES = Pattern.compile("\u0000\\s*");
    private static final int PROXIMITY_SLOP = 6;

    private final Analyzer analyzer;
    private final QueryBuilder builder;
    private final Map<String, Float> weights = new LinkedHashMap<>();

    QueryParsing(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.builder = new QueryBuilder(analyzer);
        for (String language : IndexSchema.LANGUAGES) {
            weights.put(IndexSchema.textField(language), 1.0f);
        }
        weights.put(IndexSchema.TEXT, 0.7f);
        // a paragraph also matches by its section heading or its document's title, ranked below its own words
        weights.put(IndexSchema.HEADING, 0.3f);
        weights.put(IndexSchema.TITLE, 0.2f);
    }

    /** One word or phrase as typed. */
    record Item(String text, boolean phrase) {
    }

    /** What the typed text asks for: units that must match (each one of its alternatives), and exclusions. */
    record Parsed(List<List<Item>> units, List<Item> excluded) {
    }

    /**
     * What was typed, read once: the query (null when nothing searchable is left: empty, only stop words, only
     * symbols), and whether a word was left out for its length ({@link #MAX_WORD_LENGTH}).
     */
    record Built(Query query, boolean longWordsLeftOut) {
    }

    Built parse(String typed) {
        return build(typed, false);
    }

    /**
     * For a query of two or more content words that found nothing: the same query requiring all but a third of
     * its content words (all but one of two); null when there is nothing to relax.
     */
    Query relaxed(String typed) {
        return build(typed, true).query();
    }

    private Built build(String typed, boolean relax) {
        if (typed == null || typed.isBlank()) {
            return new Built(null, false);
        }
        String text = UnicodeText.nfc(typed).strip();
        if (text.length() > MAX_LENGTH) {
            throw new UserFacingException("search.error.too-long", MAX_LENGTH);
        }
        if (SPACES.split(text).length > MAX_WORDS) {
            throw new UserFacingException("search.error.too-many-words", MAX_WORDS);
        }
        Parsed typedItems = read(operatorsAsSymbols(text));
        Parsed parsed = withoutOverlongWords(typedItems);
        boolean longWordsLeftOut = !parsed.equals(typedItems);
        // a unit with content (not only common words or symbols) is required; known once, not once per field
        Set<List<Item>> content = Collections.newSetFromMap(new IdentityHashMap<>());
        parsed.units().stream().filter(this::hasContent).forEach(content::add);
        if (content.isEmpty() || relax && content.size() < 2) {
            return new Built(null, longWordsLeftOut);
        }
        int mayMiss = relax ? Math.max(1, content.size() / 3) : 0;
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        BooleanQuery.Builder boosts = new BooleanQuery.Builder();
        String plain = plainText(parsed);
        for (Map.Entry<String, Float> field : weights.entrySet()) {
            Query fieldQuery = fieldQuery(field.getKey(), parsed.units(), content, mayMiss);
            if (fieldQuery == null) {
                continue;
            }
            anyField.add(new BoostQuery(fieldQuery, field.getValue()), BooleanClause.Occur.SHOULD);
            if (plain != null && !IndexSchema.HEADING.equals(field.getKey()) && !IndexSchema.TITLE.equals(field.getKey())) {
                Query exact = builder.createPhraseQuery(field.getKey(), plain, 0);
                addBoost(boosts, exact, 2f * field.getValue());
                addBoost(boosts, withSlop(exact, field.getKey(), plain), field.getValue());
            }
        }
        BooleanQuery matching = anyField.build();
        if (matching.clauses().isEmpty()) {
            return new Built(null, longWordsLeftOut);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST);
        for (BooleanClause boost : boosts.build().clauses()) {
            query.add(boost);
        }
        for (Item excluded : parsed.excluded()) {
            for (String field : weights.keySet()) {
                Query q = itemQuery(field, excluded);
                if (q != null) {
                    query.add(q, BooleanClause.Occur.MUST_NOT);
                }
            }
        }
        return new Built(query.build(), longWordsLeftOut);
    }

    private Parsed withoutOverlongWords(Parsed parsed) {
        List<List<Item>> units = new ArrayList<>();
        for (List<Item> unit : parsed.units()) {
            List<Item> kept = unit.stream().filter(item -> !overlong(item)).toList();
            if (!kept.isEmpty()) {
                units.add(kept);
            }
        }
        return new Parsed(units, parsed.excluded().stream().filter(item -> !overlong(item)).toList());
    }

    /** True when the neutral analyser finds in the item a word longer than {@link #MAX_WORD_LENGTH}. */
    private boolean overlong(Item item) {
        if (item.text().length() <= MAX_WORD_LENGTH) {
            // analysis rarely lengthens a word (only compatibility ligatures do), and a word that short is searched
            return false;
        }
        try (TokenStream stream = analyzer.tokenStream(IndexSchema.TEXT, item.text())) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            boolean overlong = false;
            while (!overlong && stream.incrementToken()) {
                overlong = term.length() > MAX_WORD_LENGTH;
            }
            stream.end();
            return overlong;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a query built here requires, without its phrase, proximity and exclusion clauses: what the highlighter
     * marks. Highlighting every boost clause again for each hit cost more than the search itself (profiled).
     */
    static Query matchingPart(Query query) {
        if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().get(0).getOccur() == BooleanClause.Occur.MUST) {
            return bool.clauses().get(0).getQuery();
        }
        return query;
    }

    /**
     * The query of one field: a unit of content words is required, a unit of common words only scores; a field
     * in which no required unit survives its analyser contributes nothing.
     */
    private Query fieldQuery(String field, List<List<Item>> units, Set<List<Item>> content, int mayMiss) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        BooleanQuery.Builder contentUnits = new BooleanQuery.Builder();
        int contentCount = 0;
        for (List<Item> unit : units) {
            List<Query> alternatives = new ArrayList<>();
            for (Item item : unit) {
                Query alternative = itemQuery(field, item);
                if (alternative != null) {
                    alternatives.add(alternative);
                }
            }
            if (alternatives.isEmpty()) {
                continue;
            }
            Query unitQuery = alternatives.size() == 1 ? alternatives.get(0) : anyOf(alternatives);
            if (content.contains(unit)) {
                contentUnits.add(unitQuery, mayMiss > 0 ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
                contentCount++;
            } else {
                q.add(unitQuery, BooleanClause.Occur.SHOULD);
            }
        }
        if (contentCount == 0) {
            return null;
        }
        if (mayMiss > 0) {
            contentUnits.setMinimumNumberShouldMatch(Math.max(1, contentCount - mayMiss));
        }
        return q.add(contentUnits.build(), BooleanClause.Occur.MUST).build();
    }

    private Query itemQuery(String field, Item item) {
        return item.phrase() ? builder.createPhraseQuery(field, item.text())
                : builder.createBooleanQuery(field, item.text(), BooleanClause.Occur.MUST);
    }

    private static Query anyOf(List<Query> alternatives) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        alternatives.forEach(a -> any.add(a, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** The proximity form of an exact phrase: its terms at their positions, without analysing the words again. */
    private Query withSlop(Query exact, String field, String plain) {
        if (exact == null || exact instanceof TermQuery) {
            // nothing, or one word: the same query at any distance
            return exact;
        }
        if (exact instanceof PhraseQuery phrase) {
            PhraseQuery.Builder sloppy = new PhraseQuery.Builder().setSlop(PROXIMITY_SLOP);
            for (int i = 0; i < phrase.getTerms().length; i++) {
                sloppy.add(phrase.getTerms()[i], phrase.getPositions()[i]);
            }
            return sloppy.build();
        }
        if (exact instanceof MultiPhraseQuery multi) {
            return new MultiPhraseQuery.Builder(multi).setSlop(PROXIMITY_SLOP).build();
        }
        return builder.createPhraseQuery(field, plain, PROXIMITY_SLOP);
    }

    private static void addBoost(BooleanQuery.Builder boosts, Query query, float boost) {
        if (query != null) {
            boosts.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        }
    }

    /** True when some word of the unit is neither a common word nor punctuation (the neutral field keeps it). */
    private boolean hasContent(List<Item> unit) {
        return unit.stream().anyMatch(item -> hasTokens(IndexSchema.TEXT, item.text()));
    }

    private boolean hasTokens(String field, String text) {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            boolean any = false;
            while (!any && stream.incrementToken()) {
                any = term.length() > 0;
            }
            stream.end();
            return any;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of a query of several plain words and no OR, for the phrase and proximity boosts; else null. */
    private static String plainText(Parsed parsed) {
        if (parsed.units().size() < 2 || parsed.units().stream().anyMatch(u -> u.size() > 1 || u.get(0).phrase())) {
            return null;
        }
        return String.join(" ", parsed.units().stream().map(u -> u.get(0).text()).toList());
    }

    /** Splits the typed text (operators already as symbols) into units, alternatives and exclusions. */
    static Parsed read(String symbols) {
        List<List<Item>> units = new ArrayList<>();
        List<Item> excluded = new ArrayList<>();
        boolean orPending = false;
        Matcher m = ITEM.matcher(symbols);
        while (m.find()) {
            boolean phrase = m.group(2) != null;
            String sign = phrase ? m.group(1) : m.group(3);
            String word = phrase ? m.group(2).strip() : m.group(4);
            if (!phrase && "|".equals(word)) {
                orPending = !units.isEmpty();
                continue;
            }
            if (word.isEmpty()) {
                continue;
            }
            Item item = new Item(word, phrase);
            if ("-".equals(sign)) {
                excluded.add(item);
            } else if (orPending) {
                units.get(units.size() - 1).add(item);
            } else {
                units.add(new ArrayList<>(List.of(item)));
            }
            orPending = false;
        }
        return new Parsed(units, excluded);
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
        return NOT_AND_SPACES.matcher(out).replaceAll("-");
    }
}
