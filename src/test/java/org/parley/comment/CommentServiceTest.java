package org.parley.comment;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.base.UserFacingException;
import org.parley.comment.PermissionMatrix.Cell;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.VersionStatus;
import org.parley.base.WordDiff;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.base.PermissionDeniedException;
import org.parley.testsupport.CommentEvents;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestClock;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@ParleyTest
class CommentServiceTest {

    static final String PAPER = """
            # Migration and cities

            ## 1. Context

            Cities receive most newcomers, and cities coordinate the services that newcomers need.

            Regions fund the services.

            ## 2. Proposals

            Open local welcome offices.
            """;
    static final String P1 = "Cities receive most newcomers, and cities coordinate the services that newcomers need.";
    static final OffsetDateTime OPENS = OffsetDateTime.of(2031, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime NOW = OffsetDateTime.of(2031, 3, 10, 12, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime CLOSES = OffsetDateTime.of(2031, 4, 30, 18, 0, 0, 0, ZoneOffset.UTC);
    static final List<String> TABLES = List.of("comment", "comment_edit", "endorsement", "comment_flag",
            "notification", "audit_event", "change_log");

    @Autowired
    CommentService comments;
    @Autowired
    CommentQueryService queries;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    CommentEvents events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DSLContext dsl;

    DocumentVersion version;
    Paragraph p1;
    Paragraph p2;
    Organisation africa;
    Organisation commission;
    Person editor;
    Person africaFocal;
    Person africaMember;
    Person africaMember2;
    Person commissionFocal;
    Person commissionMember;
    Person outsider;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.set(NOW);
        DocumentSummary document = data.openDocument("paper", PAPER, OPENS, CLOSES);
        version = document.latest();
        List<Paragraph> paragraphs = data.paragraphs(version);
        p1 = paragraphs.get(0);
        p2 = paragraphs.get(1);
        africa = data.organisation(OrganisationKind.REGIONAL_SECTION);
        commission = data.organisation(OrganisationKind.COMMISSION);
        editor = data.person(GlobalRole.EDITOR);
        africaFocal = member(africa, MembershipRole.FOCAL_POINT);
        africaMember = member(africa, MembershipRole.MEMBER);
        africaMember2 = member(africa, MembershipRole.MEMBER);
        commissionFocal = member(commission, MembershipRole.FOCAL_POINT);
        commissionMember = member(commission, MembershipRole.MEMBER);
        outsider = data.person(GlobalRole.CONTRIBUTOR);
        events.clear();
    }

    private Person member(Organisation organisation, MembershipRole role) {
        Person person = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(person, organisation, role);
        return person;
    }

    private void asRun(Person person, Runnable action) {
        data.as(person, () -> {
            action.run();
            return null;
        });
    }

    private Comment post(Person person, NewComment request) {
        return data.as(person, () -> comments.post(p1.id(), request));
    }

    private Comment post(Person person, String body) {
        return post(person, NewComment.of(CommentKind.COMMENT, body));
    }

    private UserFacingException refusal(Person person, Runnable action) {
        return catchThrowableOfType(UserFacingException.class, () -> asRun(person, action));
    }

    private Map<String, Integer> rows() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, dsl.fetchCount(dsl.selectFrom(table))));
        return counts;
    }

    /** Asserts the action is refused with the key and leaves every comment-related table as it was. */
    private void assertRefusedAndNothingStored(Person person, String key, Runnable action) {
        Map<String, Integer> before = rows();
        int eventsBefore = events.received().size();

        UserFacingException e = refusal(person, action);

        assertThat(e).as("refusal").isNotNull();
        assertThat(e.messageKey()).isEqualTo(key);
        assertThat(rows()).isEqualTo(before);
        assertThat(events.received()).hasSize(eventsBefore);
    }

    private List<Comment> threadAs(Person person) {
        return data.as(person, () -> queries.thread(p1.id(), CommentFilter.ALL));
    }

    private int notifications(Person person, NotificationKind kind) {
        return dsl.fetchCount(dsl.selectFrom("notification").where("person_id = ? and kind = ?", person.id(),
                kind.name()));
    }

    private int changeLogRows(long commentId) {
        return dsl.fetchCount(dsl.selectFrom("change_log").where("entity_type = 'COMMENT' and entity_id = ?",
                commentId));
    }

    private int countsOn(Paragraph paragraph, Person reader) {
        return data.as(reader, () -> queries.counts(version.id()).getOrDefault(paragraph.id(), KindCounts.empty()).total());
    }

    @Nested
    class Permissions {

        static Stream<Cell> sample() {
            List<Cell> usable = PermissionMatrix.all()
                    // a draft version is invisible to non-editors: they get "not found" (tested below)
                    .filter(c -> c.round() != PermissionMatrix.Round.DRAFT || c.role().canEdit())
                    .toList();
            Map<String, Cell> firstOfEachOutcome = new LinkedHashMap<>();
            usable.forEach(c -> firstOfEachOutcome.putIfAbsent(c.refusal() + "/" + c.status() + "/" + c.role(), c));
            return Stream.concat(firstOfEachOutcome.values().stream(),
                    IntStream.range(0, usable.size()).filter(i -> i % 29 == 0)
                            .mapToObj(usable::get)).distinct();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("sample")
        void permission_matrix_through_the_service(Cell cell) {
            Person person = data.person(cell.role());
            if (cell.membership() != PermissionMatrix.Membership.NONE) {
                data.membership(person, commission, MembershipRole.valueOf(cell.membership().name()));
            }
            switch (cell.round()) {
                case DRAFT -> data.schedule(version, VersionStatus.DRAFT, OPENS, CLOSES);
                case NOT_STARTED -> data.schedule(version, VersionStatus.OPEN_FOR_COMMENTS, NOW.plusDays(1), CLOSES);
                case CLOSED -> data.schedule(version, VersionStatus.OPEN_FOR_COMMENTS, OPENS, NOW.minusHours(1));
                case PUBLISHED -> data.schedule(version, VersionStatus.PUBLISHED, OPENS, NOW.minusHours(1));
                case OPEN -> { }
            }
            switch (cell.audience()) {
                case EVERYONE -> { }
                case MY_ORGANISATION -> data.audience(version, AudienceRule.organisation(commission.id()));
                case MY_KIND -> data.audience(version, AudienceRule.kind(OrganisationKind.COMMISSION));
                case OTHER_ORGANISATION -> data.audience(version, AudienceRule.organisation(africa.id()));
                case MY_KIND_LATER -> data.audience(version,
                        AudienceRule.kind(OrganisationKind.COMMISSION).from(NOW.plusDays(5)));
            }
            NewComment request = NewComment.of(CommentKind.COMMENT, "A view on the paragraph.");
            request = switch (cell.behalf()) {
                case NONE -> request;
                case MY_ORGANISATION -> request.onBehalfOf(commission.id());
                case OTHER_ORGANISATION -> request.onBehalfOf(africa.id());
            };
            NewComment finalRequest = request;

            if (cell.refusal() != null) {
                assertRefusedAndNothingStored(person, cell.refusal(), () -> comments.post(p1.id(), finalRequest));
                assertThat(consultationRefusal(person, finalRequest))
                        .contains(cell.refusal());
            } else {
                Comment created = post(person, finalRequest);
                assertThat(created.status()).isEqualTo(cell.status());
                assertThat(dsl.fetchCount(dsl.selectFrom("comment"))).isEqualTo(1);
                assertThat(consultationRefusal(person, finalRequest)).isEmpty();
            }
        }

        @Autowired
        ConsultationService consultationService;

        /** The UI asks the consultation service before showing the form: it must agree with the comment service. */
        private Optional<String> consultationRefusal(Person person, NewComment request) {
            return data.as(person, () -> consultationService.refusalToComment(version.id(), request.onBehalfOf()));
        }

        @Test
        void a_contributor_cannot_even_find_a_paragraph_of_a_draft_version() {
            data.schedule(version, VersionStatus.DRAFT, OPENS, CLOSES);

            Map<String, Integer> before = rows();
            assertThat(catchThrowableOfType(DocumentNotFoundException.class,
                    () -> post(outsider, "Too early"))).isNotNull();
            assertThat(rows()).isEqualTo(before);
        }

        @Test
        void a_version_closed_by_its_status_refuses_comments() {
            data.schedule(version, VersionStatus.CLOSED, OPENS, CLOSES);

            assertRefusedAndNothingStored(outsider, "comment.error.round-closed",
                    () -> comments.post(p1.id(), NewComment.of(CommentKind.COMMENT, "Late")));
        }

        @Test
        void anonymous_posting_is_refused_with_login_required() {
            Map<String, Integer> before = rows();

            PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                    () -> comments.post(p1.id(), NewComment.of(CommentKind.COMMENT, "Who am I?")));

            assertThat(e.isLoginRequired()).isTrue();
            assertThat(rows()).isEqualTo(before);
        }
    }

    @Nested
    class SpeakingForAnOrganisation {

        @Test
        void focal_points_comment_for_the_organisation_is_published_at_once() {
            Comment comment = post(africaFocal, NewComment.of(CommentKind.SUPPORT, "Africa supports this.")
                    .onBehalfOf(africa.id()));

            assertThat(comment.status()).isEqualTo(CommentStatus.PUBLISHED);
            assertThat(comment.publishedAt()).isEqualTo(NOW);
            assertThat(comment.organisation().id()).isEqualTo(africa.id());
            assertThat(threadAs(outsider)).extracting(Comment::id).containsExactly(comment.id());
            assertThat(countsOn(p1, outsider)).isEqualTo(1);
            assertThat(notifications(africaFocal, NotificationKind.DRAFT_SUBMITTED)).isZero();
        }

        @Test
        void members_draft_waits_for_a_focal_point_and_is_seen_only_inside_the_organisation() {
            Comment draft = post(africaMember, NewComment.of(CommentKind.OBJECTION, "We object.")
                    .onBehalfOf(africa.id()));

            assertThat(draft.status()).isEqualTo(CommentStatus.PENDING_APPROVAL);
            assertThat(draft.publishedAt()).isNull();
            for (Person stranger : List.of(outsider, commissionFocal, editor)) {
                assertThat(threadAs(stranger)).as("thread of %s", stranger.displayName()).isEmpty();
                assertThat(data.as(stranger, () -> queries.comments(version.id(), CommentFilter.ALL))).isEmpty();
                assertThat(data.as(stranger, () -> queries.comment(draft.id()))).isEmpty();
                assertThat(countsOn(p1, stranger)).isZero();
            }
            for (Person insider : List.of(africaMember, africaMember2, africaFocal)) {
                assertThat(threadAs(insider)).extracting(Comment::id).containsExactly(draft.id());
            }
            assertThat(data.as(africaFocal, () -> queries.pendingForMyOrganisations(version.id())))
                    .extracting(Comment::id).containsExactly(draft.id());
            assertThat(notifications(africaFocal, NotificationKind.DRAFT_SUBMITTED)).isEqualTo(1);
            assertThat(notifications(africaMember, NotificationKind.DRAFT_SUBMITTED)).isZero();
            assertThat(notifications(africaMember2, NotificationKind.DRAFT_SUBMITTED)).isZero();
        }

        @Test
        void approval_publishes_the_draft_and_tells_its_author() {
            Comment draft = post(africaMember, NewComment.of(CommentKind.COMMENT, "Our position.")
                    .onBehalfOf(africa.id()));
            clock.advance(Duration.ofHours(2));

            Comment published = data.as(africaFocal, () -> comments.approve(draft.id()));

            assertThat(published.status()).isEqualTo(CommentStatus.PUBLISHED);
            assertThat(published.publishedAt()).isEqualTo(NOW.plusHours(2));
            assertThat(threadAs(outsider)).extracting(Comment::id).containsExactly(draft.id());
            assertThat(countsOn(p1, outsider)).isEqualTo(1);
            assertThat(notifications(africaMember, NotificationKind.DRAFT_APPROVED)).isEqualTo(1);
            assertThat(refusal(africaFocal, () -> comments.approve(draft.id())).messageKey())
                    .isEqualTo("comment.error.not-pending");
        }

        @Test
        void only_a_focal_point_of_that_organisation_decides_on_its_drafts() {
            Comment draft = post(africaMember, NewComment.of(CommentKind.COMMENT, "Our position.")
                    .onBehalfOf(africa.id()));

            for (Person notAllowed : List.of(africaMember2, commissionFocal, editor, africaMember)) {
                Map<String, Integer> before = rows();
                assertThat(refusal(notAllowed, () -> comments.approve(draft.id())))
                        .isInstanceOf(PermissionDeniedException.class);
                assertThat(refusal(notAllowed, () -> comments.returnToAuthor(draft.id(), "No")))
                        .isInstanceOf(PermissionDeniedException.class);
                assertThat(rows()).isEqualTo(before);
            }
        }

        @Test
        void return_needs_a_note_and_the_authors_edit_sends_the_draft_back_for_approval() {
            Comment draft = post(africaMember, NewComment.of(CommentKind.COMMENT, "Our first position.")
                    .onBehalfOf(africa.id()));

            assertRefusedAndNothingStored(africaFocal, "comment.error.note-empty",
                    () -> comments.returnToAuthor(draft.id(), "  "));
            Comment returned = data.as(africaFocal, () -> comments.returnToAuthor(draft.id(), "Cite the 2019 report."));

            assertThat(returned.status()).isEqualTo(CommentStatus.RETURNED);
            assertThat(returned.reviewNote()).isEqualTo("Cite the 2019 report.");
            assertThat(notifications(africaMember, NotificationKind.DRAFT_RETURNED)).isEqualTo(1);
            assertThat(threadAs(outsider)).isEmpty();

            Comment resubmitted = data.as(africaMember, () -> comments.edit(draft.id(), "Our position (2019 report).",
                    null, returned.revision()));

            assertThat(resubmitted.status()).isEqualTo(CommentStatus.PENDING_APPROVAL);
            assertThat(notifications(africaFocal, NotificationKind.DRAFT_SUBMITTED)).isEqualTo(2);
            assertThat(data.as(africaFocal, () -> comments.approve(draft.id())).body())
                    .isEqualTo("Our position (2019 report).");
        }
    }

    @Nested
    class EditingAndWithdrawing {

        @Test
        void edit_keeps_the_earlier_text_and_counts_revisions() {
            Comment first = post(outsider, "First thoughts.");
            clock.advance(Duration.ofMinutes(5));

            Comment edited = data.as(outsider, () -> comments.edit(first.id(), "Second thoughts.", null, first.revision()));

            assertThat(edited.body()).isEqualTo("Second thoughts.");
            assertThat(edited.revision()).isEqualTo(first.revision() + 1);
            assertThat(edited.editedAt()).isEqualTo(NOW.plusMinutes(5));
            assertThat(data.as(outsider, () -> queries.history(first.id()))).containsExactly("First thoughts.");
            assertThat(dsl.fetchCount(dsl.selectFrom("comment_edit"))).isEqualTo(1);
            assertThat(changeLogRows(first.id())).isEqualTo(2);
        }

        @Test
        void edit_from_a_stale_form_is_refused_and_changes_nothing() {
            Comment first = post(outsider, "First thoughts.");
            data.as(outsider, () -> comments.edit(first.id(), "Second thoughts.", null, first.revision()));

            assertRefusedAndNothingStored(outsider, "error.concurrent-change",
                    () -> comments.edit(first.id(), "Stale thoughts.", null, first.revision()));
            assertThat(data.as(outsider, () -> queries.comment(first.id())).orElseThrow().body())
                    .isEqualTo("Second thoughts.");
        }

        @Test
        void only_the_author_edits_or_withdraws() {
            Comment first = post(outsider, "Mine.");

            assertThat(refusal(africaFocal, () -> comments.edit(first.id(), "Yours", null, 0)))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat(refusal(editor, () -> comments.withdraw(first.id())))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat(dsl.fetchCount(dsl.selectFrom("comment_edit"))).isZero();
        }

        @Test
        void withdrawn_comment_leaves_the_thread_except_as_a_placeholder_above_replies() {
            Comment lonely = post(outsider, "Second thoughts? Withdraw.");
            Comment answered = post(africaFocal, "Replied to.");
            post(outsider, NewComment.of(CommentKind.COMMENT, "A reply.").replyTo(answered.id()));

            asRun(outsider, () -> comments.withdraw(lonely.id()));
            asRun(africaFocal, () -> comments.withdraw(answered.id()));

            List<Comment> seenByOthers = threadAs(commissionMember);
            assertThat(seenByOthers).extracting(Comment::id).doesNotContain(lonely.id());
            Comment placeholder = seenByOthers.stream().filter(c -> c.id() == answered.id()).findFirst().orElseThrow();
            assertThat(placeholder.body()).isNull();
            assertThat(placeholder.status()).isEqualTo(CommentStatus.WITHDRAWN);
            assertThat(threadAs(outsider)).extracting(Comment::id).contains(lonely.id());
            assertThat(countsOn(p1, commissionMember)).isZero();
            assertThat(refusal(outsider, () -> comments.withdraw(lonely.id())).messageKey())
                    .isEqualTo("comment.error.not-editable");
            assertThat(refusal(outsider, () -> comments.edit(lonely.id(), "Back", null, 1)).messageKey())
                    .isEqualTo("comment.error.not-editable");
        }

        @Test
        void stale_submission_after_the_round_closed_is_refused_and_nothing_is_stored() {
            Comment earlier = post(outsider, "Before the deadline.");
            clock.set(CLOSES.plusMinutes(1));

            assertRefusedAndNothingStored(outsider, "comment.error.round-closed",
                    () -> comments.post(p1.id(), NewComment.of(CommentKind.COMMENT, "Typed before, sent after.")));
            assertRefusedAndNothingStored(outsider, "comment.error.round-closed",
                    () -> comments.edit(earlier.id(), "Changed after.", null, earlier.revision()));
            assertRefusedAndNothingStored(outsider, "comment.error.round-closed",
                    () -> comments.withdraw(earlier.id()));
        }
    }

    @Nested
    class Replies {

        @Test
        void replies_go_three_levels_deep_and_no_further() {
            Comment root = post(africaFocal, "Root.");
            Comment first = post(outsider, NewComment.of(CommentKind.QUESTION, "Level 1?").replyTo(root.id()));
            Comment second = post(commissionMember, NewComment.of(CommentKind.COMMENT, "Level 2.")
                    .replyTo(first.id()));

            assertThat(List.of(root.depth(), first.depth(), second.depth())).containsExactly(0, 1, 2);
            assertRefusedAndNothingStored(africaFocal, "comment.error.too-deep", () -> comments.post(p1.id(),
                    NewComment.of(CommentKind.COMMENT, "Level 3.").replyTo(second.id())));
            assertThat(threadAs(editor)).extracting(Comment::id).containsExactly(root.id(), first.id(), second.id());
            assertThat(countsOn(p1, editor)).as("replies are not counted in the margin").isEqualTo(1);
        }

        @Test
        void reply_to_a_hidden_missing_draft_or_other_paragraphs_comment_is_refused() {
            Comment hidden = post(africaFocal, "To be hidden.");
            asRun(editor, () -> comments.hide(hidden.id(), "Off topic."));
            Comment draft = post(africaMember, NewComment.of(CommentKind.COMMENT, "Draft.").onBehalfOf(africa.id()));
            Comment elsewhere = data.as(africaFocal, () -> comments.post(p2.id(), NewComment.of(CommentKind.COMMENT,
                    "On paragraph 2.")));

            for (long parent : List.of(hidden.id(), draft.id(), elsewhere.id(), 999_999L)) {
                assertRefusedAndNothingStored(outsider, "comment.error.parent-unavailable", () -> comments.post(
                        p1.id(), NewComment.of(CommentKind.COMMENT, "A reply.").replyTo(parent)));
            }
        }

        @Test
        void a_reply_cannot_be_an_amendment() {
            Comment root = post(africaFocal, "Root.");

            assertRefusedAndNothingStored(outsider, "comment.error.reply-amendment", () -> comments.post(p1.id(),
                    NewComment.of(CommentKind.AMENDMENT, "Better").proposing("Other text.").replyTo(root.id())));
        }
    }

    @Nested
    class AmendmentsAndAnchors {

        @Test
        void amendment_needs_proposed_text_different_from_the_paragraph() {
            assertRefusedAndNothingStored(outsider, "comment.error.proposed-empty", () -> comments.post(p1.id(),
                    NewComment.of(CommentKind.AMENDMENT, "Change it.")));
            assertRefusedAndNothingStored(outsider, "comment.error.amendment-identical", () -> comments.post(
                    p1.id(), NewComment.of(CommentKind.AMENDMENT, "Same.").proposing("  " + P1.replace(" ", "  "))));
        }

        @Test
        void amendment_is_stored_with_its_proposed_text_and_diffs_by_word() {
            String proposed = "Cities receive most newcomers, and regions coordinate the services that newcomers need.";

            Comment amendment = post(outsider, NewComment.of(CommentKind.AMENDMENT, "Regions do it.")
                    .proposing(proposed));

            assertThat(amendment.proposedText()).isEqualTo(proposed);
            assertThat(WordDiff.between(P1, amendment.proposedText())).containsExactly(
                    new WordDiff.Segment(WordDiff.Change.SAME, "Cities receive most newcomers, and "),
                    new WordDiff.Segment(WordDiff.Change.DELETED, "cities"),
                    new WordDiff.Segment(WordDiff.Change.INSERTED, "regions"),
                    new WordDiff.Segment(WordDiff.Change.SAME, " coordinate the services that newcomers need."));
        }

        @Test
        void anchored_comment_records_where_the_quote_is() {
            int second = P1.lastIndexOf("newcomers");

            Comment near = post(outsider, NewComment.of(CommentKind.COMMENT, "Which newcomers?")
                    .quoting("newcomers", second - 4));
            Comment wrongHint = post(outsider, NewComment.of(CommentKind.COMMENT, "Most?")
                    .quoting("most newcomers", 70));

            assertThat(near.quoteStart()).isEqualTo(second);
            assertThat(near.quote()).isEqualTo("newcomers");
            assertThat(wrongHint.quoteStart()).isEqualTo(P1.indexOf("most newcomers"));
        }

        @Test
        void quote_must_be_in_the_paragraph() {
            assertRefusedAndNothingStored(outsider, "comment.error.quote-not-found", () -> comments.post(p1.id(),
                    NewComment.of(CommentKind.COMMENT, "Hm.").quoting("most migrants", 15)));
            assertRefusedAndNothingStored(outsider, "comment.error.quote-not-found", () -> comments.post(p1.id(),
                    NewComment.of(CommentKind.COMMENT, "Hm.").quoting("Regions fund the services.", 0)));
        }
    }

    @Nested
    class EndorsementsFlagsAndModeration {

        @Test
        void another_organisations_focal_point_endorses_and_it_is_listed_and_counted() {
            Comment comment = post(africaFocal, NewComment.of(CommentKind.SUPPORT, "Yes.").onBehalfOf(africa.id()));

            asRun(commissionFocal, () -> comments.endorse(comment.id(), commission.id()));
            asRun(commissionFocal, () -> comments.endorse(comment.id(), commission.id()));

            assertThat(notifications(africaFocal, NotificationKind.ENDORSED)).as("the author hears of it once")
                    .isEqualTo(1);
            Comment seen = threadAs(outsider).get(0);
            assertThat(seen.endorsements()).extracting(OrganisationRef::id).containsExactly(commission.id());
            assertThat(data.as(outsider, () -> queries.comment(comment.id())).orElseThrow().endorsements()).hasSize(1);
            assertThat(dsl.fetchCount(dsl.selectFrom("endorsement"))).isEqualTo(1);
        }

        @Test
        void own_organisation_and_non_focal_points_cannot_endorse() {
            Comment comment = post(africaFocal, NewComment.of(CommentKind.SUPPORT, "Yes.").onBehalfOf(africa.id()));

            assertRefusedAndNothingStored(africaFocal, "comment.error.endorse-own",
                    () -> comments.endorse(comment.id(), africa.id()));
            assertRefusedAndNothingStored(commissionMember, "comment.error.endorse-not-focal-point",
                    () -> comments.endorse(comment.id(), commission.id()));
            assertRefusedAndNothingStored(africaFocal, "comment.error.endorse-not-focal-point",
                    () -> comments.endorse(comment.id(), commission.id()));
        }

        @Test
        void anyone_signed_in_can_flag_once() {
            Comment comment = post(africaFocal, "Flag me.");

            asRun(outsider, () -> comments.flag(comment.id(), "Spam"));
            assertRefusedAndNothingStored(outsider, "comment.error.already-flagged",
                    () -> comments.flag(comment.id(), null));
            asRun(commissionMember, () -> comments.flag(comment.id(), " "));

            assertThat(dsl.fetchCount(dsl.selectFrom("comment_flag"))).isEqualTo(2);
            assertThat(data.as(outsider, () -> comments.flaggedByMe(comment.id()))).isTrue();
            assertThat(data.as(africaFocal, () -> comments.flaggedByMe(comment.id()))).isFalse();
        }

        @Test
        void hiding_is_for_editors_and_needs_a_reason() {
            Comment comment = post(outsider, "Rude words.");

            Map<String, Integer> before = rows();
            assertThat(refusal(africaFocal, () -> comments.hide(comment.id(), "Rude")))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat(rows()).isEqualTo(before);
            assertRefusedAndNothingStored(editor, "comment.error.note-empty", () -> comments.hide(comment.id(), ""));
        }

        @Test
        void hidden_comment_leaves_counts_and_threads_but_its_author_sees_why() {
            Comment comment = post(outsider, "Rude words.");
            Comment reply = post(africaFocal, NewComment.of(CommentKind.COMMENT, "Indeed.").replyTo(comment.id()));

            asRun(editor, () -> comments.hide(comment.id(), "Insults another member."));

            assertThat(threadAs(commissionMember)).isEmpty();
            assertThat(data.as(commissionMember, () -> queries.comments(version.id(), CommentFilter.ALL))).isEmpty();
            assertThat(countsOn(p1, commissionMember)).isZero();
            assertThat(data.as(commissionMember, () -> queries.comment(comment.id()))).isEmpty();
            Comment seenByAuthor = threadAs(outsider).get(0);
            assertThat(seenByAuthor.hiddenReason()).isEqualTo("Insults another member.");
            assertThat(threadAs(editor)).extracting(Comment::id).containsExactly(comment.id(), reply.id());
            assertThat(notifications(outsider, NotificationKind.COMMENT_HIDDEN)).isEqualTo(1);
            assertThat(dsl.fetchCount(dsl.selectFrom("audit_event").where("action = 'comment.hidden'")))
                    .isEqualTo(1);
            assertThat(refusal(editor, () -> comments.hide(comment.id(), "Again")).messageKey())
                    .isEqualTo("comment.error.already-hidden");
        }
    }

    @Nested
    class BadInput {

        @Test
        void empty_whitespace_and_missing_kind_are_refused() {
            assertRefusedAndNothingStored(outsider, "comment.error.body-empty",
                    () -> comments.post(p1.id(), NewComment.of(CommentKind.COMMENT, "")));
            assertRefusedAndNothingStored(outsider, "comment.error.body-empty",
                    () -> comments.post(p1.id(), NewComment.of(CommentKind.COMMENT, " \n\t ")));
            assertRefusedAndNothingStored(outsider, "comment.error.kind",
                    () -> comments.post(p1.id(), NewComment.of(null, "What kind?")));
        }

        @Test
        void text_over_the_limit_is_refused_with_the_numbers() {
            Map<String, Integer> before = rows();

            UserFacingException e = refusal(outsider, () -> comments.post(p1.id(),
                    NewComment.of(CommentKind.COMMENT, "x".repeat(10_001))));

            assertThat(e.messageKey()).isEqualTo("comment.error.body-too-long");
            assertThat(e.arguments()).containsExactly(10_000, 10_001);
            assertThat(rows()).isEqualTo(before);
            assertThat(post(outsider, "y".repeat(10_000)).body()).hasSize(10_000);
        }

        @Test
        void control_characters_are_refused() {
            assertRefusedAndNothingStored(outsider, "comment.error.control-characters",
                    () -> comments.post(p1.id(), NewComment.of(CommentKind.COMMENT, "Null\u0000byte")));
        }

        @Test
        void html_and_script_are_stored_verbatim_as_text() {
            String html = "<script>alert('x')</script><img src=x onerror=alert(1)> & <b>bold</b>";

            Comment comment = post(outsider, html);

            assertThat(comment.body()).isEqualTo(html);
            assertThat(dsl.fetchValue("select body from comment")).isEqualTo(html);
        }

        @Test
        void unknown_language_code_is_refused() {
            assertRefusedAndNothingStored(outsider, "comment.error.language",
                    () -> comments.post(p1.id(), NewComment.of(CommentKind.COMMENT, "Hello").inLanguage("klingon")));
            assertRefusedAndNothingStored(outsider, "comment.error.language",
                    () -> comments.post(p1.id(), NewComment.of(CommentKind.COMMENT, "Hello").inLanguage("zz")));
        }

        @Test
        void over_long_idempotency_key_is_refused() {
            assertRefusedAndNothingStored(outsider, "comment.error.idempotency-key", () -> comments.post(p1.id(),
                    NewComment.of(CommentKind.COMMENT, "Hello").withIdempotencyKey("k".repeat(201))));
        }
    }

    @Nested
    class IdempotencyAndLanguage {

        @Test
        void same_idempotency_key_twice_returns_the_same_comment_and_stores_one() {
            NewComment request = NewComment.of(CommentKind.COMMENT, "Sent twice.").withIdempotencyKey("key-1");

            Comment first = post(outsider, request);
            Map<String, Integer> after = rows();
            Comment second = post(outsider, request);

            assertThat(second.id()).isEqualTo(first.id());
            assertThat(rows()).isEqualTo(after);
            assertThat(dsl.fetchCount(dsl.selectFrom("comment"))).isEqualTo(1);
            assertThat(post(africaFocal, request).id()).as("keys are per author").isNotEqualTo(first.id());
        }

        @Test
        void language_is_detected_or_taken_as_chosen() {
            assertThat(post(outsider, "Nous proposons que les villes soient consultées sur le budget.").language())
                    .isEqualTo("fr");
            assertThat(post(outsider, "Proponemos que las ciudades sean consultadas por el gobierno.").language())
                    .isEqualTo("es");
            assertThat(post(outsider, "We think that the regions should fund this.").language()).isEqualTo("en");
            assertThat(post(outsider, "نقترح أن تستشار المدن بشأن ميزانية الخدمات").language()).isEqualTo("ar");
            assertThat(post(outsider, "OK").language()).as("document language").isEqualTo("en");
            assertThat(post(outsider, NewComment.of(CommentKind.COMMENT, "We think that the regions should pay.")
                    .inLanguage("pt")).language()).isEqualTo("pt");
        }
    }

    @Nested
    class NotificationsAndEvents {

        @Test
        void reply_notifies_the_parent_author_and_followers_but_not_the_writer() {
            Person follower = data.person(GlobalRole.READER);
            asRun(follower, () -> notifications.follow(p1.lineageId()));
            asRun(outsider, () -> notifications.follow(p1.lineageId()));
            Comment root = post(outsider, "Root.");

            post(africaFocal, NewComment.of(CommentKind.COMMENT, "Reply.").replyTo(root.id()));

            assertThat(notifications(outsider, NotificationKind.REPLY)).isEqualTo(1);
            assertThat(notifications(outsider, NotificationKind.FOLLOWED_PARAGRAPH)).isZero();
            assertThat(notifications(follower, NotificationKind.FOLLOWED_PARAGRAPH)).isEqualTo(2);
            assertThat(notifications(africaFocal, NotificationKind.REPLY)).isZero();
            assertThat(data.as(follower, () -> notifications.unreadCount())).isEqualTo(2);
        }

        @Test
        void followers_hear_of_a_draft_only_once_it_is_approved() {
            asRun(commissionMember, () -> notifications.follow(p1.lineageId()));
            Comment draft = post(africaMember, NewComment.of(CommentKind.COMMENT, "Draft.").onBehalfOf(africa.id()));

            assertThat(notifications(commissionMember, NotificationKind.FOLLOWED_PARAGRAPH)).isZero();
            asRun(africaFocal, () -> comments.approve(draft.id()));
            assertThat(notifications(commissionMember, NotificationKind.FOLLOWED_PARAGRAPH)).isEqualTo(1);
        }

        @Test
        void every_change_is_announced_after_commit_and_logged_for_the_index() {
            Comment comment = post(africaMember, NewComment.of(CommentKind.COMMENT, "Draft.").onBehalfOf(africa.id()));
            data.as(africaMember, () -> comments.edit(comment.id(), "Draft, edited.", null, comment.revision()));
            data.as(africaFocal, () -> comments.approve(comment.id()));
            asRun(commissionFocal, () -> comments.endorse(comment.id(), commission.id()));
            asRun(editor, () -> comments.hide(comment.id(), "Duplicate."));

            assertThat(events.received()).hasSize(5)
                    .allSatisfy(received -> {
                        assertThat(received.event()).isEqualTo(new CommentChanged(comment.id(), version.id(),
                                p1.id()));
                        assertThat(received.committed()).isTrue();
                    });
            assertThat(changeLogRows(comment.id())).isEqualTo(5);
        }

        @Test
        void a_post_rolled_back_with_its_callers_transaction_announces_nothing() {
            transaction.executeWithoutResult(status -> {
                post(outsider, "Rolled back.");
                status.setRollbackOnly();
            });

            assertThat(events.received()).isEmpty();
            assertThat(dsl.fetchCount(dsl.selectFrom("comment"))).isZero();
            assertThat(dsl.fetchCount(dsl.selectFrom("change_log").where("entity_type = 'COMMENT'"))).isZero();
        }
    }
}
