package org.parley.document.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusImportTest {

    private static final DocumentParser PARSER = new DocumentParser(2L * 1024 * 1024);
    private static final Pattern ARTICLE_HEADING = Pattern.compile("(?m)^## Article (\\S+)$");

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = CorpusImportTest.class.getResourceAsStream("/corpus/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    @Nested
    class CodeCivil {

        @ParameterizedTest
        @ValueSource(strings = {
            "livre1-personnes_2011-05-19.md", "livre1-personnes_2015-03-31.md",
            "livre1-titre5-mariage_2011-05-19.md", "livre1-titre5-mariage_2013-05-19.md",
            "livre1-titre5-mariage_2015-03-31.md", "livre1-titre6-divorce_2002-03-05.md",
            "livre1-titre6-divorce_2005-02-12.md"})
        void every_file_imports_with_unique_numbers_and_one_section_per_article(String file) throws IOException {
            byte[] content = resource("fr-code-civil-versions/" + file);
            ParsedDocument doc = PARSER.parse(file, content);

            assertThat(doc.title()).startsWith("Code civil — Livre Ier « Des personnes »");
            assertThat(doc.paragraphs()).isNotEmpty();
            assertThat(doc.paragraphs()).allSatisfy(p -> {
                assertThat(p.text()).isNotBlank();
                assertThat(p.number()).isNotBlank();
            });
            assertThat(doc.paragraphs()).extracting(ParsedParagraph::number).doesNotHaveDuplicates();

            List<String> articles = articleNumbers(new String(content, StandardCharsets.UTF_8));
            assertThat(doc.sections()).extracting(ParsedSection::number).containsExactlyElementsOf(articles);
            assertThat(doc.sections()).allSatisfy(s -> {
                assertThat(s.heading()).isEqualTo("Article " + s.number());
                assertThat(s.level()).isEqualTo(2);
                assertThat(s.parentIndex()).isNull();
            });
        }

        @Test
        void livre1_2015_has_one_paragraph_per_alinea_with_the_broken_alinea_rejoined() throws IOException {
            ParsedDocument doc = PARSER.parse("livre1-personnes_2015-03-31.md",
                    resource("fr-code-civil-versions/livre1-personnes_2015-03-31.md"));

            // 1,671 alinéas + the version line ("P1") − 1 alinéa that starts in lower case after "décès,".
            assertThat(doc.paragraphs()).hasSize(1671);
            assertThat(doc.sections()).hasSize(774);
            assertThat(doc.paragraphs().get(0).number()).isEqualTo("P1");
            assertThat(doc.paragraphs().get(0).text()).startsWith("Version as of 2015-03-31");
            assertThat(byNumber(doc).get("9.2").text()).startsWith("Les juges peuvent, sans préjudice");
            assertThat(doc.paragraphs())
                    .filteredOn(p -> p.text().startsWith("d) Du décédé"))
                    .singleElement()
                    .satisfies(p -> assertThat(p.text()).contains("décès, seront indiqués lorsqu'ils seront connus."));
        }

        @Test
        void article_alineas_are_numbered_after_their_article() throws IOException {
            ParsedDocument doc = PARSER.parse("mariage.md",
                    resource("fr-code-civil-versions/livre1-titre5-mariage_2015-03-31.md"));

            ParsedParagraph first = doc.paragraphs().stream()
                    .filter(p -> p.sectionIndex() != null).findFirst().orElseThrow();
            ParsedSection section = doc.sections().get(first.sectionIndex());
            assertThat(first.number()).isEqualTo(section.number() + ".1");
        }

        private List<String> articleNumbers(String markdown) {
            Matcher m = ARTICLE_HEADING.matcher(markdown);
            return m.results().map(r -> r.group(1)).toList();
        }
    }

    @Nested
    class CgluNote {

        private ParsedDocument parse() throws IOException {
            return PARSER.parse("note-c2c-fr.txt", resource("cglu-c2c-note/note-c2c-fr.txt"));
        }

        @Test
        void all_caps_first_line_is_the_title() throws IOException {
            assertThat(parse().title()).isEqualTo("PROFILS MIGRATOIRES ET DIALOGUE VILLE-A-VILLE EN MEDITERRANEE");
        }

        @Test
        void roman_numbered_lines_become_the_four_sections() throws IOException {
            assertThat(parse().sections()).containsExactly(
                    new ParsedSection(0, null, 1, "I", "Le projet"),
                    new ParsedSection(1, null, 1, "II", "Le rôle de CGLU dans le Projet"),
                    new ParsedSection(2, null, 1, "III", "Objectifs de CLGU"),
                    new ParsedSection(3, null, 1, "IV", "Implication des Sections, Commissions et Groupes de Travail de CGLU"));
        }

        @Test
        void paragraphs_keep_their_numbers_and_bullets_get_section_numbers() throws IOException {
            ParsedDocument doc = parse();

            assertThat(doc.paragraphs()).extracting(ParsedParagraph::number)
                    .containsExactly("P1", "1", "2", "3", "4", "II.1", "II.2", "II.3", "5", "6");
            assertThat(doc.paragraphs()).extracting(ParsedParagraph::sectionIndex)
                    .containsExactly(null, 0, 0, 0, 0, 1, 1, 1, 2, 3);
            assertThat(byNumber(doc).get("P1").text()).startsWith("Le but de ce document est de présenter");
        }

        @Test
        void paragraph_broken_by_a_page_break_is_rejoined() throws IOException {
            String text = byNumber(parse()).get("II.3").text();

            assertThat(text).startsWith("**Contribuer au document politique.** Le projet permettra")
                    .contains("Un premier avant-projet devrait être présenté dans le cadre du Congrès de CGLU à Bogotá")
                    .endsWith("à Quito en Octobre 2016.");
        }

        @Test
        void bullets_after_colon_belong_to_paragraph_5() throws IOException {
            String text = byNumber(parse()).get("5").text();

            assertThat(text.split("\n")).hasSize(5);
            assertThat(text).startsWith("A travers ce projet, CGLU vise à:\n- **Sensibiliser les autorités locales");
            assertThat(text).contains("\n- **Démontrer la responsabilité des gouvernements locaux** pour traiter")
                    .contains("\n- **Promouvoir et améliorer l'apprentissage")
                    .endsWith("par rapport à l'intégration et l'inclusion des migrants.");
        }

        @Test
        void bold_is_kept_as_double_asterisks() throws IOException {
            ParsedDocument doc = parse();

            assertThat(byNumber(doc).get("1").text()).isEqualTo("L'objectif général du projet est de **contribuer "
                    + "à améliorer l'inclusion et l'intégration des migrants au niveau de la ville dans la région sud "
                    + "de la Méditerranée, y compris au travers de l'accès aux droits humains.**");
            assertThat(byNumber(doc).get("II.1").text())
                    .startsWith("**Construire et animer un réseau** d'acteurs")
                    .endsWith("participation: **Tanger, Tunis, Beyrouth, Amman, Lisbonne, Lyon et Turin.**");
        }
    }

    private static Map<String, ParsedParagraph> byNumber(ParsedDocument doc) {
        return doc.paragraphs().stream().collect(Collectors.toMap(ParsedParagraph::number, Function.identity()));
    }
}
