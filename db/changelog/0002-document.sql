--liquibase formatted sql logicalFilePath:db/changelog/0002-document.sql

--changeset parley:0002-1
create table document (
    id              bigint generated always as identity primary key,
    slug            text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    title           text        not null check (length(title) between 1 and 300),
    visibility      text        not null default 'MEMBERS' check (visibility in ('PUBLIC', 'MEMBERS')),
    source_language text        not null check (length(source_language) between 2 and 8),
    created_at      timestamptz not null default now(),
    created_by      bigint references person (id),
    revision        integer     not null default 0
);

--changeset parley:0002-2
create table document_version (
    id                     bigint generated always as identity primary key,
    document_id            bigint      not null references document (id) on delete cascade,
    number                 integer     not null check (number >= 1),
    label                  text        check (length(label) <= 300),
    status                 text        not null default 'DRAFT'
                                       check (status in ('DRAFT', 'OPEN_FOR_COMMENTS', 'CLOSED', 'PUBLISHED')),
    consultation_opens_at  timestamptz,
    consultation_closes_at timestamptz,
    language               text        not null check (length(language) between 2 and 8),
    based_on_version_id    bigint references document_version (id),
    published_at           timestamptz,
    created_at             timestamptz not null default now(),
    created_by             bigint references person (id),
    revision               integer     not null default 0,
    unique (document_id, number),
    check (consultation_closes_at is null or consultation_opens_at is null
           or consultation_closes_at > consultation_opens_at)
);

--changeset parley:0002-3
create table section (
    id         bigint generated always as identity primary key,
    version_id bigint  not null references document_version (id) on delete cascade,
    parent_id  bigint references section (id) on delete cascade,
    ordinal    integer not null check (ordinal >= 1),
    level      integer not null check (level between 1 and 9),
    number     text    check (length(number) <= 40),
    heading    text    not null check (length(heading) <= 1000),
    unique (version_id, ordinal)
);
create index section_parent_idx on section (parent_id);

--changeset parley:0002-4
-- lineage_id names "the same paragraph" across versions; predecessor links say how it came to be.
create table paragraph (
    id         bigint generated always as identity primary key,
    version_id bigint  not null references document_version (id) on delete cascade,
    section_id bigint references section (id) on delete cascade,
    ordinal    integer not null check (ordinal >= 1),
    number     text    not null check (length(number) between 1 and 40),
    text       text    not null check (length(text) between 1 and 100000),
    lineage_id uuid    not null,
    revision   integer not null default 0,
    unique (version_id, ordinal),
    unique (version_id, number),
    unique (version_id, lineage_id)
);
create index paragraph_section_idx on paragraph (section_id);
create index paragraph_lineage_idx on paragraph (lineage_id);

--changeset parley:0002-5
create table paragraph_predecessor (
    paragraph_id   bigint not null references paragraph (id) on delete cascade,
    predecessor_id bigint not null references paragraph (id) on delete cascade,
    change_kind    text   not null check (change_kind in ('UNCHANGED', 'EDITED', 'MOVED', 'SPLIT', 'MERGED')),
    primary key (paragraph_id, predecessor_id),
    check (paragraph_id <> predecessor_id)
);
create index paragraph_predecessor_predecessor_idx on paragraph_predecessor (predecessor_id);
