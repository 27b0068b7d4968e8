package org.parley.journal;

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
    private final ApplicationEventPublisher events;

    Journal(AuditTrail audit, ChangeLog changeLog, ApplicationEventPublisher events) {
        this.audit = audit;
        this.changeLog = changeLog;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(JournalEntry entry) {
        audit.record(entry.actorId(), entry.action(), entry.entityType(), entry.entityId(), entry.before(),
                entry.after());
        entry.changes().forEach(changeLog::record);
        entry.announcements().forEach(events::publishEvent);
    }

    /** How many audit events name this entity (for tests and the operators' checks). */
    public long auditCount(String entityType, Object entityId) {
        return audit.countFor(entityType, entityId);
    }
}
