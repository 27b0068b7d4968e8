package org.parley.search.internal;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * The analysers of the index: one per content language, and a language-neutral one. Every one of them first
 * maps the typographic variants people do not type (’ ‘ ʼ for the apostrophe, œ, æ) and normalises to NFKC with
 * case folding (ICU), so that decomposed accents (the UN texts' NFD), non-breaking and thin spaces and
 * compatibility forms match what is typed; the folded fields then drop accents and Arabic letter variants as well.
 * <p>
 * Accents are folded by {@link ASCIIFoldingFilter}, not ICU's folding filter: that filter reads a data file built
 * for ICU 74, which the ICU 76 that the PDF export brings refuses to load. For Latin and Arabic script, NFKC with
 * case folding, ASCII folding and Arabic normalisation do the same.
 */
final class Analyzers {

    private Analyzers() {
    }

    private static final NormalizeCharMap TYPOGRAPHY;

    static {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (String apostrophe : new String[] {"\u2019", "\u2018", "\u02BC", "\u02BB", "\u2032", "\u00B4", "`"}) {
            map.add(apostrophe, "'");
        }
        map.add("œ", "oe");
        map.add("Œ", "OE");
        map.add("æ", "ae");
        map.add("Æ", "AE");
        TYPOGRAPHY = map.build();
    }

    /** The stop words of English, French and Spanish: a word in this set is never required by a query. */
    static final CharArraySet COMMON_WORDS;

    static {
        CharArraySet words = new CharArraySet(512, true);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        words.addAll(FrenchAnalyzer.getDefaultStopSet());
        words.addAll(SpanishAnalyzer.getDefaultStopSet());
        COMMON_WORDS = CharArraySet.unmodifiableSet(words);
    }

    static Reader normalised(Reader reader) {
        return new ICUNormalizer2CharFilter(new MappingCharFilter(TYPOGRAPHY, reader));
    }

    /**
     * Case-, accent- and Arabic-variant-folding, French elision removed, and the stop words of English, French and
     * Spanish dropped (keeping their positions, so that phrases still match by position), so that {@code reseau}
     * finds réseau, {@code integracion} finds integración, and a query of only stop words is recognised as such.
     */
    static Analyzer neutral() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return normalised(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new StopFilter(stream, COMMON_WORDS);
                stream = new ASCIIFoldingFilter(stream);
                stream = new ArabicNormalizationFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected Reader initReaderForNormalization(String fieldName, Reader reader) {
                return normalised(reader);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ArabicNormalizationFilter(new ASCIIFoldingFilter(in));
            }
        };
    }

    /** A stock language analyser behind the same normalisation, its stems folded like the neutral field's. */
    static Analyzer language(Analyzer stock, boolean foldStems) {
        return new AnalyzerWrapper(stock.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return stock;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                return normalised(reader);
            }

            @Override
            protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
                return normalised(reader);
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                if (!foldStems) {
                    return components;
                }
                return new TokenStreamComponents(components.getSource(),
                        new ASCIIFoldingFilter(components.getTokenStream()));
            }
        };
    }

    /** The analyser of one content language's stemmed field. */
    static Analyzer forLanguage(String language) {
        return switch (language) {
            case "en" -> language(new EnglishAnalyzer(), true);
            case "fr" -> language(new FrenchAnalyzer(), true);
            case "es" -> language(new SpanishAnalyzer(), true);
            case "ar" -> language(new ArabicAnalyzer(), false);
            default -> throw new IllegalArgumentException(language);
        };
    }

    /** Every field analysed the way it was indexed; keyword fields are left untouched. */
    static Analyzer perField() {
        Analyzer neutral = neutral();
        Map<String, Analyzer> byField = new HashMap<>();
        byField.put(IndexSchema.TEXT, neutral);
        byField.put(IndexSchema.TITLE, neutral);
        byField.put(IndexSchema.HEADING, neutral);
        for (String language : IndexSchema.LANGUAGES) {
            byField.put(IndexSchema.textField(language), forLanguage(language));
        }
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField);
    }
}
