"""What this device has sent: per peer, how far its changes and audit entries went out and the last bundle's seq;
the bundles waiting for their recipient's acknowledgement; the sequence that names bundle files."""

from __future__ import annotations

from dataclasses import dataclass

from ..db import Connection


@dataclass(frozen=True)
class PeerRow:
    device_id: str
    sent_upto: int  # change-log sequence: own changes up to it have gone out to this peer
    audit_sent_upto: int
    last_seq: int  # the last bundle written to it (-1: the revocation notice went)
    cases: frozenset[str]  # a field kit: the cases it holds as far as this device knows
    sent_at: str = ""  # when a bundle last went to it (ISO UTC)


def peer(conn: Connection, device_id: str) -> PeerRow | None:
    r = conn.execute(
        "SELECT device_id, sent_upto, audit_sent_upto, last_seq, cases, sent_at FROM sync_peers WHERE device_id = ?",
        (device_id,),
    ).fetchone()
    if r is None:
        return None
    device, sent_upto, audit_sent_upto, last_seq, cases, sent_at = r
    return PeerRow(
        str(device), int(sent_upto), int(audit_sent_upto), int(last_seq), frozenset(str(cases).split()), str(sent_at)
    )


def save_peer(conn: Connection, p: PeerRow) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO sync_peers (device_id, sent_upto, audit_sent_upto, last_seq, cases, sent_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (p.device_id, p.sent_upto, p.audit_sent_upto, p.last_seq, " ".join(sorted(p.cases)), p.sent_at),
    )


def next_seq(conn: Connection) -> int:
    conn.execute("UPDATE sync_state SET last_seq = last_seq + 1")
    return int(conn.execute("SELECT last_seq FROM sync_state").fetchone()[0])


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
