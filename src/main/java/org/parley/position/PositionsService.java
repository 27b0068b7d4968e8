package org.parley.position;

import java.util.Arrays;
import org.parley.base.XlsxTable;
import org.parley.disposition.Disposition;
import org.parley.disposition.DispositionService;
import org.parley.base.CsvTable;
import org.parley.base.Messages;
import org.parley.comment.Comment;
import org.parley.comment.CommentQueryService;
import org.parley.comment.EndorsedComment;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything an organisation said across documents and versions, with the answers it got: the delegate's
 * briefing before a congress. Only what the reader may see: readable documents and versions, published comments,
 * and answers once the version carrying them is out (editors see them as they are written).
 */
@Service
public class PositionsService {

    private final DocumentService documents;
    private final CommentQueryService comments;
    private final DispositionService dispositions;
    private final Messages messages;

    PositionsService(DocumentService documents, CommentQueryService comments, DispositionService dispositions, Messages messages) {
        this.documents = documents;
        this.comments = comments;
        this.dispositions = dispositions;
        this.messages = messages;
    }

    public List<Position> positions(long organisationId) {
        Map<Long, DocumentSummary> documentOf = new HashMap<>();
        Map<Long, DocumentVersion> versions = new HashMap<>();
        for (DocumentSummary summary : documents.readableDocuments()) {
            for (DocumentVersion version : summary.versions()) {
                documentOf.put(version.id(), summary);
                versions.put(version.id(), version);
            }
        }
        Map<Long, List<Comment>> saidPerVersion = comments.publishedOnBehalfOf(organisationId, versions.keySet())
                .stream().collect(Collectors.groupingBy(Comment::versionId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<EndorsedComment>> endorsedPerVersion = comments.publishedEndorsedBy(organisationId,
                versions.keySet()).stream().collect(Collectors.groupingBy(e -> e.comment().versionId(),
                LinkedHashMap::new, Collectors.toList()));
        List<Position> positions = new ArrayList<>();
        Set<Long> versionIds = new LinkedHashSet<>(saidPerVersion.keySet());
        versionIds.addAll(endorsedPerVersion.keySet());
        for (long versionId : versionIds) {
            positions.addAll(positionsIn(documentOf.get(versionId), versions.get(versionId),
                    saidPerVersion.getOrDefault(versionId, List.of()),
                    endorsedPerVersion.getOrDefault(versionId, List.of())));
        }
        positions.sort(Comparator.comparing(Position::documentTitle).thenComparing(Position::versionNumber)
                .thenComparing(Position::postedAt));
        return positions;
    }

    public byte[] csv(long organisationId, Locale locale) {
        return CsvTable.of(table(organisationId, locale));
    }

    /** The same table as an Excel workbook with one sheet. */
    public byte[] xlsx(long organisationId, Locale locale) {
        return XlsxTable.of(messages.get("positions.title", locale), table(organisationId, locale),
                new int[] {30, 8, 10, 14, 60, 40, 8, 12, 18, 50});
    }

    private List<List<String>> table(long organisationId, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("document", "version", "paragraph", "kind", "text", "proposed-text", "language", "date",
                "disposition", "reason").stream().map(c -> messages.get("positions.column." + c, locale)).toList());
        for (Position p : positions(organisationId)) {
            rows.add(Arrays.asList(p.documentTitle(), String.valueOf(p.versionNumber()),
                    p.paragraphNumber(), kindLabel(p, locale), p.text(), p.proposedText(),
                    p.language(), p.postedAt().toLocalDate().toString(),
                    p.disposition() == null ? "" : messages.get("disposition.kind." + p.disposition(), locale),
                    p.reason()));
        }
        return rows;
    }

    /** "Comment", "Amendment"…, or "Supports UCLG Africa" for an endorsement. */
    public String kindLabel(Position p, Locale locale) {
        return Position.ENDORSEMENT.equals(p.kind()) ? messages.get("positions.kind.endorsement", locale, p.endorsed())
                : messages.get("comment.kind." + p.kind(), locale);
    }

    private List<Position> positionsIn(DocumentSummary summary, DocumentVersion version, List<Comment> said,
                                       List<EndorsedComment> endorsed) {
        Map<Long, Paragraph> paragraphs = documents.allParagraphs(version).stream()
                .collect(Collectors.toMap(Paragraph::id, Function.identity()));
        List<Long> ids = new ArrayList<>(said.stream().map(Comment::id).toList());
        endorsed.forEach(e -> ids.add(e.comment().id()));
        Map<Long, Disposition> answers = dispositions.answersVisibleToReader(ids);
        List<Position> positions = new ArrayList<>();
        for (Comment c : said) {
            positions.add(position(summary, version, paragraphs.get(c.paragraphId()), c, c.kind().name(),
                    c.publishedAt() == null ? c.createdAt() : c.publishedAt(), answers.get(c.id()), null));
        }
        for (EndorsedComment e : endorsed) {
            Comment c = e.comment();
            positions.add(position(summary, version, paragraphs.get(c.paragraphId()), c, Position.ENDORSEMENT,
                    e.endorsedAt(), answers.get(c.id()),
                    c.organisation() == null ? c.authorName() : c.organisation().name()));
        }
        return positions;
    }

    private static Position position(DocumentSummary summary, DocumentVersion version, Paragraph paragraph,
                                     Comment c, String kind, OffsetDateTime at, Disposition answer, String endorsed) {
        return new Position(summary.document().slug(), summary.document().title(), version.number(),
                version.label(), paragraph.number(), paragraph.anchor(), c.id(), kind, c.body(),
                c.proposedText(), c.language(), at, answer == null ? null : answer.kind(),
                answer == null ? null : answer.reason(), endorsed);
    }
}
