package org.parley.disposition;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.parley.comment.DispositionLookup;
import org.parley.document.VersionRounds;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.parley.jooq.Tables.COMMENT;
import static org.parley.jooq.Tables.DISPOSITION;
import static org.parley.jooq.Tables.DISPOSITION_PARAGRAPH;

@Repository
class DispositionRepository implements DispositionLookup {

    private final DSLContext dsl;

    DispositionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts or, when {@code expectedRevision} matches, replaces; false on a concurrent change. */
    boolean save(long commentId, DispositionKind kind, String reason, List<Long> paragraphIds, Long by,
                 OffsetDateTime now, Integer expectedRevision) {
        int changed;
        if (expectedRevision == null) {
            changed = dsl.insertInto(DISPOSITION).set(DISPOSITION.COMMENT_ID, commentId)
                    .set(DISPOSITION.KIND, kind.name()).set(DISPOSITION.REASON, reason)
                    .set(DISPOSITION.DECIDED_BY, by).set(DISPOSITION.DECIDED_AT, now)
                    .onConflictDoNothing().execute();
        } else {
            changed = dsl.update(DISPOSITION).set(DISPOSITION.KIND, kind.name()).set(DISPOSITION.REASON, reason)
                    .set(DISPOSITION.DECIDED_BY, by).set(DISPOSITION.DECIDED_AT, now)
                    .set(DISPOSITION.REVISION, DISPOSITION.REVISION.plus(1))
                    .where(DISPOSITION.COMMENT_ID.eq(commentId)).and(DISPOSITION.REVISION.eq(expectedRevision))
                    .execute();
        }
        if (changed != 1) {
            return false;
        }
        dsl.deleteFrom(DISPOSITION_PARAGRAPH).where(DISPOSITION_PARAGRAPH.COMMENT_ID.eq(commentId)).execute();
        for (long paragraphId : paragraphIds) {
            dsl.insertInto(DISPOSITION_PARAGRAPH).set(DISPOSITION_PARAGRAPH.COMMENT_ID, commentId)
                    .set(DISPOSITION_PARAGRAPH.PARAGRAPH_ID, paragraphId).execute();
        }
        return true;
    }

    /** Answers become public with the version that carries them: only those whose next version is out. */
    @Override
    public Map<Long, String> dispositionsOf(Collection<Long> commentIds) {
        Map<Long, String> kinds = new HashMap<>();
        dsl.select(DISPOSITION.COMMENT_ID, DISPOSITION.KIND).from(DISPOSITION)
                .join(COMMENT).on(COMMENT.ID.eq(DISPOSITION.COMMENT_ID))
                .where(DISPOSITION.COMMENT_ID.in(commentIds))
                .and(VersionRounds.answersPublic(COMMENT.VERSION_ID))
                .forEach(r -> kinds.put(r.value1(), r.value2()));
        return kinds;
    }

    @Override
    public Map<Long, Answer> answersOf(Collection<Long> commentIds, boolean includeUnpublished) {
        Map<Long, Answer> answers = new HashMap<>();
        if (commentIds.isEmpty()) {
            return answers;
        }
        var published = DSL.field(VersionRounds.answersPublic(COMMENT.VERSION_ID));
        dsl.select(DISPOSITION.COMMENT_ID, DISPOSITION.KIND, DISPOSITION.REASON, published).from(DISPOSITION)
                .join(COMMENT).on(COMMENT.ID.eq(DISPOSITION.COMMENT_ID))
                .where(DISPOSITION.COMMENT_ID.in(commentIds))
                .forEach(r -> {
                    if (includeUnpublished || r.value4()) {
                        answers.put(r.value1(), new Answer(r.value1(), r.value2(), r.value3(), r.value4()));
                    }
                });
        return answers;
    }

    /** Like {@link #findFor}, limited to answers made public by the publication of the next version. */
    Map<Long, Disposition> findPublic(Collection<Long> commentIds) {
        return findFor(dispositionsOf(commentIds).keySet());
    }

    Map<Long, Disposition> findFor(Collection<Long> commentIds) {
        Map<Long, List<Long>> paragraphs = new HashMap<>();
        dsl.selectFrom(DISPOSITION_PARAGRAPH).where(DISPOSITION_PARAGRAPH.COMMENT_ID.in(commentIds))
                .orderBy(DISPOSITION_PARAGRAPH.PARAGRAPH_ID)
                .forEach(r -> paragraphs.computeIfAbsent(r.getCommentId(), k -> new ArrayList<>())
                        .add(r.getParagraphId()));
        Map<Long, Disposition> result = new HashMap<>();
        dsl.selectFrom(DISPOSITION).where(DISPOSITION.COMMENT_ID.in(commentIds))
                .forEach(r -> result.put(r.getCommentId(), new Disposition(r.getCommentId(),
                        DispositionKind.valueOf(r.getKind()), r.getReason(),
                        paragraphs.getOrDefault(r.getCommentId(), List.of()), r.getDecidedBy(), r.getDecidedAt(),
                        r.getRevision())));
        return result;
    }
}
