--liquibase formatted sql logicalFilePath:db/changelog/0014-organisation-name-translations.sql

--changeset parley:0014-1
-- An organisation's name in French and Spanish; when missing, the default name is shown.
alter table organisation add column name_fr text check (length(name_fr) between 1 and 300);
alter table organisation add column name_es text check (length(name_es) between 1 and 300);
