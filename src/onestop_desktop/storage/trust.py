"""The SQL behind trust between devices: what a receiving device already trusts (device rows, account history,
the cases a field kit was ever given), the changes it refused, which installation owns a device identity, and the
audit-chain heads its peers reported. The rules are in domain/change_authority.py; sync/authorize.py applies them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .db import Connection


@dataclass(frozen=True)
class DeviceFacts:
    id: str
    scope: str
    users: frozenset[str]
    status: str


def device_facts(conn: Connection) -> dict[str, DeviceFacts]:
    return {
        str(r[0]): DeviceFacts(str(r[0]), str(r[1]), frozenset(str(r[2]).split()), str(r[3]))
        for r in conn.execute("SELECT id, scope, users, status FROM devices WHERE deleted_at IS NULL")
    }


def device_names(conn: Connection) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in conn.execute("SELECT id, name FROM devices")}


def usernames(conn: Connection) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in conn.execute("SELECT id, username FROM users")}


def cases_ever_of_users(conn: Connection, user_ids: Iterable[str]) -> set[str]:
    """Cases ever led by, or on the team of, one of these accounts (a field kit's edits made while a case was its
    own may arrive after the case was taken away)."""
    users = sorted(set(user_ids))
    if not users:
        return set()
    marks = ", ".join("?" for _ in users)
    return {
        str(r[0])
        for r in conn.execute(
            f"SELECT id FROM cases WHERE lead_counselor_id IN ({marks})"
            f" UNION SELECT case_id FROM case_team WHERE user_id IN ({marks})"
            f" UNION SELECT row_id FROM change_log WHERE table_name = 'cases'"
            f" AND json_extract(data, '$.lead_counselor_id') IN ({marks})",
            (*users, *users, *users),
        )
    }


def row_exists(conn: Connection, table: str, row_id: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM change_log WHERE table_name = ? AND row_id = ? LIMIT 1", (table, row_id)).fetchone()
        is not None
    )


# -- changes refused one at a time -------------------------------------------------------------------------------
@dataclass(frozen=True)
class RefusedChange:
    table: str
    row_id: str
    hlc: str
    sender: str
    seq: int
    reason: str
    change: tuple[str, ...]
    signature: str
    received_at: str


def refuse_change(
    conn: Connection, change: Sequence[str], sender: str, seq: int, reason: str, signature: str, at: str
) -> bool:
    """Keep a refused change; False when it was kept already (retried and refused again)."""
    if is_refused(conn, change[0], change[1], change[2]):
        conn.execute(
            "UPDATE sync_refused_changes SET reason = ? WHERE table_name = ? AND row_id = ? AND hlc = ?",
            (reason, change[0], change[1], change[2]),
        )
        return False
    conn.execute(
        "INSERT INTO sync_refused_changes (table_name, row_id, hlc, sender, seq, reason, change, signature,"
        " received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (change[0], change[1], change[2], sender, seq, reason, json.dumps(list(change)), signature, at),
    )
    return True


def refused_changes(conn: Connection) -> list[RefusedChange]:
    return [
        RefusedChange(
            str(r[0]),
            str(r[1]),
            str(r[2]),
            str(r[3]),
            int(r[4]),
            str(r[5]),
            tuple(json.loads(r[6])),
            str(r[7]),
            str(r[8]),
        )
        for r in conn.execute(
            "SELECT table_name, row_id, hlc, sender, seq, reason, change, signature, received_at"
            " FROM sync_refused_changes ORDER BY received_at, hlc"
        )
    ]


def is_refused(conn: Connection, table: str, row_id: str, hlc: str) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM sync_refused_changes WHERE table_name = ? AND row_id = ? AND hlc = ?", (table, row_id, hlc)
        ).fetchone()
        is not None
    )


def release_refused(conn: Connection, keys: Iterable[tuple[str, str, str]]) -> None:
    conn.executemany("DELETE FROM sync_refused_changes WHERE table_name = ? AND row_id = ? AND hlc = ?", list(keys))


# -- device identities and their owners ----------------------------------------------------------------------
def identity_owner(conn: Connection, device_id: str) -> str | None:
    row = conn.execute("SELECT installation FROM sync_identity_owners WHERE device_id = ?", (device_id,)).fetchone()
    return str(row[0]) if row else None


def claim_identity(conn: Connection, device_id: str, installation: str, at: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO sync_identity_owners (device_id, installation, first_seen) VALUES (?, ?, ?)",
        (device_id, installation, at),
    )


def keep_twin(conn: Connection, sender: str, installation: str, seq: int, payload: bytes, at: str) -> bool:
    """Keep a bundle of a second installation using an owned identity; False when it was kept already."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO sync_twins (sender, installation, seq, payload, received_at) VALUES (?, ?, ?, ?, ?)",
        (sender, installation, seq, payload, at),
    )
    return int(cursor.rowcount) > 0


