"""The device directory as sync reads it: keys, scope, users and status of every enrolled device."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..db import Connection


@dataclass(frozen=True)
class DeviceRecord:
    id: str
    name: str
    code: str
    scope: str  # 'all' (a workstation) or 'field' (a field kit: its users' cases only)
    status: str  # 'active', 'lost' or 'retired'
    users: tuple[str, ...]
    enc_public_key: str
    sign_public_key: str
    revoked_after_seq: int | None
    snapshot: dict[str, int]  # per enrolling device: the change-log sequence its enrolment file covered
    enrolled_by: str = ""


def devices(conn: Connection) -> list[DeviceRecord]:
    out = []
    for (
        device_id,
        name,
        code,
        scope,
        status,
        users,
        enc_key,
        sign_key,
        revoked_after,
        snapshot,
        enrolled_by,
    ) in conn.execute(
        "SELECT id, name, code, scope, status, users, enc_public_key, sign_public_key, revoked_after_seq, snapshot,"
        " enrolled_by FROM devices WHERE deleted_at IS NULL ORDER BY name"
    ):
        covered = json.loads(snapshot) if snapshot else {}
        out.append(
            DeviceRecord(
                str(device_id),
                str(name),
                str(code),
                str(scope),
                str(status),
                tuple(str(users).split()),
                str(enc_key),
                str(sign_key),
                None if revoked_after is None else int(revoked_after),
                {str(k): int(v) for k, v in covered.items()},
                str(enrolled_by),
            )
        )
    return out


def introduction(conn: Connection) -> dict[str, str] | None:
    """This device's signed introduction by its previous identity (after a restore or copy), if any."""
    raw = str(conn.execute("SELECT introduction FROM this_device").fetchone()[0])
    return json.loads(raw) if raw else None
