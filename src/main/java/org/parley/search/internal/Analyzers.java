package org.parley.search.internal;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

import java.util.HashMap;
import java.util.Map;

/** The analysers of the index: one per content language, and a language-neutral one. */
final class Analyzers {

    private Analyzers() {
    }

    /**
     * Case- and accent-folding, French elision removed, and the stop words of English, French and Spanish
     * dropped, so that {@code reseau} finds réseau, {@code integracion} finds integración, and a query of
     * only stop words is recognised as such.
     */
    static Analyzer neutral() {
        CharArraySet stopWords = new CharArraySet(512, true);
        stopWords.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stopWords.addAll(FrenchAnalyzer.getDefaultStopSet());
        stopWords.addAll(SpanishAnalyzer.getDefaultStopSet());
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, stopWords);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Every field analysed the way it was indexed; keyword fields are left untouched. */
    static Analyzer perField() {
        Analyzer neutral = neutral();
        Map<String, Analyzer> byField = new HashMap<>();
        byField.put(IndexSchema.TEXT, neutral);
        byField.put(IndexSchema.TITLE, neutral);
        byField.put(IndexSchema.HEADING, neutral);
        byField.put(IndexSchema.textField("en"), new EnglishAnalyzer());
        byField.put(IndexSchema.textField("fr"), new FrenchAnalyzer());
        byField.put(IndexSchema.textField("es"), new SpanishAnalyzer());
        byField.put(IndexSchema.textField("ar"), new ArabicAnalyzer());
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField);
    }
}
