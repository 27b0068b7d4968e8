package org.parley.api;

import org.parley.document.Visibility;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.parley.api.ApiCalls.as;
import static org.parley.api.ApiCalls.json;
import static org.parley.api.ApiCalls.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.document.DocumentService;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Organisation;
import org.parley.comment.ImportedComment;
import org.parley.comment.NewComment;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.VersionStatus;
import org.parley.organisation.Person;
import org.parley.drafting.DraftEditingService;
import org.parley.drafting.DraftParagraph;
import org.parley.drafting.RevisionService;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The draft-editing calls: each operation, and the refusals that keep two editors from losing work. */
@ParleyTest
@AutoConfigureMockMvc
class DraftApiTest {

    static final String V2 = "/api/v1/documents/paper/versions/2/paragraphs";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    RevisionService revisions;
    @Autowired
    DraftEditingService drafts;
    @Autowired
    CommentService comments;
    @Autowired
    DocumentService documents;

    String editor;
    String contributor;
    Person author;
    Paragraph original;
    Comment amendment;
    List<DraftParagraph> draft;

    @BeforeEach
    void setUp() {
        data.reset();
        DocumentVersion v1 = data.openDocument("paper", Visibility.MEMBERS,
                "# Paper\n\nCities receive most newcomers.\n\nRegions fund the services.\n\nStates set the law.\n")
                .latest();
        original = data.paragraphs(v1).get(0);
        author = data.person(GlobalRole.CONTRIBUTOR);
        editor = ApiCalls.tokenOf(data, tokens, data.person(GlobalRole.EDITOR));
        contributor = ApiCalls.tokenOf(data, tokens, author);
        data.signIn(author);
        try {
            amendment = comments.post(original.id(), new NewComment(CommentKind.AMENDMENT, "Towns too.",
                    "Cities and towns receive most newcomers.", null, null, null, "en", null, null));
        } finally {
            data.signOut();
        }
        data.schedule(v1, VersionStatus.CLOSED, null, null);
        long draftId = SystemActor.call(() -> revisions.startNextDraft("paper")).version().id();
        draft = SystemActor.call(() -> drafts.paragraphs(draftId));
    }

    @Test
    void a_text_edit_without_if_match_is_refused_with_428_and_nothing_changes() throws Exception {
        long id = draft.get(0).id();
        mvc.perform(json(as(put(V2 + "/" + id), editor), "{\"text\":\"Overwritten.\"}"))
                .andExpect(problem(428));
        mvc.perform(as(get(V2 + "/" + id), editor))
                .andExpect(jsonPath("$.text").value("Cities receive most newcomers."))
                .andExpect(header().string("ETag", "\"" + draft.get(0).revision() + "\""));
    }

    @Test
    void contributors_cannot_read_or_edit_a_draft_paragraph() throws Exception {
        long id = draft.get(0).id();
        mvc.perform(as(get(V2 + "/" + id), contributor)).andExpect(problem(404));
        // refused by role before the body is read, whether the paragraph exists or not
        mvc.perform(json(as(put(V2 + "/" + id), contributor), "{\"text\":\"Mine.\"}")
                        .header("If-Match", "\"0\""))
                .andExpect(problem(403));
    }

