package org.parley.statistics;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.base.UserFacingException;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Section;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.disposition.DispositionKind;
import org.parley.disposition.DispositionService;
import org.parley.drafting.RevisionService;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.StatementCounter;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One round with comments of every status: published ones count, pending, hidden and withdrawn ones (and a
 * reply under a hidden comment) do not; answers count once the next version is out, for editors at once.
 */
@ParleyTest
class StatisticsServiceTest {

    static final String PAPER = """
            A preamble before any heading.

            ## 1. Housing

            Access to adequate housing is the foundation of inclusion.

            Health is a fundamental right for every resident.

            ## 2. Work

            Work permits are issued within a month.
            """;

    @Autowired
    TestData data;
    @Autowired
    StatisticsService statistics;
    @Autowired
    CommentService comments;
    @Autowired
    DispositionService dispositions;
    @Autowired
    RevisionService revisions;
    @Autowired
    DocumentService documents;
    @Autowired
    StatementCounter counter;

    private Organisation africa;
    private Organisation city;
    private Comment support;
    private Comment objection;
    private Comment amendment;
    private Comment personal;
    private DocumentVersion first;
    private List<Section> sections;
    private Person editor;

    @BeforeEach
    void setUp() {
        data.reset();
        first = data.openDocument("paper", Visibility.PUBLIC, PAPER).latest();
        List<Paragraph> p = data.paragraphs(first);
        sections = SystemActor.call(() -> documents.sections(first));
        africa = data.organisation(OrganisationKind.REGIONAL_SECTION);
        city = data.organisation(OrganisationKind.LOCAL_GOVERNMENT);
        Person africaFocal = data.person(GlobalRole.CONTRIBUTOR);
        Person africaMember = data.person(GlobalRole.CONTRIBUTOR);
        Person cityFocal = data.person(GlobalRole.CONTRIBUTOR);
        Person resident = data.person(GlobalRole.CONTRIBUTOR);
        editor = data.person(GlobalRole.EDITOR);
        data.membership(africaFocal, africa, MembershipRole.FOCAL_POINT);
        data.membership(africaMember, africa, MembershipRole.MEMBER);
        data.membership(cityFocal, city, MembershipRole.FOCAL_POINT);

        data.signIn(africaFocal);
        support = comments.post(p.get(1).id(), NewComment.of(CommentKind.SUPPORT, "Yes.").onBehalfOf(africa.id()));
        objection = comments.post(p.get(3).id(), NewComment.of(CommentKind.OBJECTION, "Too slow.")
                .onBehalfOf(africa.id()));
        data.signIn(africaMember);
        comments.post(p.get(2).id(), NewComment.of(CommentKind.COMMENT, "Pending draft.").onBehalfOf(africa.id()));
        data.signIn(cityFocal);
        amendment = comments.post(p.get(1).id(), NewComment.of(CommentKind.AMENDMENT, "Say decent.")
                .proposing("Access to decent housing is the foundation of inclusion.").onBehalfOf(city.id()));
        Comment hidden = comments.post(p.get(3).id(), NewComment.of(CommentKind.QUESTION, "Rude question.")
                .onBehalfOf(city.id()));
        data.signIn(africaFocal);
        comments.post(p.get(3).id(), NewComment.of(CommentKind.COMMENT, "Reply under a hidden comment.")
                .replyTo(hidden.id()));
        data.signIn(resident);
        personal = comments.post(p.get(0).id(), NewComment.of(CommentKind.COMMENT, "My own view."));
        Comment withdrawn = comments.post(p.get(3).id(), NewComment.of(CommentKind.QUESTION, "Second thoughts."));
        comments.withdraw(withdrawn.id());
        comments.post(p.get(1).id(), NewComment.of(CommentKind.COMMENT, "Agreed with Africa.")
                .replyTo(support.id()));
        data.signIn(editor);
        comments.hide(hidden.id(), "Off topic.");
        data.signOut();
    }

    @Test
    void participation_per_organisation_counts_only_what_every_reader_sees() {
        DocumentStatistics all = statistics.statistics("paper", null);

        assertThat(all.contributions()).isEqualTo(5);
        assertThat(all.people()).isEqualTo(3);
        assertThat(all.organisations()).isEqualTo(2);
        assertThat(all.byOrganisation()).extracting(Participation::key, Participation::total,
                        Participation::replies, Participation::people)
                .containsExactly(Tuple.tuple(africa.shortName(), 2, 0, 1),
                        Tuple.tuple(null, 2, 1, 1),
                        Tuple.tuple(city.shortName(), 1, 0, 1));
        Participation africaRow = all.byOrganisation().get(0);
        assertThat(africaRow.name()).isEqualTo(africa.name());
        assertThat(africaRow.comments()).isEqualTo(Map.of(CommentKind.SUPPORT, 1, CommentKind.OBJECTION, 1));
        assertThat(all.byOrganisation().get(2).comments()).isEqualTo(Map.of(CommentKind.AMENDMENT, 1));
    }

    @Test
    void participation_per_kind_of_organisation_and_per_section() {
        DocumentStatistics all = statistics.statistics("paper", null);

        assertThat(all.byOrganisationKind()).extracting(Participation::key, Participation::total)
                .containsExactly(Tuple.tuple("REGIONAL_SECTION", 2),
                        Tuple.tuple(null, 2),
                        Tuple.tuple("LOCAL_GOVERNMENT", 1));
        assertThat(all.bySection()).extracting(Participation::key, Participation::topLevel,
                        Participation::replies, Participation::people)
                .containsExactly(Tuple.tuple(null, 1, 0, 1),
                        Tuple.tuple(sections.get(0).title(), 2, 1, 3),
                        Tuple.tuple(sections.get(1).title(), 1, 0, 1));
        assertThat(statistics.label(Breakdown.SECTION, all.bySection().get(0), Locale.ENGLISH))
                .isEqualTo("Before the first heading");
        assertThat(statistics.label(Breakdown.ORGANISATION_KIND, all.byOrganisationKind().get(0), Locale.FRENCH))
                .isEqualTo("Section régionale");
    }

