"""The change log becomes the sync history: one row per change instead of one per field.

Until now every change was kept twice: in `change_log` (what the history view reads) and, field by field, in
`sync_writes` (what sync sends and merges), and a remote change was logged a third time as the difference it made
here. Applying 100,000 remote rows paid for ~30 index entries per row. From now on:

- `change_log` holds each change exactly as its author wrote it, this device's and the others': the values of the
  columns it set (`data`), the version of each of those columns its author held before (`bases`, the merge base)
  and the conflict sides it settles (`resolves`). Applying a bundle inserts the received changes as they are; the
  capture triggers do not log the merge's own writes (write_context.applying).
- `sync_held` keeps, per row, the version (hlc) of each column this device holds: the base of its next write.

This step rebuilds the history from `sync_writes` (the complete record of both), maps what peers were sent from
field-write ids to change-log sequences, and drops the per-field tables.
"""

from __future__ import annotations

import json
from typing import Any

_OPS = ("insert", "update", "delete")


def apply(conn: Any) -> None:
    conn.execute("ALTER TABLE change_log ADD COLUMN bases TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE change_log ADD COLUMN resolves TEXT NOT NULL DEFAULT ''")
    conn.execute("DROP TRIGGER IF EXISTS sync_capture")
    device = conn.execute("SELECT device_id FROM this_device").fetchone()  # none yet in a database being created
    me = str(device[0]) if device else ""
    previous = str(conn.execute("SELECT previous_ids FROM sync_state").fetchone()[0]).split()
    own = {me, *previous}

    # Every change, from its field writes, in the order this device first held it.
    changes: dict[tuple[str, str, str], dict[str, Any]] = {}
    for wid, table, row_id, col, value, hlc, device_id, user_id, base, resolves in conn.execute(
        "SELECT id, table_name, row_id, col, value, hlc, device_id, user_id, base_hlc, resolves FROM sync_writes"
        " ORDER BY id"
    ):
        change = changes.setdefault(
            (table, row_id, hlc),
            {"first": wid, "last": wid, "device": device_id, "user": user_id, "data": {}, "bases": {}, "res": {}},
        )
        change["last"] = max(change["last"], wid)
        change["data"][col] = json.loads(value)
        if base:
            change["bases"][col] = base
        if resolves:
            change["res"][col] = resolves
    ops: dict[tuple[str, str, str], str] = {
        (t, r, h): op
        for t, r, h, op in conn.execute(
            "SELECT table_name, row_id, hlc, op FROM change_log WHERE op IN ('insert', 'update', 'delete')"
            " ORDER BY seq DESC"  # the first op logged at an hlc wins (an insert then an update is an insert)
        )
    }
    conn.execute("DELETE FROM change_log WHERE op IN ('insert', 'update', 'delete')")
    # Field-write ids of this device's changes -> their new sequence, for what peers were already sent.
    own_seq_by_last_write: list[tuple[int, int]] = []
    for key, change in sorted(changes.items(), key=lambda kv: kv[1]["first"]):
        table, row_id, hlc = key
        op = ops.get(key) or _guess_op(change["data"])
        cursor = conn.execute(
            "INSERT INTO change_log (hlc, device_id, user_id, table_name, row_id, op, data, bases, resolves)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                hlc,
                change["device"],
                change["user"],
                table,
                row_id,
                op,
                _json(change["data"]),
                _json(change["bases"]) if change["bases"] else "",
                _json(change["res"]) if change["res"] else "",
            ),
        )
        if change["device"] in own:
            own_seq_by_last_write.append((int(change["last"]), int(cursor.lastrowid)))

    def new_seq(old_write_id: int) -> int:
        return max((seq for last, seq in own_seq_by_last_write if last <= old_write_id), default=0)

    for device_id, sent_upto in conn.execute("SELECT device_id, sent_upto FROM sync_peers").fetchall():
        conn.execute("UPDATE sync_peers SET sent_upto = ? WHERE device_id = ?", (new_seq(int(sent_upto)), device_id))
    # A device this one enrolled and has not met yet: its snapshot counted field writes; start it from the map.
    for device_id, snapshot in conn.execute("SELECT id, snapshot FROM devices WHERE snapshot != ''").fetchall():
        upto = json.loads(snapshot).get(me)
        if isinstance(upto, int):
            conn.execute(
                "INSERT OR IGNORE INTO sync_peers (device_id, sent_upto) VALUES (?, ?)", (device_id, new_seq(upto))
            )

    conn.execute(
        "CREATE TABLE sync_held (table_name TEXT NOT NULL, row_id TEXT NOT NULL, versions TEXT NOT NULL,"
        " PRIMARY KEY (table_name, row_id)) WITHOUT ROWID"
    )
    conn.execute(
        "INSERT INTO sync_held (table_name, row_id, versions)"
        " SELECT table_name, row_id, json_group_object(col, hlc) FROM sync_fields GROUP BY table_name, row_id"
    )
    conn.execute("DROP TABLE sync_writes")
    conn.execute("DROP TABLE sync_fields")
    # Tombstone collection (see ARCHITECTURE.md § Sync): what each bundle's author held of every device's changes
    # (`horizon`) and its own clock when it wrote it (`clock`), when a bundle last went to each peer, and the rows
    # collected here with the versions they held (no values), so that a late copy of a change the tombstone
    # superseded is recognised and ignored, and a row created again under the same id is based on those versions.
    conn.execute("ALTER TABLE sync_inbox ADD COLUMN clock TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE sync_inbox ADD COLUMN horizon TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE sync_peers ADD COLUMN sent_at TEXT NOT NULL DEFAULT ''")
    conn.execute(
        "CREATE TABLE sync_collected (table_name TEXT NOT NULL, row_id TEXT NOT NULL, hlc TEXT NOT NULL,"
        " versions TEXT NOT NULL DEFAULT '', PRIMARY KEY (table_name, row_id))"
    )
    # Sending this device's changes and finding a change by its row and hlc.
    conn.execute("CREATE INDEX change_log_author ON change_log (device_id, seq)")
    conn.execute("DROP INDEX change_log_by_row")
    conn.execute("CREATE INDEX change_log_by_row ON change_log (table_name, row_id, hlc)")
    # This device's own writes: the held version of each column becomes the change's base, then the new version.
    # A row written once has no sync_held entry (its versions are that change's hlc): most rows are never edited,
    # and a held entry per inserted row doubled what applying a bundle wrote. The second change makes it explicit.
    conn.execute(
        """
        CREATE TRIGGER sync_capture AFTER INSERT ON change_log
        WHEN NEW.op IN ('insert', 'update', 'delete') AND NOT EXISTS (SELECT 1 FROM write_context WHERE applying = 1)
        BEGIN
            INSERT INTO sync_held (table_name, row_id, versions)
            SELECT NEW.table_name, NEW.row_id, json_group_object(k, v) FROM (
                SELECT DISTINCT j.key AS k, c.hlc AS v FROM change_log AS c, json_each(c.data) AS j
                WHERE c.table_name = NEW.table_name AND c.row_id = NEW.row_id AND c.hlc != NEW.hlc
                  AND c.op IN ('insert', 'update', 'delete')
            )
            WHERE NOT EXISTS (SELECT 1 FROM sync_held WHERE table_name = NEW.table_name AND row_id = NEW.row_id)
            HAVING count(*) > 0;
            -- a row created again under the id of a row collected here is written over the versions it had
            INSERT INTO sync_held (table_name, row_id, versions)
            SELECT NEW.table_name, NEW.row_id, s.versions FROM sync_collected AS s
            WHERE s.table_name = NEW.table_name AND s.row_id = NEW.row_id AND s.versions != ''
              AND NOT EXISTS (SELECT 1 FROM sync_held WHERE table_name = NEW.table_name AND row_id = NEW.row_id)
              AND NOT EXISTS (SELECT 1 FROM change_log AS c
                              WHERE c.table_name = NEW.table_name AND c.row_id = NEW.row_id AND c.hlc != NEW.hlc
                                AND c.op IN ('insert', 'update', 'delete'));
            -- (a second write of a column in the same transaction keeps the first one's base: same hlc)
            UPDATE change_log SET bases = coalesce((
                SELECT json_group_object(j.key, json_extract(h.versions, '$.' || j.key))
                FROM json_each(NEW.data) AS j, sync_held AS h
                WHERE h.table_name = NEW.table_name AND h.row_id = NEW.row_id
                  AND json_extract(h.versions, '$.' || j.key) NOT IN ('', NEW.hlc)
                HAVING count(*) > 0
            ), '')
            WHERE seq = NEW.seq
              AND EXISTS (SELECT 1 FROM sync_held WHERE table_name = NEW.table_name AND row_id = NEW.row_id);
            UPDATE sync_held SET versions = json_patch(versions, (
                SELECT json_group_object(j.key, NEW.hlc) FROM json_each(NEW.data) AS j
            ))
            WHERE table_name = NEW.table_name AND row_id = NEW.row_id;
        END
        """
    )


def _guess_op(data: dict[str, Any]) -> str:
    if "id" in data:
        return "insert"
    return "delete" if data.get("deleted_at") is not None else "update"


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
