package org.parley.comment;

import java.util.ArrayList;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SelectSelectStep;
import org.jooq.impl.DSL;
import org.jooq.Record;
import org.parley.jooq.tables.Organisation;
import org.parley.organisation.OrganisationKind;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.count;
import static org.parley.jooq.Tables.COMMENT;
import static org.parley.jooq.Tables.COMMENT_EDIT;
import static org.parley.jooq.Tables.COMMENT_FLAG;
import static org.parley.jooq.Tables.ENDORSEMENT;
import static org.parley.jooq.Tables.ORGANISATION;
import static org.parley.jooq.Tables.PARAGRAPH;
import static org.parley.jooq.Tables.PERSON;

/** Comments with their author and organisation, endorsements, edit history and flags. */
@Repository
class CommentRepository {

    private static final Organisation ENDORSER = ORGANISATION.as("endorser");
    private final DSLContext dsl;

    CommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Insert(long versionId, long paragraphId, UUID lineageId, Long parentId, int depth, CommentKind kind,
                  String body, String proposedText, String quote, Integer quoteStart, String language,
                  long authorId, Long organisationId, CommentStatus status, String idempotencyKey,
                  OffsetDateTime now) {
    }

    /** The new comment's id, or empty when the author already posted with this idempotency key. */
    Optional<Long> insert(Insert c) {
        return dsl.insertInto(COMMENT)
                .set(COMMENT.VERSION_ID, c.versionId()).set(COMMENT.PARAGRAPH_ID, c.paragraphId())
                .set(COMMENT.LINEAGE_ID, c.lineageId()).set(COMMENT.PARENT_ID, c.parentId())
                .set(COMMENT.DEPTH, c.depth()).set(COMMENT.KIND, c.kind().name())
                .set(COMMENT.BODY, c.body()).set(COMMENT.PROPOSED_TEXT, c.proposedText())
                .set(COMMENT.QUOTE, c.quote()).set(COMMENT.QUOTE_START, c.quoteStart())
                .set(COMMENT.LANGUAGE, c.language()).set(COMMENT.AUTHOR_ID, c.authorId())
                .set(COMMENT.ORGANISATION_ID, c.organisationId()).set(COMMENT.STATUS, c.status().name())
                .set(COMMENT.IDEMPOTENCY_KEY, c.idempotencyKey()).set(COMMENT.CREATED_AT, c.now())
                .set(COMMENT.PUBLISHED_AT, c.status() == CommentStatus.PUBLISHED ? c.now() : null)
                .onConflict(COMMENT.AUTHOR_ID, COMMENT.IDEMPOTENCY_KEY).doNothing()
                .returning(COMMENT.ID).fetchOptional(COMMENT.ID);
    }

    Optional<Comment> findById(long id) {
        return select(COMMENT.ID.eq(id)).stream().findFirst();
    }

    List<Comment> findByIds(Collection<Long> ids) {
        return select(COMMENT.ID.in(ids));
    }

    Optional<Comment> findByIdempotencyKey(long authorId, String key) {
        return select(COMMENT.AUTHOR_ID.eq(authorId).and(COMMENT.IDEMPOTENCY_KEY.eq(key))).stream().findFirst();
    }

    /** Every comment of a paragraph, in thread order material (creation order); one statement. */
    List<Comment> findByParagraph(long paragraphId) {
        return select(COMMENT.PARAGRAPH_ID.eq(paragraphId));
    }

    List<Comment> findByVersion(long versionId) {
        return select(COMMENT.VERSION_ID.eq(versionId));
    }

    /** Drafts on behalf of these organisations waiting for a focal point, oldest first; one statement. */
    List<Comment> findAwaitingApproval(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return select(COMMENT.ORGANISATION_ID.in(organisationIds)
                .and(COMMENT.STATUS.eq(CommentStatus.PENDING_APPROVAL.name())));
    }

