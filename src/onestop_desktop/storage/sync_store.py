"""SQL for sync: the field-write history, materialising merged rows, conflicts, peers, inbox, field-kit scope.

The merge *rule* lives in `sync/merge.py`; this module only reads and writes what it needs. Applying remote writes
runs inside `Store.write` with `write_context.applying = 1` and the author of each row named in write_context, so
the change log attributes merged values to whoever wrote them and the local capture trigger ignores them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .db import Connection, DatabaseError

# A change as stored and sent: table, row, hlc, device, user, op, data (JSON object text, column -> value), bases
# (JSON object text, column -> the hlc its author held before; "" if none), resolves (JSON object text, column ->
# space-separated hlcs of the conflict sides it settles; "" if none).
ChangeRow = tuple[str, str, str, str, str, str, str, str, str]

_CHANGE_COLUMNS = "table_name, row_id, hlc, device_id, user_id, op, data, bases, resolves"
_IS_CHANGE = "op IN ('insert', 'update', 'delete')"  # not the local 'purge' markers
# A change to a row collected here that its tombstone superseded (a late or relayed copy): held, in effect.
_COLLECTED = "EXISTS (SELECT 1 FROM sync_collected WHERE table_name = ?1 AND row_id = ?2 AND hlc >= ?3)"

# How a row of each case-data table belongs to cases (field kits hold only their cases' rows).
_CLIENT_TABLES = ("clients", "client_phones", "client_rrns", "consents", "attachments")
_CASE_TABLES = (
    "case_crime_types",
    "case_team",
    "needs",
    "plan_goals",
    "case_sessions",
    "case_services",
    "followups",
    "referrals",
    "program_enrolments",
    "feedback_requests",
)
# Replicated everywhere, field kits included: directory, accounts, devices, settings, programs, survey questions.
SHARED_TABLES = frozenset(
    {"devices", "users", "settings", "agencies", "programs", "program_sessions", "survey_versions"}
)
# Anonymous answers go to workstations only: a laptop has no use for other clients' answers.
WORKSTATION_ONLY_TABLES = frozenset({"feedback_responses"})


@dataclass(frozen=True)
class PeerRow:
    device_id: str
    sent_upto: int
    audit_sent_upto: int
    last_seq: int
    cases: frozenset[str]
    sent_at: str = ""  # when a bundle last went to it (ISO UTC)


@dataclass(frozen=True)
class DeviceRecord:
    id: str
    name: str
    code: str
    scope: str
    status: str
    users: tuple[str, ...]
    enc_public_key: str
    sign_public_key: str
    revoked_after_seq: int | None
    snapshot: dict[str, int]
    enrolled_by: str = ""


# -- the change history ---------------------------------------------------------------------------------
def begin_applying(conn: Connection) -> None:
    """From here to the end of the transaction, writes are sync's: the capture triggers neither log them as
    changes of this device nor move its held versions (sync records both itself)."""
    conn.execute("UPDATE write_context SET applying = 1")


def insert_changes(conn: Connection, changes: Sequence[ChangeRow]) -> set[tuple[str, str]]:
    """Store changes not held yet; return the rows to re-merge (every row named: re-merging is idempotent)."""
    begin_applying(conn)
    conn.executemany(
        f"INSERT INTO change_log ({_CHANGE_COLUMNS}) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9"
        " WHERE NOT EXISTS (SELECT 1 FROM change_log WHERE table_name = ?1 AND row_id = ?2 AND hlc = ?3)"
        f" AND NOT {_COLLECTED}",
        changes,
    )
    return {(c[0], c[1]) for c in changes}


def captured_set(conn: Connection) -> frozenset[str]:
    return frozenset(str(r[0]) for r in conn.execute("SELECT name FROM captured_tables"))


def rows_with_conflicts(conn: Connection) -> set[tuple[str, str]]:
    return {(str(t), str(r)) for t, r in conn.execute("SELECT DISTINCT table_name, row_id FROM sync_conflicts")}


def all_held(conn: Connection, changes: Sequence[ChangeRow]) -> bool:
    """Every change (a row at one hlc, by one device) already held, or superseded by a tombstone collected here."""
    return all(
        conn.execute(
            f"SELECT 1 WHERE EXISTS (SELECT 1 FROM change_log WHERE table_name = ?1 AND row_id = ?2 AND hlc = ?3)"
            f" OR {_COLLECTED}",
            (c[0], c[1], c[2]),
        ).fetchone()
        is not None
        for c in changes
    )


def audit_held(conn: Connection, rows: object) -> bool:
    if not isinstance(rows, list):
        return False
    return all(
        isinstance(r, list)
        and len(r) == 11
        and conn.execute(
            "SELECT 1 FROM audit_log WHERE device_id = ? AND device_seq = ? AND hash = ?", (r[0], r[1], r[10])
        ).fetchone()
        is not None
        for r in rows
    )


def _combine(first: ChangeRow, later: ChangeRow) -> ChangeRow:
    """Two log rows of one transaction's change to one row (same hlc): later values win, the first bases stand."""
    data = {**json.loads(first[6]), **json.loads(later[6])}
    bases = {**_object(later[7]), **_object(first[7])}
    resolves = {**_object(first[8]), **_object(later[8])}
    return (*first[:6], _dump(data), _dump(bases) if bases else "", _dump(resolves) if resolves else "")


