"""Clients (피해자/내담자), their phones and their resident-registration-number history."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...domain.casework import Client, Phone
from ...domain.ids import new_id
from ...domain.korean import mask_rrn
from ...domain.taxonomy import Gender
from ..db import Connection
from ..store import WriteTx

_COLUMNS = (
    "id, name, alias, gender, birth_date, nationality, interpreter_language, disability, address_road,"
    " address_detail, postal_code, address_private, offender_cohabits, guardian_name, guardian_relation,"
    " guardian_phone, guardian_is_suspect, updated_at"
)
EDITABLE = frozenset(
    {
        "name",
        "alias",
        "gender",
        "birth_date",
        "nationality",
        "interpreter_language",
        "disability",
        "address_road",
        "address_detail",
        "postal_code",
        "address_private",
        "offender_cohabits",
        "guardian_name",
        "guardian_relation",
        "guardian_phone",
        "guardian_is_suspect",
    }
)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def phones(conn: Connection, client_id: str) -> tuple[Phone, ...]:
    rows = conn.execute(
        "SELECT id, digits, label, sms_ok, call_hours, instructions, is_primary FROM client_phones"
        " WHERE client_id = ? AND deleted_at IS NULL ORDER BY is_primary DESC, created_at",
        (client_id,),
    ).fetchall()
    return tuple(Phone(r[0], r[1], r[2], bool(r[3]), r[4], r[5], bool(r[6])) for r in rows)


def current_rrn(conn: Connection, client_id: str) -> str | None:
    row = conn.execute(
        "SELECT rrn FROM client_rrns WHERE client_id = ? AND superseded_at IS NULL AND deleted_at IS NULL"
        " ORDER BY valid_from DESC LIMIT 1",
        (client_id,),
    ).fetchone()
    return str(row[0]) if row else None


def get(conn: Connection, client_id: str) -> Client | None:
    row: Any = conn.execute(
        f"SELECT {_COLUMNS} FROM clients WHERE id = ? AND deleted_at IS NULL", (client_id,)
    ).fetchone()
    if row is None:
        return None
    rrn = current_rrn(conn, client_id)
    return Client(
        id=row[0],
        name=row[1],
        alias=row[2],
        gender=Gender(row[3]),
        birth_date=_date(row[4]),
        nationality=row[5],
        interpreter_language=row[6],
        disability=row[7],
        address_road=row[8],
        address_detail=row[9],
        postal_code=row[10],
        address_private=bool(row[11]),
        offender_cohabits=bool(row[12]),
        guardian_name=row[13],
        guardian_relation=row[14],
        guardian_phone=row[15],
        guardian_is_suspect=bool(row[16]),
        phones=phones(conn, client_id),
        rrn_masked=mask_rrn(rrn) if rrn else None,
        updated_at=row[17],
    )


def by_import_key(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT id FROM clients WHERE import_key = ? AND deleted_at IS NULL", (key,)).fetchone()
    return str(row[0]) if row else None


def insert(tx: WriteTx, values: dict[str, object]) -> str:
    client_id = str(values.get("id") or new_id())
    tx.insert("clients", {**values, "id": client_id})
    return client_id


def update(tx: WriteTx, client_id: str, values: dict[str, object]) -> int:
    unknown = set(values) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    return tx.update("clients", client_id, values)


def add_phone(
    tx: WriteTx,
    client_id: str,
    digits: str,
    *,
    label: str = "",
    sms_ok: bool = True,
    call_hours: str = "",
    instructions: str = "",
    is_primary: bool = False,
) -> str:
    phone_id = new_id()
    tx.insert(
        "client_phones",
        {
            "id": phone_id,
            "client_id": client_id,
            "digits": digits,
            "label": label,
            "sms_ok": int(sms_ok),
            "call_hours": call_hours,
            "instructions": instructions,
            "is_primary": int(is_primary),
        },
    )
    return phone_id


def update_phone(tx: WriteTx, phone_id: str, values: dict[str, object]) -> int:
    return tx.update("client_phones", phone_id, values)


def remove_phone(tx: WriteTx, phone_id: str) -> int:
    return tx.tombstone("client_phones", phone_id)


def set_rrn(tx: WriteTx, client_id: str, rrn: str, legal_basis: str, valid_from: date) -> None:
    """A new number supersedes the current one; the history stays."""
    tx.conn.execute(
        "UPDATE client_rrns SET superseded_at = ?, updated_at = ?, updated_by = ?"
        " WHERE client_id = ? AND superseded_at IS NULL AND deleted_at IS NULL",
        (valid_from.isoformat(), tx.now, tx.actor.user_id, client_id),
    )
    tx.insert(
        "client_rrns",
        {
            "id": new_id(),
            "client_id": client_id,
            "rrn": rrn,
            "legal_basis": legal_basis,
            "valid_from": valid_from.isoformat(),
        },
    )


def rrn_history(conn: Connection, client_id: str) -> list[tuple[str, str, str, str | None]]:
    """(number, legal basis, valid from, superseded at), newest first."""
    return [
        (r[0], r[1], r[2], r[3])
        for r in conn.execute(
            "SELECT rrn, legal_basis, valid_from, superseded_at FROM client_rrns"
            " WHERE client_id = ? AND deleted_at IS NULL ORDER BY valid_from DESC, created_at DESC",
            (client_id,),
        )
    ]
