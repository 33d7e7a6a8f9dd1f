"""audit-head.json: where each audit chain held here ended, signed outside the database.

The triggers and the hash chain make an edited or removed row *inside* a chain visible, but
someone with the data key can drop the triggers and delete the newest rows of a chain: what is
left is still a valid chain. So after every commit that appends audit entries the store writes
each chain's last (sequence, hash) to this file, signed with the device's Ed25519 key, and
compares at every unlock and in `check` / `audit verify`: a chain that now ends before its
signed head, or holds another entry at that sequence, is reported (and at unlock audited and
carried forward in the file as a "cut", so later checks keep reporting it).

What it cannot stop: the signing key is in the database, so a key holder who also rewrites
this file (or deletes it and clears `auth_evidence.audit_head_signed`) can make a shortened
chain look whole on this device. What still catches that is every other copy of the chain:
workstations and peers that received the entries keep them and their hashes (the peer check is
the sync side's job). The head also trails the database if writing the file fails (a full
disk): the entries after the last head written are unprotected until the next write succeeds.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .atomic_file import write_atomic
from .db import Connection

FORMAT = "onestop-audit-head"
APPEND_ONLY_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")

Heads = dict[str, tuple[int, str]]


@dataclass
class SignedHead:
    heads: Heads
    cuts: list[str] = field(default_factory=list)  # findings carried forward, one sentence each


# Hops from one device id to the next through the (device_id, device_seq) index, then reads each chain's last
# entry: 0.3 ms at 400,000 entries, where `GROUP BY device_id` read the whole index (150 ms) after every commit.
_HEADS = """
WITH RECURSIVE chain(device) AS (
    SELECT min(device_id) FROM audit_log
    UNION ALL
    SELECT (SELECT min(device_id) FROM audit_log WHERE device_id > chain.device) FROM chain WHERE device IS NOT NULL
)
SELECT last.device_id, last.device_seq, last.hash FROM chain
JOIN audit_log AS last ON last.device_id = chain.device AND last.device_seq = (
    SELECT max(device_seq) FROM audit_log WHERE device_id = chain.device
)
"""


def last_entry(conn: Connection) -> int:
    """The newest entry's rowid: unchanged means no chain moved."""
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM audit_log").fetchone()[0])


def current_heads(conn: Connection) -> Heads:
    """Each device's newest entry."""
    return {str(device): (int(seq), str(digest)) for device, seq, digest in conn.execute(_HEADS)}


def _signing_key(conn: Connection) -> tuple[str, Ed25519PrivateKey]:
    database_id, raw = conn.execute("SELECT database_id, sign_private_key FROM this_device").fetchone()
    return str(database_id), Ed25519PrivateKey.from_private_bytes(bytes(raw))


def _canonical(database_id: str, head: SignedHead) -> bytes:
    heads = {device: [seq, digest] for device, (seq, digest) in sorted(head.heads.items())}
    return json.dumps([FORMAT, database_id, heads, head.cuts], separators=(",", ":"), sort_keys=True).encode()


def write(conn: Connection, path: Path, head: SignedHead) -> None:
    database_id, key = _signing_key(conn)
    text = _canonical(database_id, head)
    signature = base64.b64encode(key.sign(text)).decode("ascii")
    write_atomic(path, json.dumps({"signed": text.decode(), "signature": signature}).encode())


def read(conn: Connection, path: Path) -> SignedHead | None:
    """The head signed by this database's key, or None (missing, foreign, altered, unsigned)."""
    database_id, key = _signing_key(conn)
    try:
        raw = json.loads(path.read_text("utf-8"))
        text = str(raw["signed"]).encode()
        key.public_key().verify(base64.b64decode(raw["signature"]), text)
        form, signed_for, heads, cuts = json.loads(text)
        if form != FORMAT or signed_for != database_id:
            return None
        return SignedHead({str(d): (int(v[0]), str(v[1])) for d, v in heads.items()}, [str(c) for c in cuts])
    except (OSError, ValueError, KeyError, TypeError, InvalidSignature):
        return None


def compare(conn: Connection, signed: SignedHead) -> list[str]:
    """Each chain that no longer reaches its signed head, in one sentence each."""
    found = []
    held = current_heads(conn)
    for device, (seq, digest) in sorted(signed.heads.items()):
        row = conn.execute(
            "SELECT hash FROM audit_log WHERE device_id = ? AND device_seq = ?", (device, seq)
        ).fetchone()
        if row is None:
            last = held.get(device, (0, ""))[0]
            found.append(
                f"device {device[:8]}: the audit trail ends at entry {last}, but entry {seq} was signed here"
                " (entries were removed)"
            )
        elif row[0] != digest:
            found.append(f"device {device[:8]}: entry {seq} is not the one signed here (the trail was rewritten)")
    return found


def missing_triggers(conn: Connection) -> list[str]:
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [name for name in APPEND_ONLY_TRIGGERS if name not in present]
