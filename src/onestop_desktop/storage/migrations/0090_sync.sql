-- Sync between devices: the per-field merge history, the version of each field this device holds,
-- open conflicts, what was sent to and received from each peer, quarantined bundles, and what
-- enrolment and revocation add to a device. See ARCHITECTURE.md § Sync.

-- Applying remote writes names their author in write_context and sets `applying`, so the
-- capture below does not take them for this device's own writes.
ALTER TABLE write_context ADD COLUMN applying INTEGER NOT NULL DEFAULT 0;

-- Every field write this device holds, its own and other devices'. For its own writes `id` is the
-- author sequence that peers' catch-up is counted in.
CREATE TABLE sync_writes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    value TEXT NOT NULL,                 -- JSON text of the value
    hlc TEXT NOT NULL,
    device_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    base_hlc TEXT NOT NULL DEFAULT '',   -- the version of this field the writer held
    resolves TEXT NOT NULL DEFAULT '',   -- space-separated hlcs of conflict sides this write settles
    -- an hlc ends with its device's id, so it names the write; this index also serves lookups by row
    UNIQUE (table_name, row_id, col, hlc)
);
CREATE INDEX sync_writes_author ON sync_writes (device_id, id);

-- The version of each field this device holds (the merge winner): the base of the next local write.
CREATE TABLE sync_fields (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    hlc TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id, col)
) WITHOUT ROWID;

-- Open conflicts (derived from sync_writes each time a row is merged); `id` is the same on every device.
CREATE TABLE sync_conflicts (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('field', 'delete')),
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    versions TEXT NOT NULL,              -- JSON list of the writes that disagree, oldest first
    case_id TEXT                         -- the case the row belongs to, for the conflict marker
);
CREATE INDEX sync_conflicts_row ON sync_conflicts (table_name, row_id);
CREATE INDEX sync_conflicts_case ON sync_conflicts (case_id);

-- Rows whose writes arrived before what they depend on (the insert, or a parent row): kept, not shown.
CREATE TABLE sync_waiting (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;

-- Outgoing: per peer, the last own write sent, the last audit entry sent and the seq of the last bundle to it.
CREATE TABLE sync_peers (
    device_id TEXT PRIMARY KEY,
    sent_upto INTEGER NOT NULL DEFAULT 0,
    audit_sent_upto INTEGER NOT NULL DEFAULT 0,
    last_seq INTEGER NOT NULL DEFAULT 0,
    cases TEXT NOT NULL DEFAULT ''       -- field kits: the cases it holds, as sent (space-separated ids)
);

-- Bundles this device wrote, per recipient, until the recipient acknowledges them; then the file is deleted.
CREATE TABLE sync_outbox (
    recipient TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (recipient, seq)
) WITHOUT ROWID;

-- Incoming: every bundle seen in the folder, by sender and sequence.
CREATE TABLE sync_inbox (
    sender TEXT NOT NULL,
    seq INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('applied', 'not_for_us', 'refused', 'quarantined')),
    reason TEXT NOT NULL DEFAULT '',
    prev_seq INTEGER,                    -- the sender's previous bundle to this device (gap detection)
    sha256 TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (sender, seq)
) WITHOUT ROWID;

-- Bundles kept for an administrator: a revoked sender, a clock far off, a newer schema.
CREATE TABLE sync_quarantine (
    sender TEXT NOT NULL,
    seq INTEGER NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    payload BLOB NOT NULL,               -- decrypted, inside the encrypted database only
    received_at TEXT NOT NULL,
    PRIMARY KEY (sender, seq)
) WITHOUT ROWID;

CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq INTEGER NOT NULL DEFAULT 0, -- this device's last bundle sequence
    last_sync_at TEXT,
    folder TEXT NOT NULL DEFAULT '',
    previous_ids TEXT NOT NULL DEFAULT '' -- identities this database had before it was restored or copied
);

-- A restored or copied database takes a new identity, introduced to the others by the old one's signature.
ALTER TABLE this_device ADD COLUMN introduction TEXT NOT NULL DEFAULT '';
INSERT INTO sync_state (id) VALUES (1);

-- Enrolment and revocation (replicated with the device row; signed by the enrolling administrator's device).
ALTER TABLE devices ADD COLUMN users TEXT NOT NULL DEFAULT '';          -- space-separated user ids
ALTER TABLE devices ADD COLUMN enrolled_by TEXT NOT NULL DEFAULT '';    -- device that enrolled it
ALTER TABLE devices ADD COLUMN snapshot TEXT NOT NULL DEFAULT '';       -- JSON {author device: last write id in its snapshot}
ALTER TABLE devices ADD COLUMN revoked_after_seq INTEGER;               -- its bundles above this seq are quarantined

-- This device's own writes, as field writes with the version each field had before (the merge base).
-- Purges ('purge') are local housekeeping of a field kit, not writes to sync.
CREATE TRIGGER sync_capture AFTER INSERT ON change_log
WHEN NEW.op IN ('insert', 'update', 'delete') AND NOT EXISTS (SELECT 1 FROM write_context WHERE applying = 1)
BEGIN
    INSERT INTO sync_writes (table_name, row_id, col, value, hlc, device_id, user_id, base_hlc)
    SELECT NEW.table_name, NEW.row_id, j.key, json_quote(j.value), NEW.hlc, NEW.device_id, NEW.user_id,
           COALESCE((SELECT f.hlc FROM sync_fields f
                     WHERE f.table_name = NEW.table_name AND f.row_id = NEW.row_id AND f.col = j.key), '')
    FROM json_each(NEW.data) AS j WHERE 1
    -- a second write of one field in the same transaction (same hlc) is that write's final value
    ON CONFLICT (table_name, row_id, col, hlc) DO UPDATE SET value = excluded.value;
    INSERT OR REPLACE INTO sync_fields (table_name, row_id, col, hlc)
    SELECT NEW.table_name, NEW.row_id, j.key, NEW.hlc FROM json_each(NEW.data) AS j;
END;

-- What this device wrote before sync existed becomes its first field writes (bases from the order written).
INSERT INTO sync_writes (table_name, row_id, col, value, hlc, device_id, user_id, base_hlc)
SELECT c.table_name, c.row_id, j.key, json_quote(j.value), c.hlc, c.device_id, c.user_id,
       COALESCE(LAG(c.hlc) OVER (PARTITION BY c.table_name, c.row_id, j.key ORDER BY c.seq), '')
FROM change_log AS c, json_each(c.data) AS j
WHERE c.op IN ('insert', 'update', 'delete')
ORDER BY c.seq
ON CONFLICT (table_name, row_id, col, hlc) DO UPDATE SET value = excluded.value;

INSERT OR REPLACE INTO sync_fields (table_name, row_id, col, hlc)
SELECT c.table_name, c.row_id, j.key, max(c.hlc)
FROM change_log AS c, json_each(c.data) AS j
WHERE c.op IN ('insert', 'update', 'delete')
GROUP BY c.table_name, c.row_id, j.key;
