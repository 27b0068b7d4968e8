package org.parley.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.ChangeKind;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphOrigin;
import org.parley.document.Visibility;
import org.parley.document.importing.ParsedDocument;
import org.parley.document.importing.ParsedParagraph;
import org.parley.disposition.DispositionKind;
import org.parley.disposition.DispositionService;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyTest
@AutoConfigureMockMvc
class CarriedCommentApiTest {

    static final String BASE = "/api/v1/documents/paper/versions/2";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    CommentService comments;
    @Autowired
    DocumentService documents;
    @Autowired
    DispositionService dispositions;

    Paragraph cities;
    Paragraph regions;

    @BeforeEach
    void twoVersions() {
        data.reset();
        DocumentVersion v1 = data.openDocument("paper", Visibility.PUBLIC, """
                # Paper

                Cities receive most newcomers.

                Quotas decide everything.
                """).latest();
        List<Paragraph> first = data.paragraphs(v1);
        data.signIn(data.person(GlobalRole.CONTRIBUTOR));
        var towns = comments.post(first.get(0).id(), NewComment.of(CommentKind.AMENDMENT, "Towns too.")
                .proposing("Cities and towns receive most newcomers."));
        comments.post(first.get(1).id(), NewComment.of(CommentKind.OBJECTION, "They do not."));
        data.signIn(data.person(GlobalRole.EDITOR));
        DocumentVersion v2 = documents.addVersion(v1.documentId(), new ParsedDocument("Paper", List.of(), List.of(
                        new ParsedParagraph(null, "1", "Cities and towns receive most newcomers."),
                        new ParsedParagraph(null, "2", "Regions fund services."))),
                List.of(new ParagraphOrigin(List.of(first.get(0).id()), ChangeKind.EDITED, first.get(0).lineageId()),
                        ParagraphOrigin.fresh()));
        List<Paragraph> second = data.paragraphs(v2);
        cities = second.get(0);
        regions = second.get(1);
        dispositions.dispose(towns.id(), DispositionKind.ACCEPTED, null, List.of(cities.id()), null);
        SystemActor.run(() -> documents.publish(v2.id(), "Bogotá", null, null, null));
        data.signOut();
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void earlier_comments_of_a_paragraph_come_with_answer_old_text_and_changes() throws Exception {
        mvc.perform(get(BASE + "/paragraphs/" + cities.id() + "/earlier-comments"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].comment.body").value("Towns too."))
                .andExpect(jsonPath("$.items[0].versionNumber").value(1))
                .andExpect(jsonPath("$.items[0].oldText").value("Cities receive most newcomers."))
                .andExpect(jsonPath("$.items[0].disposition.kind").value("ACCEPTED"))
                .andExpect(jsonPath("$.items[0].disposition.published").value(true))
                .andExpect(jsonPath("$.items[0].changes[?(@.change == 'INSERTED')].text").value(contains("and towns ")));
        mvc.perform(get(BASE + "/paragraphs/" + regions.id() + "/earlier-comments"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void removed_text_comments_list_the_text_they_referred_to() throws Exception {
        mvc.perform(get(BASE + "/removed-text-comments"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].comment.body").value(contains("They do not.")))
                .andExpect(jsonPath("$.items[0].oldText").value("Quotas decide everything."))
                .andExpect(jsonPath("$.items[0].disposition").doesNotExist());
    }

    @Test
    void a_paragraph_of_another_version_is_not_found() throws Exception {
        mvc.perform(get("/api/v1/documents/paper/versions/1/paragraphs/" + cities.id() + "/earlier-comments"))
                .andExpect(status().isNotFound());
    }
}
