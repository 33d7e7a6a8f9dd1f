"""Personal signing keys and the signatures they put on access changes.

Every account has an Ed25519 key pair: the private half is wrapped under the account's passphrase in keys.json
(key_wrap.py), the public half is a row of the replicated `account_keys` table. The store's write path signs, in
the same transaction, every change this device logs to users, devices, settings and account keys with the
logged-in actor's key (`Actor.signer`), so no service can forget to; receiving devices check the signature against
the key the author had registered before the change (domain/change_authority.py says what that allows).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..domain.change_authority import ACCOUNT_KEYS, PROTECTED_TABLES
from . import change_rows
from .db import Connection

Signer = Callable[[bytes], bytes]
_MESSAGE_TAG = "onestop/change/v1"


def new_key_pair() -> tuple[bytes, str]:
    """(raw private key, base64 public key)."""
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return raw, public_of(raw)


def public_of(private_raw: bytes) -> str:
    public = Ed25519PrivateKey.from_private_bytes(private_raw).public_key()
    return base64.b64encode(public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode()


def signer_for(private_raw: bytes) -> Signer:
    return Ed25519PrivateKey.from_private_bytes(private_raw).sign


def change_message(
    table: str, row_id: str, hlc: str, device_id: str, user_id: str, op: str, values: Mapping[str, Any]
) -> bytes:
    """What a signature covers: the change's identity, author and values (canonical JSON, so the text form of the
    values as one device or another serialised them does not matter). Merge bases are not covered: they decide
    only what a change is in conflict with, never what it says."""
    return json.dumps(
        [_MESSAGE_TAG, table, row_id, hlc, device_id, user_id, op, dict(values)],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")


def verify(public_key: str, message: bytes, signature: str) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(base64.b64decode(signature, validate=True), message)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def available(conn: Connection) -> bool:
    """False in a database at a schema before 0120 (tests build such installations with today's services)."""
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_signatures'").fetchone()
        is not None
    )


# -- signing at write time ----------------------------------------------------------------------------------
def sign_own_changes(conn: Connection, after_seq: int, hlc: str, device_id: str, actor: Any) -> int:
    """Sign this transaction's own changes to protected tables — the log rows after `after_seq` at its clock value
    (rows of one row at one hlc are one change, later values winning, as sync folds them). `actor` is the store's
    Actor (its signer set). Returns how many were signed."""
    if not available(conn):
        return 0
    signer: Signer = actor.signer
    user_id = str(actor.user_id)
    marks = ", ".join("?" for _ in PROTECTED_TABLES)
    folded: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    # `+table_name`: read only this transaction's rows (a range of seq), never an index over a table's history
    rows = [
        list(r)
        for r in conn.execute(
            f"SELECT table_name, row_id, op, data FROM {change_rows.meta_view(conn)} WHERE seq > ? AND hlc = ?"
            f" AND device_id = ? AND user_id = ? AND +table_name IN ({marks}) AND op IN ('insert', 'update', 'delete')"
            " ORDER BY seq",
            (after_seq, hlc, device_id, user_id, *sorted(PROTECTED_TABLES)),
        )
    ]
    change_rows.with_values(conn, rows, 0, 1, 3)
    for table, row_id, op, data in rows:
        first_op, values = folded.get((table, row_id), (str(op), {}))
        values.update(json.loads(data))
        folded[(table, row_id)] = (first_op, values)
    for (table, row_id), (op, values) in folded.items():
        signature = signer(change_message(table, row_id, hlc, device_id, user_id, op, values))
        conn.execute(
            "INSERT OR REPLACE INTO change_signatures (table_name, row_id, hlc, signature) VALUES (?, ?, ?, ?)",
            (table, row_id, hlc, base64.b64encode(signature).decode()),
        )
    return len(folded)


# -- reading --------------------------------------------------------------------------------------------------
def signatures_of(conn: Connection, changes: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str, str], str]:
    """The stored signature of each (table, row, hlc) that has one."""
    out: dict[tuple[str, str, str], str] = {}
    for key in changes:
        if key[0] not in PROTECTED_TABLES:
            continue
        row = conn.execute(
            "SELECT signature FROM change_signatures WHERE table_name = ? AND row_id = ? AND hlc = ?", key
        ).fetchone()
        if row is not None:
            out[key] = str(row[0])
    return out


def store_signatures(conn: Connection, signatures: Iterable[tuple[str, str, str, str]]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO change_signatures (table_name, row_id, hlc, signature) VALUES (?, ?, ?, ?)",
        list(signatures),
    )


def history(conn: Connection, table: str, row_id: str) -> list[tuple[str, dict[str, Any]]]:
    """(hlc, values) of every change held for one row, as logged (what `change_authority.value_at` reads)."""
    rows = [
        [table, row_id, str(hlc), data]
        for hlc, data in conn.execute(
            f"SELECT hlc, data FROM {change_rows.meta_view(conn)} WHERE table_name = ? AND row_id = ?"
            " AND op IN ('insert', 'update', 'delete') ORDER BY seq",
            (table, row_id),
        )
    ]
    change_rows.with_values(conn, rows, 0, 1, 3)
    return [(hlc, json.loads(data)) for _, _, hlc, data in rows]


def registered_key(conn: Connection, user_id: str) -> str | None:
    row = conn.execute(
        f"SELECT public_key FROM {ACCOUNT_KEYS} WHERE id = ? AND deleted_at IS NULL", (user_id,)
    ).fetchone()
    return str(row[0]) if row else None


def register(tx: Any, user_id: str, public_key: str, certified_by: str) -> None:
    """Insert or replace an account's public key (`tx` is the store's WriteTx; its actor signs the change)."""
    if not available(tx.conn):
        return
    exists = tx.conn.execute(f"SELECT 1 FROM {ACCOUNT_KEYS} WHERE id = ?", (user_id,)).fetchone()
    values = {"public_key": public_key, "certified_by": certified_by}
    if exists:
        tx.conn.execute(
            f"UPDATE {ACCOUNT_KEYS} SET public_key = ?, certified_by = ?, updated_at = ?, updated_by = ?,"
            " deleted_at = NULL WHERE id = ?",
            (public_key, certified_by, tx.now, tx.actor.user_id, user_id),
        )
    else:
        tx.insert(ACCOUNT_KEYS, {"id": user_id, **values})
