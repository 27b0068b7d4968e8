package org.parley.journal;

/** Published inside the writer's transaction when a change_log row is written; listen AFTER_COMMIT. */
public record ChangeRecorded(ChangedEntity type, long id) {
}