def twins(conn: Connection) -> list[tuple[str, str, int]]:
    """(device id, installation, seq) of every bundle kept from a second installation."""
    return [
        (str(r[0]), str(r[1]), int(r[2]))
        for r in conn.execute("SELECT sender, installation, seq FROM sync_twins ORDER BY sender, installation, seq")
    ]


# -- audit-chain heads ----------------------------------------------------------------------------------------
def audit_head_seen(conn: Connection, device_id: str) -> tuple[int, str, int | None] | None:
    row = conn.execute(
        "SELECT device_seq, hash, reported_seq FROM sync_audit_heads WHERE device_id = ?", (device_id,)
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]), None if row[2] is None else int(row[2]))


def record_audit_head(conn: Connection, device_id: str, device_seq: int, digest: str, at: str) -> None:
    """Keep the highest head a device reported; a lower report marks its chain as truncated."""
    seen = audit_head_seen(conn, device_id)
    if seen is None:
        conn.execute(
            "INSERT INTO sync_audit_heads (device_id, device_seq, hash, seen_at) VALUES (?, ?, ?, ?)",
            (device_id, device_seq, digest, at),
        )
    elif device_seq > seen[0]:
        conn.execute(
            "UPDATE sync_audit_heads SET device_seq = ?, hash = ?, seen_at = ?, reported_seq = NULL"
            " WHERE device_id = ?",
            (device_seq, digest, at, device_id),
        )
    elif device_seq < seen[0] or (device_seq == seen[0] and digest != seen[1]):
        conn.execute("UPDATE sync_audit_heads SET reported_seq = ? WHERE device_id = ?", (device_seq, device_id))


def truncated_chains(conn: Connection) -> list[tuple[str, int, int]]:
    """(device id, highest seq seen, seq its chain ended at when it last reported) for every truncated chain."""
    return [
        (str(r[0]), int(r[1]), int(r[2]))
        for r in conn.execute(
            "SELECT device_id, device_seq, reported_seq FROM sync_audit_heads WHERE reported_seq IS NOT NULL"
            " ORDER BY device_id"
        )
    ]


def own_audit_head(conn: Connection, device_id: str) -> tuple[int, str]:
    row = conn.execute(
        "SELECT device_seq, hash FROM audit_log WHERE device_id = ? ORDER BY device_seq DESC LIMIT 1", (device_id,)
    ).fetchone()
    return (0, "") if row is None else (int(row[0]), str(row[1]))


def held_back(conn: Connection) -> list[tuple[str, int, str, str]]:
    """(device id, seq, reason, detail) of what waits for an administrator besides whole bundles: changes refused one
    at a time (the reason is the refusal; the detail names the table and the author), bundles of a second
    installation using one device identity, and audit chains found cut (highest seen -> where it now ends)."""
    users, names = usernames(conn), device_names(conn)
    refused = [
        (r.sender, r.seq, r.reason, f"{r.table} · {users.get(r.change[4], r.change[4][:8])}")
        for r in refused_changes(conn)
    ]
    doubled = [
        (d, seq, "joined_twice", f"{names.get(d, d[:8])} · {installation[:8]}") for d, installation, seq in twins(conn)
    ]
    cut = [(d, 0, "audit_truncated", f"{seen} -> {now}") for d, seen, now in truncated_chains(conn)]
    return refused + doubled + cut


def first_hlc_of(conn: Connection, table: str) -> str | None:
    """The hlc of the first change this device holds to `table` (None when it holds none)."""
    row = conn.execute("SELECT min(hlc) FROM change_log WHERE table_name = ?", (table,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def all_signatures(conn: Connection) -> dict[tuple[str, str, str], str]:
    """Every change signature held, by (table, row id, hlc)."""
    return {
        (str(t), str(r), str(h)): str(s)
        for t, r, h, s in conn.execute("SELECT table_name, row_id, hlc, signature FROM change_signatures")
    }


def log_rows_after(conn: Connection, tables: Iterable[str], after_hlc: str) -> list[tuple[str, ...]]:
    """The change-log rows (as sync sends them: table, row, hlc, device, user, op, data, bases, resolves) of inserts,
    updates and deletes to `tables` after `after_hlc`, oldest first."""
    wanted = sorted(tables)
    marks = ", ".join("?" for _ in wanted)
    return [
        tuple(str(x) for x in row)
        for row in conn.execute(
            "SELECT table_name, row_id, hlc, device_id, user_id, op, data, bases, resolves FROM change_log"
            f" WHERE table_name IN ({marks}) AND op IN ('insert', 'update', 'delete') AND hlc > ? ORDER BY hlc, seq",
            (*wanted, after_hlc),
        )
    ]
