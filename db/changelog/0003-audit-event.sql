--liquibase formatted sql logicalFilePath:db/changelog/0003-audit-event.sql

--changeset parley:0003-1
-- Written in the same transaction as the change it describes; actor_id is null for the system itself.
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    actor_id    bigint references person (id),
    action      text        not null,
    entity_type text        not null,
    entity_id   text        not null,
    before      jsonb,
    after       jsonb
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_occurred_idx on audit_event (occurred_at);
