package org.parley.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.export.ExportService;
import org.parley.feedback.WordEdits;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.api.ApiCalls.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST …/versions/{n}/feedback and …/feedback/{id}/accept, every answer checked against the OpenAPI document. */
@ParleyTest
@AutoConfigureMockMvc
class FeedbackApiTest {

    private static final String PAPER = """
            # Migrants in cities

            1. Access to adequate housing is the foundation of inclusion for every newcomer in the city.

            2. Health care must be open to all residents, whatever their status, in every district.

            3. Schools welcome children in the middle of the year and teach the language of the city.

            4. Local governments need a seat at the table where migration policy is decided.
            """;
    private static final String FEEDBACK = "/api/v1/documents/paper/versions/1/feedback";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    ExportService exports;
    @Autowired
    ObjectMapper json;
    @Autowired
    DSLContext dsl;

    private String editor;
    private Organisation section;
    private DocumentVersion version;
    private byte[] edited;

    @BeforeEach
    void setUp() {
        data.reset();
        version = data.openDocument("paper", Visibility.PUBLIC, PAPER).latest();
        section = data.organisation(OrganisationKind.REGIONAL_SECTION);
        editor = ApiCalls.tokenOf(data, tokens, data.person(GlobalRole.EDITOR));
        WordEdits edits = WordEdits.of(export("paper"))
                .replace("every newcomer", "every newcomer and every returnee", "Fatou Ndiaye");
        edits.comment("whatever their status", "Karim Haddad", "Does this include people without papers?");
        edited = edits.toDocx();
    }

    @Test
    void a_proposal_lists_the_items_per_paragraph_and_accepting_some_creates_only_those() throws Exception {
        JsonNode proposal = read(upload(editor, "africa.docx", edited, section.shortName(), false)
                .andExpect(status().isAccepted()));
        assertThat(proposal.get("organisation").asText()).isEqualTo(section.shortName());
        JsonNode first = proposal.get("paragraphs").get(0);
        assertThat(first.get("number").asText()).isEqualTo("1");
        JsonNode amendment = first.get("items").get(0);
        assertThat(amendment.get("kind").asText()).isEqualTo("AMENDMENT");
        assertThat(amendment.get("proposedText").asText()).contains("every newcomer and every returnee");
        assertThat(amendment.get("authors").get(0).asText()).isEqualTo("Fatou Ndiaye");
        JsonNode question = proposal.get("paragraphs").get(1).get("items").get(0);
        assertThat(question.get("kind").asText()).isEqualTo("QUESTION");
        assertThat(question.get("quote").asText()).isEqualTo("whatever their status");
        assertThat(question.get("quoteStart").asInt()).isEqualTo(PAPER.lines().filter(l -> l.startsWith("2."))
                .findFirst().orElseThrow().substring(3).indexOf("whatever their status"));

        mvc.perform(ApiCalls.as(ApiCalls.json(post(FEEDBACK + "/" + proposal.get("id").asLong() + "/accept"),
                        "{\"items\": [" + question.get("id").asInt() + "]}"), editor))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.created.length()").value(1))
                .andExpect(jsonPath("$.created[0].kind").value("QUESTION"))
                .andExpect(jsonPath("$.created[0].quote").value("whatever their status"))
                .andExpect(jsonPath("$.created[0].organisation.shortName").value(section.shortName()))
                .andExpect(jsonPath("$.skipped").value(1));
        assertThat(comments()).isEqualTo(1);
    }

    @Test
    void accept_true_saves_at_once_and_the_same_file_twice_creates_nothing_more() throws Exception {
        upload(editor, "africa.docx", edited, section.shortName(), true)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.created.length()").value(2))
                .andExpect(jsonPath("$.created[0].kind").value("AMENDMENT"))
                .andExpect(jsonPath("$.created[0].amendmentDiff").isArray());

        upload(editor, "africa-again.docx", edited, section.shortName(), true)
                .andExpect(problem(409))
                .andExpect(jsonPath("$.code").value("feedback.error.already-imported"));
        assertThat(comments()).isEqualTo(2);
        assertThat(auditEvents("word-feedback.imported")).isEqualTo(1);
    }

