package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.comment.CarriedComment;
import org.parley.comment.CarriedCommentsService;
import org.parley.comment.DispositionLookup;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.base.WordDiff;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Comments that follow their paragraph: those made on earlier versions of it, and those on removed text. */
@RestController
@RequestMapping(path = "/api/v1/documents/{slug}/versions/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Comments", description = "Comments, questions, positions and amendments on paragraphs")
class CarriedCommentApi {

    private final DocumentService documents;
    private final CarriedCommentsService carried;

    CarriedCommentApi(DocumentService documents, CarriedCommentsService carried) {
        this.documents = documents;
        this.carried = carried;
    }

    @GetMapping("/paragraphs/{paragraphId}/earlier-comments")
    @Operation(operationId = "listEarlierComments",
            summary = "Comments made on the earlier versions of a paragraph, with the answer, the text then and "
            + "the word diff to the paragraph now")
    PageJson<CarriedCommentJson> earlierComments(@PathVariable String slug, @PathVariable int number,
                                                 @PathVariable long paragraphId,
                                                 @Valid @ParameterObject PageJson.Request page) {
        DocumentVersion version = documents.version(slug, number);
        if (documents.paragraph(paragraphId).version().id() != version.id()) {
            throw new DocumentNotFoundException();
        }
        return page.of(carried.earlierComments(paragraphId).stream().map(CarriedCommentJson::of).toList());
    }

    @GetMapping("/removed-text-comments")
    @Operation(operationId = "listRemovedTextComments",
            summary = "Comments made on earlier text that is no longer in this version, with that text")
    PageJson<CarriedCommentJson> removedTextComments(@PathVariable String slug, @PathVariable int number,
                                                     @Valid @ParameterObject PageJson.Request page) {
        return page.of(carried.removedTextComments(documents.version(slug, number).id()).stream()
                .map(CarriedCommentJson::of).toList());
    }

    /**
     * {@code versionNumber} and {@code paragraphNumber}: where the comment was made; {@code oldText}: that
     * paragraph's text then; {@code changes}: word diff from it to the paragraph now (empty for removed text).
     */
    record CarriedCommentJson(CommentJson comment, int versionNumber, long oldParagraphId, String paragraphNumber,
                              String oldText, Answer disposition, List<WordDiff.Segment> changes) {

        record Answer(String kind, String reason, boolean published) {
        }

        static CarriedCommentJson of(CarriedComment c) {
            DispositionLookup.Answer a = c.disposition();
            return new CarriedCommentJson(CommentJson.of(c.comment(), c.oldText()), c.versionNumber(),
                    c.paragraphId(), c.paragraphNumber(), c.oldText(),
                    a == null ? null : new Answer(a.kind(), a.reason(), a.published()), c.changes());
        }
    }
}
