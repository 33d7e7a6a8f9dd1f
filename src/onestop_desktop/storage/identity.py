"""A database file keeps its device identity only where it was issued: a restored or copied one gets a new one.

Two databases writing under one device identity would reuse bundle names and hybrid-clock values and diverge
without anyone noticing. So the identity is tied to the database *file* (its inode on its file system), recorded
in `device-stamp.json` beside it. A database opened under a different file (restored from a backup, copied to
another folder or machine) that has peers takes a new device id and keys before it writes anything, keeps its
old id's writes as its own (it re-sends them; peers ignore what they hold), and signs an introduction of the new
identity with the old key, which peers accept while the old identity is not revoked. A database with no peers
keeps its identity: there is no one to diverge from.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ..domain.ids import new_id
from .atomic_file import write_atomic
from .db import Connection

STAMP_FILE = "device-stamp.json"


def _file_id(database: Path) -> tuple[int, int]:
    st = os.stat(database)
    return st.st_dev, st.st_ino


def stamp(database: Path, device_id: str) -> None:
    dev, ino = _file_id(database)
    write_atomic(database.parent / STAMP_FILE, json.dumps({"device_id": device_id, "dev": dev, "ino": ino}).encode())


def issued_here(database: Path, device_id: str) -> bool | None:
    """True: this file is where the identity was issued. False: a restored or copied file. None: no stamp yet."""
    try:
        raw = json.loads((database.parent / STAMP_FILE).read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return False
    dev, ino = _file_id(database)
    return bool(raw.get("device_id") == device_id and raw.get("dev") == dev and raw.get("ino") == ino)


def has_peers(conn: Connection, device_id: str) -> bool:
    return conn.execute("SELECT 1 FROM devices WHERE id <> ? LIMIT 1", (device_id,)).fetchone() is not None


def _raw(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def _public_b64(key: X25519PrivateKey | Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def introduction_text(intro: dict[str, str]) -> bytes:
    """What the old identity signs: the new identity's id and public keys, and who introduces it."""
    return json.dumps({k: intro[k] for k in ("id", "enc", "sign", "by")}, sort_keys=True).encode("ascii")


def renew(conn: Connection) -> tuple[str, str, dict[str, str]]:
    """Give this database a new device identity (inside the caller's transaction); returns (old, new, row values).

    The row values are the new identity's `devices` row, for the caller to write through the change log.
    """
    old_id, old_sign = conn.execute("SELECT device_id, sign_private_key FROM this_device").fetchone()
    old = conn.execute("SELECT name, code, scope, users FROM devices WHERE id = ?", (old_id,)).fetchone()
    enc, sign = X25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    new = new_id()
    intro = {"id": new, "enc": _public_b64(enc), "sign": _public_b64(sign), "by": str(old_id)}
    intro["sig"] = base64.b64encode(
        Ed25519PrivateKey.from_private_bytes(bytes(old_sign)).sign(introduction_text(intro))
    ).decode("ascii")
    conn.execute(
        "UPDATE this_device SET device_id = ?, enc_private_key = ?, sign_private_key = ?, introduction = ?",
        (new, _raw(enc), _raw(sign), json.dumps(intro)),
    )
    previous = str(conn.execute("SELECT previous_ids FROM sync_state").fetchone()[0]).split()
    conn.execute("UPDATE sync_state SET previous_ids = ?, last_seq = 0", (" ".join([*previous, str(old_id)]),))
    conn.execute("DELETE FROM sync_peers")  # the new identity has sent nothing to anyone yet
    taken = {str(r[0]) for r in conn.execute("SELECT code FROM devices")}
    name, code, scope, users = old if old else ("device", "D", "all", "")
    n = 2
    while f"{code[:6]}R{n}" in taken:
        n += 1
    row = {
        "id": new,
        "name": f"{name} ({n - 1})",
        "code": f"{code[:6]}R{n}",  # a new code: case numbers issued after the backup must not repeat
        "enc_public_key": intro["enc"],
        "sign_public_key": intro["sign"],
        "scope": scope,
        "users": users,
        "enrolled_by": str(old_id),
    }
    return str(old_id), new, row
