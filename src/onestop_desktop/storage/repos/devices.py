"""The devices of this center (workstations and outreach laptops)."""

from __future__ import annotations

from dataclasses import dataclass

from ..db import Connection
from ..store import WriteTx


@dataclass(frozen=True)
class DeviceRow:
    id: str
    name: str
    code: str
    status: str


def insert(
    tx: WriteTx,
    device_id: str,
    name: str,
    code: str,
    enc_public_key: str,
    sign_public_key: str,
    users: list[str] | None = None,
) -> None:
    """`users`: the accounts enrolled on the device (receiving devices accept changes only by these)."""
    row = {
        "id": device_id,
        "name": name,
        "code": code,
        "enc_public_key": enc_public_key,
        "sign_public_key": sign_public_key,
    }
    if users and _has_users_column(tx.conn):  # absent only at a schema before 0090 (migration tests)
        row["users"] = " ".join(users)
    tx.insert("devices", row)


def _has_users_column(conn: Connection) -> bool:
    return any(r[1] == "users" for r in conn.execute("PRAGMA table_info(devices)"))


def scope_of(conn: Connection, device_id: str) -> str:
    row = conn.execute("SELECT scope FROM devices WHERE id = ?", (device_id,)).fetchone()
    return str(row[0]) if row else "all"


def add_user(tx: WriteTx, device_id: str, user_id: str) -> None:
    """List an account as enrolled on a device (it got a key entry there)."""
    if not _has_users_column(tx.conn):
        return
    row = tx.conn.execute("SELECT users FROM devices WHERE id = ?", (device_id,)).fetchone()
    if row is None or not str(row[0]).split():  # a device whose users were never recorded stays open to all
        return
    users = str(row[0]).split()
    if user_id not in users:
        tx.update("devices", device_id, {"users": " ".join([*users, user_id])})


def by_id(conn: Connection, device_id: str) -> DeviceRow | None:
    row = conn.execute("SELECT id, name, code, status FROM devices WHERE id = ?", (device_id,)).fetchone()
    return DeviceRow(*row) if row else None


def code_of(conn: Connection, device_id: str) -> str:
    row = conn.execute("SELECT code FROM devices WHERE id = ?", (device_id,)).fetchone()
    return str(row[0]) if row else "XX"
