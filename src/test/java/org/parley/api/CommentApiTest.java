package org.parley.api;

import java.util.Arrays;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestClock;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ParleyTest
@AutoConfigureMockMvc
class CommentApiTest {

    static final String PAPER = """
            # Migration and cities

            ## 1. Context

            Cities receive most newcomers.

            Regions fund the services.
            """;
    static final OffsetDateTime OPENS = OffsetDateTime.of(2031, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime NOW = OffsetDateTime.of(2031, 3, 10, 12, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime CLOSES = OffsetDateTime.of(2031, 4, 30, 18, 0, 0, 0, ZoneOffset.UTC);
    static final String BASE = "/api/v1/documents/paper/versions/1";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    ApiTokenService apiTokens;
    @Autowired
    CommentService comments;
    @Autowired
    DSLContext dsl;

    DocumentVersion version;
    Paragraph p1;
    Paragraph p2;
    Organisation africa;
    Organisation commission;
    Person africaFocal;
    Person africaMember;
    Person outsider;
    Person editor;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.set(NOW);
        version = data.openDocument("paper", PAPER, OPENS, CLOSES).latest();
        List<Paragraph> paragraphs = data.paragraphs(version);
        p1 = paragraphs.get(0);
        p2 = paragraphs.get(1);
        africa = data.organisation(OrganisationKind.REGIONAL_SECTION);
        commission = data.organisation(OrganisationKind.COMMISSION);
        africaFocal = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(africaFocal, africa, MembershipRole.FOCAL_POINT);
        africaMember = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(africaMember, africa, MembershipRole.MEMBER);
        outsider = data.person(GlobalRole.CONTRIBUTOR);
        editor = data.person(GlobalRole.EDITOR);
    }

    @Test
    void the_audience_is_replaced_only_against_its_etag_like_a_draft_paragraph() throws Exception {
        String token = "Bearer " + tokenOf(editor);
        String commissions = "[{\"organisationKind\":\"COMMISSION\"}]";
        mvc.perform(MockMvcRequestBuilders.put(BASE + "/audience").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(commissions))
                .andExpect(problem(428));
        mvc.perform(MockMvcRequestBuilders.put(BASE + "/audience").header("Authorization", token)
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(commissions))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));

