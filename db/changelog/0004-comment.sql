--liquibase formatted sql logicalFilePath:db/changelog/0004-comment.sql

--changeset parley:0004-1
-- Who may comment in a version's consultation round. No row: every signed-in member with a contributing role.
-- A row names one organisation or one kind of organisation; opens_at, when set, starts that audience later
-- (e.g. commissions first, then regional sections).
create table consultation_audience (
    id                bigint generated always as identity primary key,
    version_id        bigint not null references document_version (id) on delete cascade,
    organisation_kind text check (organisation_kind in ('REGIONAL_SECTION', 'COMMISSION', 'WORKING_GROUP', 'COMMITTEE',
                                                        'SECRETARIAT', 'LOCAL_GOVERNMENT', 'PARTNER')),
    organisation_id   bigint references organisation (id) on delete cascade,
    opens_at          timestamptz,
    check ((organisation_kind is null) <> (organisation_id is null))
);
create index consultation_audience_version_idx on consultation_audience (version_id);

--changeset parley:0004-2
-- A comment, question, position (support/objection) or amendment on one paragraph, or a reply (parent_id).
-- lineage_id is the paragraph's lineage, so that comments follow their paragraph into later versions.
create table comment (
    id              bigint generated always as identity primary key,
    version_id      bigint      not null references document_version (id) on delete cascade,
    paragraph_id    bigint      not null references paragraph (id) on delete cascade,
    lineage_id      uuid        not null,
    parent_id       bigint references comment (id) on delete cascade,
    depth           integer     not null default 0 check (depth between 0 and 2),
    kind            text        not null check (kind in ('COMMENT', 'QUESTION', 'SUPPORT', 'OBJECTION', 'AMENDMENT')),
    body            text        not null check (length(body) between 1 and 10000),
    proposed_text   text check (length(proposed_text) between 1 and 20000),
    quote           text check (length(quote) between 1 and 2000),
    quote_start     integer check (quote_start >= 0),
    language        text        not null check (length(language) between 2 and 8),
    author_id       bigint      not null references person (id),
    organisation_id bigint references organisation (id),
    status          text        not null check (status in ('PENDING_APPROVAL', 'RETURNED', 'PUBLISHED', 'WITHDRAWN')),
    review_note     text check (length(review_note) <= 2000),
    reviewed_by     bigint references person (id),
    hidden_at       timestamptz,
    hidden_by       bigint references person (id),
    hidden_reason   text check (length(hidden_reason) <= 2000),
    idempotency_key text check (length(idempotency_key) <= 200),
    created_at      timestamptz not null default now(),
    edited_at       timestamptz,
    published_at    timestamptz,
    revision        integer     not null default 0,
    check (kind <> 'AMENDMENT' or proposed_text is not null),
    check ((hidden_at is null) = (hidden_reason is null)),
    unique (author_id, idempotency_key)
);
create index comment_paragraph_idx on comment (paragraph_id);
create index comment_version_idx on comment (version_id, status);
create index comment_lineage_idx on comment (lineage_id);
create index comment_parent_idx on comment (parent_id);
create index comment_organisation_idx on comment (organisation_id);

--changeset parley:0004-3
-- Earlier texts of edited comments: the history is never lost.
create table comment_edit (
    id            bigint generated always as identity primary key,
    comment_id    bigint      not null references comment (id) on delete cascade,
    body          text        not null,
    proposed_text text,
    replaced_at   timestamptz not null,
    replaced_by   bigint references person (id)
);
create index comment_edit_comment_idx on comment_edit (comment_id);

--changeset parley:0004-4
create table endorsement (
    comment_id      bigint      not null references comment (id) on delete cascade,
    organisation_id bigint      not null references organisation (id) on delete cascade,
    endorsed_by     bigint      not null references person (id),
    created_at      timestamptz not null default now(),
    primary key (comment_id, organisation_id)
);

create table comment_flag (
    comment_id bigint      not null references comment (id) on delete cascade,
    person_id  bigint      not null references person (id) on delete cascade,
    reason     text        check (length(reason) <= 2000),
    created_at timestamptz not null default now(),
    primary key (comment_id, person_id)
);

--changeset parley:0004-5
create table paragraph_follow (
    person_id  bigint      not null references person (id) on delete cascade,
    lineage_id uuid        not null,
    created_at timestamptz not null default now(),
    primary key (person_id, lineage_id)
);

create table notification (
    id         bigint generated always as identity primary key,
    person_id  bigint      not null references person (id) on delete cascade,
    kind       text        not null check (kind in ('REPLY', 'DRAFT_SUBMITTED', 'DRAFT_APPROVED', 'DRAFT_RETURNED',
                                                    'FOLLOWED_PARAGRAPH', 'COMMENT_HIDDEN')),
    comment_id bigint      not null references comment (id) on delete cascade,
    created_at timestamptz not null default now(),
    read_at    timestamptz,
    emailed_at timestamptz
);
create index notification_person_idx on notification (person_id, read_at);