    @Test
    void answers_count_for_readers_once_the_next_version_is_out_and_for_editors_at_once() {
        data.signIn(editor);
        data.schedule(first, VersionStatus.CLOSED, null, null);
        DocumentVersion draft = revisions.startNextDraft("paper").version();
        dispositions.dispose(support.id(), DispositionKind.ACCEPTED, null, List.of(), null);
        dispositions.dispose(objection.id(), DispositionKind.DECLINED, "The law sets the delay.", List.of(), null);
        dispositions.dispose(personal.id(), DispositionKind.NOTED, null, List.of(), null);
        assertThat(statistics.statistics("paper", 1).outcomes()).singleElement().satisfies(round -> {
            assertThat(round.count(Outcome.ACCEPTED)).isEqualTo(1);
            assertThat(round.count(Outcome.DECLINED)).isEqualTo(1);
            assertThat(round.count(Outcome.NOTED)).isEqualTo(1);
            assertThat(round.count(Outcome.UNANSWERED)).as("the amendment").isEqualTo(1);
        });
        data.signOut();
        assertThat(statistics.statistics("paper", null).outcomes()).singleElement()
                .satisfies(round -> assertThat(round.counts()).isEqualTo(Map.of(Outcome.UNANSWERED, 4)));

        data.signIn(data.person(GlobalRole.ADMIN));
        dispositions.publish(draft.id(), "Bogotá", "The amendment is answered at the meeting.", null, null);
        data.signOut();

        RoundOutcomes answered = statistics.statistics("paper", null).outcomes().get(0);
        assertThat(answered.counts()).isEqualTo(Map.of(Outcome.ACCEPTED, 1, Outcome.DECLINED, 1, Outcome.NOTED, 1,
                Outcome.UNANSWERED, 1));
        assertThat(statistics.statistics("paper", null).outcomes()).extracting(RoundOutcomes::round)
                .containsExactly(1, 2);
    }

    @Test
    void one_round_counts_only_its_own_comments_and_every_round_has_a_row() {
        data.signIn(editor);
        data.schedule(first, VersionStatus.CLOSED, null, null);
        DocumentVersion second = revisions.startNextDraft("paper").version();
        assertThat(statistics.statistics("paper", null).rounds()).as("editors see the draft").hasSize(2);
        data.signOut();
        assertThat(statistics.statistics("paper", null).rounds()).as("readers do not").hasSize(1);
        assertThatThrownBy(() -> statistics.statistics("paper", 2)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("statistics.error.unknown-round");

        second = data.schedule(second, VersionStatus.OPEN_FOR_COMMENTS, null, null);
        Person cityFocal = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(cityFocal, city, MembershipRole.FOCAL_POINT);
        data.signIn(cityFocal);
        comments.post(data.paragraphs(second).get(2).id(), NewComment.of(CommentKind.QUESTION, "And health?")
                .onBehalfOf(city.id()));
        data.signOut();

        DocumentStatistics secondRound = statistics.statistics("paper", 2);
        assertThat(secondRound.contributions()).isEqualTo(1);
        assertThat(secondRound.byOrganisation()).singleElement()
                .satisfies(row -> assertThat(row.comments()).isEqualTo(Map.of(CommentKind.QUESTION, 1)));
        assertThat(secondRound.bySection()).singleElement().extracting(Participation::key)
                .as("the same heading in the new version").isEqualTo(sections.get(0).title());
        assertThat(statistics.statistics("paper", null).byRound())
                .extracting(Participation::key, Participation::total)
                .containsExactly(Tuple.tuple("1", 5),
                        Tuple.tuple("2", 1));
    }

    @Test
    void a_members_only_document_is_not_found_for_anonymous_readers() {
        data.openDocument("internal", Visibility.MEMBERS, PAPER);

        assertThatThrownBy(() -> statistics.statistics("internal", null))
                .isInstanceOf(org.parley.document.DocumentNotFoundException.class);
        data.signIn(data.person(GlobalRole.READER));
        assertThat(statistics.statistics("internal", null).contributions()).isZero();
    }

    @Test
    void the_csv_of_a_breakdown_is_in_the_readers_language() {
        String csv = new String(statistics.csv("paper", null, Breakdown.ORGANISATION, Locale.FRENCH),
                StandardCharsets.UTF_8);

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFOrganisation,Commentaire,Question,Soutien,Objection,Amendement,"
                + "Réponses,Total,Personnes");
        assertThat(lines[1]).isEqualTo(africa.name() + ",0,0,1,1,0,0,2,1");
        assertThat(lines[2]).isEqualTo("À titre personnel,1,0,0,0,0,1,2,1");
        assertThat(lines).hasSize(4);
    }

    @Test
    void the_statement_count_does_not_grow_with_the_comments() {
        int few = counter.statementsOf(() -> statistics.statistics("paper", null)).size();
        data.signIn(data.person(GlobalRole.CONTRIBUTOR));
        for (int i = 0; i < 20; i++) {
            comments.post(data.paragraphs(first).get(2).id(), NewComment.of(CommentKind.COMMENT, "More " + i));
        }
        data.signOut();

        List<String> statements = counter.statementsOf(() -> statistics.statistics("paper", null));
        assertThat(statistics.statistics("paper", null).contributions()).isEqualTo(25);
        assertThat(statements).hasSize(few);
    }
}
