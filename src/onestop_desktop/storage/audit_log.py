"""The audit trail: append-only rows forming one SHA-256 hash chain per device.

Triggers refuse UPDATE and DELETE; the chain makes an edit, a removed row or a re-ordered
row visible to `verify`. Each device chains its own rows, so trails from several devices
can later be merged without re-hashing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass

from ..domain.audit import AuditAction, AuditEntry, ChainProblem
from ..domain.ids import iso_utc
from .db import Connection

GENESIS = "0" * 64
_COLUMNS = "seq, at, device_id, username, action, subject_type, subject_id, detail, prev_hash, hash"


@dataclass(frozen=True)
class AuditRecord:
    user_id: str
    username: str
    action: AuditAction
    subject_type: str = ""
    subject_id: str = ""
    detail: str = ""
    at: str = ""  # defaults to now; events recorded before unlock keep their own time


def _digest(
    device_id: str,
    device_seq: int,
    at: str,
    user_id: str,
    username: str,
    action: str,
    subject_type: str,
    subject_id: str,
    detail: str,
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        [device_id, device_seq, at, user_id, username, action, subject_type, subject_id, detail, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append(conn: Connection, device_id: str, record: AuditRecord) -> None:
    """Append one row; call inside the transaction that did the work being recorded."""
    last = conn.execute(
        "SELECT device_seq, hash FROM audit_log WHERE device_id = ? ORDER BY device_seq DESC LIMIT 1",
        (device_id,),
    ).fetchone()
    device_seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = record.at or iso_utc()
    action = str(record.action)
    digest = _digest(
        device_id,
        device_seq,
        at,
        record.user_id,
        record.username,
        action,
        record.subject_type,
        record.subject_id,
        record.detail,
        prev_hash,
    )
    conn.execute(
        "INSERT INTO audit_log (device_id, device_seq, at, user_id, username, action, subject_type,"
        " subject_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            device_id,
            device_seq,
            at,
            record.user_id,
            record.username,
            action,
            record.subject_type,
            record.subject_id,
            record.detail,
            prev_hash,
            digest,
        ),
    )


def accept_remote(conn: Connection, rows: object) -> bool:
    """Append another device's audit entries as they were written, if each one continues its device's chain.

    `rows`: lists of (device_id, device_seq, at, user_id, username, action, subject_type, subject_id, detail,
    prev_hash, hash). Entries already held are skipped; False (and nothing inserted by the caller's rollback) when
    any entry is altered or does not follow the one before.
    """
    if not isinstance(rows, list):
        return False
    for row in sorted(rows, key=lambda r: (str(r[0]), int(r[1])) if isinstance(r, list) and len(r) == 11 else ("", 0)):
        if not isinstance(row, list) or len(row) != 11:
            return False
        device_id, device_seq, at, user_id, username, action, subject_type, subject_id, detail, prev, stored = row
        held = conn.execute(
            "SELECT hash FROM audit_log WHERE device_id = ? AND device_seq = ?", (device_id, device_seq)
        ).fetchone()
        if held is not None:
            if held[0] != stored:
                return False
            continue
        before = conn.execute(
            "SELECT hash FROM audit_log WHERE device_id = ? AND device_seq = ?", (device_id, int(device_seq) - 1)
        ).fetchone()
        if (before is None and int(device_seq) != 1 and prev == GENESIS) or (before is not None and before[0] != prev):
            return False
        recomputed = _digest(
            str(device_id),
            int(device_seq),
            str(at),
            str(user_id),
            str(username),
            str(action),
            str(subject_type),
            str(subject_id),
            str(detail),
            str(prev),
        )
        if recomputed != stored or (int(device_seq) == 1 and prev != GENESIS):
            return False
        conn.execute(
            "INSERT INTO audit_log (device_id, device_seq, at, user_id, username, action, subject_type,"
            " subject_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            tuple(row),
        )
    return True


def verify(conn: Connection) -> list[ChainProblem]:
    """Every break in every device's chain: edited rows, missing rows, broken links."""
    problems: list[ChainProblem] = []
    expected_seq: dict[str, int] = {}
    expected_prev: dict[str, str] = {}
    rows = conn.execute(
        "SELECT seq, device_id, device_seq, at, user_id, username, action, subject_type, subject_id,"
        " detail, prev_hash, hash FROM audit_log ORDER BY device_id, device_seq"
    )
    for (
        seq,
        device_id,
        device_seq,
        at,
        user_id,
        username,
        action,
        subject_type,
        subject_id,
        detail,
        prev_hash,
        stored_hash,
    ) in rows:
        want_seq = expected_seq.get(device_id, 1)
        want_prev = expected_prev.get(device_id, GENESIS)
        if device_seq != want_seq:
            problems.append(ChainProblem(seq, f"device {device_id[:8]}: entry {want_seq} is missing"))
        elif prev_hash != want_prev:
            problems.append(
                ChainProblem(seq, f"device {device_id[:8]}: entry {device_seq} does not follow the one before")
            )
        recomputed = _digest(
            device_id, device_seq, at, user_id, username, action, subject_type, subject_id, detail, prev_hash
        )
        if recomputed != stored_hash:
            problems.append(ChainProblem(seq, f"device {device_id[:8]}: entry {device_seq} was altered"))
        expected_seq[device_id] = device_seq + 1
        expected_prev[device_id] = stored_hash
    return problems


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def entries_since(conn: Connection, since_iso: str) -> Iterator[AuditEntry]:
    for row in conn.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE at >= ? ORDER BY at, seq", (since_iso,)):
        yield AuditEntry(row[0], row[1], row[2], row[3], AuditAction(row[4]), row[5], row[6], row[7], row[8], row[9])


def recent(conn: Connection, limit: int, offset: int = 0) -> list[AuditEntry]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq DESC LIMIT ? OFFSET ?", (limit, offset)
    ).fetchall()
    return [AuditEntry(r[0], r[1], r[2], r[3], AuditAction(r[4]), r[5], r[6], r[7], r[8], r[9]) for r in rows]
