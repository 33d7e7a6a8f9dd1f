"""Bundles kept aside with their payload: from a revoked sender, a newer schema, or a clock far ahead. Those of a
newer schema or a clock ahead are retried at every run."""

from __future__ import annotations

from typing import NamedTuple

from ..db import Connection


class QuarantinedBundle(NamedTuple):
    sender: str
    seq: int
    reason: str  # revoked, schema or clock
    detail: str  # the schema version, or the clock's offset in seconds
    received_at: str


def quarantine(conn: Connection, sender: str, seq: int, reason: str, detail: str, payload: bytes, at: str) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO sync_quarantine (sender, seq, reason, detail, payload, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (sender, seq, reason, detail, payload, at),
    )


def quarantined(conn: Connection) -> list[QuarantinedBundle]:
    return [
        QuarantinedBundle(str(a), int(b), str(c), str(d), str(e))
        for a, b, c, d, e in conn.execute(
            "SELECT sender, seq, reason, detail, received_at FROM sync_quarantine ORDER BY received_at, sender, seq"
        )
    ]


def quarantined_payload(conn: Connection, sender: str, seq: int) -> bytes | None:
    r = conn.execute("SELECT payload FROM sync_quarantine WHERE sender = ? AND seq = ?", (sender, seq)).fetchone()
    return bytes(r[0]) if r else None


def release_quarantine(conn: Connection, sender: str, seq: int) -> None:
    conn.execute("DELETE FROM sync_quarantine WHERE sender = ? AND seq = ?", (sender, seq))
