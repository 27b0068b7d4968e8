package org.parley.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentVersion;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyTest
@AutoConfigureMockMvc
class StatisticsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    CommentService comments;

    private Organisation africa;

    @BeforeEach
    void setUp() {
        data.reset();
        DocumentVersion version = data.openDocument("paper", Visibility.PUBLIC,
                "## 1. Housing\n\nHousing first.\n\nHealth for all.\n").latest();
        africa = data.organisation(OrganisationKind.REGIONAL_SECTION);
        Person focal = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(focal, africa, MembershipRole.FOCAL_POINT);
        data.signIn(focal);
        comments.post(data.paragraphs(version).get(0).id(),
                NewComment.of(CommentKind.SUPPORT, "Yes.").onBehalfOf(africa.id()));
        comments.post(data.paragraphs(version).get(1).id(),
                NewComment.of(CommentKind.OBJECTION, "No.").onBehalfOf(africa.id()));
        data.signOut();
    }

    @Test
    void statistics_as_json_for_anyone_who_may_read_the_document() throws Exception {
        mvc.perform(get("/api/v1/documents/paper/statistics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contributions").value(2))
                .andExpect(jsonPath("$.byOrganisation", hasSize(1)))
                .andExpect(jsonPath("$.byOrganisation[0].key").value(africa.shortName()))
                .andExpect(jsonPath("$.byOrganisation[0].comments.SUPPORT").value(1))
                .andExpect(jsonPath("$.byOrganisation[0].comments.OBJECTION").value(1))
                .andExpect(jsonPath("$.byOrganisationKind[0].key").value("REGIONAL_SECTION"))
                .andExpect(jsonPath("$.outcomes[0].counts.UNANSWERED").value(2));
        mvc.perform(get("/api/v1/documents/paper/statistics").param("round", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.round").value(1));
    }

    @Test
    void one_table_as_csv_in_the_callers_language() throws Exception {
        byte[] body = mvc.perform(get("/api/v1/documents/paper/statistics")
                        .param("format", "csv").param("breakdown", "organisation-kind")
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"paper-organisation-kind.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        String[] lines = new String(body, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFTipo de organización,Comentario");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).endsWith(",0,0,1,1,0,0,2,1");
    }

    @Test
    void bad_requests_are_problems_with_a_code() throws Exception {
        mvc.perform(get("/api/v1/documents/paper/statistics").param("format", "csv").param("breakdown", "city"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("statistics.error.unknown-breakdown"));
        mvc.perform(get("/api/v1/documents/paper/statistics").param("format", "pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("statistics.error.format"));
        mvc.perform(get("/api/v1/documents/paper/statistics").param("round", "9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("statistics.error.unknown-round"));
        mvc.perform(get("/api/v1/documents/nothing/statistics"))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_members_only_document_is_not_found_for_anonymous_callers() throws Exception {
        data.openDocument("internal", Visibility.MEMBERS, "Text.\n");

        mvc.perform(get("/api/v1/documents/internal/statistics"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Not found: it does not exist or you cannot see it."));
    }
}
