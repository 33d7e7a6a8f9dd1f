-- The search indexes are written once per transaction instead of once per row (issue 19).
--
-- FTS5 writes what it has gathered to disk at every statement savepoint, and a statement on a table with
-- triggers always opens one: maintained row by row from triggers, each note became its own index segment
-- (99,900 synced notes: 4.8 s of index work against 1.2 s for the same entries in one statement). Now the
-- triggers only note which documents are due (`*_search_due`, rowids, nothing else), and `search.index_due`
-- writes them in two statements before every commit of `Store.write` (and after every migration step), so the
-- indexes still hold every committed row: no write path can forget to index. `reindex` = 1: the document may be
-- in the index already and is deleted from it first (an edit, a delete or a purge).

CREATE TABLE note_search_due (session_rowid INTEGER PRIMARY KEY, reindex INTEGER NOT NULL);
CREATE TABLE case_search_due (case_rowid INTEGER PRIMARY KEY, reindex INTEGER NOT NULL);

DROP TRIGGER note_search_insert;
DROP TRIGGER note_search_update;
DROP TRIGGER note_search_delete;
DROP TRIGGER case_search_case_insert;
DROP TRIGGER case_search_case_update;
DROP TRIGGER case_search_case_delete;
DROP TRIGGER case_search_client_update;
DROP TRIGGER case_search_phone_insert;
DROP TRIGGER case_search_phone_update;

CREATE TRIGGER note_search_insert AFTER INSERT ON case_sessions
BEGIN
    INSERT OR IGNORE INTO note_search_due (session_rowid, reindex) VALUES (NEW.rowid, 0);
END;

CREATE TRIGGER note_search_update AFTER UPDATE OF note, next_steps, deleted_at ON case_sessions
BEGIN
    INSERT INTO note_search_due (session_rowid, reindex) VALUES (OLD.rowid, 1)
    ON CONFLICT (session_rowid) DO UPDATE SET reindex = 1;
END;

CREATE TRIGGER note_search_delete AFTER DELETE ON case_sessions
BEGIN
    INSERT INTO note_search_due (session_rowid, reindex) VALUES (OLD.rowid, 1)
    ON CONFLICT (session_rowid) DO UPDATE SET reindex = 1;
END;

CREATE TRIGGER case_search_case_insert AFTER INSERT ON cases
BEGIN
    INSERT OR IGNORE INTO case_search_due (case_rowid, reindex) VALUES (NEW.rowid, 0);
END;

CREATE TRIGGER case_search_case_update AFTER UPDATE OF case_number, client_id, deleted_at ON cases
BEGIN
    INSERT INTO case_search_due (case_rowid, reindex) VALUES (OLD.rowid, 1)
    ON CONFLICT (case_rowid) DO UPDATE SET reindex = 1;
END;

CREATE TRIGGER case_search_case_delete AFTER DELETE ON cases
BEGIN
    INSERT INTO case_search_due (case_rowid, reindex) VALUES (OLD.rowid, 1)
    ON CONFLICT (case_rowid) DO UPDATE SET reindex = 1;
END;

CREATE TRIGGER case_search_client_update AFTER UPDATE OF name, alias, deleted_at ON clients
BEGIN
    INSERT INTO case_search_due (case_rowid, reindex) SELECT rowid, 1 FROM cases WHERE client_id = NEW.id
    ON CONFLICT (case_rowid) DO UPDATE SET reindex = 1;
END;

CREATE TRIGGER case_search_phone_insert AFTER INSERT ON client_phones
BEGIN
    INSERT INTO case_search_due (case_rowid, reindex) SELECT rowid, 1 FROM cases WHERE client_id = NEW.client_id
    ON CONFLICT (case_rowid) DO UPDATE SET reindex = 1;
END;

-- (a phone moved to another client by a merge: both clients' cases)
CREATE TRIGGER case_search_phone_update AFTER UPDATE OF digits, deleted_at, client_id ON client_phones
BEGIN
    INSERT INTO case_search_due (case_rowid, reindex)
    SELECT rowid, 1 FROM cases WHERE client_id IN (OLD.client_id, NEW.client_id)
    ON CONFLICT (case_rowid) DO UPDATE SET reindex = 1;
END;
