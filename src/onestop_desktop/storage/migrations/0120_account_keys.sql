-- Trust between devices: personal signing keys, signatures on access changes, changes refused one at a time,
-- which installation owns a device identity, and the audit-chain heads peers reported. See ARCHITECTURE § Trust.

-- The public half of each account's personal Ed25519 key (the private half is wrapped under the account's
-- passphrase in keys.json, beside the data key). Replicated; every change to it is signed like any access change:
-- by an administrator, or by the key itself when an account registers its first key.
CREATE TABLE account_keys (
    id TEXT PRIMARY KEY,                -- the account's user id: one current key per account
    public_key TEXT NOT NULL,           -- base64, raw Ed25519
    certified_by TEXT NOT NULL,         -- the account whose key signed this entry (itself for a first key)
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT
);
INSERT INTO captured_tables (name) VALUES ('account_keys');

-- Signatures by the author's personal key over changes to users, devices, settings and account keys, written in the
-- same transaction as the change and carried with it in bundles. A change is its row and clock value.
CREATE TABLE change_signatures (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    hlc TEXT NOT NULL,
    signature TEXT NOT NULL,            -- base64 Ed25519 over the change (storage/account_keys.change_message)
    PRIMARY KEY (table_name, row_id, hlc)
) WITHOUT ROWID;

-- Changes a receiving device refused (the rest of their bundle applied): kept for administrators, retried at each
-- sync (a key or a role change they depend on may arrive later from another device).
CREATE TABLE sync_refused_changes (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    hlc TEXT NOT NULL,
    sender TEXT NOT NULL,
    seq INTEGER NOT NULL,
    reason TEXT NOT NULL,
    change TEXT NOT NULL,               -- JSON: the change as received
    signature TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id, hlc)
) WITHOUT ROWID;

-- A device identity belongs to the first installation (database) that reported in with it; bundles from a second
-- one (an enrolment file joined twice) are kept here for an administrator, not applied and not dropped.
CREATE TABLE sync_identity_owners (
    device_id TEXT PRIMARY KEY,
    installation TEXT NOT NULL,
    first_seen TEXT NOT NULL
);
CREATE TABLE sync_twins (
    sender TEXT NOT NULL,
    installation TEXT NOT NULL,
    seq INTEGER NOT NULL,
    payload BLOB NOT NULL,              -- decrypted, inside the encrypted database only
    received_at TEXT NOT NULL,
    PRIMARY KEY (sender, installation, seq)
) WITHOUT ROWID;

-- Each peer's audit-chain head as it reported it (the highest seen): a chain that later ends lower was truncated.
CREATE TABLE sync_audit_heads (
    device_id TEXT PRIMARY KEY,
    device_seq INTEGER NOT NULL,
    hash TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    reported_seq INTEGER                -- set when a later report ended below `device_seq`
);
