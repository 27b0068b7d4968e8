--liquibase formatted sql logicalFilePath:db/changelog/0013-word-feedback.sql

--changeset parley:0013-1
-- A Word file of feedback (tracked changes and comments) uploaded on behalf of an organisation: the proposal
-- read from it, kept for review until an editor accepts it (all of it or some items). An accepted file is
-- remembered by its SHA-256 per version and organisation, so that importing it again creates nothing.
create table feedback_import (
    id              bigint generated always as identity primary key,
    version_id      bigint      not null references document_version (id) on delete cascade,
    organisation_id bigint      not null references organisation (id) on delete cascade,
    file_name       text        not null check (length(file_name) <= 500),
    file_sha256     text        not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
    proposal        jsonb       not null,
    created_by      bigint references person (id),
    created_at      timestamptz not null,
    accepted_by     bigint references person (id),
    accepted_at     timestamptz,
    created_count   integer
);
create unique index feedback_import_accepted_file_idx on feedback_import (version_id, organisation_id, file_sha256)
    where accepted_at is not null;
create index feedback_import_created_at_idx on feedback_import (created_at) where accepted_at is null;

--changeset parley:0013-2
-- A paragraph deleted in a Word file becomes an amendment whose proposed text is empty.
alter table comment drop constraint comment_proposed_text_check;
alter table comment add constraint comment_proposed_text_length check (length(proposed_text) <= 20000);
