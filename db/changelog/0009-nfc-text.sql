--liquibase formatted sql logicalFilePath:db/changelog/0009-nfc-text.sql

--changeset parley:0009-1
-- Every text people read or search is stored in Unicode NFC from now on (the application normalises what enters);
-- this brings the text stored before to NFC too, e.g. UN texts imported in decomposed form (e + combining accent).
-- A translation whose source hash matched its paragraph's text before keeps matching it after, so that no
-- translation becomes outdated because of the normalisation alone. Only rows that change are written.
update paragraph_translation t
set source_hash = encode(sha256(convert_to(normalize(p.text, NFC), 'UTF8')), 'hex')
from paragraph p
where p.id = t.paragraph_id
  and p.text is not nfc normalized
  and t.source_hash = encode(sha256(convert_to(p.text, 'UTF8')), 'hex');
update paragraph set text = normalize(text, NFC) where text is not nfc normalized;
update section set heading = normalize(heading, NFC) where heading is not nfc normalized;
update section set number = normalize(number, NFC) where number is not nfc normalized;
update document set title = normalize(title, NFC) where title is not nfc normalized;
update document_version set label = normalize(label, NFC) where label is not nfc normalized;
update paragraph_translation set text = normalize(text, NFC) where text is not nfc normalized;
update section_translation set heading = normalize(heading, NFC) where heading is not nfc normalized;
update section_translation set source_heading = normalize(source_heading, NFC)
where source_heading is not nfc normalized;
update comment set body = normalize(body, NFC) where body is not nfc normalized;
update comment set proposed_text = normalize(proposed_text, NFC) where proposed_text is not nfc normalized;
update comment set quote = normalize(quote, NFC) where quote is not nfc normalized;
update comment_edit set body = normalize(body, NFC) where body is not nfc normalized;
update comment_edit set proposed_text = normalize(proposed_text, NFC) where proposed_text is not nfc normalized;
update disposition set reason = normalize(reason, NFC) where reason is not nfc normalized;
-- the search index needs no change_log rows: its schema version changed with this release, so it is rebuilt
