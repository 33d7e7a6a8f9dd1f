-- Foundation: this device's identity, devices, staff accounts, center settings,
-- the change log with its write context, and the hash-chained audit trail.

-- Local only, never synced: who this database is and the device's private keys.
CREATE TABLE this_device (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    database_id TEXT NOT NULL,          -- equals keys.json installation_id
    device_id TEXT NOT NULL,
    enc_private_key BLOB NOT NULL,      -- X25519: sealed audit events now, sync bundles later
    sign_private_key BLOB NOT NULL,     -- Ed25519: signs what this device publishes
    hlc_last TEXT NOT NULL DEFAULT '',  -- last hybrid logical clock value handed out
    created_at TEXT NOT NULL
);

-- Every transaction that changes replicated data names its actor here first; the
-- change-capture triggers refuse writes when it is empty and copy it into change_log.
CREATE TABLE write_context (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    user_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    hlc TEXT NOT NULL,
    allow_purge INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    hlc TEXT NOT NULL,
    device_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'purge')),
    data TEXT NOT NULL
);
CREATE INDEX change_log_by_row ON change_log (table_name, row_id, seq);

-- Tables whose every write is captured; triggers are (re)generated from this list after
-- each migration, so a new column is captured without anyone remembering to.
CREATE TABLE captured_tables (name TEXT PRIMARY KEY);

CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    enc_public_key TEXT NOT NULL,
    sign_public_key TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'lost', 'retired')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX devices_code ON devices (code) WHERE deleted_at IS NULL;

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'counselor', 'outreach', 'staff')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    must_change_passphrase INTEGER NOT NULL DEFAULT 0 CHECK (must_change_passphrase IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX users_username ON users (username) WHERE deleted_at IS NULL;

CREATE TABLE settings (
    id TEXT PRIMARY KEY,                -- the option's key
    value TEXT NOT NULL,                -- JSON
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);

INSERT INTO captured_tables (name) VALUES ('devices'), ('users'), ('settings');

-- 접속기록: append-only; each device keeps its own hash chain (device_seq, prev_hash, hash).
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    user_id TEXT NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL DEFAULT '',
    subject_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (device_id, device_seq)
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_subject ON audit_log (subject_type, subject_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'onestop: the audit trail is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'onestop: the audit trail is append-only');
END;
