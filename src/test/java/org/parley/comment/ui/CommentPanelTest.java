package org.parley.comment.ui;

import com.vaadin.flow.component.details.Details;
import org.parley.document.DocumentService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.parley.base.ui.WordDiffView;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.virtuallist.VirtualList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.Comment;
import org.parley.comment.CommentChanged;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentSummary;
import org.parley.document.Paragraph;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.NewOrganisation;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.MarginClick;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.function.BooleanSupplier;

/** The comments of the reading view, server-side: margin, thread panel, form, filters, drafts, live updates. */
@ParleyTest
class CommentPanelTest {

    private static final String MARKDOWN = """
            # Paper

            1. Cities receive most newcomers.

            2. Regions coordinate services.

            3. Local governments should be consulted.
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    OrganisationService organisations;
    @Autowired
    CommentService comments;
    @Autowired
    CommentBroadcaster broadcaster;
    @Autowired
    SharedReads sharedReads;

    private DocumentSummary paper;
    private Organisation africa;
    private Organisation metropolis;

    @BeforeEach
    void createPaper() {
        data.reset();
        paper = data.openDocument("paper", Visibility.PUBLIC, MARKDOWN);
        africa = organisation("UCLG Africa");
        metropolis = organisation("Metropolis");
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
        data.signOut();
    }

    @Test
    void reader_opens_a_thread_posts_and_sees_the_comment_and_the_count() {
        read(data.person(GlobalRole.CONTRIBUTOR));
        assertThat(margin(0).attr("aria-label")).startsWith("No comments yet");

        MarginOnScreen.click(0);
        assertThat(_get(ThreadPanel.class).isVisible()).isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your comment")), "Cities need <b>funding</b>.");
        _click(_get(Button.class, spec -> spec.withClasses("comment-send")));

        CommentCard card = _get(CommentCard.class);
        assertThat(metaText(card, "comment-kind")).contains("Comment");
        assertThat(bodyOf(card)).isEqualTo("Cities need <b>funding</b>.");
        assertThat(margin(0).attr("aria-label")).startsWith("1 comment");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Your comment")).getValue()).isEmpty();
    }

    @Test
    void the_margin_on_screen_is_drawn_again_when_its_thread_opens_when_a_comment_lands_and_when_it_closes() {
        read(data.person(GlobalRole.CONTRIBUTOR));
        @SuppressWarnings("unchecked")
        VirtualList<Paragraph> list = _get(VirtualList.class, spec -> spec.withId("paragraphs"));
        Div onScreen = _get(VirtualListsKt._getRowComponent(list, 0), Div.class, spec -> spec.withClasses("paragraph"));
        BooleanSupplier open = () -> marginOf(onScreen).hasClass("open");
        assertThat(open.getAsBoolean()).isFalse();

        MarginClick.on("p-1");
        assertThat(open.getAsBoolean()).as("marked open").isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your comment")), "Cities need funding.");
        _click(_get(Button.class, spec -> spec.withClasses("comment-send")));
        assertThat(marginOf(onScreen).attr("aria-label")).startsWith("1 comment");

        _click(_get(Button.class, spec -> spec.withId("thread-close")));
        assertThat(open.getAsBoolean()).as("mark gone with the thread").isFalse();
    }

    private static Element marginOf(Div paragraph) {
        return Jsoup.parseBodyFragment(paragraph.getElement().getProperty("innerHTML")).selectFirst(".comment-margin");
    }

    @Test
    void amendment_shows_a_word_diff_and_a_refusal_keeps_the_typed_text() {
        read(data.person(GlobalRole.CONTRIBUTOR));
        MarginOnScreen.click(1);
        _setValue(_get(_get(CommentForm.class), Select.class, spec -> spec.withLabel("Kind")), CommentKind.AMENDMENT);
        TextArea body = _get(TextArea.class, spec -> spec.withLabel("Your comment"));
        _setValue(body, "Say who coordinates.");
        TextArea proposed = _get(TextArea.class, spec -> spec.withLabel("Proposed text for the paragraph"));
        assertThat(proposed.getValue()).isEqualTo("Regions coordinate services.");

        _click(_get(Button.class, spec -> spec.withClasses("comment-send")));
        assertThat(_get(Span.class, spec -> spec.withClasses("form-error")).getText())
                .startsWith("The proposed text is the same as the paragraph");
        assertThat(body.getValue()).isEqualTo("Say who coordinates.");
        assertThat(_find(CommentCard.class)).isEmpty();
        Button send = _get(Button.class, spec -> spec.withClasses("comment-send"));
        assertThat(send.isDisableOnClick()).as("busy while posting").isTrue();
        assertThat(send.isEnabled()).as("ready again after the refusal").isTrue();

        _setValue(proposed, "Regions and cities coordinate services.");
        _click(_get(Button.class, spec -> spec.withClasses("comment-send")));
        WordDiffView diff = _get(_get(CommentCard.class), WordDiffView.class);
        assertThat(diff.getElement().getChildren().filter(e -> !e.isTextNode() && e.getTag().equals("ins")).map(e -> e.getText()))
                .containsExactly("and cities ");
    }

    @Test
    void reader_account_sees_why_it_cannot_comment_and_gets_no_form() {
        read(data.person(GlobalRole.READER));
        assertThat(_get(Span.class, spec -> spec.withId("round-notice")).getText())
                .isEqualTo("You cannot comment: Your account can read but not comment. Ask an administrator for a contributor account.");
        MarginOnScreen.click(0);
        assertThat(_find(CommentForm.class)).isEmpty();
    }

    @Test
    void member_draft_is_seen_inside_its_organisation_only_and_only_focal_points_may_approve() {
        Person member = member(africa, MembershipRole.MEMBER);
        Person colleague = member(africa, MembershipRole.MEMBER);
        Person focalPoint = member(africa, MembershipRole.FOCAL_POINT);
        Person outsider = member(metropolis, MembershipRole.FOCAL_POINT);

        read(member);
        MarginOnScreen.click(2);
        _setValue(_get(Select.class, spec -> spec.withLabel("On behalf of")),
                organisations.membershipsOf(member.id()).get(0));
        assertThat(_get(Button.class, spec -> spec.withClasses("comment-send")).getText()).isEqualTo("Send for approval");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your comment")), "Consult the sections too.");
        _click(_get(Button.class, spec -> spec.withClasses("comment-send")));
        assertThat(metaText(_get(CommentCard.class), "comment-status")).isEqualTo("Waiting for a focal point");
        assertThat(_find(Button.class, spec -> spec.withClasses("action-approve"))).isEmpty();

        reopenAs(colleague);
        MarginOnScreen.click(2);
        assertThat(bodyOf(_get(CommentCard.class))).isEqualTo("Consult the sections too.");
        assertThat(_find(Button.class, spec -> spec.withClasses("action-approve"))).isEmpty();

        reopenAs(outsider);
        MarginOnScreen.click(2);
        assertThat(_find(CommentCard.class)).isEmpty();

        reopenAs(focalPoint);
        MarginOnScreen.click(2);
        _click(_get(Button.class, spec -> spec.withClasses("action-approve")));
        assertThat(metaText(_get(CommentCard.class), "comment-status")).isNull();
        assertThat(metaText(_get(CommentCard.class), "comment-organisation")).isEqualTo("on behalf of UCLG Africa");

        reopenAs(outsider);
        MarginOnScreen.click(2);
        _click(_get(Button.class, spec -> spec.withClasses("action-endorse")));
        assertThat(_get(CommentCard.class).getChildren().filter(c -> c.getElement().getClassList().contains("comment-endorsements"))
                .map(c -> c.getElement().getTextRecursively())).containsExactly("Supported by Metropolis (1)");
    }

    @Test
    void panel_and_document_filters_narrow_the_thread_and_the_margins() {
        Person writer = data.person(GlobalRole.CONTRIBUTOR);
        data.signIn(writer);
        comments.post(paragraph(0).id(), NewComment.of(CommentKind.QUESTION, "Which cities?"));
        comments.post(paragraph(0).id(), NewComment.of(CommentKind.SUPPORT, "Agreed."));
        comments.post(paragraph(1).id(), NewComment.of(CommentKind.COMMENT, "Regions vary."));
        read(data.person(GlobalRole.CONTRIBUTOR));

        MarginOnScreen.click(0);
        assertThat(_find(CommentCard.class)).hasSize(2);
        _get(_get(ThreadPanel.class), Details.class).setOpened(true);
        _setValue(_get(_get(_get(ThreadPanel.class), CommentFilterBar.class), Select.class, spec -> spec.withLabel("Kind")), CommentKind.QUESTION);
        assertThat(_find(CommentCard.class)).extracting(CommentPanelTest::bodyOf).containsExactly("Which cities?");
        _setValue(_get(_get(_get(ThreadPanel.class), CommentFilterBar.class), Select.class, spec -> spec.withLabel("Kind")), null);
        _setValue(_get(_get(ThreadPanel.class), Checkbox.class, spec -> spec.withLabel("Mine")), true);
        assertThat(_find(CommentCard.class)).isEmpty();

        DocumentFilter documentFilter = _get(DocumentFilter.class);
        documentFilter.setOpened(true);
        _setValue(_get(documentFilter, Select.class, spec -> spec.withLabel("Kind")), CommentKind.COMMENT);
        assertThat(margin(0).hasClass("match")).isFalse();
        assertThat(margin(0).attr("aria-label")).startsWith("No comments");
        assertThat(margin(1).hasClass("match")).isTrue();
        assertThat(margin(1).attr("aria-label")).startsWith("1 comment");
    }

    @Test
    void a_post_elsewhere_reaches_the_open_thread_and_the_ui_unregisters_when_it_closes() {
        int before = broadcaster.registeredCount();
        read(data.person(GlobalRole.CONTRIBUTOR));
        MarginOnScreen.click(0);
        assertThat(broadcaster.registeredCount()).isGreaterThan(before);

        postElsewhere(data.person(GlobalRole.CONTRIBUTOR), CommentKind.COMMENT, "Posted elsewhere.");
        awaitCards(1);
        assertThat(bodyOf(_get(CommentCard.class))).isEqualTo("Posted elsewhere.");

        MockUi.close();
        assertThat(broadcaster.registeredCount()).isEqualTo(before);
    }

    @Test
    void a_post_elsewhere_adds_its_card_and_leaves_the_cards_already_shown_as_they_were() {
        Person other = data.person(GlobalRole.CONTRIBUTOR);
        data.signIn(other);
        comments.post(paragraph(0).id(), NewComment.of(CommentKind.COMMENT, "First, posted before."));
        data.signOut();
        read(data.person(GlobalRole.CONTRIBUTOR));
        MarginOnScreen.click(0);
        CommentCard first = _get(CommentCard.class);

        postElsewhere(other, CommentKind.QUESTION, "Second, posted while it was open.");
        awaitCards(2);

        List<CommentCard> cards = _find(CommentCard.class);
        assertThat(cards.get(0)).as("the card already shown is not built again").isSameAs(first);
        assertThat(cards).extracting(CommentPanelTest::bodyOf)
                .containsExactly("First, posted before.", "Second, posted while it was open.");
    }

    @Test
    void readers_who_are_not_signed_in_share_the_read_of_a_thread_after_a_post_elsewhere() {
        data.signOut();
        MockUi.open(context);
        MockUi.navigate("documents/paper/v/1");
        MarginOnScreen.click(0);

        postElsewhere(data.person(GlobalRole.CONTRIBUTOR), CommentKind.COMMENT, "Posted elsewhere.");
        awaitCards(1);

        var earlierChange = new CommentBroadcaster.Change(
                new CommentChanged(0, paper.latest().id(), paragraph(0).id()), 0);
        List<Comment> shared = sharedReads.anonymousThread(paragraph(0).id(), earlierChange, () -> {
            throw new AssertionError("the read made for the broadcast is kept for the other readers");
        });
        assertThat(shared).extracting(Comment::body).containsExactly("Posted elsewhere.");
    }

    @Test
    void a_signed_in_reader_reads_the_thread_as_themselves_not_the_shared_anonymous_read() {
        read(data.person(GlobalRole.CONTRIBUTOR));
        MarginOnScreen.click(0);
        // what every reader who is not signed in would be shown for any change on this paragraph: nothing
        sharedReads.anonymousThread(paragraph(0).id(), new CommentBroadcaster.Change(
                new CommentChanged(0, paper.latest().id(), paragraph(0).id()), Long.MAX_VALUE),
                List::of);

        postElsewhere(data.person(GlobalRole.CONTRIBUTOR), CommentKind.COMMENT, "Posted elsewhere.");
        awaitCards(1);
        assertThat(bodyOf(_get(CommentCard.class))).isEqualTo("Posted elsewhere.");
    }

    @Test
    void the_thread_panel_exists_only_while_a_thread_is_open_and_the_margins_follow_changes_without_it() {
        read(data.person(GlobalRole.CONTRIBUTOR));
        assertThat(_find(ThreadPanel.class)).isEmpty();

        postElsewhere(data.person(GlobalRole.CONTRIBUTOR), CommentKind.COMMENT, "Posted elsewhere.");
        waitFor(() -> {
            MockVaadin.clientRoundtrip();
            return margin(0).attr("aria-label").startsWith("1 comment");
        });
        assertThat(_find(ThreadPanel.class)).isEmpty();

        MarginOnScreen.click(0);
        assertThat(bodyOf(_get(CommentCard.class))).isEqualTo("Posted elsewhere.");
        _click(_get(Button.class, spec -> spec.withId("thread-close")));
        assertThat(_find(ThreadPanel.class)).isEmpty();
        assertThat(_find(CommentCard.class)).isEmpty();

        MarginOnScreen.click(1);
        assertThat(_get(H2.class, spec -> spec.withId("thread-title")).getText()).isEqualTo("Paragraph 2");
        assertThat(_find(CommentCard.class)).isEmpty();
    }

    @Test
    void opening_the_thread_of_a_reply_reads_its_notification_and_the_bell_counts_it_no_more() {
        Person author = data.person(GlobalRole.CONTRIBUTOR);
        data.signIn(author);
        Comment mine = comments.post(paragraph(0).id(), NewComment.of(CommentKind.COMMENT, "Cities need funding."));
        postElsewhere(data.person(GlobalRole.CONTRIBUTOR), NewComment.of(CommentKind.COMMENT, "Which funding?")
                .replyTo(mine.id()));
        read(author);
        Span unread = _get(Span.class, spec -> spec.withId("unread-count"));
        assertThat(unread.getText()).isEqualTo("1");

        MarginOnScreen.click(0);

        assertThat(unread.getText()).isEmpty();
        assertThat(unread.isVisible()).isFalse();
    }

    @Test
    void names_in_the_meta_line_are_text_and_the_organisation_is_isolated() {
        Organisation markup = organisation("Villes <i>unies</i> & \"Co\"");
        Person focalPoint = member(markup, MembershipRole.FOCAL_POINT);
        read(focalPoint);
        MarginOnScreen.click(0);
        _setValue(_get(Select.class, spec -> spec.withLabel("On behalf of")),
                organisations.membershipsOf(focalPoint.id()).get(0));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your comment")), "On behalf of a tricky name.");
        _click(_get(Button.class, spec -> spec.withClasses("comment-send")));

        CommentCard card = _get(CommentCard.class);
        assertThat(metaText(card, "comment-organisation")).isEqualTo("on behalf of Villes <i>unies</i> & \"Co\"");
        assertThat(metaOf(card).select("i")).isEmpty();
        assertThat(metaOf(card).select(".comment-organisation bdi").text()).isEqualTo("Villes <i>unies</i> & \"Co\"");
        assertThat(metaText(card, "comment-author")).isEqualTo(focalPoint.displayName());
        assertThat(metaOf(card).selectFirst(".comment-author").attr("dir")).isEqualTo("auto");
    }

    private void read(Person person) {
        data.signIn(person);
        MockUi.open(context);
        MockUi.navigate("documents/paper/v/1");
    }

    private void reopenAs(Person person) {
        MockUi.close();
        read(person);
    }

    private static Element margin(int row) {
        return MarginOnScreen.margin(row);
    }

    private Paragraph paragraph(int index) {
        return SystemActor.call(() -> context.getBean(DocumentService.class)
                .paragraphs(paper.latest(), index, 1).get(0));
    }

    private static String bodyOf(CommentCard card) {
        return card.getChildren().filter(c -> c.getElement().getClassList().contains("comment-body")).findFirst()
                .map(c -> c.getElement().getText()).orElse(null);
    }

    /** The text of the part of a card's meta line with this class, null if none (the line is one piece of HTML). */
    private static String metaText(CommentCard card, String className) {
        Element part = metaOf(card).selectFirst("." + className);
        return part == null ? null : part.text();
    }

    private static org.jsoup.nodes.Document metaOf(CommentCard card) {
        return Jsoup.parseBodyFragment(_get(card, Div.class, spec -> spec.withClasses("comment-meta"))
                .getElement().getProperty("innerHTML"));
    }

    private Organisation organisation(String name) {
        return SystemActor.call(() -> organisations.createOrganisation(new NewOrganisation(
                OrganisationKind.REGIONAL_SECTION, name, name, null, null)));
    }

    private Person member(Organisation organisation, MembershipRole role) {
        Person person = data.person(GlobalRole.CONTRIBUTOR);
        SystemActor.run(() -> organisations.addMembership(person.id(), organisation.id(), role));
        return person;
    }

    /** Another person posts on the first paragraph, as from another browser; the reader stays signed in here. */
    private void postElsewhere(Person other, CommentKind kind, String text) {
        postElsewhere(other, NewComment.of(kind, text));
    }

    private void postElsewhere(Person other, NewComment comment) {
        var reader = SecurityContextHolder.getContext();
        data.signIn(other);
        comments.post(paragraph(0).id(), comment);
        SecurityContextHolder.setContext(reader);
    }

    private static void awaitCards(int count) {
        waitFor(() -> {
            MockVaadin.clientRoundtrip();
            return _find(CommentCard.class).size() == count;
        });
    }

    /** Polls (the broadcast arrives from another thread), failing after five seconds. */
    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
