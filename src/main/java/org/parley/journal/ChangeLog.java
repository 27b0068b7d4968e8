package org.parley.journal;

import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;

    ChangeLog(DSLContext dsl, ApplicationEventPublisher events) {
        this.dsl = dsl;
        this.events = events;
    }

    void record(ChangeRecorded change) {
        dsl.insertInto(CHANGE_LOG).set(CHANGE_LOG.ENTITY_TYPE, change.type().name())
                .set(CHANGE_LOG.ENTITY_ID, change.id()).execute();
        // lets readers such as the search index wake up right after commit instead of at their next poll
        events.publishEvent(change);
    }
}