    /** How many drafts of a version wait for a focal point inside their organisation, per paragraph number. */
    Map<String, Integer> countAwaitingApproval(long versionId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        dsl.select(PARAGRAPH.NUMBER, DSL.count()).from(COMMENT)
                .join(PARAGRAPH).on(PARAGRAPH.ID.eq(COMMENT.PARAGRAPH_ID))
                .where(COMMENT.VERSION_ID.eq(versionId))
                .and(COMMENT.STATUS.eq(CommentStatus.PENDING_APPROVAL.name()))
                .groupBy(PARAGRAPH.NUMBER, PARAGRAPH.ORDINAL)
                .orderBy(PARAGRAPH.ORDINAL)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Published, not hidden, top-level comments made on behalf of an organisation in the given versions. */
    List<Comment> findPublishedOnBehalfOf(long organisationId, Collection<Long> versionIds) {
        return select(COMMENT.ORGANISATION_ID.eq(organisationId).and(COMMENT.VERSION_ID.in(versionIds))
                .and(COMMENT.STATUS.eq(CommentStatus.PUBLISHED.name())).and(COMMENT.HIDDEN_AT.isNull())
                .and(COMMENT.PARENT_ID.isNull()));
    }

    /**
     * Published, not hidden, top-level comments in the given versions that the organisation endorsed, each with
     * the time of the endorsement, in the order endorsed; one statement.
     */
    List<EndorsedComment> findPublishedEndorsedBy(long organisationId, Collection<Long> versionIds) {
        return selectComments()
                .select(ENDORSEMENT.CREATED_AT)
                .from(ENDORSEMENT)
                .join(COMMENT).on(COMMENT.ID.eq(ENDORSEMENT.COMMENT_ID))
                .join(PERSON).on(PERSON.ID.eq(COMMENT.AUTHOR_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(COMMENT.ORGANISATION_ID))
                .where(ENDORSEMENT.ORGANISATION_ID.eq(organisationId)).and(COMMENT.VERSION_ID.in(versionIds))
                .and(COMMENT.STATUS.eq(CommentStatus.PUBLISHED.name())).and(COMMENT.HIDDEN_AT.isNull())
                .and(COMMENT.PARENT_ID.isNull())
                .orderBy(ENDORSEMENT.CREATED_AT, COMMENT.ID)
                .fetch(r -> new EndorsedComment(toComment(r), r.get(ENDORSEMENT.CREATED_AT)));
    }

    /** The columns {@link #toComment} reads: the comment, its author's name and its organisation. */
    private SelectSelectStep<Record> selectComments() {
        return dsl.select(COMMENT.fields()).select(PERSON.DISPLAY_NAME)
                .select(ORGANISATION.ID, ORGANISATION.SHORT_NAME, ORGANISATION.NAME, ORGANISATION.KIND,
                        ORGANISATION.NAME_FR, ORGANISATION.NAME_ES);
    }

    private List<Comment> select(Condition condition) {
        return selectComments()
                .from(COMMENT)
                .join(PERSON).on(PERSON.ID.eq(COMMENT.AUTHOR_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(COMMENT.ORGANISATION_ID))
                .where(condition)
                .orderBy(COMMENT.CREATED_AT, COMMENT.ID)
                .fetch(CommentRepository::toComment);
    }

    /** The organisations endorsing each of the given comments; one statement whatever their number. */
    Map<Long, List<OrganisationRef>> endorsements(Collection<Long> commentIds) {
        Map<Long, List<OrganisationRef>> byComment = new HashMap<>();
        if (commentIds.isEmpty()) {
            return byComment;
        }
        dsl.select(ENDORSEMENT.COMMENT_ID, ENDORSER.ID, ENDORSER.SHORT_NAME, ENDORSER.NAME, ENDORSER.KIND,
                        ENDORSER.NAME_FR, ENDORSER.NAME_ES)
                .from(ENDORSEMENT).join(ENDORSER).on(ENDORSER.ID.eq(ENDORSEMENT.ORGANISATION_ID))
                .where(ENDORSEMENT.COMMENT_ID.in(commentIds))
                .orderBy(ENDORSEMENT.CREATED_AT)
                .forEach(r -> byComment.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new OrganisationRef(r.value2(), r.value3(), r.value4(),
                                OrganisationKind.valueOf(r.value5()), r.value6(), r.value7())));
        return byComment;
    }

    boolean updateText(long id, int expectedRevision, String body, String proposedText, CommentStatus status,
                       OffsetDateTime now) {
        return dsl.update(COMMENT)
                .set(COMMENT.BODY, body).set(COMMENT.PROPOSED_TEXT, proposedText)
                .set(COMMENT.STATUS, status.name()).set(COMMENT.EDITED_AT, now)
                .set(COMMENT.REVISION, COMMENT.REVISION.plus(1))
                .where(COMMENT.ID.eq(id)).and(COMMENT.REVISION.eq(expectedRevision))
                .execute() == 1;
    }

    void insertEdit(long commentId, String body, String proposedText, long by, OffsetDateTime now) {
        dsl.insertInto(COMMENT_EDIT).set(COMMENT_EDIT.COMMENT_ID, commentId).set(COMMENT_EDIT.BODY, body)
                .set(COMMENT_EDIT.PROPOSED_TEXT, proposedText).set(COMMENT_EDIT.REPLACED_AT, now)
                .set(COMMENT_EDIT.REPLACED_BY, by).execute();
    }

    List<String> earlierBodies(long commentId) {
        return dsl.select(COMMENT_EDIT.BODY).from(COMMENT_EDIT).where(COMMENT_EDIT.COMMENT_ID.eq(commentId))
                .orderBy(COMMENT_EDIT.ID).fetch(COMMENT_EDIT.BODY);
    }

    /** Moves a comment from one status to another; false when it is no longer in {@code from}. */
    boolean changeStatus(long id, CommentStatus from, CommentStatus to, String reviewNote, Long reviewedBy,
                         OffsetDateTime now) {
        return dsl.update(COMMENT)
                .set(COMMENT.STATUS, to.name()).set(COMMENT.REVIEW_NOTE, reviewNote)
                .set(COMMENT.REVIEWED_BY, reviewedBy)
                .set(COMMENT.PUBLISHED_AT, to == CommentStatus.PUBLISHED ? now : null)
                .set(COMMENT.REVISION, COMMENT.REVISION.plus(1))
                .where(COMMENT.ID.eq(id)).and(COMMENT.STATUS.eq(from.name()))
                .execute() == 1;
    }

    boolean withdraw(long id) {
        return dsl.update(COMMENT).set(COMMENT.STATUS, CommentStatus.WITHDRAWN.name())
                .set(COMMENT.REVISION, COMMENT.REVISION.plus(1))
                .where(COMMENT.ID.eq(id)).and(COMMENT.STATUS.ne(CommentStatus.WITHDRAWN.name()))
                .execute() == 1;
    }

    boolean hide(long id, Long by, String reason, OffsetDateTime now) {
        return dsl.update(COMMENT).set(COMMENT.HIDDEN_AT, now).set(COMMENT.HIDDEN_BY, by)
                .set(COMMENT.HIDDEN_REASON, reason).set(COMMENT.REVISION, COMMENT.REVISION.plus(1))
                .where(COMMENT.ID.eq(id)).and(COMMENT.HIDDEN_AT.isNull())
                .execute() == 1;
    }

    boolean insertEndorsement(long commentId, long organisationId, long by, OffsetDateTime now) {
        return dsl.insertInto(ENDORSEMENT).set(ENDORSEMENT.COMMENT_ID, commentId)
                .set(ENDORSEMENT.ORGANISATION_ID, organisationId).set(ENDORSEMENT.ENDORSED_BY, by)
                .set(ENDORSEMENT.CREATED_AT, now)
                .onConflictDoNothing().execute() == 1;
    }

    boolean deleteEndorsement(long commentId, long organisationId) {
        return dsl.deleteFrom(ENDORSEMENT).where(ENDORSEMENT.COMMENT_ID.eq(commentId))
                .and(ENDORSEMENT.ORGANISATION_ID.eq(organisationId)).execute() == 1;
    }

    boolean insertFlag(long commentId, long personId, String reason, OffsetDateTime now) {
        return dsl.insertInto(COMMENT_FLAG).set(COMMENT_FLAG.COMMENT_ID, commentId)
                .set(COMMENT_FLAG.PERSON_ID, personId).set(COMMENT_FLAG.REASON, reason)
                .set(COMMENT_FLAG.CREATED_AT, now)
                .onConflictDoNothing().execute() == 1;
    }

    boolean flagged(long commentId, long personId) {
        return dsl.fetchExists(COMMENT_FLAG, COMMENT_FLAG.COMMENT_ID.eq(commentId)
                .and(COMMENT_FLAG.PERSON_ID.eq(personId)));
    }

    int flagCount(long commentId) {
        return dsl.fetchCount(COMMENT_FLAG, COMMENT_FLAG.COMMENT_ID.eq(commentId));
    }

    /** Visible, published top-level comments per paragraph and kind: the margin counts of a version. */
    Map<Long, KindCounts> countsByParagraph(long versionId) {
        Map<Long, Map<CommentKind, Integer>> counts = new HashMap<>();
        dsl.select(COMMENT.PARAGRAPH_ID, COMMENT.KIND, count())
                .from(COMMENT)
                .where(COMMENT.VERSION_ID.eq(versionId)).and(COMMENT.STATUS.eq(CommentStatus.PUBLISHED.name()))
                .and(COMMENT.HIDDEN_AT.isNull()).and(COMMENT.PARENT_ID.isNull())
                .groupBy(COMMENT.PARAGRAPH_ID, COMMENT.KIND)
                .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new EnumMap<>(CommentKind.class))
                        .put(CommentKind.valueOf(r.value2()), r.value3()));
        Map<Long, KindCounts> result = new HashMap<>();
        counts.forEach((paragraph, byKind) -> result.put(paragraph, new KindCounts(byKind)));
        return result;
    }

