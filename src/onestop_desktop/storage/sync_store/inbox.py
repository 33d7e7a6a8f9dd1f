"""What this device has received: one inbox entry per bundle (applied, quarantined, refused or not for us), the
chain of each sender's bundles (each names the one before it), the gaps in it and what its bundles reported."""

from __future__ import annotations

import json
from typing import NamedTuple

from ..db import Connection
from ._sql import marks


class InboxEntry(NamedTuple):
    status: str  # applied, quarantined, refused or not_for_us
    reason: str
    sha256: str  # of the file: a different copy under the same name is looked at again


class SenderSummary(NamedTuple):
    sender: str
    last_seq: int  # the highest sequence applied
    applied: int  # how many bundles were applied


class Gap(NamedTuple):
    sender: str
    seq: int  # a bundle an applied bundle says came before it, never applied here


class ChainReport(NamedTuple):
    """What a sender's unbroken chain of applied bundles says, from the newest bundle that says it."""

    clock: str  # its clock when it wrote it: this device holds every change it made up to then
    horizon: dict[str, str]  # per author, the clock up to which it held that author's changes


def inbox_entry(conn: Connection, sender: str, seq: int) -> InboxEntry | None:
    r = conn.execute(
        "SELECT status, reason, sha256 FROM sync_inbox WHERE sender = ? AND seq = ?", (sender, seq)
    ).fetchone()
    return InboxEntry(*(str(x) for x in r)) if r else None


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


def inbox_summary(conn: Connection) -> list[SenderSummary]:
    return [
        SenderSummary(str(s), int(m), int(n))
        for s, m, n in conn.execute(
            "SELECT sender, max(seq), count(*) FROM sync_inbox WHERE status = 'applied' GROUP BY sender ORDER BY sender"
        )
    ]


def gaps(conn: Connection) -> list[Gap]:
    return [
        Gap(str(s), int(p))
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


def applied_reports(conn: Connection, sender: str) -> ChainReport:
    chain = _chain(conn, sender, "'applied'")
    clock, horizon = "", dict[str, str]()
    if chain:
        for c, h in conn.execute(
            f"SELECT clock, horizon FROM sync_inbox WHERE sender = ? AND seq IN ({marks(chain)}) ORDER BY seq",
            (sender, *chain),
        ):
            clock = str(c) or clock
            horizon = json.loads(h) if h else horizon
    return ChainReport(clock, horizon)
