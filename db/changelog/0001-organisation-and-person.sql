--liquibase formatted sql logicalFilePath:db/changelog/0001-organisation-and-person.sql

--changeset parley:0001-1
create table organisation (
    id          bigint generated always as identity primary key,
    kind        text        not null check (kind in ('REGIONAL_SECTION', 'COMMISSION', 'WORKING_GROUP', 'COMMITTEE',
                                                     'SECRETARIAT', 'LOCAL_GOVERNMENT', 'PARTNER')),
    name        text        not null check (length(name) between 1 and 300),
    short_name  text        not null check (length(short_name) between 1 and 40),
    region      text,
    parent_id   bigint references organisation (id),
    created_at  timestamptz not null default now(),
    revision    integer     not null default 0
);
create unique index organisation_short_name_key on organisation (lower(short_name));
create index organisation_parent_idx on organisation (parent_id);

--changeset parley:0001-2
create table person (
    id                 bigint generated always as identity primary key,
    email              text        not null check (length(email) between 3 and 320),
    display_name       text        not null check (length(display_name) between 1 and 200),
    preferred_language text        not null default 'en' check (preferred_language in ('en', 'fr', 'es')),
    global_role        text        not null check (global_role in ('ADMIN', 'EDITOR', 'CONTRIBUTOR', 'READER')),
    password_hash      text,
    enabled            boolean     not null default true,
    created_at         timestamptz not null default now(),
    revision           integer     not null default 0
);
create unique index person_email_key on person (lower(email));

--changeset parley:0001-3
create table membership (
    person_id       bigint      not null references person (id) on delete cascade,
    organisation_id bigint      not null references organisation (id) on delete cascade,
    role            text        not null check (role in ('MEMBER', 'FOCAL_POINT')),
    created_at      timestamptz not null default now(),
    primary key (person_id, organisation_id)
);
create index membership_organisation_idx on membership (organisation_id);

--changeset parley:0001-4
-- Only a SHA-256 hash of each token is kept: a leaked database does not leak working tokens.
create table api_token (
    id           bigint generated always as identity primary key,
    person_id    bigint      not null references person (id) on delete cascade,
    name         text        not null check (length(name) between 1 and 100),
    token_hash   text        not null unique,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_person_idx on api_token (person_id);
