package org.parley.comment;

import org.springframework.beans.factory.ObjectProvider;
import org.parley.document.DocumentService;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphInVersion;
import org.parley.search.CommentSource;
import org.parley.search.IndexedComment;
import org.parley.security.SystemActor;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Feeds the search index with the comments every reader of their document may see: published, not hidden, not
 * withdrawn, with the editors' disposition when there is one. Called by the indexer outside any request, hence
 * as Parley itself; the index applies readers' rights on documents at query time.
 */
@Component
class CommentSearchSource implements CommentSource {

    private final CommentRepository comments;
    private final DocumentService documents;
    private final ObjectProvider<DispositionLookup> dispositions;

    CommentSearchSource(CommentRepository comments, DocumentService documents,
                        ObjectProvider<DispositionLookup> dispositions) {
        this.comments = comments;
        this.documents = documents;
        this.dispositions = dispositions;
    }

    private Map<Long, String> dispositionsOf(List<Comment> visible) {
        DispositionLookup lookup = dispositions.getIfAvailable();
        return lookup == null || visible.isEmpty() ? Map.of()
                : lookup.dispositionsOf(visible.stream().map(Comment::id).toList());
    }

    @Override
    public List<IndexedComment> visibleComments(Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return List.of();
        }
        return SystemActor.call(() -> {
            List<Comment> visible = comments.findByIds(commentIds).stream()
                    .filter(CommentSearchSource::visibleToAll).toList();
            Map<Long, ParagraphInVersion> places = documents.paragraphs(visible.stream()
                    .map(Comment::paragraphId).collect(Collectors.toSet()));
            Map<Long, String> answers = dispositionsOf(visible);
            return visible.stream().filter(c -> places.containsKey(c.paragraphId()))
                    .map(c -> indexed(c, places.get(c.paragraphId()), answers)).toList();
        });
    }

    @Override
    public List<IndexedComment> visibleCommentsOfVersion(long versionId) {
        return SystemActor.call(() -> {
            List<Comment> visible = comments.findByVersion(versionId).stream()
                    .filter(CommentSearchSource::visibleToAll).toList();
            if (visible.isEmpty()) {
                return List.of();
            }
            var version = documents.version(versionId);
            var document = documents.documentById(version.documentId()).document();
            Map<Long, Paragraph> paragraphs = documents.allParagraphs(version).stream()
                    .collect(Collectors.toMap(Paragraph::id, p -> p));
            Map<Long, String> answers = dispositionsOf(visible);
            return visible.stream().map(c -> indexed(c, new ParagraphInVersion(document, version,
                    paragraphs.get(c.paragraphId())), answers)).toList();
        });
    }

    private static boolean visibleToAll(Comment comment) {
        return comment.status() == CommentStatus.PUBLISHED && !comment.isHidden();
    }

    private static IndexedComment indexed(Comment c, ParagraphInVersion where, Map<Long, String> answers) {
        String text = c.proposedText() == null ? c.body() : c.body() + "\n" + c.proposedText();
        return new IndexedComment(c.id(), where.document().id(), where.document().slug(), where.document().title(),
                where.document().visibility().name(), where.version().id(), where.version().number(),
                where.version().status().name(), c.paragraphId(), where.paragraph().number(), c.lineageId(),
                c.kind().name(), c.organisation() == null ? null : c.organisation().name(),
                c.organisation() == null ? null : c.organisation().kind().name(), c.authorName(),
                c.status().name(), answers.get(c.id()), c.language(), text, c.createdAt());
    }
}
