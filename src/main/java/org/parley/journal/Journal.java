package org.parley.journal;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one call that ends every write: in the writer's own transaction it records the audit event, writes a
 * change-log row for each changed entity and publishes the write's application events. A rolled-back write
 * leaves neither an audit line nor a change row, and its events reach only listeners bound to the commit.
 */
@Component
public class Journal {

    private final AuditTrail audit;
    private final ChangeLog changeLog;
    private final DSLContext dsl;
    private final ApplicationEventPublisher events;

    Journal(AuditTrail audit, ChangeLog changeLog, DSLContext dsl, ApplicationEventPublisher events) {
        this.audit = audit;
        this.changeLog = changeLog;
        this.dsl = dsl;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(JournalEntry entry) {
        List<Query> writes = new ArrayList<>();
        writes.add(audit.insert(entry.actorId(), entry.action(), entry.entityType(), entry.entityId(),
                entry.before(), entry.after()));
        entry.changes().forEach(change -> writes.add(changeLog.insert(change)));
        // one round trip to PostgreSQL for the audit line and the change rows (a write waits for each one)
        if (writes.size() == 1) {
            writes.get(0).execute();
        } else {
            dsl.batch(writes).execute();
        }
        // the change rows wake readers such as the search index right after commit, not at their next poll
        entry.changes().forEach(events::publishEvent);
        entry.announcements().forEach(events::publishEvent);
    }

    /** How many audit events name this entity (for tests and the operators' checks). */
    public long auditCount(String entityType, Object entityId) {
        return audit.countFor(entityType, entityId);
    }
}
