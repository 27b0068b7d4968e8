--liquibase formatted sql logicalFilePath:db/changelog/0015-notification-actor.sql

--changeset parley:0015-1
-- Who caused a notification: the person (a reply's author, the focal point who approved, the moderator) and the
-- organisation they spoke for (the endorsing organisation, the replying city).
alter table notification add column actor_id bigint references person (id) on delete set null;
alter table notification add column actor_organisation_id bigint references organisation (id) on delete set null;
