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


def apply(conn: Any) -> None:
    conn.execute("ALTER TABLE change_log ADD COLUMN bases TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE change_log ADD COLUMN resolves TEXT NOT NULL DEFAULT ''")
    conn.execute("DROP TRIGGER IF EXISTS sync_capture")
    device = conn.execute("SELECT device_id FROM this_device").fetchone()  # none yet in a database being created
    previous = str(conn.execute("SELECT previous_ids FROM sync_state").fetchone()[0]).split()
    own = [str(device[0]) if device else "", *previous]
    own_marks = ", ".join("?" for _ in own)

    # A database with a million sessions holds some fourteen million field writes: they are read once, in index
    # order, a row at a time, and staged on disk (encrypted like the rest), never sorted or held in memory whole.
    conn.execute(
        "CREATE TABLE migration_changes (first_write INTEGER PRIMARY KEY, last_write INTEGER NOT NULL,"
        " table_name TEXT, row_id TEXT, hlc TEXT, device_id TEXT, user_id TEXT, op TEXT, data TEXT, bases TEXT,"
        " resolves TEXT)"
    )
    staged: list[tuple[Any, ...]] = []
    row_key: tuple[str, str] | None = None
    row_writes: list[tuple[Any, ...]] = []
    for write in conn.execute(
        "SELECT table_name, row_id, id, col, value, hlc, device_id, user_id, base_hlc, resolves FROM sync_writes"
        " ORDER BY table_name, row_id"
    ):
        if (write[0], write[1]) != row_key:
            staged += _row_changes(conn, row_writes)
            row_key, row_writes = (write[0], write[1]), []
            if len(staged) >= 5000:
                _stage(conn, staged)
                staged = []
        row_writes.append(write)
    staged += _row_changes(conn, row_writes)
    _stage(conn, staged)
    _delete_in_steps(conn, "change_log", "op IN ('insert', 'update', 'delete')")
    last = int(conn.execute("SELECT coalesce(max(first_write), 0) FROM migration_changes").fetchone()[0])
    for start in range(0, last + 1, _STEP):  # in the order this device first held each change
        conn.execute(
            "INSERT INTO change_log (hlc, device_id, user_id, table_name, row_id, op, data, bases, resolves)"
            " SELECT hlc, device_id, user_id, table_name, row_id, op, data, bases, resolves FROM migration_changes"
            " WHERE first_write > ? AND first_write <= ? ORDER BY first_write",
            (start, start + _STEP),
        )
    # What peers were sent was counted in this device's field writes: count it in change-log sequences instead.
    conn.execute("CREATE INDEX migration_changes_last ON migration_changes (last_write)")

    def new_seq(old_write_id: int) -> int:
        row = conn.execute(
            "SELECT coalesce(max(c.seq), 0) FROM migration_changes AS m JOIN change_log AS c"
            " ON c.table_name = m.table_name AND c.row_id = m.row_id AND c.hlc = m.hlc"
            f" WHERE m.last_write <= ? AND m.device_id IN ({own_marks})",
            (old_write_id, *own),
        ).fetchone()
        return int(row[0])

    for device_id, sent_upto in conn.execute("SELECT device_id, sent_upto FROM sync_peers").fetchall():
        conn.execute("UPDATE sync_peers SET sent_upto = ? WHERE device_id = ?", (new_seq(int(sent_upto)), device_id))
    # A device this one enrolled and has not met yet: its snapshot counted field writes; start it from the map.
    for device_id, snapshot in conn.execute("SELECT id, snapshot FROM devices WHERE snapshot != ''").fetchall():
        upto = json.loads(snapshot).get(own[0])
        if isinstance(upto, int):
            conn.execute(
                "INSERT OR IGNORE INTO sync_peers (device_id, sent_upto) VALUES (?, ?)", (device_id, new_seq(upto))
            )
    _delete_in_steps(conn, "migration_changes", "1")
    conn.execute("DROP TABLE migration_changes")

    conn.execute(
        "CREATE TABLE sync_held (table_name TEXT NOT NULL, row_id TEXT NOT NULL, versions TEXT NOT NULL,"
        " PRIMARY KEY (table_name, row_id)) WITHOUT ROWID"
    )
    # Only rows changed more than once: a row written once holds its one change's versions (see the trigger below).
    conn.execute(
        "INSERT INTO sync_held (table_name, row_id, versions)"
        " SELECT f.table_name, f.row_id, json_group_object(f.col, f.hlc) FROM sync_fields AS f"
        " GROUP BY f.table_name, f.row_id"
        " HAVING (SELECT count(DISTINCT w.hlc) FROM sync_writes AS w"
        " WHERE w.table_name = f.table_name AND w.row_id = f.row_id) > 1"
    )
    _delete_in_steps(conn, "sync_writes", "1")
    _delete_in_steps(conn, "sync_fields", "1", key="table_name, row_id, col")  # WITHOUT ROWID
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


def _row_changes(conn: Any, writes: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """One row's field writes as its changes (writes at one hlc are one change), ready for `migration_changes`."""
    if not writes:
        return []
    table, row_id = writes[0][0], writes[0][1]
    ops = {}  # the op each change was first logged with (an insert then an update in one transaction: insert)
    for hlc, op in conn.execute(
        "SELECT hlc, op FROM change_log WHERE table_name = ? AND row_id = ? AND op IN ('insert', 'update', 'delete')"
        " ORDER BY seq DESC",
        (table, row_id),
    ):
        ops[hlc] = op
    changes: dict[str, dict[str, Any]] = {}
    for _, _, wid, col, value, hlc, device_id, user_id, base, resolves in writes:
        c = changes.setdefault(
            hlc, {"first": wid, "last": wid, "device": device_id, "user": user_id, "data": {}, "bases": {}, "res": {}}
        )
        c["first"], c["last"] = min(c["first"], wid), max(c["last"], wid)
        c["data"][col] = json.loads(value)
        if base:
            c["bases"][col] = base
        if resolves:
            c["res"][col] = resolves
    out = []
    for hlc, c in changes.items():
        guessed = "insert" if "id" in c["data"] else "delete" if c["data"].get("deleted_at") is not None else "update"
        out.append(
            (
                c["first"],
                c["last"],
                table,
                row_id,
                hlc,
                c["device"],
                c["user"],
                ops.get(hlc, guessed),
                _json(c["data"]),
                _json(c["bases"]) if c["bases"] else "",
                _json(c["res"]) if c["res"] else "",
            )
        )
    return out


_STEP = 20_000


def _delete_in_steps(conn: Any, table: str, where: str, key: str = "rowid") -> None:
    """Large deletes a step at a time: SQLite keeps each statement's undo pages in memory (temp_store=MEMORY), and
    one statement over millions of rows (secure_delete rewrites every page it frees) ran to gigabytes."""
    while conn.execute(
        f"DELETE FROM {table} WHERE ({key}) IN (SELECT {key} FROM {table} WHERE {where} LIMIT {_STEP})"
    ).rowcount:
        pass


def _stage(conn: Any, changes: list[tuple[Any, ...]]) -> None:
    conn.executemany("INSERT INTO migration_changes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", changes)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
