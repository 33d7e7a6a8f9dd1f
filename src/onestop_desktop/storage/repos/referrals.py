"""Referrals, their status history, and the register of produced documents."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...domain.consent import DataItem
from ...domain.ids import new_id
from ...domain.referrals import (
    Direction,
    DispatchMeans,
    OverdueReply,
    Referral,
    ReferralEvent,
    ReferralLine,
    ReferralStatus,
    Urgency,
)
from ...domain.taxonomy import ServiceDomain
from ..db import Connection
from ..store import WriteTx
from .case_list import ASSIGNED_SQL

_COLUMNS = (
    "r.id, r.number, r.case_id, r.agency_id, r.direction, r.domain, r.requested_services, r.reason, r.urgency,"
    " r.reply_due, r.contact_person, r.items, r.include_rrn, r.rrn_legal_basis, r.status, r.created_on,"
    " r.created_by, r.updated_at"
)
EDITABLE = frozenset(
    {
        "agency_id",
        "domain",
        "requested_services",
        "reason",
        "urgency",
        "reply_due",
        "contact_person",
        "items",
        "include_rrn",
        "rrn_legal_basis",
    }
)


def events(conn: Connection, referral_id: str) -> tuple[ReferralEvent, ...]:
    rows = conn.execute(
        "SELECT e.status, e.on_date, e.note, coalesce(u.display_name, e.by_user) FROM referral_events e"
        " LEFT JOIN users u ON u.id = e.by_user WHERE e.referral_id = ? AND e.deleted_at IS NULL"
        " ORDER BY e.on_date, e.created_at",
        (referral_id,),
    ).fetchall()
    return tuple(ReferralEvent(ReferralStatus(r[0]), date.fromisoformat(r[1]), r[2], r[3]) for r in rows)


def _referral(conn: Connection, r: Any) -> Referral:
    return Referral(
        id=r[0],
        number=r[1],
        case_id=r[2],
        agency_id=r[3],
        direction=Direction(r[4]),
        domain=ServiceDomain(r[5]),
        requested_services=r[6],
        reason=r[7],
        urgency=Urgency(r[8]),
        reply_due=date.fromisoformat(r[9]) if r[9] else None,
        contact_person=r[10],
        items=frozenset(DataItem(i) for i in r[11].split(",") if i),
        include_rrn=bool(r[12]),
        rrn_legal_basis=r[13],
        status=ReferralStatus(r[14]),
        created_on=date.fromisoformat(r[15]),
        created_by=r[16],
        events=events(conn, r[0]),
        updated_at=r[17],
    )


def get(conn: Connection, referral_id: str) -> Referral | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM referrals r WHERE r.id = ? AND r.deleted_at IS NULL", (referral_id,))
    found = row.fetchone()
    return _referral(conn, found) if found else None


def for_case(conn: Connection, case_id: str) -> list[Referral]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM referrals r WHERE r.case_id = ? AND r.deleted_at IS NULL ORDER BY r.created_on DESC",
        (case_id,),
    ).fetchall()
    return [_referral(conn, r) for r in rows]


def ids_with_status(
    conn: Connection, status: ReferralStatus, visible_case_sql: str, params: tuple[object, ...]
) -> list[str]:
    rows = conn.execute(
        "SELECT r.id FROM referrals r JOIN cases c ON c.id = r.case_id WHERE r.status = ? AND r.deleted_at IS NULL"
        f" AND r.direction = 'outgoing' AND c.deleted_at IS NULL AND {visible_case_sql} ORDER BY r.number",
        (str(status), *params),
    ).fetchall()
    return [str(r[0]) for r in rows]


def overdue_replies(
    conn: Connection, user_id: str, today: date, visible_case_sql: str, params: tuple[object, ...]
) -> list[OverdueReply]:
    """Sent referrals past their reply deadline that `user_id` answers for: ones they created, or of
    cases they lead or are on the team of. Oldest deadline first."""
    rows = conn.execute(
        "SELECT r.id, r.case_id, r.number, coalesce(a.name, ''), coalesce(cl.alias, cl.name), r.reply_due"
        " FROM referrals r JOIN cases c ON c.id = r.case_id JOIN clients cl ON cl.id = c.client_id"
        " LEFT JOIN agencies a ON a.id = r.agency_id"
        " WHERE r.status = 'sent' AND r.reply_due < ? AND r.deleted_at IS NULL AND c.deleted_at IS NULL"
        f" AND (r.created_by = ? OR {ASSIGNED_SQL}) AND {visible_case_sql} ORDER BY r.reply_due LIMIT 500",
        (today.isoformat(), user_id, user_id, user_id, *params),
    ).fetchall()
    return [OverdueReply(r[0], r[1], r[2], r[3], r[4], date.fromisoformat(r[5])) for r in rows]


def next_number(tx: WriteTx, device_code: str, year: int) -> str:
    row = tx.conn.execute("SELECT last_sequence FROM referral_number_counters WHERE year = ?", (year,)).fetchone()
    sequence = (row[0] if row else 0) + 1
    tx.conn.execute(
        "INSERT INTO referral_number_counters (year, last_sequence) VALUES (?, ?)"
        " ON CONFLICT (year) DO UPDATE SET last_sequence = excluded.last_sequence",
        (year, sequence),
    )
    return f"{device_code}-연계-{year}-{sequence:05d}"


def insert(tx: WriteTx, values: dict[str, object]) -> str:
    referral_id = new_id()
    tx.insert("referrals", {**values, "id": referral_id})
    return referral_id


def update(tx: WriteTx, referral_id: str, values: dict[str, object]) -> int:
    unknown = set(values) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    return tx.update("referrals", referral_id, values)


def set_status(tx: WriteTx, referral_id: str, status: ReferralStatus, on: date, note: str) -> None:
    tx.update("referrals", referral_id, {"status": str(status)})
    tx.insert(
        "referral_events",
        {
            "id": new_id(),
            "referral_id": referral_id,
            "status": str(status),
            "on_date": on.isoformat(),
            "note": note,
            "by_user": tx.actor.user_id,
        },
    )


def register_document(tx: WriteTx, values: dict[str, object]) -> str:
    document_id = new_id()
    tx.insert("documents", {**values, "id": document_id})
    return document_id


def id_by_number(conn: Connection, number: str) -> str | None:
    """The referral with this visible number (e.g. D1-연계-2026-00001), through the unique index."""
    row = conn.execute("SELECT id FROM referrals WHERE number = ? AND deleted_at IS NULL", (number.strip(),)).fetchone()
    return str(row[0]) if row else None


def lines(
    conn: Connection,
    visible_case_sql: str,
    params: tuple[object, ...],
    status: ReferralStatus | None = None,
    case_id: str = "",
) -> list[ReferralLine]:
    """Referrals of visible cases by number, with their agency and case number (never the client)."""
    where = ["r.deleted_at IS NULL", "c.deleted_at IS NULL", visible_case_sql]
    extra: list[object] = []
    if status is not None:
        where.append("r.status = ?")
        extra.append(str(status))
    if case_id:
        where.append("r.case_id = ?")
        extra.append(case_id)
    rows = conn.execute(
        "SELECT r.id, r.number, r.status, coalesce(a.name, ''), c.case_number, r.created_on, r.dispatched_via"
        " FROM referrals r JOIN cases c ON c.id = r.case_id LEFT JOIN agencies a ON a.id = r.agency_id"
        f" WHERE {' AND '.join(where)} ORDER BY r.number",
        (*params, *extra),
    ).fetchall()
    return [
        ReferralLine(r[0], r[1], ReferralStatus(r[2]), r[3], r[4], date.fromisoformat(r[5]), _means(r[6])) for r in rows
    ]


def was_output(conn: Connection, referral_id: str) -> bool:
    """Whether a letter, packet or batch holding this referral was ever printed or saved (the register says)."""
    row = conn.execute("SELECT 1 FROM documents WHERE referral_id = ? AND deleted_at IS NULL LIMIT 1", (referral_id,))
    return row.fetchone() is not None


def set_dispatched(tx: WriteTx, referral_id: str, means: DispatchMeans) -> None:
    tx.update("referrals", referral_id, {"dispatched_via": str(means)})


def _means(code: str | None) -> DispatchMeans | None:
    return DispatchMeans(code) if code else None
