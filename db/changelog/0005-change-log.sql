--liquibase formatted sql logicalFilePath:db/changelog/0005-change-log.sql

--changeset parley:0005-1
-- What changed, written in the same transaction as the change, read in order by caches such as the search
-- index. Each reader keeps its own position. writer_xid lets a reader skip nothing: a row becomes readable only
-- once every transaction that started before it has ended (see the search module).
create table change_log (
    seq         bigint generated always as identity primary key,
    entity_type text        not null check (entity_type in ('DOCUMENT', 'VERSION', 'PARAGRAPH', 'COMMENT')),
    entity_id   bigint      not null,
    writer_xid  xid8        not null default pg_current_xact_id(),
    occurred_at timestamptz not null default now()
);
