"""Consent records and the scanned forms attached to them."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from ...domain.consent import Consent, ConsentKind, ConsentMethod, DataItem
from ...domain.ids import new_id
from ..db import Connection
from ..store import WriteTx

_COLUMNS = (
    "id, client_id, kind, agency_id, agreed, items, purpose, retention, given_on, method, taken_by, form_version,"
    " by_guardian, guardian_name, guardian_relation, legal_basis, legal_basis_reason, withdrawn_on, withdrawal_note,"
    " attachment_id"
)


def _consent(r: Any) -> Consent:
    return Consent(
        id=r[0],
        client_id=r[1],
        kind=ConsentKind(r[2]),
        agency_id=r[3],
        agreed=bool(r[4]),
        items=frozenset(DataItem(i) for i in r[5].split(",") if i),
        purpose=r[6],
        retention=r[7],
        given_on=date.fromisoformat(r[8]),
        method=ConsentMethod(r[9]),
        taken_by=r[10],
        form_version=r[11],
        by_guardian=bool(r[12]),
        guardian_name=r[13],
        guardian_relation=r[14],
        legal_basis=r[15],
        legal_basis_reason=r[16],
        withdrawn_on=date.fromisoformat(r[17]) if r[17] else None,
        withdrawal_note=r[18],
        attachment_id=r[19],
    )


def for_client(conn: Connection, client_id: str) -> list[Consent]:
    return [
        _consent(r)
        for r in conn.execute(
            f"SELECT {_COLUMNS} FROM consents WHERE client_id = ? AND deleted_at IS NULL ORDER BY given_on, created_at",
            (client_id,),
        )
    ]


def get(conn: Connection, consent_id: str) -> Consent | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM consents WHERE id = ? AND deleted_at IS NULL", (consent_id,)).fetchone()
    return _consent(row) if row else None


def insert(tx: WriteTx, values: dict[str, object]) -> str:
    consent_id = new_id()
    tx.insert("consents", {**values, "id": consent_id})
    return consent_id


def withdraw(tx: WriteTx, consent_id: str, on: date, note: str) -> int:
    return tx.update("consents", consent_id, {"withdrawn_on": on.isoformat(), "withdrawal_note": note})


def attach(tx: WriteTx, client_id: str, purpose: str, filename: str, media_type: str, data: bytes) -> str:
    attachment_id = new_id()
    tx.insert(
        "attachments",
        {
            "id": attachment_id,
            "client_id": client_id,
            "purpose": purpose,
            "filename": filename,
            "media_type": media_type,
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "data": data,
        },
    )
    return attachment_id


def set_attachment(tx: WriteTx, consent_id: str, attachment_id: str) -> int:
    return tx.update("consents", consent_id, {"attachment_id": attachment_id})


def attachment(conn: Connection, attachment_id: str) -> tuple[str, str, bytes] | None:
    row = conn.execute(
        "SELECT filename, media_type, data FROM attachments WHERE id = ? AND deleted_at IS NULL", (attachment_id,)
    ).fetchone()
    return (row[0], row[1], bytes(row[2])) if row else None
