package org.parley.translation;

import org.parley.document.ParagraphTranslation;
import org.parley.document.VersionText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.journal.Journal;
import org.parley.base.Messages;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.drafting.RevisionService;
import org.parley.security.GlobalRole;
import org.parley.base.PermissionDeniedException;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParleyTest
class TranslationServiceTest {

    private static final String SOURCE = """
            # Paper

            ## I. Housing

            1. Access to adequate housing is the foundation of every other dimension of inclusion.

            2. Municipal housing policies rarely target migrants explicitly, and they need not do so.

            ## II. Health

            3. Health is both a fundamental right and a matter of public interest for the whole city.
            """;

    private static final String FRENCH = """
            # Document

            ## I. Logement

            1. L'accès à un logement convenable est le fondement de toute autre dimension de l'inclusion.

            2. Les politiques municipales du logement ciblent rarement les migrants de manière explicite.

            ## II. Santé

            3. La santé est à la fois un droit fondamental et une question d'intérêt public pour toute la ville.
            """;

    @Autowired
    Messages messages;
    @Autowired
    TestData data;
    @Autowired
    TranslationService translations;
    @Autowired
    DocumentService documents;
    @Autowired
    RevisionService revisions;
    @Autowired
    Journal journal;

    private DocumentVersion version;

    @BeforeEach
    void setUp() {
        data.reset();
        version = data.openDocument("paper", Visibility.PUBLIC, SOURCE).latest();
        data.signIn(data.person(GlobalRole.EDITOR));
    }

    @Test
    void a_translation_with_the_same_numbers_is_aligned_by_number_and_saved_when_accepted() {
        TranslationProposal proposal = translations.propose(version, "fr", "fr.md", bytes(FRENCH));

        assertThat(proposal.method()).isEqualTo(AlignmentMethod.NUMBERS);
        assertThat(proposal.needsReview()).isFalse();
        assertThat(proposal.paragraphs()).extracting(ProposedTranslation::proposedText).containsExactly(
                "L'accès à un logement convenable est le fondement de toute autre dimension de l'inclusion.",
                "Les politiques municipales du logement ciblent rarement les migrants de manière explicite.",
                "La santé est à la fois un droit fondamental et une question d'intérêt public pour toute la ville.");
        assertThat(translations.text(version, "fr").paragraphs()).as("nothing saved before acceptance").isEmpty();

        accept(proposal);

        VersionText french = translations.text(version, "fr");
        List<Paragraph> source = data.paragraphs(version);
        assertThat(french.paragraphs().get(source.get(1).id()).text()).startsWith("Les politiques municipales");
        assertThat(french.paragraphs().values()).noneMatch(ParagraphTranslation::outdated);
        assertThat(french.headings().values()).containsExactlyInAnyOrder("Logement", "Santé");
        assertThat(translations.languages(version)).containsExactly("en", "fr");
        assertThat(journal.auditCount("document_version", version.id())).isGreaterThan(0);
    }

    @Test
    void a_translation_with_another_number_of_paragraphs_is_proposed_for_review_not_saved() {
        String merged = """
                L'accès à un logement convenable est le fondement de toute autre dimension de l'inclusion.

                La santé est à la fois un droit fondamental et une question d'intérêt public pour toute la ville.
                """;

        TranslationProposal proposal = translations.propose(version, "fr", "fr.md", bytes(merged));

        assertThat(proposal.method()).isEqualTo(AlignmentMethod.LENGTHS);
        assertThat(proposal.sourceCount()).isEqualTo(3);
        assertThat(proposal.translatedCount()).isEqualTo(2);
        assertThat(proposal.needsReview()).isTrue();
        assertThat(proposal.uncertainCount()).isPositive();
        assertThat(translations.text(version, "fr").paragraphs()).isEmpty();
    }

