-- Local, derived search indexes (not replicated): maintained by triggers that call the
-- tokenizer functions every connection registers (storage/search.py).

CREATE VIRTUAL TABLE case_search USING fts5 (body, content = '', contentless_delete = 1);
INSERT INTO case_search (case_search, rank) VALUES ('pgsz', 3970);  -- fits SQLCipher's 4016-byte page payload

CREATE VIRTUAL TABLE note_search USING fts5 (body, content = '', contentless_delete = 1);
INSERT INTO note_search (note_search, rank) VALUES ('pgsz', 3970);

-- What a case is found by: the client's name and alias, the case number, the phone digits.
CREATE VIEW case_search_docs AS
SELECT
    c.rowid AS case_rowid,
    c.client_id AS client_id,
    cl.name || ' ' || coalesce(cl.alias, '') || ' ' || c.case_number || ' ' ||
        coalesce((SELECT group_concat(p.digits, ' ') FROM client_phones p
                  WHERE p.client_id = c.client_id AND p.deleted_at IS NULL), '') AS doc
FROM cases c JOIN clients cl ON cl.id = c.client_id
WHERE c.deleted_at IS NULL AND cl.deleted_at IS NULL;

CREATE TRIGGER case_search_case_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_search (rowid, body)
    SELECT case_rowid, onestop_name_tokens(doc) FROM case_search_docs WHERE case_rowid = NEW.rowid;
END;

CREATE TRIGGER case_search_case_update AFTER UPDATE OF case_number, client_id, deleted_at ON cases
BEGIN
    DELETE FROM case_search WHERE rowid = OLD.rowid;
    INSERT INTO case_search (rowid, body)
    SELECT case_rowid, onestop_name_tokens(doc) FROM case_search_docs WHERE case_rowid = NEW.rowid;
END;

CREATE TRIGGER case_search_case_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM case_search WHERE rowid = OLD.rowid;
END;

CREATE TRIGGER case_search_client_update AFTER UPDATE OF name, alias, deleted_at ON clients
BEGIN
    DELETE FROM case_search WHERE rowid IN (SELECT rowid FROM cases WHERE client_id = NEW.id);
    INSERT INTO case_search (rowid, body)
    SELECT case_rowid, onestop_name_tokens(doc) FROM case_search_docs WHERE client_id = NEW.id;
END;

CREATE TRIGGER case_search_phone_insert AFTER INSERT ON client_phones
BEGIN
    DELETE FROM case_search WHERE rowid IN (SELECT rowid FROM cases WHERE client_id = NEW.client_id);
    INSERT INTO case_search (rowid, body)
    SELECT case_rowid, onestop_name_tokens(doc) FROM case_search_docs WHERE client_id = NEW.client_id;
END;

CREATE TRIGGER case_search_phone_update AFTER UPDATE OF digits, deleted_at ON client_phones
BEGIN
    DELETE FROM case_search WHERE rowid IN (SELECT rowid FROM cases WHERE client_id = NEW.client_id);
    INSERT INTO case_search (rowid, body)
    SELECT case_rowid, onestop_name_tokens(doc) FROM case_search_docs WHERE client_id = NEW.client_id;
END;

CREATE TRIGGER note_search_insert AFTER INSERT ON case_sessions
BEGIN
    INSERT INTO note_search (rowid, body) VALUES (NEW.rowid, onestop_note_tokens(NEW.note || ' ' || NEW.next_steps));
END;

CREATE TRIGGER note_search_update AFTER UPDATE OF note, next_steps, deleted_at ON case_sessions
BEGIN
    DELETE FROM note_search WHERE rowid = OLD.rowid;
    INSERT INTO note_search (rowid, body)
    SELECT NEW.rowid, onestop_note_tokens(NEW.note || ' ' || NEW.next_steps) WHERE NEW.deleted_at IS NULL;
END;

CREATE TRIGGER note_search_delete AFTER DELETE ON case_sessions
BEGIN
    DELETE FROM note_search WHERE rowid = OLD.rowid;
END;
