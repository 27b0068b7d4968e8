package org.parley.api;

import org.hamcrest.Matchers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.disposition.DispositionKind;
import org.parley.disposition.DispositionService;
import org.parley.drafting.RevisionResult;
import org.parley.drafting.RevisionService;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyTest
@AutoConfigureMockMvc
class ComparisonApiTest {

    private static final String PAPER = """
            # Paper

            1. Access to adequate housing is the foundation of inclusion.

            2. Health is a fundamental right for every resident.
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    CommentService comments;
    @Autowired
    RevisionService revisions;
    @Autowired
    DispositionService dispositions;
    @Autowired
    ApiTokenService apiTokens;

    private Person editor;
    private DocumentVersion draft;

    @BeforeEach
    void setUp() {
        data.reset();
        DocumentVersion round = data.openDocument("paper", Visibility.PUBLIC, PAPER).latest();
        List<Long> paragraphIds = data.paragraphs(round).stream().map(p -> p.id()).toList();
        Organisation cities = data.organisation(OrganisationKind.REGIONAL_SECTION);
        Person focal = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(focal, cities, MembershipRole.FOCAL_POINT);
        data.signIn(focal);
        Comment support = comments.post(paragraphIds.get(0), NewComment.of(CommentKind.SUPPORT,
                "Nous soutenons l'accès au logement, \"sans condition\".").onBehalfOf(cities.id()));
        data.signIn(data.person(GlobalRole.CONTRIBUTOR));
        Comment objection = comments.post(paragraphIds.get(1), NewComment.of(CommentKind.OBJECTION, "Too vague."));
        editor = data.person(GlobalRole.EDITOR);
        data.signIn(editor);
        data.schedule(round, VersionStatus.CLOSED, null, null);
        RevisionResult next = revisions.startNextDraft("paper");
        draft = next.version();
        dispositions.dispose(support.id(), DispositionKind.ACCEPTED, null, List.of(next.paragraphs().get(0).id()),
                null);
        dispositions.dispose(objection.id(), DispositionKind.DECLINED, "Précis, à notre avis.", List.of(), null);
        data.signOut();
    }

    private void publishDraft() {
        data.signIn(editor);
        dispositions.publish(draft.id(), "Bogotá", null, null, null);
        data.signOut();
    }

    private String editorToken() {
        data.signIn(editor);
        try {
            return apiTokens.createForCurrentUser("test");
        } finally {
            data.signOut();
        }
    }

    @Test
    void comparison_returns_aligned_rows_older_first() throws Exception {
        publishDraft();

        mvc.perform(get("/api/v1/documents/paper/compare/2/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.older").value(1))
                .andExpect(jsonPath("$.newer").value(2))
                .andExpect(jsonPath("$.rows", hasSize(2)))
                .andExpect(jsonPath("$.rows[0].marker").value("unchanged"))
                .andExpect(jsonPath("$.rows[0].anchor").value("p-1"))
                .andExpect(jsonPath("$.rows[0].older[0].number").value("1"))
                .andExpect(jsonPath("$.rows[0].newer.text")
                        .value("Access to adequate housing is the foundation of inclusion."))
                .andExpect(jsonPath("$.rows[0].diff[0].change").value("same"));
    }

    @Test
    void a_draft_is_not_compared_for_anonymous_readers_and_errors_are_problems() throws Exception {
        mvc.perform(get("/api/v1/documents/paper/compare/1/2"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(Matchers.not(
                        Matchers.containsString("Exception"))));
        mvc.perform(get("/api/v1/documents/paper/compare/1/2").header("Authorization", "Bearer " + editorToken()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/documents/paper/compare/1/x"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_matrix_lists_every_comment_with_its_answer_once_the_next_version_is_public() throws Exception {
        mvc.perform(get("/api/v1/documents/paper/versions/1/resolution"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(2)))
                .andExpect(jsonPath("$.nextVersionNumber").value(nullValue()))
                .andExpect(jsonPath("$.rows[0].disposition").value(nullValue()));
        mvc.perform(get("/api/v1/documents/paper/versions/1/resolution")
                        .header("Authorization", "Bearer " + editorToken()))
                .andExpect(jsonPath("$.rows[0].disposition").value("ACCEPTED"));

        publishDraft();

        mvc.perform(get("/api/v1/documents/paper/versions/1/resolution"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nextVersionNumber").value(2))
                .andExpect(jsonPath("$.rows[0].paragraphNumber").value("1"))
                .andExpect(jsonPath("$.rows[0].kind").value("SUPPORT"))
                .andExpect(jsonPath("$.rows[0].disposition").value("ACCEPTED"))
                .andExpect(jsonPath("$.rows[0].resultingParagraphs", contains("1")))
                .andExpect(jsonPath("$.rows[1].disposition").value("DECLINED"))
                .andExpect(jsonPath("$.rows[1].reason").value("Précis, à notre avis."))
                .andExpect(jsonPath("$.rows[1].resultingParagraphs", contains("2")));
    }

    @Test
    void the_matrix_downloads_as_csv_with_a_byte_order_mark() throws Exception {
        publishDraft();

        byte[] csv = mvc.perform(get("/api/v1/documents/paper/versions/1/resolution").param("format", "csv")
                        .header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition",
                        Matchers.containsString("paper-v1-resolution.csv")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("Paragraphe,Organisation,Auteur,Type,Commentaire,");
        assertThat(lines[1]).startsWith("1,Organisation ").contains(",Soutien,", ",Accepté,")
                .contains("\"Nous soutenons l'accès au logement, \"\"sans condition\"\".\"").endsWith(",1");
        assertThat(lines[2]).contains("\"Précis, à notre avis.\"").endsWith(",2");
    }

    @Test
    void the_matrix_downloads_as_xlsx_with_a_bold_frozen_header() throws Exception {
        publishDraft();

        byte[] xlsx = mvc.perform(get("/api/v1/documents/paper/versions/1/resolution").param("format", "xlsx"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ComparisonApi.XLSX))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Paragraph");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("1");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Support");
            assertThat(first.getCell(4).getStringCellValue())
                    .isEqualTo("Nous soutenons l'accès au logement, \"sans condition\".");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Accepted");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("1");
        }
    }

    @Test
    void an_unknown_format_is_refused() throws Exception {
        mvc.perform(get("/api/v1/documents/paper/versions/1/resolution").param("format", "pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("resolution.error.format"));
        mvc.perform(get("/api/v1/documents/paper/versions/9/resolution"))
                .andExpect(status().isNotFound());
    }
}
