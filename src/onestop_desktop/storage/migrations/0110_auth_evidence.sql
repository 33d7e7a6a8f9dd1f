-- What this device's files outside the database held when someone last unlocked it (never replicated).
-- auth-state.json must be readable before unlock, so anyone can delete or roll it back; the next unlock compares
-- it with what is recorded here and audits the difference. `audit_head_signed` says audit-head.json has been
-- written for this database, so a missing head file is a finding and not a first run.
CREATE TABLE auth_evidence (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    file_id TEXT NOT NULL DEFAULT '',           -- random id of the auth-state.json seen last ('' = none yet)
    sealed_total INTEGER NOT NULL DEFAULT 0,    -- failed-login events that file had sealed, ever
    accounts TEXT NOT NULL DEFAULT '{}',        -- its counters then (JSON), restored if the file went backwards
    audit_head_signed INTEGER NOT NULL DEFAULT 0 CHECK (audit_head_signed IN (0, 1))
);

INSERT INTO auth_evidence (id) VALUES (1);
