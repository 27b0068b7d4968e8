package org.parley.journal;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Component;

import static org.parley.jooq.Tables.CHANGE_LOG;

/**
 * Records that an entity changed, inside the writer's transaction, so that caches rebuilt from PostgreSQL
 * (the search index) learn about every committed change, even one committed just before a crash. Written by
 * {@link Journal}.
 */
@Component
class ChangeLog {

    private final DSLContext dsl;

    ChangeLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The insert of one change row, for {@link Journal} to send with the audit event of the same write. */
    Query insert(ChangeRecorded change) {
        return dsl.insertInto(CHANGE_LOG).set(CHANGE_LOG.ENTITY_TYPE, change.type().name())
                .set(CHANGE_LOG.ENTITY_ID, change.id());
    }
}
