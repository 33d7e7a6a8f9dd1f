-- One person, one client (issue 17): likely matches are looked up through indexes, and two client records of one
-- person can be merged.
--
-- A merged-away client stays as a row that points at the client it was merged into (`merged_into`, `merged_at`):
-- its rows moved to the kept client, and sync's follow-up (sync/client_merges.py) moves whatever a device wrote to
-- it before hearing of the merge. `client_merges` is the record of each merge (who, when, which fields were taken
-- from the merged-away client, and what that client held then), so a merge can be explained later; it belongs to
-- the kept client and is only ever added.

ALTER TABLE clients ADD COLUMN merged_into TEXT REFERENCES clients (id);
ALTER TABLE clients ADD COLUMN merged_at TEXT;

-- Candidate lookups of the matching rule (domain/client_matching.py): the same name with spaces and ASCII case
-- ignored (and the birth date beside it), and the same phone digits. Never a scan of every client.
CREATE INDEX clients_match_name ON clients (lower(replace(name, ' ', '')), birth_date);
CREATE INDEX client_phones_digits ON client_phones (digits);
CREATE INDEX clients_merged_into ON clients (merged_into) WHERE merged_into IS NOT NULL;
-- a merge moves a client's documents by client_id (the other client tables have this index already)
CREATE INDEX documents_client ON documents (client_id);

CREATE TABLE client_merges (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),          -- the kept client
    merged_client_id TEXT NOT NULL REFERENCES clients (id),   -- the client merged into it
    merged_on TEXT NOT NULL,                                  -- ISO date
    by_user TEXT NOT NULL,
    taken_fields TEXT NOT NULL DEFAULT '[]',                  -- JSON list: fields the kept client took from the other
    merged_values TEXT NOT NULL DEFAULT '{}',                 -- JSON object: the other's editable fields at the merge
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX client_merges_client ON client_merges (client_id);
CREATE INDEX client_merges_merged ON client_merges (merged_client_id);

INSERT INTO captured_tables (name) VALUES ('client_merges');
