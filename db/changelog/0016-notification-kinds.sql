--liquibase formatted sql logicalFilePath:db/changelog/0016-notification-kinds.sql

--changeset parley:0016-1
-- A comment's author hears when another organisation supports it and when the version carrying its answer is
-- published.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('REPLY', 'DRAFT_SUBMITTED',
    'DRAFT_APPROVED', 'DRAFT_RETURNED', 'FOLLOWED_PARAGRAPH', 'COMMENT_HIDDEN', 'ENDORSED', 'ANSWER_PUBLISHED'));