    @Test
    void bad_files_are_refused_naming_the_file_in_the_callers_language_and_store_nothing() throws Exception {
        byte[] damaged = Arrays.copyOf(edited, edited.length / 2);
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        tooLarge[0] = 'P';
        tooLarge[1] = 'K';
        WordEdits otherEdits = WordEdits.of(otherDocumentExport());
        otherEdits.comment("Biodiversity", "Someone", "Why?");
        byte[] other = otherEdits.toDocx();
        Object[][] cases = {
                {"notes.md", "# Notes\n\nNot Word.".getBytes(StandardCharsets.UTF_8), "import.error.not-docx"},
                {"damaged.docx", damaged, "import.error.corrupt-docx"},
                {"huge.docx", tooLarge, "import.error.too-large"},
                {"other.docx", other, "feedback.error.other-document"},
                {"unchanged.docx", export("paper"), "feedback.error.nothing-to-import"}};
        for (Object[] c : cases) {
            ResultActions answer = mvc.perform(multipart(FEEDBACK)
                            .file(new MockMultipartFile("file", (String) c[0], "application/octet-stream", (byte[]) c[1]))
                            .param("organisation", section.shortName())
                            .header("Authorization", "Bearer " + editor).header("Accept-Language", "fr"))
                    .andExpect(problem(422))
                    .andExpect(jsonPath("$.code").value(c[2]))
                    .andExpect(jsonPath("$.errors[0].field").value("file"));
            String detail = read(answer).get("errors").get(0).get("message").asText();
            assertThat(detail).as((String) c[0]).doesNotContain("{0}").isNotBlank();
        }
        upload(editor, "notes.md", "x".getBytes(StandardCharsets.UTF_8), section.shortName(), false)
                .andExpect(jsonPath("$.errors[0].message").value(
                        "\"notes.md\" is not a Word document. Upload the .docx file with the tracked changes and comments."));
        upload(editor, "africa.docx", edited, "", false)
                .andExpect(problem(422)).andExpect(jsonPath("$.errors[0].field").value("organisation"));
        upload(editor, "africa.docx", edited, "NOPE", false)
                .andExpect(problem(422)).andExpect(jsonPath("$.errors[0].field").value("organisation"));
        assertThat(comments()).isZero();
        assertThat(dsl.fetchCount(DSL.table("feedback_import"))).isZero();
    }

    @Test
    void only_editors_and_the_organisations_own_focal_point_may_import_and_only_while_the_round_is_open()
            throws Exception {
        Person member = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(member, section, MembershipRole.MEMBER);
        Person otherFocalPoint = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(otherFocalPoint, data.organisation(OrganisationKind.COMMISSION), MembershipRole.FOCAL_POINT);
        Person focalPoint = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(focalPoint, section, MembershipRole.FOCAL_POINT);

        upload(ApiCalls.tokenOf(data, tokens, data.person(GlobalRole.READER)), "a.docx", edited,
                section.shortName(), false).andExpect(problem(403));
        upload(ApiCalls.tokenOf(data, tokens, member), "a.docx", edited, section.shortName(), false)
                .andExpect(problem(403));
        upload(ApiCalls.tokenOf(data, tokens, otherFocalPoint), "a.docx", edited, section.shortName(), false)
                .andExpect(problem(403));
        String focal = ApiCalls.tokenOf(data, tokens, focalPoint);
        JsonNode proposal = read(upload(focal, "a.docx", edited, section.shortName(), false)
                .andExpect(status().isAccepted()));
        mvc.perform(ApiCalls.as(post(FEEDBACK + "/" + proposal.get("id").asLong() + "/accept"),
                        ApiCalls.tokenOf(data, tokens, otherFocalPoint)))
                .andExpect(problem(403));
        assertThat(comments()).isZero();

        data.schedule(version, VersionStatus.CLOSED, null, null);
        upload(editor, "a.docx", edited, section.shortName(), false)
                .andExpect(problem(400)).andExpect(jsonPath("$.code").value("comment.error.round-closed"));
        mvc.perform(ApiCalls.as(post(FEEDBACK + "/" + proposal.get("id").asLong() + "/accept"), focal))
                .andExpect(problem(400)).andExpect(jsonPath("$.code").value("comment.error.round-closed"));
        assertThat(comments()).isZero();
    }

    private ResultActions upload(String token, String name, byte[] content, String organisation, boolean accept)
            throws Exception {
        return mvc.perform(multipart(FEEDBACK + (accept ? "?accept=true" : ""))
                .file(new MockMultipartFile("file", name,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content))
                .param("organisation", organisation)
                .header("Authorization", "Bearer " + token));
    }

    private JsonNode read(ResultActions answer) throws Exception {
        return json.readTree(answer.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private int comments() {
        return dsl.fetchCount(DSL.table("comment"));
    }

    private int auditEvents(String action) {
        return dsl.fetchCount(DSL.table("audit_event"), DSL.field("action").eq(action));
    }

    private byte[] otherDocumentExport() {
        data.openDocument("other", Visibility.PUBLIC, """
                # Nature

                1. Biodiversity loss threatens the ecosystems on which food production depends.

                2. Wetlands store carbon and protect coasts from storms and rising seas.

                3. Forests regulate rainfall far beyond their own borders.
                """);
        return export("other");
    }

    private byte[] export(String slug) {
        return SystemActor.call(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                exports.version(slug, 1, "docx", null, Locale.ENGLISH).body().writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }
}
