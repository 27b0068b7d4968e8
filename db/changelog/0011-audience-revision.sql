--liquibase formatted sql logicalFilePath:db/changelog/0011-audience-revision.sql

--changeset parley:0011-1
-- The revision of a round's audience as a whole (its rules are replaced together), so that two editors setting it
-- at once do not overwrite each other: the API sends it as the audience's ETag. No row: revision 0, never set.
create table consultation_audience_revision (
    version_id bigint  primary key references document_version (id) on delete cascade,
    revision   integer not null
);
