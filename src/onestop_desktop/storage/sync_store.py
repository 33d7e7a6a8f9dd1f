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

# A field write as stored: table, row, column, JSON value, hlc, device, user, base hlc, resolves (space-separated).
WriteRow = tuple[str, str, str, str, str, str, str, str, str]

_WRITE_COLUMNS = "table_name, row_id, col, value, hlc, device_id, user_id, base_hlc, resolves"

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


# -- field writes ------------------------------------------------------------------------------------
def insert_writes(conn: Connection, writes: Sequence[WriteRow]) -> set[tuple[str, str]]:
    """Store writes not held yet; return the rows to re-merge (every row named: re-merging is idempotent)."""
    conn.executemany(f"INSERT OR IGNORE INTO sync_writes ({_WRITE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", writes)
    return {(w[0], w[1]) for w in writes}


def captured_set(conn: Connection) -> frozenset[str]:
    return frozenset(str(r[0]) for r in conn.execute("SELECT name FROM captured_tables"))


def rows_with_conflicts(conn: Connection) -> set[tuple[str, str]]:
    return {(str(t), str(r)) for t, r in conn.execute("SELECT DISTINCT table_name, row_id FROM sync_conflicts")}


def all_held(conn: Connection, writes: Sequence[WriteRow]) -> bool:
    """Every change (a row at one hlc, by one device) already held: checked once per change, not per field."""
    changes = {(w[0], w[1], w[4]) for w in writes}
    return all(
        conn.execute(
            "SELECT 1 FROM sync_writes WHERE table_name = ? AND row_id = ? AND hlc = ? LIMIT 1",
            change,
        ).fetchone()
        is not None
        for change in changes
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


def row_writes(conn: Connection, table: str, row_id: str) -> list[WriteRow]:
    return [
        tuple(r)
        for r in conn.execute(
            f"SELECT {_WRITE_COLUMNS} FROM sync_writes WHERE table_name = ? AND row_id = ?", (table, row_id)
        )
    ]


def own_ids(conn: Connection, device_id: str) -> list[str]:
    """This device's id and the ids this database had before it was restored or copied."""
    previous = str(conn.execute("SELECT previous_ids FROM sync_state").fetchone()[0]).split()
    return [device_id, *previous]


def own_writes_after(conn: Connection, device_id: str, after_id: int) -> list[tuple[int, WriteRow]]:
    ids = own_ids(conn, device_id)
    marks = ", ".join("?" for _ in ids)
    return [
        (int(r[0]), tuple(r[1:]))
        for r in conn.execute(
            f"SELECT id, {_WRITE_COLUMNS} FROM sync_writes WHERE device_id IN ({marks}) AND id > ? ORDER BY id",
            (*ids, after_id),
        )
    ]


def writes_by_author(conn: Connection, device_id: str) -> list[WriteRow]:
    return [
        tuple(r)
        for r in conn.execute(f"SELECT {_WRITE_COLUMNS} FROM sync_writes WHERE device_id = ? ORDER BY id", (device_id,))
    ]


def last_own_write(conn: Connection, device_id: str) -> int:
    ids = own_ids(conn, device_id)
    marks = ", ".join("?" for _ in ids)
    row = conn.execute(f"SELECT max(id) FROM sync_writes WHERE device_id IN ({marks})", tuple(ids)).fetchone()
    return int(row[0] or 0)


def introduction(conn: Connection) -> dict[str, str] | None:
    raw = str(conn.execute("SELECT introduction FROM this_device").fetchone()[0])
    return json.loads(raw) if raw else None


def writes_of_rows(conn: Connection, rows: Iterable[tuple[str, str]]) -> list[WriteRow]:
    out: list[WriteRow] = []
    for table, row_id in rows:
        out.extend(row_writes(conn, table, row_id))
    return out


def writes_by_row(conn: Connection, table: str, row_ids: Sequence[str]) -> dict[str, list[WriteRow]]:
    out: dict[str, list[WriteRow]] = {}
    marks = ", ".join("?" for _ in row_ids)
    for r in conn.execute(
        f"SELECT {_WRITE_COLUMNS} FROM sync_writes WHERE table_name = ? AND row_id IN ({marks})", (table, *row_ids)
    ):
        out.setdefault(str(r[1]), []).append(tuple(r))
    return out


def existing_ids(conn: Connection, table: str, row_ids: Sequence[str]) -> set[str]:
    marks = ", ".join("?" for _ in row_ids)
    return {str(r[0]) for r in conn.execute(f"SELECT id FROM {_ident(table)} WHERE id IN ({marks})", tuple(row_ids))}


def insert_rows(conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> bool:
    """Insert new rows (values as JSON text) in one statement; False (and nothing inserted) if any is refused."""
    decls = {name: decl for name, decl, _, _ in table_columns(conn, table)}
    names = ", ".join(_ident(c) for c in columns)
    marks = ", ".join("?" for _ in columns)
    values = [tuple(sql_value(v, decls[c]) for c, v in zip(columns, row, strict=True)) for row in rows]
    conn.execute("SAVEPOINT sync_rows")
    try:
        conn.executemany(f"INSERT INTO {_ident(table)} ({names}) VALUES ({marks})", values)
    except DatabaseError:
        conn.execute("ROLLBACK TO sync_rows")
        conn.execute("RELEASE sync_rows")
        return False
    conn.execute("RELEASE sync_rows")
    return True


def complete_for_insert(conn: Connection, table: str, columns: Iterable[str]) -> bool:
    present = set(columns)
    return all(
        name in present for name, _, notnull, has_default in table_columns(conn, table) if notnull and not has_default
    ) and all(name in {c[0] for c in table_columns(conn, table)} for name in present)


def set_many_fields(conn: Connection, rows: Sequence[tuple[str, str, str, str]]) -> None:
    conn.executemany("INSERT OR REPLACE INTO sync_fields (table_name, row_id, col, hlc) VALUES (?, ?, ?, ?)", rows)


def all_writes(conn: Connection) -> Iterator[WriteRow]:
    for r in conn.execute(f"SELECT {_WRITE_COLUMNS} FROM sync_writes ORDER BY id"):
        yield tuple(r)


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


def sql_value(json_text: str, decl: str) -> Any:
    value = json.loads(json_text)
    if isinstance(value, str) and "BLOB" in decl and value.startswith("hex:"):
        return bytes.fromhex(value[4:])
    return value


def name_author(conn: Connection, user_id: str, device_id: str, hlc: str) -> None:
    conn.execute(
        "UPDATE write_context SET applying = 1, user_id = ?, device_id = ?, hlc = ?", (user_id, device_id, hlc)
    )


def materialize(conn: Connection, table: str, row_id: str, values: dict[str, str]) -> bool:
    """Make the row hold `values` (column → JSON text). False when it cannot exist yet (missing insert or parent)."""
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


def set_fields(conn: Connection, table: str, row_id: str, hlcs: dict[str, str]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO sync_fields (table_name, row_id, col, hlc) VALUES (?, ?, ?, ?)",
        [(table, row_id, c, h) for c, h in hlcs.items()],
    )


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
        conn.execute(f"DELETE FROM {_ident(table)} WHERE id = ?", (row_id,))
        for side in ("sync_writes", "sync_fields", "sync_conflicts", "sync_waiting"):
            conn.execute(f"DELETE FROM {side} WHERE table_name = ? AND row_id = ?", (table, row_id))


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
        "SELECT device_id, sent_upto, audit_sent_upto, last_seq, cases FROM sync_peers WHERE device_id = ?",
        (device_id,),
    ).fetchone()
    return PeerRow(str(r[0]), int(r[1]), int(r[2]), int(r[3]), frozenset(str(r[4]).split())) if r else None


def save_peer(conn: Connection, p: PeerRow) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO sync_peers (device_id, sent_upto, audit_sent_upto, last_seq, cases)"
        " VALUES (?, ?, ?, ?, ?)",
        (p.device_id, p.sent_upto, p.audit_sent_upto, p.last_seq, " ".join(sorted(p.cases))),
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
    conn: Connection, sender: str, seq: int, status: str, reason: str, sha256: str, prev_seq: int | None, at: str
) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO sync_inbox (sender, seq, status, reason, prev_seq, sha256, seen_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (sender, seq, status, reason, prev_seq, sha256, at),
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


def contiguous_applied(conn: Connection, sender: str) -> int:
    """The highest seq up to which every bundle `sender` addressed to this device has been taken in (applied or
    kept in quarantine), following each bundle's link to the previous one: what this device acknowledges."""
    links = {
        int(p or 0): int(s)
        for s, p in conn.execute(
            "SELECT seq, prev_seq FROM sync_inbox WHERE sender = ? AND status IN ('applied', 'quarantined')"
            " AND prev_seq IS NOT NULL",
            (sender,),
        )
    }
    upto, seen = 0, set()
    while upto in links and upto not in seen:
        seen.add(upto)
        upto = links[upto]
    return upto


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


def pending_own_writes(conn: Connection, device_id: str) -> int:
    """Own writes not yet sent to at least one active peer (the status bar's "waiting to go out")."""
    row = conn.execute(
        "SELECT min(p.sent_upto) FROM sync_peers p JOIN devices d ON d.id = p.device_id WHERE d.status = 'active'"
    ).fetchone()
    upto = int(row[0] or 0) if row and row[0] is not None else 0
    return int(
        conn.execute("SELECT count(*) FROM sync_writes WHERE device_id = ? AND id > ?", (device_id, upto)).fetchone()[0]
    )


def advance_clock(conn: Connection, hlc: str) -> None:
    conn.execute("UPDATE this_device SET hlc_last = ? WHERE hlc_last < ?", (hlc, hlc))


def clock(conn: Connection) -> str:
    return str(conn.execute("SELECT hlc_last FROM this_device").fetchone()[0])


# -- digest -------------------------------------------------------------------------------------------------
def winning_values(conn: Connection) -> Iterator[tuple[str, str, str, str]]:
    """(table, row, column, JSON value) of every field held, in canonical order (the digest's input)."""
    yield from conn.execute(
        "SELECT f.table_name, f.row_id, f.col, w.value FROM sync_fields f JOIN sync_writes w"
        " ON w.table_name = f.table_name AND w.row_id = f.row_id AND w.col = f.col AND w.hlc = f.hlc"
        " WHERE f.col NOT IN ('updated_at', 'created_at')"
        " ORDER BY f.table_name, f.row_id, f.col"
    )


# -- audit trail from other devices -----------------------------------------------------------------------
_AUDIT_COLUMNS = (
    "device_id, device_seq, at, user_id, username, action, subject_type, subject_id, detail, prev_hash, hash"
)


def all_audit(conn: Connection) -> list[tuple[Any, ...]]:
    """Every device's audit chain, for a new workstation's enrolment."""
    return [
        tuple(r) for r in conn.execute(f"SELECT {_AUDIT_COLUMNS} FROM audit_log ORDER BY device_id, device_seq")
    ]


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