def _fold(rows: Iterable[tuple[int, ChangeRow]]) -> list[tuple[int, ChangeRow]]:
    """One entry per change, in the order first logged; `seq` is the change's last log row."""
    out: dict[tuple[str, str, str], tuple[int, ChangeRow]] = {}
    for seq, row in rows:
        key = (row[0], row[1], row[2])
        held = out.get(key)
        out[key] = (seq, row) if held is None else (seq, _combine(held[1], row))
    return list(out.values())


def _changes(conn: Connection, where: str, args: Sequence[Any]) -> list[tuple[int, ChangeRow]]:
    return _fold(
        (int(r[0]), tuple(r[1:]))
        for r in conn.execute(
            f"SELECT seq, {_CHANGE_COLUMNS} FROM change_log WHERE {_IS_CHANGE} AND {where} ORDER BY seq", args
        )
    )


def row_changes(conn: Connection, table: str, row_id: str) -> list[ChangeRow]:
    return [c for _, c in _changes(conn, "table_name = ? AND row_id = ?", (table, row_id))]


def own_ids(conn: Connection, device_id: str) -> list[str]:
    """This device's id and the ids this database had before it was restored or copied."""
    previous = str(conn.execute("SELECT previous_ids FROM sync_state").fetchone()[0]).split()
    return [device_id, *previous]


def own_changes_after(conn: Connection, device_id: str, after_seq: int) -> list[tuple[int, ChangeRow]]:
    ids = own_ids(conn, device_id)
    marks = ", ".join("?" for _ in ids)
    return _changes(conn, f"device_id IN ({marks}) AND seq > ?", (*ids, after_seq))


def changes_by_author(conn: Connection, device_id: str) -> list[ChangeRow]:
    return [c for _, c in _changes(conn, "device_id = ?", (device_id,))]


def last_own_change(conn: Connection, device_id: str) -> int:
    ids = own_ids(conn, device_id)
    marks = ", ".join("?" for _ in ids)
    row = conn.execute(
        f"SELECT max(seq) FROM change_log WHERE device_id IN ({marks}) AND {_IS_CHANGE}", tuple(ids)
    ).fetchone()
    return int(row[0] or 0)


def introduction(conn: Connection) -> dict[str, str] | None:
    raw = str(conn.execute("SELECT introduction FROM this_device").fetchone()[0])
    return json.loads(raw) if raw else None


def changes_of_rows(conn: Connection, rows: Iterable[tuple[str, str]]) -> list[ChangeRow]:
    out: list[ChangeRow] = []
    for table, row_id in rows:
        out.extend(row_changes(conn, table, row_id))
    return out


def changes_by_row(conn: Connection, table: str, row_ids: Sequence[str]) -> dict[str, list[ChangeRow]]:
    out: dict[str, list[ChangeRow]] = {}
    marks = ", ".join("?" for _ in row_ids)
    for _, c in _changes(conn, f"table_name = ? AND row_id IN ({marks})", (table, *row_ids)):
        out.setdefault(c[1], []).append(c)
    return out


def existing_ids(conn: Connection, table: str, row_ids: Sequence[str]) -> set[str]:
    marks = ", ".join("?" for _ in row_ids)
    return {str(r[0]) for r in conn.execute(f"SELECT id FROM {_ident(table)} WHERE id IN ({marks})", tuple(row_ids))}