        mvc.perform(MockMvcRequestBuilders.put(BASE + "/audience").header("Authorization", token)
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"organisationId\":%d}]".formatted(africa.id())))
                .andExpect(problem(412))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.currentRevision").value(1))
                .andExpect(jsonPath("$.current[0].organisationKind").value("COMMISSION"));
        mvc.perform(MockMvcRequestBuilders.get(BASE + "/audience").header("Authorization", token))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].organisationKind").value("COMMISSION"));
    }

    @Test
    void editors_set_the_audience_and_a_contributor_outside_it_is_refused() throws Exception {
        String json = "[{\"organisationKind\":\"COMMISSION\"},"
                + "{\"organisationKind\":\"REGIONAL_SECTION\",\"opensAt\":\"2099-01-01T00:00:00Z\"}]";

        String etag = mvc.perform(MockMvcRequestBuilders.get(BASE + "/audience")
                        .header("Authorization", "Bearer " + tokenOf(outsider)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(MockMvcRequestBuilders.put(BASE + "/audience")
                        .contentType(MediaType.APPLICATION_JSON).content(json).header("If-Match", etag)
                        .header("Authorization", "Bearer " + tokenOf(outsider)))
                .andExpect(problem(403));
        mvc.perform(MockMvcRequestBuilders.put(BASE + "/audience")
                        .contentType(MediaType.APPLICATION_JSON).content(json).header("If-Match", etag)
                        .header("Authorization", "Bearer " + tokenOf(editor)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].organisationKind").value("COMMISSION"));

        mvc.perform(postJson(p1, "{\"kind\":\"COMMENT\",\"body\":\"Too early?\"}", tokenOf(africaFocal))
                        .header("Accept-Language", "en"))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.detail").value(
                        "Your organisation's turn in this consultation has not started yet."));
    }

    @Test
    void an_audience_rule_naming_both_an_organisation_and_a_kind_is_a_bad_request() throws Exception {
        mvc.perform(MockMvcRequestBuilders.put(BASE + "/audience")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"organisationKind\":\"COMMISSION\",\"organisationId\":1}]")
                        .header("Authorization", "Bearer " + tokenOf(editor)))
                .andExpect(problem(400));
    }

    private String tokenOf(Person person) {
        data.signIn(person);
        try {
            return apiTokens.createForCurrentUser("test");
        } finally {
            data.signOut();
        }
    }

    private Comment post(Person person, Paragraph paragraph, NewComment request) {
        return data.as(person, () -> comments.post(paragraph.id(), request));
    }

    private static MockHttpServletRequestBuilder postJson(Paragraph paragraph, String json, String token) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(BASE + "/paragraphs/" + paragraph.id() + "/comments")
                .contentType(MediaType.APPLICATION_JSON).content(json.getBytes(StandardCharsets.UTF_8));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static MockHttpServletRequestBuilder getAs(String url, String token) {
        return get(url).header("Authorization", "Bearer " + token);
    }

    private static ResultMatcher problem(int status) {
        return result -> {
            assertThat(result.getResponse().getStatus()).isEqualTo(status);
            assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).contains("\"status\":" + status)
                    .doesNotContain("Exception").doesNotContain("org.parley").doesNotContain("java.")
                    .doesNotContain("\tat ").doesNotContain("trace");
        };
    }

    private int commentCount() {
        return dsl.fetchCount(dsl.selectFrom("comment"));
    }

    @Test
    void post_with_a_token_creates_the_comment() throws Exception {
        String token = tokenOf(africaMember);

        mvc.perform(postJson(p1, """
                        {"kind": "AMENDMENT", "body": "Regions too.", "proposedText": "Regions receive most newcomers.",
                         "quote": "most newcomers", "onBehalfOf": %d}""".formatted(africa.id()), token))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(BASE + "/paragraphs/" + p1.id() + "/comments#")))
                .andExpect(jsonPath("$.kind").value("AMENDMENT"))
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.organisation.id").value(africa.id()))
                .andExpect(jsonPath("$.author.id").value(africaMember.id()))
                .andExpect(jsonPath("$.quoteStart").value(15))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.amendmentDiff[0].change").value("DELETED"))
                .andExpect(jsonPath("$.amendmentDiff[0].text").value("Cities"))
                .andExpect(jsonPath("$.amendmentDiff[1].change").value("INSERTED"))
                .andExpect(jsonPath("$.amendmentDiff[1].text").value("Regions"))
                .andExpect(jsonPath("$.amendmentDiff[2].text").value(" receive most newcomers."));

        assertThat(commentCount()).isEqualTo(1);
    }

    @Test
    void a_comment_with_a_right_to_left_override_is_refused_in_the_callers_language_and_not_stored()
            throws Exception {
        mvc.perform(postJson(p1, "{\"kind\": \"COMMENT\", \"body\": \"Agreed \u202Etxet neddih\"}",
                        tokenOf(africaMember)).header("Accept-Language", "fr"))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.code").value("error.direction-control"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Commentaire : le texte contient un caractère invisible de contrôle de direction (U+202E, "
                                + "au caractère 8)")));

        assertThat(commentCount()).isZero();
    }

    @Test
    void post_without_a_token_is_401_and_stores_nothing() throws Exception {
        mvc.perform(postJson(p1, "{\"kind\": \"COMMENT\", \"body\": \"Hello\"}", null))
                .andExpect(problem(401));

        assertThat(commentCount()).isZero();
    }

    @Test
    void repeated_post_with_the_same_idempotency_key_answers_201_with_the_same_comment() throws Exception {
        String token = tokenOf(outsider);
        String json = "{\"kind\": \"QUESTION\", \"body\": \"Which cities?\"}";

        String first = mvc.perform(postJson(p1, json, token).header("Idempotency-Key", "retry-1"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(postJson(p1, json, token).header("Idempotency-Key", "retry-1"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        assertThat(second).isEqualTo(first);
        assertThat(commentCount()).isEqualTo(1);
        mvc.perform(postJson(p1, json, token)).andExpect(status().isCreated());
        assertThat(commentCount()).as("without a key, a second post is a second comment").isEqualTo(2);
    }

    @Test
    void paragraph_of_another_version_is_404() throws Exception {
        Paragraph elsewhere = data.paragraphs(data.openDocument("other", PAPER, OPENS, CLOSES).latest()).get(0);
        String token = tokenOf(outsider);

        mvc.perform(postJson(elsewhere, "{\"kind\": \"COMMENT\", \"body\": \"Wrong place\"}", token))
                .andExpect(problem(404));
        mvc.perform(getAs(BASE + "/paragraphs/" + elsewhere.id() + "/comments", token)).andExpect(problem(404));
        mvc.perform(getAs(BASE + "/paragraphs/999999/comments", token)).andExpect(problem(404));

        assertThat(commentCount()).isZero();
    }

    @Test
    void bad_json_and_unknown_kind_are_400_problems_without_java_names() throws Exception {
        String token = tokenOf(outsider);

        mvc.perform(postJson(p1, "{\"kind\": \"COMMENT\", \"body\": ", token))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.detail").value("The body is not valid JSON (line 1, column 29)."));
        mvc.perform(postJson(p1, "{\"kind\": \"RANT\", \"body\": \"Grr\"}", token)
                        .header("Accept-Language", "fr"))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.detail").value("Des champs manquent ou sont erronés : kind. Voir errors."));
        mvc.perform(postJson(p1, "{\"kind\": \"COMMENT\", \"body\": \"x\", \"parentId\": \"abc\"}", token))
                .andExpect(problem(400));
        mvc.perform(getAs(BASE + "/comments?kind=RANT", token)).andExpect(problem(400))
                .andExpect(jsonPath("$.detail").value("Some fields are missing or wrong: kind. See errors."));

        assertThat(commentCount()).isZero();
    }

    @Test
    void refusals_are_in_the_callers_language() throws Exception {
        String token = tokenOf(outsider);

        mvc.perform(postJson(p1, "{\"kind\": \"COMMENT\", \"body\": \"   \"}", token).header("Accept-Language", "fr"))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.code").value("comment.error.body-empty"))
                .andExpect(jsonPath("$.detail").value("Écrivez quelque chose avant d'envoyer."));
        mvc.perform(postJson(p1, "{\"kind\": \"COMMENT\", \"body\": \"Hi\", \"onBehalfOf\": %d}"
                        .formatted(commission.id()), token).header("Accept-Language", "fr-CH"))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.detail").value(
                        "Vous ne pouvez écrire qu'au nom d'une organisation dont vous êtes membre."));
        mvc.perform(postJson(p1, "{\"kind\": \"COMMENT\", \"body\": \"%s\"}".formatted("x".repeat(10_001)), token))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.detail").value(
                        "The text is too long: at most 10,000 characters (you wrote 10,001)."));

        assertThat(commentCount()).isZero();
    }

    @Test
    void post_after_the_round_closed_is_400_with_the_localized_message() throws Exception {
        String token = tokenOf(outsider);
        clock.set(CLOSES);

        mvc.perform(postJson(p1, "{\"kind\": \"COMMENT\", \"body\": \"Too late\"}", token)
                        .header("Accept-Language", "fr"))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.code").value("comment.error.round-closed"))
                .andExpect(jsonPath("$.detail").value(
                        "La consultation sur cette version est close ; votre commentaire n'a pas été enregistré."));
        mvc.perform(postJson(p1, "{\"kind\": \"COMMENT\", \"body\": \"Too late\"}", token))
                .andExpect(jsonPath("$.detail").value(
                        "The consultation on this version has closed; your comment was not saved."));

        assertThat(commentCount()).isZero();
    }

    @Test
    void version_comments_with_filters() throws Exception {
        Comment africas = post(africaFocal, p1, NewComment.of(CommentKind.SUPPORT, "Africa supports.")
                .onBehalfOf(africa.id()));
        Comment draft = post(africaMember, p1, NewComment.of(CommentKind.OBJECTION, "Draft objection.")
                .onBehalfOf(africa.id()));
        Comment question = post(outsider, p2, NewComment.of(CommentKind.QUESTION, "Which regions?"));
        Comment answer = post(africaFocal, p2, NewComment.of(CommentKind.COMMENT, "All.").replyTo(question.id()));
        Comment lonely = post(outsider, p2, NewComment.of(CommentKind.COMMENT, "Unanswered."));
        String outsiderToken = tokenOf(outsider);
        String memberToken = tokenOf(africaMember);
        String url = BASE + "/comments";

        mvc.perform(getAs(url, outsiderToken)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(africas, question, answer, lonely))));
        mvc.perform(getAs(url, memberToken)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(africas, draft, question, answer, lonely))));
        mvc.perform(getAs(url + "?organisation=" + africa.id(), outsiderToken))
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(africas))));
        mvc.perform(getAs(url + "?kind=QUESTION", outsiderToken))
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(question, answer))));
        mvc.perform(getAs(url + "?status=PENDING_APPROVAL", memberToken))
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(draft))));
        mvc.perform(getAs(url + "?status=PENDING_APPROVAL", outsiderToken))
                .andExpect(jsonPath("$.items", empty()));
        mvc.perform(getAs(url + "?mine=true", outsiderToken))
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(question, answer, lonely))));
        mvc.perform(getAs(url + "?myOrganisation=true", memberToken))
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(africas, draft))));
        mvc.perform(getAs(url + "?myOrganisation=true", outsiderToken))
                .andExpect(jsonPath("$.items", empty()));
        mvc.perform(getAs(url + "?unanswered=true", outsiderToken))
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(africas, lonely))));
    }

    @Test
    void paragraph_comments_leave_out_hidden_comments_and_other_organisations_drafts() throws Exception {
        Comment visible = post(africaFocal, p1, NewComment.of(CommentKind.COMMENT, "<b>Visible</b>"));
        Comment hidden = post(outsider, p1, NewComment.of(CommentKind.COMMENT, "Rude."));
        post(africaMember, p1, NewComment.of(CommentKind.COMMENT, "Draft.").onBehalfOf(africa.id()));
        post(outsider, p2, NewComment.of(CommentKind.COMMENT, "Other paragraph."));
        data.as(editor, () -> {
            comments.hide(hidden.id(), "Rude.");
            return null;
        });
        Person stranger = data.person(GlobalRole.READER);

        mvc.perform(getAs(BASE + "/paragraphs/" + p1.id() + "/comments", tokenOf(stranger)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(visible.id()))
                .andExpect(jsonPath("$.items[0].body").value("<b>Visible</b>"))
                .andExpect(jsonPath("$.items[0].author.name").value(endsWith(africaFocal.displayName())));
        mvc.perform(getAs(BASE + "/paragraphs/" + p1.id() + "/comments", tokenOf(outsider)))
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(visible, hidden))))
                .andExpect(jsonPath("$.items[1].hiddenReason").value("Rude."));
        mvc.perform(getAs(BASE + "/comments", tokenOf(stranger)))
                .andExpect(jsonPath("$.items[*].body").value(contains("<b>Visible</b>", "Other paragraph.")));
    }

    @Test
    void members_document_comments_are_not_found_without_a_token() throws Exception {
        mvc.perform(get(BASE + "/comments")).andExpect(problem(404));
    }

    private static Object[] ids(Comment... comments) {
        return Arrays.stream(comments).map(c -> (Object) (int) c.id()).toArray();
    }
}
