package org.parley.drafting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.parley.document.importing.ParsedDocument;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

import static org.parley.jooq.Tables.DRAFT_IMPORT;

/** Revised drafts waiting for their mapping to be confirmed. */
@Repository
class RevisionRepository {

    record PendingImport(long id, long documentId, long basedOnVersionId, ParsedDocument parsed,
                         RevisionProposal proposal) {
    }

    private final DSLContext dsl;
    private final ObjectMapper json;

    RevisionRepository(DSLContext dsl, ObjectMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    long insert(long documentId, long basedOnVersionId, String fileName, ParsedDocument parsed,
                RevisionProposal proposal, Long createdBy, OffsetDateTime now) {
        return dsl.insertInto(DRAFT_IMPORT)
                .set(DRAFT_IMPORT.DOCUMENT_ID, documentId)
                .set(DRAFT_IMPORT.BASED_ON_VERSION_ID, basedOnVersionId)
                .set(DRAFT_IMPORT.FILE_NAME, fileName)
                .set(DRAFT_IMPORT.PARSED, write(parsed))
                .set(DRAFT_IMPORT.PROPOSAL, write(proposal))
                .set(DRAFT_IMPORT.CREATED_BY, createdBy)
                .set(DRAFT_IMPORT.CREATED_AT, now)
                .returning(DRAFT_IMPORT.ID).fetchOne(DRAFT_IMPORT.ID);
    }

    void updateProposal(long id, RevisionProposal proposal) {
        dsl.update(DRAFT_IMPORT).set(DRAFT_IMPORT.PROPOSAL, write(proposal)).where(DRAFT_IMPORT.ID.eq(id)).execute();
    }

    Optional<PendingImport> find(long id) {
        return dsl.selectFrom(DRAFT_IMPORT).where(DRAFT_IMPORT.ID.eq(id))
                .fetchOptional(r -> new PendingImport(r.getId(), r.getDocumentId(), r.getBasedOnVersionId(),
                        read(r.getParsed(), ParsedDocument.class), read(r.getProposal(), RevisionProposal.class)));
    }

    void delete(long id) {
        dsl.deleteFrom(DRAFT_IMPORT).where(DRAFT_IMPORT.ID.eq(id)).execute();
    }

    private JSONB write(Object value) {
        try {
            return JSONB.valueOf(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(JSONB value, Class<T> type) {
        try {
            return json.readValue(value.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable pending import", e);
        }
    }
}
