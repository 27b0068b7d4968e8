--liquibase formatted sql logicalFilePath:db/changelog/0008-translation.sql

--changeset parley:0008-1
-- A paragraph's text in another language than its version's source language. source_hash is the SHA-256 of
-- the source paragraph text the translation was made from: when the source text of the paragraph (or of a later
-- paragraph of the same lineage that inherits this translation) differs, the translation is outdated.
create table paragraph_translation (
    paragraph_id  bigint      not null references paragraph (id) on delete cascade,
    language      text        not null check (length(language) between 2 and 8),
    text          text        not null check (length(text) between 1 and 100000),
    source_hash   text        not null check (length(source_hash) = 64),
    translated_by bigint references person (id),
    translated_at timestamptz not null default now(),
    revision      integer     not null default 0,
    primary key (paragraph_id, language)
);
create index paragraph_translation_language_idx on paragraph_translation (language, paragraph_id);

--changeset parley:0008-2
-- A section heading in another language; source_heading is the heading it translates, so that later versions
-- with the same heading inherit it and a changed heading falls back to the source text.
create table section_translation (
    section_id     bigint      not null references section (id) on delete cascade,
    language       text        not null check (length(language) between 2 and 8),
    heading        text        not null check (length(heading) between 1 and 1000),
    source_heading text        not null check (length(source_heading) <= 1000),
    translated_by  bigint references person (id),
    translated_at  timestamptz not null default now(),
    primary key (section_id, language)
);
