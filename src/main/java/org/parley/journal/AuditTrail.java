package org.parley.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.JSONB;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;

import static org.parley.jooq.Tables.AUDIT_EVENT;

/** The audit_event table: who did what to which entity, with the state before and after. Written by {@link Journal}. */
@Component
class AuditTrail {

    private final DSLContext dsl;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    AuditTrail(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The insert of one audit event, for {@link Journal} to send with the change rows of the same write. */
    Query insert(Long actorId, String action, String entityType, String entityId, Object before, Object after) {
        return dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, OffsetDateTime.now(clock))
                .set(AUDIT_EVENT.ACTOR_ID, actorId)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
                .set(AUDIT_EVENT.ENTITY_ID, entityId)
                .set(AUDIT_EVENT.BEFORE, toJson(before))
                .set(AUDIT_EVENT.AFTER, toJson(after));
    }

    long countFor(String entityType, Object entityId) {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq(entityType)
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(entityId))));
    }

    private JSONB toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSONB.valueOf(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write audit state of " + value.getClass(), e);
        }
    }
}