def insert_rows(conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> bool:
    """Insert new rows in one statement; False (and nothing inserted) if any is refused."""
    decls = {name: decl for name, decl, _, _ in table_columns(conn, table)}
    blobs = [i for i, c in enumerate(columns) if "BLOB" in decls[c]]
    names = ", ".join(_ident(c) for c in columns)
    marks = ", ".join("?" for _ in columns)
    values = rows
    if blobs:
        values = [[sql_value(v, decls[c]) for c, v in zip(columns, row, strict=True)] for row in rows]
    conn.execute("SAVEPOINT sync_rows")
    try:
        conn.executemany(f"INSERT INTO {_ident(table)} ({names}) VALUES ({marks})", values)
    except DatabaseError:
        conn.execute("ROLLBACK TO sync_rows")
        conn.execute("RELEASE sync_rows")
        return False
    conn.execute("RELEASE sync_rows")
    return True


_complete_cache: dict[tuple[str, tuple[str, ...]], bool] = {}


def complete_for_insert(conn: Connection, table: str, columns: tuple[str, ...]) -> bool:
    """Whether values for `columns` make a whole row: every required column there, none unknown."""
    key = (table, columns)
    found = _complete_cache.get(key)
    if found is None:
        present = set(columns)
        known = table_columns(conn, table)
        found = all(name in present for name, _, notnull, has_default in known if notnull and not has_default) and (
            present <= {c[0] for c in known}
        )
        _complete_cache[key] = found
    return found


def set_held(conn: Connection, rows: Sequence[tuple[str, str, dict[str, str]]]) -> None:
    """The version (hlc) of each column this device now holds, per (table, row). A row written once needs none
    (see `held_values` and the sync_capture trigger): its versions are its one change's."""
    conn.executemany(
        "INSERT OR REPLACE INTO sync_held (table_name, row_id, versions) VALUES (?, ?, ?)",
        [(t, r, _dump(v)) for t, r, v in rows],
    )


def all_changes(conn: Connection) -> list[ChangeRow]:
    return [c for _, c in _changes(conn, "1", ())]


def _object(text: str) -> dict[str, Any]:
    return json.loads(text) if text else {}


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# -- materialising merged rows ----------------------------------------------------------------------
_columns_cache: dict[str, list[tuple[str, str, bool, bool]]] = {}


def table_columns(conn: Connection, table: str) -> list[tuple[str, str, bool, bool]]:
    """(name, declared type, NOT NULL, has default) per column."""
    cached = _columns_cache.get(table)
    if cached is None:
        cached = [
            (str(r[1]), str(r[2] or "").upper(), bool(r[3]), r[4] is not None)
            for r in conn.execute(f"PRAGMA table_info({_ident(table)})")
        ]
        _columns_cache[table] = cached
    return cached


def is_captured(conn: Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM captured_tables WHERE name = ?", (table,)).fetchone() is not None


def sql_value(value: Any, decl: str) -> Any:
    """A value as the change log carries it (JSON) as the column stores it: BLOBs travel as "hex:..." text."""
    if isinstance(value, str) and "BLOB" in decl and value.startswith("hex:"):
        return bytes.fromhex(value[4:])
    return value


def materialize(conn: Connection, table: str, row_id: str, values: dict[str, Any]) -> bool:
    """Make the row hold `values` (column → value as the change log carries it). False when it cannot exist yet
    (missing insert or parent)."""
    columns = {name: (decl, notnull, has_default) for name, decl, notnull, has_default in table_columns(conn, table)}
    known = {c: sql_value(v, columns[c][0]) for c, v in values.items() if c in columns}
    exists = conn.execute(f"SELECT 1 FROM {_ident(table)} WHERE id = ?", (row_id,)).fetchone() is not None
    conn.execute("SAVEPOINT sync_row")
    try:
        if exists:
            current = conn.execute(
                f"SELECT {', '.join(_ident(c) for c in known)} FROM {_ident(table)} WHERE id = ?", (row_id,)
            ).fetchone()
            changed = {c: v for (c, v), old in zip(known.items(), current, strict=True) if old != v}
            if changed:
                sets = ", ".join(f"{_ident(c)} = ?" for c in changed)
                conn.execute(f"UPDATE {_ident(table)} SET {sets} WHERE id = ?", (*changed.values(), row_id))
        else:
            missing = [n for n, (_, notnull, has_default) in columns.items() if notnull and not has_default]
            if any(known.get(n) is None for n in missing):
                conn.execute("RELEASE sync_row")
                return False
            names = ", ".join(_ident(c) for c in known)
            marks = ", ".join("?" for _ in known)
            conn.execute(f"INSERT INTO {_ident(table)} ({names}) VALUES ({marks})", tuple(known.values()))
        conn.execute("RELEASE sync_row")
        return True
    except DatabaseError as exc:
        conn.execute("ROLLBACK TO sync_row")
        conn.execute("RELEASE sync_row")
        if "FOREIGN KEY" in str(exc).upper() or "CONSTRAINT" in str(exc).upper():
            return False
        raise


def set_waiting(conn: Connection, table: str, row_id: str, waiting: bool) -> None:
    if waiting:
        conn.execute("INSERT OR IGNORE INTO sync_waiting (table_name, row_id) VALUES (?, ?)", (table, row_id))
    else:
        conn.execute("DELETE FROM sync_waiting WHERE table_name = ? AND row_id = ?", (table, row_id))


def waiting_rows(conn: Connection) -> list[tuple[str, str]]:
    return [(str(t), str(r)) for t, r in conn.execute("SELECT table_name, row_id FROM sync_waiting")]


# -- conflicts ------------------------------------------------------------------------------------------
def replace_conflicts(
    conn: Connection, table: str, row_id: str, conflicts: Sequence[tuple[str, str, str, str]], case_id: str | None
) -> None:
    """`conflicts`: (id, kind, column, versions JSON)."""
    conn.execute("DELETE FROM sync_conflicts WHERE table_name = ? AND row_id = ?", (table, row_id))
    conn.executemany(
        "INSERT OR REPLACE INTO sync_conflicts (id, kind, table_name, row_id, col, versions, case_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(cid, kind, table, row_id, col, versions, case_id) for cid, kind, col, versions in conflicts],
    )


def conflicts(conn: Connection, limit: int = 500, offset: int = 0) -> list[tuple[str, str, str, str, str, str, str]]:
    return [
        tuple(str(x) if x is not None else "" for x in r)  # type: ignore[misc]
        for r in conn.execute(
            "SELECT id, kind, table_name, row_id, col, versions, case_id FROM sync_conflicts"
            " ORDER BY table_name, row_id, col, id LIMIT ? OFFSET ?",
            (limit, offset),
        )
    ]


def conflict(conn: Connection, conflict_id: str) -> tuple[str, str, str, str, str, str, str] | None:
    r = conn.execute(
        "SELECT id, kind, table_name, row_id, col, versions, case_id FROM sync_conflicts WHERE id = ?", (conflict_id,)
    ).fetchone()
    return tuple(str(x) if x is not None else "" for x in r) if r else None  # type: ignore[return-value]


def conflict_ids(conn: Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute("SELECT id FROM sync_conflicts ORDER BY id")]


def conflict_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0])


