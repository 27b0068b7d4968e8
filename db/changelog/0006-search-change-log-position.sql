--liquibase formatted sql logicalFilePath:db/changelog/0006-search-change-log-position.sql

--changeset parley:0006-1
-- The search indexer reads change_log by writer transaction ([its position, the oldest running transaction)),
-- not by seq, so that rows committed out of seq order are never skipped.
create index change_log_writer_xid_idx on change_log (writer_xid);
