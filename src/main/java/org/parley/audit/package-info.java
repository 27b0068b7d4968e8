/**
 * The audit trail: one row per write (who, when, what, before/after), written inside the writer's transaction.
 * Only this package touches the audit_event table.
 */
package org.parley.audit;
