package org.parley.api;

import org.assertj.core.api.Assertions;
import org.parley.document.Visibility;
import static org.hamcrest.Matchers.hasItem;
import static org.parley.api.ApiCalls.as;
import static org.parley.api.ApiCalls.json;
import static org.parley.api.ApiCalls.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.Paragraph;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A comment's life by id, with the same permission checks as the screens. */
@ParleyTest
@AutoConfigureMockMvc
class CommentLifeApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    CommentService comments;

    Person author;
    Person focal;
    Organisation africa;
    Paragraph paragraph;
    String authorToken;
    String focalToken;
    String editorToken;
    String readerToken;

    @BeforeEach
    void setUp() {
        data.reset();
        var version = data.openDocument("paper", Visibility.MEMBERS,
                "# Paper\n\nCities receive most newcomers.\n").latest();
        paragraph = data.paragraphs(version).get(0);
        africa = data.organisation(OrganisationKind.REGIONAL_SECTION);
        author = data.person(GlobalRole.CONTRIBUTOR);
        focal = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(author, africa, MembershipRole.MEMBER);
        data.membership(focal, africa, MembershipRole.FOCAL_POINT);
        authorToken = ApiCalls.tokenOf(data, tokens, author);
        focalToken = ApiCalls.tokenOf(data, tokens, focal);
        editorToken = ApiCalls.tokenOf(data, tokens, data.person(GlobalRole.EDITOR));
        readerToken = ApiCalls.tokenOf(data, tokens, data.person(GlobalRole.READER));
    }

    private Comment postComment(Long onBehalfOf) {
        data.signIn(author);
        try {
            return comments.post(paragraph.id(), new NewComment(CommentKind.COMMENT, "Too narrow.", null, null, null,
                    onBehalfOf, "en", null, null));
        } finally {
            data.signOut();
        }
    }

    @Test
    void the_author_edits_with_if_match_and_a_stale_one_is_412() throws Exception {
        Comment comment = postComment(null);
        String etag = mvc.perform(as(get("/api/v1/comments/" + comment.id()), authorToken))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        mvc.perform(json(as(patch("/api/v1/comments/" + comment.id()), authorToken), "{\"body\":\"Far too narrow.\"}"))
                .andExpect(problem(428));
        mvc.perform(json(as(patch("/api/v1/comments/" + comment.id()), authorToken), "{\"body\":\"Far too narrow.\"}")
                        .header("If-Match", etag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value("Far too narrow."));
        mvc.perform(json(as(patch("/api/v1/comments/" + comment.id()), authorToken), "{\"body\":\"Again.\"}")
                        .header("If-Match", etag))
                .andExpect(problem(412));
    }

    @Test
    void someone_else_cannot_edit_or_withdraw_a_comment() throws Exception {
        Comment comment = postComment(null);
        mvc.perform(json(as(patch("/api/v1/comments/" + comment.id()), focalToken), "{\"body\":\"Mine now.\"}")
                        .header("If-Match", "\"" + comment.revision() + "\""))
                .andExpect(result -> Assertions.assertThat(result.getResponse().getStatus())
                        .isIn(400, 403));
        mvc.perform(as(delete("/api/v1/comments/" + comment.id()), authorToken))
                .andExpect(status().isNoContent());
    }

    @Test
    void the_focal_point_returns_a_draft_with_a_note_and_only_a_focal_point_may() throws Exception {
        Comment draft = postComment(africa.id());
        mvc.perform(as(post("/api/v1/comments/" + draft.id() + "/approve"), readerToken))
                .andExpect(result -> Assertions.assertThat(result.getResponse().getStatus())
                        .isIn(400, 403, 404));
        mvc.perform(json(as(post("/api/v1/comments/" + draft.id() + "/return"), focalToken),
                        "{\"note\":\"Say which cities.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.reviewNote").value("Say which cities."));
        mvc.perform(as(get("/api/v1/notifications"), authorToken))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[*].kind", hasItem("DRAFT_RETURNED")));
    }

    @Test
    void flagging_is_for_anyone_signed_in_and_hiding_for_editors() throws Exception {
        Comment comment = postComment(null);
        mvc.perform(json(as(post("/api/v1/comments/" + comment.id() + "/flags"), focalToken),
                        "{\"reason\":\"Off topic.\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(json(as(post("/api/v1/comments/" + comment.id() + "/hide"), focalToken),
                        "{\"reason\":\"Off topic.\"}"))
                .andExpect(problem(403));
        mvc.perform(json(as(post("/api/v1/comments/" + comment.id() + "/hide"), editorToken),
                        "{\"reason\":\"Off topic.\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(as(get("/api/v1/comments/" + comment.id()), editorToken))
                .andExpect(jsonPath("$.hiddenReason").value("Off topic."));
    }

    @Test
    void a_disposition_without_its_kind_is_a_422_naming_the_field_and_a_bad_kind_lists_the_allowed() throws Exception {
        Comment comment = postComment(null);
        mvc.perform(json(as(put("/api/v1/comments/" + comment.id() + "/disposition"), editorToken),
                        "{\"reason\":\"Because.\"}"))
                .andExpect(problem(422))
                .andExpect(jsonPath("$.errors[0].field").value("disposition"));
        mvc.perform(json(as(put("/api/v1/comments/" + comment.id() + "/disposition"), editorToken),
                        "{\"disposition\":\"maybe\"}"))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.errors[0].allowed", hasItem("OUT_OF_SCOPE")));
    }

    @Test
    void organisations_page_with_total_and_only_admins_create_them() throws Exception {
        mvc.perform(as(get("/api/v1/organisations").param("size", "1"), authorToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.size").value(1));
        mvc.perform(as(get("/api/v1/organisations").param("size", "500"), authorToken))
                .andExpect(problem(422))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(json(as(post("/api/v1/organisations"), authorToken),
                        "{\"kind\":\"COMMISSION\",\"name\":\"Migration\",\"shortName\":\"MIG\"}"))
                .andExpect(problem(403));
        mvc.perform(as(get("/api/v1/organisations/NOPE"), authorToken))
                .andExpect(problem(404));
        mvc.perform(as(get("/api/v1/organisations/" + africa.shortName() + "/members"), authorToken))
                .andExpect(problem(403))
                .andExpect(header().doesNotExist("Location"));
    }
}