    @Test
    void split_then_merge_next_gives_back_one_paragraph_with_both_texts() throws Exception {
        long id = draft.get(0).id();
        mvc.perform(json(as(post(V2 + "/" + id + "/split"), editor), "{\"at\":7}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].text").value("Cities"))
                .andExpect(jsonPath("$[1].text").value("receive most newcomers."))
                .andExpect(jsonPath("$[1].change").value("SPLIT"));
        mvc.perform(as(post(V2 + "/" + id + "/merge-next"), editor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Cities receive most newcomers."));
    }

    @Test
    void a_split_outside_the_text_is_a_422_naming_at() throws Exception {
        mvc.perform(json(as(post(V2 + "/" + draft.get(0).id() + "/split"), editor), "{\"at\":999}"))
                .andExpect(problem(422))
                .andExpect(jsonPath("$.errors[0].field").value("at"));
        mvc.perform(json(as(post(V2 + "/" + draft.get(0).id() + "/split"), editor), "{}"))
                .andExpect(problem(422))
                .andExpect(jsonPath("$.errors[0].field").value("at"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void move_insert_and_delete_change_the_reading_order() throws Exception {
        long first = draft.get(0).id();
        long last = draft.get(2).id();
        mvc.perform(json(as(post(V2 + "/" + first + "/move"), editor), "{\"after\":" + last + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("MOVED"));
        mvc.perform(json(as(post(V2), editor), "{\"after\":" + last + ",\"text\":\"Towns too.\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(V2 + "/")))
                .andExpect(jsonPath("$.change").value("NEW"));
        mvc.perform(as(delete(V2 + "/" + draft.get(1).id()), editor).header("If-Match", "\"99\""))
                .andExpect(problem(412));
        mvc.perform(as(delete(V2 + "/" + draft.get(1).id()), editor))
                .andExpect(status().isNoContent());
        List<String> texts = SystemActor.call(() -> drafts.paragraphs(draft.get(0).versionId())).stream()
                .map(DraftParagraph::text).toList();
        assertThat(texts).containsExactly("States set the law.", "Towns too.", "Cities receive most newcomers.");
    }

    @Test
    void an_amendment_on_a_changed_paragraph_is_a_409_with_three_texts_then_saved_combined() throws Exception {
        DraftParagraph target = draft.get(0);
        DraftParagraph edited = SystemActor.call(() -> drafts.editText(target.id(), "Cities receive newcomers.",
                target.revision()));
        String path = V2 + "/" + target.id() + "/apply-amendment";
        mvc.perform(json(as(post(path), editor), "{\"commentId\":" + amendment.id() + "}"))
                .andExpect(problem(409))
                .andExpect(jsonPath("$.originalText").value("Cities receive most newcomers."))
                .andExpect(jsonPath("$.currentText").value("Cities receive newcomers."))
                .andExpect(jsonPath("$.proposedText").value("Cities and towns receive most newcomers."));
        mvc.perform(json(as(post(path), editor), "{\"commentId\":" + amendment.id()
                        + ",\"text\":\"Cities and towns receive newcomers.\"}")
                        .header("If-Match", "\"" + edited.revision() + "\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Cities and towns receive newcomers."));
    }

    @Test
    void an_amendment_deleting_its_paragraph_answers_204_and_the_paragraph_is_gone() throws Exception {
        DocumentVersion v1 = SystemActor.call(() -> documents.version("paper", 1));
        Organisation section = data.organisation(OrganisationKind.REGIONAL_SECTION);
        long third = data.paragraphs(v1).get(2).id();
        SystemActor.run(() -> data.schedule(v1, VersionStatus.OPEN_FOR_COMMENTS, null, null));
        data.signIn(data.person(GlobalRole.EDITOR));
        Comment deletion;
        try {
            deletion = comments.postImported(v1.id(), section.id(), List.of(new ImportedComment(1, null, third,
                            CommentKind.AMENDMENT, "Deletes this paragraph.", "", null, null, "Deletes it.")),
                    "test.word-feedback.imported", "document_version", v1.id(), Map.of()).get(0);
        } finally {
            data.signOut();
        }
        SystemActor.run(() -> data.schedule(v1, VersionStatus.CLOSED, null, null));
        DraftParagraph target = draft.get(2);

        mvc.perform(json(as(post(V2 + "/" + target.id() + "/apply-amendment"), editor),
                        "{\"commentId\":" + deletion.id() + "}"))
                .andExpect(status().isNoContent());
        assertThat(SystemActor.call(() -> drafts.paragraphs(target.versionId()))).extracting(DraftParagraph::text)
                .containsExactly("Cities receive most newcomers.", "Regions fund the services.");
    }
}
