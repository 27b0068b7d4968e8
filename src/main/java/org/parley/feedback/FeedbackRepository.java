package org.parley.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

import static org.parley.jooq.Tables.FEEDBACK_IMPORT;

/** Word files of feedback: proposals waiting for an editor, and the files already accepted (by their hash). */
@Repository
class FeedbackRepository {

    record StoredProposal(long id, long versionId, long organisationId, String fileSha256, FeedbackProposal proposal,
                          OffsetDateTime acceptedAt) {
    }

    private final DSLContext dsl;
    private final ObjectMapper json;

    FeedbackRepository(DSLContext dsl, ObjectMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    long insert(long versionId, long organisationId, String fileName, String fileSha256, FeedbackProposal proposal,
                Long createdBy, OffsetDateTime now) {
        long id = dsl.insertInto(FEEDBACK_IMPORT)
                .set(FEEDBACK_IMPORT.VERSION_ID, versionId)
                .set(FEEDBACK_IMPORT.ORGANISATION_ID, organisationId)
                .set(FEEDBACK_IMPORT.FILE_NAME, fileName)
                .set(FEEDBACK_IMPORT.FILE_SHA256, fileSha256)
                .set(FEEDBACK_IMPORT.PROPOSAL, write(proposal))
                .set(FEEDBACK_IMPORT.CREATED_BY, createdBy)
                .set(FEEDBACK_IMPORT.CREATED_AT, now)
                .returning(FEEDBACK_IMPORT.ID).fetchOne(FEEDBACK_IMPORT.ID);
        dsl.update(FEEDBACK_IMPORT).set(FEEDBACK_IMPORT.PROPOSAL, write(proposal.withId(id)))
                .where(FEEDBACK_IMPORT.ID.eq(id)).execute();
        return id;
    }

    Optional<StoredProposal> find(long id) {
        return dsl.selectFrom(FEEDBACK_IMPORT).where(FEEDBACK_IMPORT.ID.eq(id))
                .fetchOptional(r -> new StoredProposal(r.getId(), r.getVersionId(), r.getOrganisationId(),
                        r.getFileSha256(), read(r.getProposal()), r.getAcceptedAt()));
    }

    /** When this file was accepted for this version and organisation, if it was. */
    Optional<OffsetDateTime> acceptedAt(long versionId, long organisationId, String fileSha256) {
        return dsl.select(FEEDBACK_IMPORT.ACCEPTED_AT).from(FEEDBACK_IMPORT)
                .where(FEEDBACK_IMPORT.VERSION_ID.eq(versionId), FEEDBACK_IMPORT.ORGANISATION_ID.eq(organisationId),
                        FEEDBACK_IMPORT.FILE_SHA256.eq(fileSha256), FEEDBACK_IMPORT.ACCEPTED_AT.isNotNull())
                .fetchOptional(FEEDBACK_IMPORT.ACCEPTED_AT);
    }

    /** False when the proposal was accepted already, or another proposal of the same file was (unique index). */
    boolean markAccepted(long id, Long acceptedBy, int createdCount, OffsetDateTime now) {
        try {
            return dsl.update(FEEDBACK_IMPORT)
                    .set(FEEDBACK_IMPORT.ACCEPTED_AT, now)
                    .set(FEEDBACK_IMPORT.ACCEPTED_BY, acceptedBy)
                    .set(FEEDBACK_IMPORT.CREATED_COUNT, createdCount)
                    .where(FEEDBACK_IMPORT.ID.eq(id), FEEDBACK_IMPORT.ACCEPTED_AT.isNull())
                    .execute() == 1;
        } catch (DuplicateKeyException sameFileAccepted) {
            return false;
        }
    }

    /** Proposals nobody accepted are forgotten after a while; accepted ones stay, to recognise their files. */
    int deleteUnacceptedBefore(OffsetDateTime cutoff) {
        return dsl.deleteFrom(FEEDBACK_IMPORT)
                .where(FEEDBACK_IMPORT.ACCEPTED_AT.isNull(), FEEDBACK_IMPORT.CREATED_AT.lt(cutoff))
                .execute();
    }

    private JSONB write(FeedbackProposal proposal) {
        try {
            return JSONB.valueOf(json.writeValueAsString(proposal));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private FeedbackProposal read(JSONB value) {
        try {
            return json.readValue(value.data(), FeedbackProposal.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable feedback proposal", e);
        }
    }
}
