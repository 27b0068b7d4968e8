--liquibase formatted sql logicalFilePath:db/changelog/0007-revision.sql

--changeset parley:0007-1
-- The editors' answer to a comment of a round, and the paragraphs of the new draft that carry the change.
create table disposition (
    comment_id bigint      primary key references comment (id) on delete cascade,
    kind       text        not null check (kind in ('ACCEPTED', 'PARTLY_ACCEPTED', 'DECLINED', 'NOTED', 'OUT_OF_SCOPE')),
    reason     text        check (length(reason) <= 5000),
    decided_by bigint references person (id),
    decided_at timestamptz not null default now(),
    revision   integer     not null default 0
);

create table disposition_paragraph (
    comment_id   bigint not null references disposition (comment_id) on delete cascade,
    paragraph_id bigint not null references paragraph (id) on delete cascade,
    primary key (comment_id, paragraph_id)
);

--changeset parley:0007-2
alter table document_version add column published_by bigint references person (id);
alter table document_version add column publish_override_reason text check (length(publish_override_reason) <= 2000);

--changeset parley:0007-3
-- A revised draft uploaded for review: its parsed text and the proposed mapping onto the version it revises,
-- kept until an editor confirms (or corrects) the mapping.
create table draft_import (
    id                  bigint generated always as identity primary key,
    document_id         bigint      not null references document (id) on delete cascade,
    based_on_version_id bigint      not null references document_version (id) on delete cascade,
    file_name           text,
    parsed              jsonb       not null,
    proposal            jsonb       not null,
    created_by          bigint references person (id),
    created_at          timestamptz not null default now()
);
