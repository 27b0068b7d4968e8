package org.parley.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * One write as the journal records it: who did what to which entity (the audit event, with the state before and
 * after), which entities changed for the stores derived from PostgreSQL (change-log rows), and which application
 * events announce it. Built with {@link #of} and the {@code with}-style methods, then given to
 * {@link Journal#record}.
 *
 * @param actorId null when Parley itself acts (start-up provisioning, demo content)
 */
public record JournalEntry(Long actorId, String action, String entityType, String entityId, Object before,
                           Object after, List<ChangeRecorded> changes, List<Object> announcements) {

    public JournalEntry {
        changes = List.copyOf(changes);
        announcements = List.copyOf(announcements);
    }

    public static JournalEntry of(Long actorId, String action, String entityType, Object entityId) {
        return new JournalEntry(actorId, action, entityType, String.valueOf(entityId), null, null, List.of(),
                List.of());
    }

    public JournalEntry before(Object state) {
        return new JournalEntry(actorId, action, entityType, entityId, state, after, changes, announcements);
    }

    public JournalEntry after(Object state) {
        return new JournalEntry(actorId, action, entityType, entityId, before, state, changes, announcements);
    }

    /** The entity changed for derived stores (the search index): a change-log row, announced after commit. */
    public JournalEntry changed(ChangedEntity type, long id) {
        List<ChangeRecorded> more = new ArrayList<>(changes);
        more.add(new ChangeRecorded(type, id));
        return new JournalEntry(actorId, action, entityType, entityId, before, after, more, announcements);
    }

    /** An application event published with the write (listeners use AFTER_COMMIT to see it only once it holds). */
    public JournalEntry announcing(Object event) {
        List<Object> more = new ArrayList<>(announcements);
        more.add(event);
        return new JournalEntry(actorId, action, entityType, entityId, before, after, changes, more);
    }
}
