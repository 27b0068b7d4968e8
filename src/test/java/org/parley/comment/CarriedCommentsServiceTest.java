package org.parley.comment;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.ChangeKind;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphOrigin;
import org.parley.document.Visibility;
import org.parley.base.WordDiff;
import org.parley.document.importing.ParsedDocument;
import org.parley.document.importing.ParsedParagraph;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.disposition.DispositionKind;
import org.parley.disposition.DispositionService;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.ManyComments;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.StatementCounter;
import org.parley.testsupport.TestClock;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Comments follow their paragraph across versions: unchanged, edited, moved, split and merged paragraphs carry
 * the comments of their ancestors; comments on deleted text are listed as on removed text.
 */
@ParleyTest
class CarriedCommentsServiceTest {

    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    CarriedCommentsService carried;
    @Autowired
    CommentService comments;
    @Autowired
    DocumentService documents;
    @Autowired
    DispositionService dispositions;
    @Autowired
    StatementCounter counter;
    @Autowired
    DSLContext dsl;

    private DocumentVersion v1;
    private List<Paragraph> first;
    private final List<Comment> said = new ArrayList<>();
    private Person contributor;
    private Person editor;

    /** Version 1: paragraphs A to G, one comment on each. */
    @BeforeEach
    void setUp() {
        data.reset();
        v1 = data.openDocument("paper", Visibility.MEMBERS, """
                # Paper

                Alpha cities welcome newcomers.

                Beta regions coordinate services.

                Gamma housing comes first. Delta schools follow.

                Epsilon health is a right.

                Zeta work is a right.

                Eta local governments lead.

                Theta this paragraph will be deleted.
                """).latest();
        first = data.paragraphs(v1);
        contributor = data.person(GlobalRole.CONTRIBUTOR);
        editor = data.person(GlobalRole.EDITOR);
        data.signIn(contributor);
        for (Paragraph p : first) {
            said.add(comments.post(p.id(), NewComment.of(CommentKind.COMMENT, "On " + p.text().split(" ")[0])));
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    /** Version 2: Eta moved first; Alpha unchanged; Beta edited; Gamma split; Epsilon+Zeta merged; Theta deleted. */
    private DocumentVersion secondVersion() {
        data.signIn(editor);
        List<Paragraph> p = first;
        return documents.addVersion(v1.documentId(), parsed(
                        "Eta local governments lead.",
                        "Alpha cities welcome newcomers.",
                        "Beta regions and cities coordinate services.",
                        "Gamma housing comes first.",
                        "Delta schools follow.",
                        "Epsilon health and work are rights.",
                        "Iota a new paragraph."),
                List.of(origin(ChangeKind.MOVED, p.get(5)), origin(ChangeKind.UNCHANGED, p.get(0)),
                        origin(ChangeKind.EDITED, p.get(1)), origin(ChangeKind.SPLIT, p.get(2)),
                        new ParagraphOrigin(List.of(p.get(2).id()), ChangeKind.SPLIT, null),
                        new ParagraphOrigin(List.of(p.get(3).id(), p.get(4).id()), ChangeKind.MERGED,
                                p.get(3).lineageId()),
                        ParagraphOrigin.fresh()));
    }

    private static ParsedDocument parsed(String... texts) {
        List<ParsedParagraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            paragraphs.add(new ParsedParagraph(null, String.valueOf(i + 1), texts[i]));
        }
        return new ParsedDocument("Paper", List.of(), paragraphs);
    }

    private static ParagraphOrigin origin(ChangeKind kind, Paragraph predecessor) {
        return new ParagraphOrigin(List.of(predecessor.id()), kind, predecessor.lineageId());
    }

    private List<String> bodiesOn(Paragraph paragraph) {
        return carried.earlierComments(paragraph.id()).stream().map(c -> c.comment().body()).toList();
    }

    @Test
    void each_paragraph_of_the_next_version_shows_the_comments_of_its_predecessors() {
        List<Paragraph> second = data.paragraphs(secondVersion());

        assertThat(bodiesOn(second.get(0))).containsExactly("On Eta");
        assertThat(bodiesOn(second.get(1))).containsExactly("On Alpha");
        assertThat(bodiesOn(second.get(2))).containsExactly("On Beta");
        assertThat(bodiesOn(second.get(3))).containsExactly("On Gamma");
        assertThat(bodiesOn(second.get(4))).containsExactly("On Gamma");
        assertThat(bodiesOn(second.get(5))).containsExactly("On Epsilon", "On Zeta");
        assertThat(bodiesOn(second.get(6))).isEmpty();
    }

    @Test
    void a_carried_comment_says_where_it_was_made_and_what_changed_since() {
        List<Paragraph> second = data.paragraphs(secondVersion());

        CarriedComment edited = carried.earlierComments(second.get(2).id()).get(0);
        assertThat(edited.versionNumber()).isEqualTo(1);
        assertThat(edited.paragraphNumber()).isEqualTo(first.get(1).number());
        assertThat(edited.oldText()).isEqualTo("Beta regions coordinate services.");
        assertThat(edited.changes()).filteredOn(s -> s.change() == WordDiff.Change.INSERTED)
                .extracting(WordDiff.Segment::text).containsExactly("and cities ");
        assertThat(edited.unchanged()).isFalse();
        assertThat(carried.earlierComments(second.get(1).id()).get(0).unchanged()).isTrue();
        CarriedComment moved = carried.earlierComments(second.get(0).id()).get(0);
        assertThat(moved.paragraphNumber()).isEqualTo(first.get(5).number());
        assertThat(moved.unchanged()).isTrue();
    }

    @Test
    void comments_on_deleted_text_are_listed_as_on_removed_text_with_that_text() {
        DocumentVersion v2 = secondVersion();

        List<CarriedComment> removed = carried.removedTextComments(v2.id());

        assertThat(removed).extracting(c -> c.comment().body()).containsExactly("On Theta");
        assertThat(removed.get(0).oldText()).isEqualTo("Theta this paragraph will be deleted.");
        assertThat(removed.get(0).versionNumber()).isEqualTo(1);
        assertThat(removed.get(0).changes()).isEmpty();
        assertThat(carried.removedTextComments(v1.id())).isEmpty();
    }

    @Test
    void comments_follow_across_two_version_steps_and_text_removed_later_is_still_listed() {
        DocumentVersion v2 = secondVersion();
        List<Paragraph> second = data.paragraphs(v2);
        SystemActor.run(() -> documents.publish(v2.id(), "Bogotá", null, null,
                OffsetDateTime.now(clock).plusDays(30)));
        clock.advance(Duration.ofMinutes(1)); // the round opens at the stored (rounded) time of publishing
        data.signIn(contributor);
        comments.post(second.get(2).id(), NewComment.of(CommentKind.QUESTION, "Which cities?"));
        comments.post(second.get(5).id(), NewComment.of(CommentKind.OBJECTION, "Keep them apart."));
        data.signIn(editor);
        DocumentVersion v3 = documents.addVersion(v1.documentId(), parsed(
                        "Alpha cities welcome newcomers.",
                        "Beta regions and all cities coordinate services."),
                List.of(origin(ChangeKind.UNCHANGED, second.get(1)), origin(ChangeKind.EDITED, second.get(2))));
        List<Paragraph> third = data.paragraphs(v3);

        List<CarriedComment> onBeta = carried.earlierComments(third.get(1).id());
        assertThat(onBeta).extracting(c -> c.comment().body()).containsExactly("On Beta", "Which cities?");
        assertThat(onBeta).extracting(CarriedComment::versionNumber).containsExactly(1, 2);
        assertThat(onBeta.get(0).changes()).filteredOn(s -> s.change() == WordDiff.Change.INSERTED)
                .extracting(WordDiff.Segment::text).containsExactly("and all cities ");
        assertThat(carried.removedTextComments(v3.id())).extracting(c -> c.comment().body())
                .containsExactly("On Gamma", "On Epsilon", "On Zeta", "On Eta", "On Theta", "Keep them apart.");
        assertThat(carried.counts(v3.id())).containsOnlyKeys(third.get(0).id(), third.get(1).id())
                .containsEntry(third.get(0).id(), 1).containsEntry(third.get(1).id(), 2);
    }

    @Test
    void answers_show_to_readers_once_the_next_version_is_published_and_to_editors_before() {
        DocumentVersion v2 = secondVersion();
        Paragraph beta = data.paragraphs(v2).get(2);
        dispositions.dispose(said.get(1).id(), DispositionKind.PARTLY_ACCEPTED, "Cities added, not towns.",
                List.of(beta.id()), null);
        dispositions.dispose(said.get(6).id(), DispositionKind.DECLINED, "Out of date.", List.of(), null);

        assertThat(carried.earlierComments(beta.id()).get(0).disposition().reason())
                .isEqualTo("Cities added, not towns.");
        data.signIn(contributor);
        assertThatThrownBy(() -> carried.earlierComments(beta.id()))
                .as("a draft is for editors").isInstanceOf(RuntimeException.class);

        SystemActor.run(() -> documents.publish(v2.id(), "Bogotá", null, null, null));
        CarriedComment answered = carried.earlierComments(beta.id()).get(0);
        assertThat(answered.disposition().kind()).isEqualTo("PARTLY_ACCEPTED");
        assertThat(answered.disposition().reason()).isEqualTo("Cities added, not towns.");
        assertThat(carried.removedTextComments(v2.id()).get(0).disposition().kind()).isEqualTo("DECLINED");
    }

    @Test
    void an_answer_whose_next_version_is_a_draft_is_shown_to_editors_as_not_yet_public() {
        DocumentVersion v2 = secondVersion();
        SystemActor.run(() -> documents.publish(v2.id(), "Bogotá", null, null,
                OffsetDateTime.now(clock).plusDays(30)));
        clock.advance(Duration.ofMinutes(1)); // the round opens at the stored (rounded) time of publishing
        Paragraph beta2 = data.paragraphs(v2).get(2);
        data.signIn(contributor);
        Comment question = comments.post(beta2.id(), NewComment.of(CommentKind.QUESTION, "Which cities?"));
        data.signIn(editor);
        DocumentVersion v3 = documents.addVersion(v1.documentId(), parsed("Beta regions and cities coordinate."),
                List.of(origin(ChangeKind.EDITED, beta2)));
        Paragraph beta3 = data.paragraphs(v3).get(0);
        dispositions.dispose(question.id(), DispositionKind.NOTED, null, List.of(beta3.id()), null);

        CarriedComment seenByEditor = carried.earlierComments(beta3.id()).get(1);
        assertThat(seenByEditor.disposition().kind()).isEqualTo("NOTED");
        assertThat(seenByEditor.disposition().published()).isFalse();
    }

    @Test
    void hidden_withdrawn_and_pending_comments_are_carried_only_to_those_who_may_see_them() {
        Organisation africa = data.organisation(OrganisationKind.REGIONAL_SECTION);
        Person member = data.person(GlobalRole.CONTRIBUTOR);
        Person colleague = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(member, africa, MembershipRole.MEMBER);
        data.membership(colleague, africa, MembershipRole.MEMBER);
        data.signIn(member);
        comments.post(first.get(0).id(), NewComment.of(CommentKind.SUPPORT, "Draft of Africa").onBehalfOf(africa.id()));
        Comment withdrawn = comments.post(first.get(0).id(), NewComment.of(CommentKind.COMMENT, "Second thoughts"));
        comments.withdraw(withdrawn.id());
        data.signIn(editor);
        comments.hide(said.get(0).id(), "Insulting");
        Paragraph alpha = data.paragraphs(secondVersion()).get(1);
        SystemActor.run(() -> documents.publish(alpha.versionId(), "Bogotá", null, null, null));

        data.signIn(data.person(GlobalRole.CONTRIBUTOR));
        assertThat(bodiesOn(alpha)).isEmpty();
        data.signIn(colleague);
        assertThat(bodiesOn(alpha)).containsExactly("Draft of Africa");
        data.signIn(member);
        assertThat(bodiesOn(alpha)).containsExactly("Draft of Africa", "Second thoughts");
        data.signIn(editor);
        assertThat(bodiesOn(alpha)).containsExactly("On Alpha");
        assertThat(carried.counts(alpha.versionId())).doesNotContainKey(alpha.id());
    }

    @Test
    void members_only_document_is_hidden_from_anonymous_readers_as_if_it_did_not_exist() {
        Paragraph alpha = data.paragraphs(secondVersion()).get(1);
        SystemActor.run(() -> documents.publish(alpha.versionId(), "Bogotá", null, null, null));
        data.signOut();

        assertThatThrownBy(() -> carried.earlierComments(alpha.id()))
                .isInstanceOf(org.parley.document.DocumentNotFoundException.class);
        assertThatThrownBy(() -> carried.removedTextComments(alpha.versionId()))
                .isInstanceOf(org.parley.document.DocumentNotFoundException.class);
    }

    @Test
    void reading_carried_comments_takes_the_same_statements_for_one_comment_as_for_many() {
        DocumentVersion v2 = secondVersion();
        List<Paragraph> second = data.paragraphs(v2);
        SystemActor.run(() -> documents.publish(v2.id(), "Bogotá", null, null, null));
        data.signIn(contributor);
        List<String> one = counter.statementsOf(() -> carried.earlierComments(second.get(1).id()));
        List<String> removedOne = counter.statementsOf(() -> carried.removedTextComments(v2.id()));

        Organisation africa = data.organisation(OrganisationKind.REGIONAL_SECTION);
        Organisation commission = data.organisation(OrganisationKind.COMMISSION);
        ManyComments.insert(dsl, first.get(0), contributor.id(), africa.id(), commission.id(), editor.id(), 100);
        ManyComments.insert(dsl, first.get(6), contributor.id(), africa.id(), commission.id(), editor.id(), 100);
        data.signIn(contributor);
        List<String> many = counter.statementsOf(() -> {
            assertThat(carried.earlierComments(second.get(1).id())).hasSize(101);
            return null;
        });
        List<String> removedMany = counter.statementsOf(() -> {
            assertThat(carried.removedTextComments(v2.id())).hasSize(101);
            return null;
        });

        assertThat(one).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(many).hasSameSizeAs(one);
        assertThat(removedMany).hasSameSizeAs(removedOne).hasSizeLessThanOrEqualTo(10);
        assertThat(many.stream().filter(sql -> sql.contains("with recursive"))).hasSize(1);
        assertThat(counter.statementsOf(() -> carried.counts(v2.id()))).hasSizeLessThanOrEqualTo(5);
    }

}