    static Comment toComment(Record r) {
        OrganisationRef organisation = r.get(ORGANISATION.ID) == null ? null
                : new OrganisationRef(r.get(ORGANISATION.ID), r.get(ORGANISATION.SHORT_NAME),
                r.get(ORGANISATION.NAME), OrganisationKind.valueOf(r.get(ORGANISATION.KIND)),
                r.get(ORGANISATION.NAME_FR), r.get(ORGANISATION.NAME_ES));
        return new Comment(r.get(COMMENT.ID), r.get(COMMENT.VERSION_ID), r.get(COMMENT.PARAGRAPH_ID),
                r.get(COMMENT.LINEAGE_ID), r.get(COMMENT.PARENT_ID), r.get(COMMENT.DEPTH),
                CommentKind.valueOf(r.get(COMMENT.KIND)), r.get(COMMENT.BODY), r.get(COMMENT.PROPOSED_TEXT),
                r.get(COMMENT.QUOTE), r.get(COMMENT.QUOTE_START), r.get(COMMENT.LANGUAGE),
                r.get(COMMENT.AUTHOR_ID), r.get(PERSON.DISPLAY_NAME), organisation,
                CommentStatus.valueOf(r.get(COMMENT.STATUS)), r.get(COMMENT.REVIEW_NOTE),
                r.get(COMMENT.HIDDEN_REASON), r.get(COMMENT.CREATED_AT), r.get(COMMENT.EDITED_AT),
                r.get(COMMENT.PUBLISHED_AT), List.of(), r.get(COMMENT.REVISION));
    }
}
