"""The partner-agency directory."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...domain.ids import new_id
from ...domain.referrals import Agency
from ...domain.taxonomy import ServiceDomain
from ..db import Connection
from ..store import WriteTx

_COLUMNS = "id, name, department, domains, phone, fax, email, address, contact_person, notes, last_verified, active"
EDITABLE = frozenset(
    {
        "name",
        "department",
        "domains",
        "phone",
        "fax",
        "email",
        "address",
        "contact_person",
        "notes",
        "last_verified",
        "active",
    }
)


def _agency(r: Any) -> Agency:
    return Agency(
        id=r[0],
        name=r[1],
        department=r[2],
        domains=frozenset(ServiceDomain(d) for d in r[3].split(",") if d),
        phone=r[4],
        fax=r[5],
        email=r[6],
        address=r[7],
        contact_person=r[8],
        notes=r[9],
        last_verified=date.fromisoformat(r[10]) if r[10] else None,
        active=bool(r[11]),
    )


def list_agencies(conn: Connection, *, active_only: bool = True) -> list[Agency]:
    where = "deleted_at IS NULL" + (" AND active = 1" if active_only else "")
    return [_agency(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM agencies WHERE {where} ORDER BY name")]


def get(conn: Connection, agency_id: str) -> Agency | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM agencies WHERE id = ? AND deleted_at IS NULL", (agency_id,)).fetchone()
    return _agency(row) if row else None


def insert(tx: WriteTx, values: dict[str, object]) -> str:
    agency_id = new_id()
    tx.insert("agencies", {**values, "id": agency_id})
    return agency_id


def update(tx: WriteTx, agency_id: str, values: dict[str, object]) -> int:
    unknown = set(values) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    return tx.update("agencies", agency_id, values)