def cases_in_conflict(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT DISTINCT case_id FROM sync_conflicts WHERE case_id IS NOT NULL")}


# -- rows and cases ----------------------------------------------------------------------------------
def case_labels(conn: Connection, case_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Case number and the client's shown name (alias first) of each case, for lists of conflicts."""
    ids = sorted(set(case_ids))
    out: dict[str, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for case_id, number, name in conn.execute(
            "SELECT c.id, c.case_number, coalesce(nullif(cl.alias, ''), cl.name) FROM cases c"
            f" JOIN clients cl ON cl.id = c.client_id WHERE c.id IN ({marks})",
            chunk,
        ):
            out[str(case_id)] = (str(number), str(name or ""))
    return out


def case_ids_of_row(conn: Connection, table: str, row_id: str) -> set[str]:
    """The cases a row belongs to (empty for shared tables, and for rows not present)."""
    if table == "cases":
        return {row_id}
    if table in _CLIENT_TABLES:
        client = row_id if table == "clients" else _one(conn, f"SELECT client_id FROM {table} WHERE id = ?", row_id)
        return {str(r[0]) for r in conn.execute("SELECT id FROM cases WHERE client_id = ?", (client,))}
    if table in _CASE_TABLES:
        found = _one(conn, f"SELECT case_id FROM {table} WHERE id = ?", row_id)
        return {found} if found else set()
    if table == "referral_events":
        found = _one(
            conn,
            "SELECT r.case_id FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE e.id = ?",
            row_id,
        )
        return {found} if found else set()
    if table == "program_attendance":
        found = _one(
            conn,
            "SELECT e.case_id FROM program_attendance a JOIN program_enrolments e"
            " ON e.id = a.enrolment_id WHERE a.id = ?",
            row_id,
        )
        return {found} if found else set()
    if table == "documents":
        found = _one(
            conn, "SELECT r.case_id FROM documents d JOIN referrals r ON r.id = d.referral_id WHERE d.id = ?", row_id
        )
        if found:
            return {found}
        client = _one(conn, "SELECT client_id FROM documents WHERE id = ?", row_id)
        return {str(r[0]) for r in conn.execute("SELECT id FROM cases WHERE client_id = ?", (client,))}
    return set()


def rows_of_case(conn: Connection, case_id: str) -> list[tuple[str, str]]:
    """Every row of a case, the client's rows included, parents before children."""
    rows: list[tuple[str, str]] = []
    client = _one(conn, "SELECT client_id FROM cases WHERE id = ?", case_id)
    if client:
        rows.append(("clients", client))
        for table in _CLIENT_TABLES[1:]:
            rows += [(table, str(r[0])) for r in conn.execute(f"SELECT id FROM {table} WHERE client_id = ?", (client,))]
    rows.append(("cases", case_id))
    for table in _CASE_TABLES:
        rows += [(table, str(r[0])) for r in conn.execute(f"SELECT id FROM {table} WHERE case_id = ?", (case_id,))]
    rows += [
        ("referral_events", str(r[0]))
        for r in conn.execute(
            "SELECT e.id FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE r.case_id = ?",
            (case_id,),
        )
    ]
    rows += [
        ("program_attendance", str(r[0]))
        for r in conn.execute(
            "SELECT a.id FROM program_attendance a JOIN program_enrolments e ON e.id = a.enrolment_id"
            " WHERE e.case_id = ?",
            (case_id,),
        )
    ]
    rows += [
        ("documents", str(r[0]))
        for r in conn.execute(
            "SELECT d.id FROM documents d LEFT JOIN referrals r ON r.id = d.referral_id"
            " WHERE r.case_id = ? OR (d.referral_id IS NULL AND d.client_id = ?)",
            (case_id, client),
        )
    ]
    return rows


def cases_of_users(conn: Connection, user_ids: Iterable[str]) -> set[str]:
    """Cases a field kit holds: live or closed cases led by, or on the team of, one of its users."""
    users = list(user_ids)
    if not users:
        return set()
    marks = ", ".join("?" for _ in users)
    return {
        str(r[0])
        for r in conn.execute(
            f"SELECT id FROM cases WHERE deleted_at IS NULL AND lead_counselor_id IN ({marks})"
            f" UNION SELECT case_id FROM case_team WHERE deleted_at IS NULL AND user_id IN ({marks})",
            (*users, *users),
        )
    }


def all_case_ids(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT id FROM cases")}


def purge_rows(conn: Connection, rows: Sequence[tuple[str, str]]) -> None:
    """Remove rows and everything sync holds about them (needs a write context that allows purging)."""
    for table, row_id in reversed(rows):  # children first
        # the history goes first: what is left of the row is the purge marker, which holds no content
        for side in ("change_log", "sync_held", "sync_conflicts", "sync_waiting", "sync_collected"):
            conn.execute(f"DELETE FROM {side} WHERE table_name = ? AND row_id = ?", (table, row_id))
        conn.execute(f"DELETE FROM {_ident(table)} WHERE id = ?", (row_id,))


def tombstones(conn: Connection, tables: Iterable[str]) -> list[tuple[str, str, str]]:
    """(table, row, hlc of its tombstone) of every deleted row held that no conflict or missing parent holds up."""
    out: list[tuple[str, str, str]] = []
    for table in tables:
        t = _ident(table)
        out += [
            (table, str(row_id), str(hlc))
            for row_id, hlc in conn.execute(
                f"SELECT r.id, coalesce(json_extract(h.versions, '$.deleted_at'), (SELECT max(c.hlc) FROM change_log c"
                f" WHERE c.table_name = ?1 AND c.row_id = r.id AND {_IS_CHANGE})) FROM {t} r INDEXED BY {t}_tombstones"
                " LEFT JOIN sync_held h ON h.table_name = ?1 AND h.row_id = r.id WHERE r.deleted_at IS NOT NULL"
                " AND NOT EXISTS (SELECT 1 FROM sync_conflicts WHERE table_name = ?1 AND row_id = r.id)"
                " AND NOT EXISTS (SELECT 1 FROM sync_waiting WHERE table_name = ?1 AND row_id = r.id)",
                (table,),
            )
            if hlc
        ]
    return out


def collect(conn: Connection, table: str, row_id: str, hlc: str) -> bool:
    """Remove a deleted row and its history, keeping only its id and tombstone's hlc; False (and nothing removed)
    while other rows still refer to it. Needs a write context that allows purging."""
    conn.execute("SAVEPOINT collect_row")
    try:
        conn.execute(f"DELETE FROM {_ident(table)} WHERE id = ?", (row_id,))
    except DatabaseError:
        conn.execute("ROLLBACK TO collect_row")
        conn.execute("RELEASE collect_row")
        return False
    held = conn.execute(
        "SELECT versions FROM sync_held WHERE table_name = ? AND row_id = ?", (table, row_id)
    ).fetchone()
    if held is not None:
        versions = str(held[0])
    else:  # written once: its one change's versions
        written: dict[str, str] = {}
        for change in row_changes(conn, table, row_id):
            written.update(dict.fromkeys(json.loads(change[6]), change[2]))
        versions = _dump(written)
    for side in ("change_log", "sync_held", "sync_conflicts", "sync_waiting"):  # the purge marker goes too
        conn.execute(f"DELETE FROM {side} WHERE table_name = ? AND row_id = ?", (table, row_id))
    conn.execute(
        "INSERT OR REPLACE INTO sync_collected (table_name, row_id, hlc, versions) VALUES (?, ?, ?, ?)",
        (table, row_id, hlc, versions),
    )
    conn.execute("RELEASE collect_row")
    return True


def collected(conn: Connection) -> list[tuple[str, str, str, str]]:
    return [
        (str(t), str(r), str(h), str(v))
        for t, r, h, v in conn.execute("SELECT table_name, row_id, hlc, versions FROM sync_collected")
    ]


def add_collected(conn: Connection, rows: Iterable[Sequence[str]]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO sync_collected (table_name, row_id, hlc, versions) VALUES (?, ?, ?, ?)",
        [tuple(str(x) for x in r[:4]) for r in rows],
    )


def compact_search_indexes(conn: Connection) -> None:
    """After a purge: merge the full-text indexes so deleted rows' tokens leave the index pages too."""
    conn.execute("INSERT INTO case_search (case_search) VALUES ('optimize')")
    conn.execute("INSERT INTO note_search (note_search) VALUES ('optimize')")


def client_has_cases(conn: Connection, client_id: str) -> bool:
    return conn.execute("SELECT 1 FROM cases WHERE client_id = ?", (client_id,)).fetchone() is not None


# -- devices, peers, inbox, quarantine, state ----------------------------------------------------------
def devices(conn: Connection) -> list[DeviceRecord]:
    out = []
    for r in conn.execute(
        "SELECT id, name, code, scope, status, users, enc_public_key, sign_public_key, revoked_after_seq, snapshot,"
        " enrolled_by FROM devices WHERE deleted_at IS NULL ORDER BY name"
    ):
        snapshot = json.loads(r[9]) if r[9] else {}
        out.append(
            DeviceRecord(
                str(r[0]),
                str(r[1]),
                str(r[2]),
                str(r[3]),
                str(r[4]),
                tuple(str(r[5]).split()),
                str(r[6]),
                str(r[7]),
                None if r[8] is None else int(r[8]),
                {str(k): int(v) for k, v in snapshot.items()},
                str(r[10]),
            )
        )
    return out


def peer(conn: Connection, device_id: str) -> PeerRow | None:
    r = conn.execute(
        "SELECT device_id, sent_upto, audit_sent_upto, last_seq, cases, sent_at FROM sync_peers WHERE device_id = ?",
        (device_id,),
    ).fetchone()
    return PeerRow(str(r[0]), int(r[1]), int(r[2]), int(r[3]), frozenset(str(r[4]).split()), str(r[5])) if r else None


def save_peer(conn: Connection, p: PeerRow) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO sync_peers (device_id, sent_upto, audit_sent_upto, last_seq, cases, sent_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (p.device_id, p.sent_upto, p.audit_sent_upto, p.last_seq, " ".join(sorted(p.cases)), p.sent_at),
    )


def next_seq(conn: Connection) -> int:
    conn.execute("UPDATE sync_state SET last_seq = last_seq + 1")
    return int(conn.execute("SELECT last_seq FROM sync_state").fetchone()[0])


def inbox_entry(conn: Connection, sender: str, seq: int) -> tuple[str, str, str] | None:
    r = conn.execute(
        "SELECT status, reason, sha256 FROM sync_inbox WHERE sender = ? AND seq = ?", (sender, seq)
    ).fetchone()
    return (str(r[0]), str(r[1]), str(r[2])) if r else None


def record_inbox(
    conn: Connection,
    sender: str,
    seq: int,
    status: str,
    reason: str,
    sha256: str,
    prev_seq: int | None,
    at: str,
    clock: str = "",
    horizon: str = "",
) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO sync_inbox (sender, seq, status, reason, prev_seq, sha256, seen_at, clock, horizon)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sender, seq, status, reason, prev_seq, sha256, at, clock, horizon),
    )


def inbox_summary(conn: Connection) -> list[tuple[str, int, int]]:
    """Per sender: the highest applied sequence and how many bundles were applied."""
    return [
        (str(s), int(m), int(n))
        for s, m, n in conn.execute(
            "SELECT sender, max(seq), count(*) FROM sync_inbox WHERE status = 'applied' GROUP BY sender ORDER BY sender"
        )
    ]


def gaps(conn: Connection) -> list[tuple[str, int]]:
    """(sender, seq) of bundles an applied bundle says came before it but that were never applied here."""
    return [
        (str(s), int(p))
        for s, p in conn.execute(
            "SELECT i.sender, i.prev_seq FROM sync_inbox i WHERE i.status = 'applied' AND i.prev_seq IS NOT NULL"
            " AND i.prev_seq > 0 AND NOT EXISTS (SELECT 1 FROM sync_inbox j WHERE j.sender = i.sender"
            " AND j.seq = i.prev_seq AND j.status IN ('applied', 'quarantined')) ORDER BY i.sender, i.prev_seq"
        )
    ]


def _chain(conn: Connection, sender: str, statuses: str) -> list[int]:
    """The seqs of `sender`'s bundles to this device, from its first, as far as each one's link to the previous
    one is unbroken among those with a status in `statuses`."""
    links = {
        int(p or 0): int(s)
        for s, p in conn.execute(
            f"SELECT seq, prev_seq FROM sync_inbox WHERE sender = ? AND status IN ({statuses})"
            " AND prev_seq IS NOT NULL",
            (sender,),
        )
    }
    chain: list[int] = []
    upto = 0
    while upto in links and links[upto] not in chain:
        upto = links[upto]
        chain.append(upto)
    return chain


def contiguous_applied(conn: Connection, sender: str) -> int:
    """The highest seq up to which every bundle `sender` addressed to this device has been taken in (applied or
    kept in quarantine), following each bundle's link to the previous one: what this device acknowledges."""
    chain = _chain(conn, sender, "'applied', 'quarantined'")
    return chain[-1] if chain else 0


def applied_reports(conn: Connection, sender: str) -> tuple[str, dict[str, str]]:
    """What `sender`'s unbroken chain of applied bundles says, from the newest bundle that says it: its clock when
    it wrote it (this device holds every change it made up to then) and its horizon (per author, the clock up to
    which it held that author's changes)."""
    chain = _chain(conn, sender, "'applied'")
    clock, horizon = "", dict[str, str]()
    if chain:
        marks = ", ".join("?" for _ in chain)
        for c, h in conn.execute(
            f"SELECT clock, horizon FROM sync_inbox WHERE sender = ? AND seq IN ({marks}) ORDER BY seq",
            (sender, *chain),
        ):
            clock = str(c) or clock
            horizon = json.loads(h) if h else horizon
    return clock, horizon


def record_outbox(conn: Connection, recipient: str, seq: int) -> None:
    conn.execute("INSERT OR IGNORE INTO sync_outbox (recipient, seq) VALUES (?, ?)", (recipient, seq))


def acknowledged(conn: Connection, recipient: str, upto: int) -> list[int]:
    """Forget the bundles `recipient` acknowledged; returns their seqs (their files can go)."""
    seqs = [
        int(r[0])
        for r in conn.execute("SELECT seq FROM sync_outbox WHERE recipient = ? AND seq <= ?", (recipient, upto))
    ]
    conn.execute("DELETE FROM sync_outbox WHERE recipient = ? AND seq <= ?", (recipient, upto))
    return seqs


def quarantine(conn: Connection, sender: str, seq: int, reason: str, detail: str, payload: bytes, at: str) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO sync_quarantine (sender, seq, reason, detail, payload, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (sender, seq, reason, detail, payload, at),
    )


def quarantined(conn: Connection) -> list[tuple[str, int, str, str, str]]:
    return [
        (str(a), int(b), str(c), str(d), str(e))
        for a, b, c, d, e in conn.execute(
            "SELECT sender, seq, reason, detail, received_at FROM sync_quarantine ORDER BY received_at, sender, seq"
        )
    ]


def quarantined_payload(conn: Connection, sender: str, seq: int) -> bytes | None:
    r = conn.execute("SELECT payload FROM sync_quarantine WHERE sender = ? AND seq = ?", (sender, seq)).fetchone()
    return bytes(r[0]) if r else None


def release_quarantine(conn: Connection, sender: str, seq: int) -> None:
    conn.execute("DELETE FROM sync_quarantine WHERE sender = ? AND seq = ?", (sender, seq))


def state(conn: Connection) -> tuple[int, str | None, str]:
    r = conn.execute("SELECT last_seq, last_sync_at, folder FROM sync_state").fetchone()
    return int(r[0]), (None if r[1] is None else str(r[1])), str(r[2])


def set_last_sync(conn: Connection, at: str) -> None:
    conn.execute("UPDATE sync_state SET last_sync_at = ?", (at,))


def set_folder(conn: Connection, folder: str) -> None:
    conn.execute("UPDATE sync_state SET folder = ?", (folder,))


def pending_own_changes(conn: Connection, device_id: str) -> int:
    """Own changes not yet sent to at least one active peer (the status bar's "waiting to go out")."""
    row = conn.execute(
        "SELECT min(p.sent_upto) FROM sync_peers p JOIN devices d ON d.id = p.device_id WHERE d.status = 'active'"
    ).fetchone()
    upto = int(row[0] or 0) if row and row[0] is not None else 0
    return int(
        conn.execute(
            f"SELECT count(*) FROM change_log WHERE device_id = ? AND seq > ? AND {_IS_CHANGE}", (device_id, upto)
        ).fetchone()[0]
    )


def advance_clock(conn: Connection, hlc: str) -> None:
    conn.execute("UPDATE this_device SET hlc_last = ? WHERE hlc_last < ?", (hlc, hlc))


def clock(conn: Connection) -> str:
    return str(conn.execute("SELECT hlc_last FROM this_device").fetchone()[0])


# -- digest -------------------------------------------------------------------------------------------------
def held_values(conn: Connection) -> Iterator[tuple[str, str, str, Any]]:
    """(table, row, column, value) of every field of every live row held, in canonical order (the digest's input).
    A row without a sync_held entry was written once: it holds that change's values."""
    rows = conn.execute(
        "SELECT c.table_name, c.row_id, h.versions, c.hlc, c.data FROM change_log c LEFT JOIN sync_held h"
        " ON h.table_name = c.table_name AND h.row_id = c.row_id"
        f" WHERE c.{_IS_CHANGE} ORDER BY c.table_name, c.row_id, c.seq"
    )
    current: tuple[str, str] | None = None
    versions: dict[str, str] | None = None
    values: dict[str, Any] = {}

    def flush() -> Iterator[tuple[str, str, str, Any]]:
        # Deleted rows are left out: each device collects them when it can, and the digest must not differ then.
        if current is not None and values.get("deleted_at") is None:
            for col in sorted(values):
                if col not in ("updated_at", "created_at"):
                    yield (*current, col, values[col])

    for table, row_id, held, hlc, data in rows:
        if (table, row_id) != current:
            yield from flush()
            current, versions, values = (table, row_id), (json.loads(held) if held else None), {}
        for col, value in json.loads(data).items():
            if versions is None or versions.get(col) == hlc:
                values[col] = value
    yield from flush()


# -- audit trail from other devices -----------------------------------------------------------------------
_AUDIT_COLUMNS = (
    "device_id, device_seq, at, user_id, username, action, subject_type, subject_id, detail, prev_hash, hash"
)


def all_audit(conn: Connection) -> list[tuple[Any, ...]]:
    """Every device's audit chain, for a new workstation's enrolment."""
    return [tuple(r) for r in conn.execute(f"SELECT {_AUDIT_COLUMNS} FROM audit_log ORDER BY device_id, device_seq")]


def own_audit_after(conn: Connection, device_id: str, after_device_seq: int) -> list[tuple[Any, ...]]:
    """This device's audit entries after a sequence; the first time, the chains of its earlier identities too."""
    earlier = own_ids(conn, device_id)[1:] if after_device_seq == 0 else []
    rows = [
        tuple(r)
        for old in earlier
        for r in conn.execute(f"SELECT {_AUDIT_COLUMNS} FROM audit_log WHERE device_id = ? ORDER BY device_seq", (old,))
    ]
    return rows + [
        tuple(r)
        for r in conn.execute(
            f"SELECT {_AUDIT_COLUMNS} FROM audit_log WHERE device_id = ? AND device_seq > ? ORDER BY device_seq",
            (device_id, after_device_seq),
        )
    ]


def last_audit_seq(conn: Connection, device_id: str) -> int:
    r = conn.execute("SELECT max(device_seq) FROM audit_log WHERE device_id = ?", (device_id,)).fetchone()
    return int(r[0] or 0)


def insert_audit(conn: Connection, rows: Iterable[Sequence[Any]]) -> int:
    n = 0
    for row in rows:
        n += conn.execute(
            f"INSERT OR IGNORE INTO audit_log ({_AUDIT_COLUMNS}) VALUES ({', '.join('?' * 11)})", tuple(row)
        ).rowcount
    return n


def _one(conn: Connection, sql: str, arg: str) -> str | None:
    r = conn.execute(sql, (arg,)).fetchone()
    return None if r is None or r[0] is None else str(r[0])


def _ident(name: str) -> str:
    if not name.replace("_", "").isalnum() or not name[0].isalpha():
        raise ValueError(f"not an identifier: {name!r}")
    return name