    @Test
    void a_translation_is_outdated_once_the_source_paragraph_changes_in_a_later_version() {
        accept(translations.propose(version, "fr", "fr.md", bytes(FRENCH)));
        data.schedule(version, VersionStatus.CLOSED, null, null);
        var proposal = revisions.proposeRevision("paper", "v2.md", bytes(SOURCE.replace(
                "rarely target migrants explicitly", "seldom name migrants explicitly")));
        DocumentVersion second = revisions.acceptProposal(proposal.importId(), List.of()).version();

        VersionText french = translations.text(second, "fr");

        List<Paragraph> paragraphs = data.paragraphs(second);
        assertThat(french.paragraphs()).as("carried forward to the new draft").hasSize(3);
        assertThat(french.paragraphs().get(paragraphs.get(0).id()).outdated()).isFalse();
        assertThat(french.paragraphs().get(paragraphs.get(1).id()).outdated()).isTrue();
        assertThat(french.paragraphs().get(paragraphs.get(1).id()).ownRevision()).isNull();
        assertThat(translations.text(version, "fr").outdatedCount()).as("the first version is unchanged").isZero();

        ParagraphTranslation updated = translations.translate(paragraphs.get(1).id(), "fr",
                "Les politiques municipales du logement nomment rarement les migrants.", null);

        assertThat(updated.outdated()).isFalse();
        assertThat(translations.text(second, "fr").outdatedCount()).isZero();
    }

    @Test
    void two_translators_do_not_overwrite_each_other() {
        long paragraphId = data.paragraphs(version).get(0).id();
        ParagraphTranslation first = translations.translate(paragraphId, "es", "El acceso a la vivienda.", null);

        assertThatThrownBy(() -> translations.translate(paragraphId, "es", "Otra traducción.", null))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.concurrent-change"));
        assertThat(translations.translate(paragraphId, "es", "El acceso a una vivienda digna.",
                first.ownRevision()).text()).isEqualTo("El acceso a una vivienda digna.");
    }

    @Test
    void translating_a_published_version_is_allowed_and_leaves_its_source_unchanged() {
        DocumentVersion published = data.schedule(version, VersionStatus.PUBLISHED, null, null);
        List<Paragraph> before = data.paragraphs(published);

        accept(translations.propose(published, "fr", "fr.md", bytes(FRENCH)));

        assertThat(data.paragraphs(published)).isEqualTo(before);
        assertThat(translations.text(published, "fr").paragraphs()).hasSize(3);
    }

    @Test
    void unknown_or_source_language_is_refused_with_a_clear_message() {
        long paragraphId = data.paragraphs(version).get(0).id();

        assertThatThrownBy(() -> translations.translate(paragraphId, "de", "Zugang zu Wohnraum.", null))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("translation.error.language"));
        assertThatThrownBy(() -> translations.propose(version, "en", "en.md", bytes(SOURCE)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("translation.error.source-language");
                    assertThat(messages.get(e, Locale.FRENCH)).isEqualTo(
                            "Le texte est déjà en anglais : une traduction doit être dans une autre langue.");
                });
        assertThatThrownBy(() -> translations.text(version, "xx"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("translation.error.language"));
        assertThatThrownBy(() -> translations.translate(paragraphId, "fr", "   ", null))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("translation.error.empty"));
    }

    @Test
    void only_editors_and_admins_translate_but_readers_read_translations() {
        long paragraphId = data.paragraphs(version).get(0).id();
        translations.translate(paragraphId, "fr", "L'accès au logement.", null);
        data.signIn(data.person(GlobalRole.CONTRIBUTOR));

        assertThatThrownBy(() -> translations.translate(paragraphId, "fr", "Autre.", 0))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> translations.propose(version, "fr", "fr.md", bytes(FRENCH)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(translations.text(version, "fr").paragraphs().get(paragraphId).text())
                .isEqualTo("L'accès au logement.");
        assertThat(translations.text(version, "fr").paragraphs().get(paragraphId).outdated()).isFalse();
    }

    private void accept(TranslationProposal proposal) {
        translations.accept(documents.version(proposal.versionId()), proposal.language(),
                proposal.paragraphs().stream()
                        .map(p -> new TranslatedParagraph(p.paragraphId(), p.proposedText())).toList(),
                proposal.headings().stream()
                        .map(h -> new TranslatedParagraph(h.sectionId(), h.proposedHeading())).toList());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
