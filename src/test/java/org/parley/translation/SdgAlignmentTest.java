package org.parley.translation;

import org.parley.document.ParagraphTranslation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Visibility;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SDG goals and targets (parallel EN/FR/ES, src/test/resources/corpus/sdg-goals-targets-indicators-en-fr-es)
 * import as one document with three aligned languages; the corpus ids are the truth.
 */
@ParleyTest
class SdgAlignmentTest {

    private static final String CORPUS = "/corpus/sdg-goals-targets-indicators-en-fr-es/";

    @Autowired
    TestData data;
    @Autowired
    TranslationService translations;
    @Autowired
    DocumentService documents;

    private List<JsonNode> truth;

    @BeforeEach
    void setUp() throws IOException {
        data.reset();
        truth = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : read("goals_targets_parallel_en_fr_es.jsonl").split("\n")) {
            if (!line.isBlank()) {
                truth.add(json.readTree(line));
            }
        }
    }

    @Test
    void goals_and_targets_import_as_one_document_with_three_aligned_languages() throws IOException {
        DocumentVersion version = data.openDocument("sdg", Visibility.PUBLIC, read("goals_targets.en.md")).latest();
        data.signIn(data.person(GlobalRole.EDITOR));
        List<Paragraph> english = data.paragraphs(version);
        assertThat(english).extracting(Paragraph::number)
                .containsExactlyElementsOf(truth.stream().map(t -> t.get("id").asText()).toList());

        for (String language : List.of("fr", "es")) {
            TranslationProposal proposal = translations.propose(version, language, "goals_targets." + language
                    + ".md", read("goals_targets." + language + ".md").getBytes(StandardCharsets.UTF_8));
            assertThat(proposal.method()).isEqualTo(AlignmentMethod.NUMBERS);
            assertThat(proposal.needsReview()).as(language + " needs no review").isFalse();
            translations.accept(version, language,
                    proposal.paragraphs().stream().map(p -> new TranslatedParagraph(p.paragraphId(),
                            p.proposedText())).toList(),
                    proposal.headings().stream().map(h -> new TranslatedParagraph(h.sectionId(),
                            h.proposedHeading())).toList());

            Map<Long, ParagraphTranslation> stored = translations.text(version, language).paragraphs();
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < truth.size(); i++) {
                ParagraphTranslation t = stored.get(english.get(i).id());
                if (t == null || !t.text().equals(collapsed(
                        // the corpus is partly NFD; Parley stores what enters in NFC
                        org.parley.base.UnicodeText.nfc(truth.get(i).get(language).asText())))) {
                    wrong.add(truth.get(i).get("id").asText() + " -> " + (t == null ? null : t.text()));
                }
            }
            System.out.printf("SDG %s: %d of %d goals and targets aligned to the right source paragraph%n",
                    language, truth.size() - wrong.size(), truth.size());
            assertThat(wrong).isEmpty();
            assertThat(translations.text(version, language).headings()).hasSize(17);
        }
        assertThat(translations.languages(version)).containsExactly("en", "es", "fr");
    }

    /**
     * Without numbers to go by (a translation typed without them), the length-based alignment alone: how many of
     * the 186 units it pairs correctly, and that every wrong pair is flagged for review rather than guessed.
     */
    @Test
    void without_numbers_the_length_alignment_pairs_most_units_and_flags_the_rest() {
        for (String language : List.of("fr", "es")) {
            List<ParagraphAlignment.Unit> source = units("en", false);
            List<ParagraphAlignment.Unit> translated = units(language, true);

            ParagraphAlignment.Result result = ParagraphAlignment.align(source, translated);

            assertThat(result.method()).isEqualTo(AlignmentMethod.LENGTHS);
            long right = result.pairs().stream().filter(p -> p.translated().equals(List.of(p.source()))).count();
            long wrongButUnflagged = result.pairs().stream()
                    .filter(p -> !p.translated().equals(List.of(p.source())) && !p.uncertain()).count();
            System.out.printf("SDG %s by lengths only: %d of %d right, %d flagged uncertain, %d wrong unflagged%n",
                    language, right, source.size(), result.pairs().stream().filter(p -> p.uncertain()).count(),
                    wrongButUnflagged);
            assertThat(right).isGreaterThanOrEqualTo(source.size() * 9L / 10);
        }
    }

    /** The length alignment after one translated target went missing: the gap is found and flagged. */
    @Test
    void a_missing_translated_target_is_flagged_where_it_is_missing() {
        List<ParagraphAlignment.Unit> source = units("en", false);
        List<ParagraphAlignment.Unit> translated = new ArrayList<>(units("fr", true));
        int missing = indexOf("10.7");
        translated.remove(missing);

        ParagraphAlignment.Result result = ParagraphAlignment.align(source, translated);

        Map<Integer, ParagraphAlignment.Pair> bySource = result.pairs().stream()
                .collect(Collectors.toMap(ParagraphAlignment.Pair::source, Function.identity()));
        assertThat(result.pairs()).hasSize(source.size());
        assertThat(result.pairs().stream().filter(p -> p.translated().isEmpty() || p.uncertain())
                .map(ParagraphAlignment.Pair::source))
                .as("the review points near 10.7").anyMatch(i -> Math.abs(i - missing) <= 2);
        assertThat(bySource.get(missing + 5).translated()).containsExactly(missing + 4);
    }

    private int indexOf(String id) {
        for (int i = 0; i < truth.size(); i++) {
            if (truth.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private List<ParagraphAlignment.Unit> units(String language, boolean withoutNumbers) {
        List<ParagraphAlignment.Unit> units = new ArrayList<>();
        for (int i = 0; i < truth.size(); i++) {
            String number = withoutNumbers ? "P" + (i + 1) : truth.get(i).get("id").asText();
            units.add(new ParagraphAlignment.Unit(number, truth.get(i).get(language).asText()));
        }
        return units;
    }

    /** The importer collapses runs of spaces (FR goal 4 has four in the corpus). */
    private static String collapsed(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String read(String name) throws IOException {
        try (InputStream in = SdgAlignmentTest.class.getResourceAsStream(CORPUS + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
