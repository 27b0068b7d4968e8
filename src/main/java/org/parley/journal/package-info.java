/**
 * The journal of writes: every service ends each write with one {@link org.parley.journal.Journal#record} call,
 * which writes the audit event (who, when, what, before/after) and the change-log rows (read in order by derived
 * stores such as the search index) and publishes the write's events, all in the writer's transaction. Only this
 * package touches the audit_event and change_log tables. Publishes {@link org.parley.journal.ChangeRecorded}.
 */
package org.parley.journal;
