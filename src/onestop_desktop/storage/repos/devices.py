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


def insert(tx: WriteTx, device_id: str, name: str, code: str, enc_public_key: str, sign_public_key: str) -> None:
    tx.insert(
        "devices",
        {
            "id": device_id,
            "name": name,
            "code": code,
            "enc_public_key": enc_public_key,
            "sign_public_key": sign_public_key,
        },
    )


def by_id(conn: Connection, device_id: str) -> DeviceRow | None:
    row = conn.execute("SELECT id, name, code, status FROM devices WHERE id = ?", (device_id,)).fetchone()
    return DeviceRow(*row) if row else None


def code_of(conn: Connection, device_id: str) -> str:
    row = conn.execute("SELECT code FROM devices WHERE id = ?", (device_id,)).fetchone()
    return str(row[0]) if row else "XX"
