"""Seed the partner-agency directory (domain.md §2) once; administrators edit it from then on.

Ids derive from the agency name (uuid5), so every device seeds the same rows without
syncing them. Numbers marked unconfirmed in the domain brief have no "last verified" date.
"""

from __future__ import annotations

import json
import uuid
from importlib import resources
from typing import Any

NAMESPACE = uuid.UUID("6f1c2b1e-3d4a-5b6c-8d7e-9f0a1b2c3d4e")
SEEDED_AT = "2026-11-26T00:00:00.000Z"


def agency_id(name: str) -> str:
    return str(uuid.uuid5(NAMESPACE, name))


def apply(conn: Any) -> None:
    rows = json.loads(resources.files(__package__).joinpath("agencies_seed.json").read_text("utf-8"))
    for row in rows:
        conn.execute(
            "INSERT INTO agencies (id, name, department, domains, phone, notes, last_verified,"
            " created_at, updated_at, updated_by, origin_device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'system', 'seed')",
            (
                agency_id(row["name"]),
                row["name"],
                row["department"],
                row["domains"],
                row["phone"],
                row["notes"],
                row["last_verified"],
                SEEDED_AT,
                SEEDED_AT,
            ),
        )
