"""Appointment series, their exceptions and staff. Range reads go through an index on the series' first and last
day (per worker: `appointment_staff_days`), so only candidate series are loaded and expanded in Python."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from ...domain.appointments import (
    Appointment,
    AppointmentKind,
    OccurrenceChange,
    PlaceKind,
    Series,
    format_start,
    parse_start,
)
from ..db import Connection
from ..store import WriteTx

_SERIES = (
    "SELECT a.id, a.case_id, c.case_number, a.kind, a.first_start, a.minutes, a.weekly_count, a.interval_weeks,"
    " a.place_kind, a.place, a.note, cl.address_private, a.updated_at FROM appointments a"
    " JOIN cases c ON c.id = a.case_id JOIN clients cl ON cl.id = c.client_id"
)
_CHUNK = 500  # ids per IN (...) list, below SQLite's variable limit


def _moment(text: str) -> datetime:
    moment = parse_start(text)
    if moment is None:
        raise ValueError(f"stored appointment time is malformed: {text!r}")
    return moment


def _load(conn: Connection, ids: Sequence[str], visible_sql: str, params: tuple[object, ...]) -> list[Appointment]:
    """The series `ids` (those of visible, live cases), with their changes and staff."""
    found: list[Appointment] = []
    for offset in range(0, len(ids), _CHUNK):
        chunk = list(ids[offset : offset + _CHUNK])
        marks = ", ".join("?" for _ in chunk)
        rows = conn.execute(
            _SERIES + f" WHERE a.id IN ({marks}) AND a.deleted_at IS NULL AND c.deleted_at IS NULL AND {visible_sql}",
            (*chunk, *params),
        ).fetchall()
        changes: dict[str, list[OccurrenceChange]] = {}
        for series_id, index, moved in conn.execute(
            f"SELECT appointment_id, occurrence, moved_to FROM appointment_changes WHERE appointment_id IN ({marks})"
            " AND deleted_at IS NULL",
            chunk,
        ):
            changes.setdefault(series_id, []).append(OccurrenceChange(index, _moment(moved) if moved else None))
        staff: dict[str, list[str]] = {}
        for series_id, user_id in conn.execute(
            f"SELECT appointment_id, user_id FROM appointment_staff WHERE appointment_id IN ({marks})"
            " AND deleted_at IS NULL ORDER BY created_at, user_id",
            chunk,
        ):
            staff.setdefault(series_id, []).append(user_id)
        found.extend(_appointment(r, changes.get(r[0], []), staff.get(r[0], [])) for r in rows)
    return found


def _appointment(r: Any, changes: list[OccurrenceChange], staff: list[str]) -> Appointment:
    series = Series(r[0], _moment(r[4]), r[5], r[6], r[7], tuple(sorted(changes, key=lambda c: c.index)))
    return Appointment(series, r[1], r[2], AppointmentKind(r[3]), PlaceKind(r[8]), r[9], r[10], tuple(staff),
                       bool(r[11]), r[12])  # fmt: skip


def in_range(
    conn: Connection,
    first: date,
    last: date,
    visible_sql: str,
    params: tuple[object, ...],
    *,
    user_id: str | None = None,
    case_id: str | None = None,
) -> list[Appointment]:
    """Series with an occurrence possibly on a day in [first, last]: of one worker, one case, or everyone."""
    bounds = (last.isoformat(), first.isoformat())
    if user_id is not None:
        ids = [r[0] for r in conn.execute(
            "SELECT appointment_id FROM appointment_staff INDEXED BY appointment_staff_days WHERE user_id = ?"
            " AND last_day >= ? AND first_day <= ? AND deleted_at IS NULL",
            (user_id, bounds[1], bounds[0]),
        )]  # fmt: skip
    elif case_id is not None:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM appointments WHERE case_id = ? AND first_day <= ? AND last_day >= ? AND deleted_at IS NULL",
            (case_id, *bounds),
        )]  # fmt: skip
    else:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM appointments INDEXED BY appointments_days WHERE last_day >= ? AND first_day <= ?"
            " AND deleted_at IS NULL",
            (bounds[1], bounds[0]),
        )]  # fmt: skip
    return _load(conn, sorted(set(ids)), visible_sql, params)


def get(conn: Connection, appointment_id: str) -> Appointment | None:
    found = _load(conn, [appointment_id], "1", ())
    return found[0] if found else None


def case_of(conn: Connection, appointment_id: str) -> str | None:
    row = conn.execute(
        "SELECT case_id FROM appointments WHERE id = ? AND deleted_at IS NULL", (appointment_id,)
    ).fetchone()
    return str(row[0]) if row else None


def add(
    tx: WriteTx, appointment_id: str, values: dict[str, object], staff: Sequence[str], span: tuple[date, date]
) -> None:
    days = {"first_day": span[0].isoformat(), "last_day": span[1].isoformat()}
    tx.insert("appointments", {**values, **days, "id": appointment_id})
    for user_id in dict.fromkeys(staff):
        tx.insert("appointment_staff", {"id": f"{appointment_id}:{user_id}", "appointment_id": appointment_id,
                                        "user_id": user_id, **days})  # fmt: skip


def set_change(tx: WriteTx, appointment_id: str, change: OccurrenceChange, span: tuple[date, date]) -> None:
    """Skip or move one occurrence, and keep the indexed days of the series and its staff rows right."""
    row_id = f"{appointment_id}:{change.index}"
    moved = format_start(change.moved_to) if change.moved_to else None
    if tx.update("appointment_changes", row_id, {"moved_to": moved}) == 0:
        tx.insert("appointment_changes", {"id": row_id, "appointment_id": appointment_id,
                                          "occurrence": change.index, "moved_to": moved})  # fmt: skip
    set_span(tx, appointment_id, span)


def set_span(tx: WriteTx, appointment_id: str, span: tuple[date, date]) -> None:
    days = {"first_day": span[0].isoformat(), "last_day": span[1].isoformat()}
    tx.update("appointments", appointment_id, days)
    for (row_id,) in tx.conn.execute(
        "SELECT id FROM appointment_staff WHERE appointment_id = ? AND deleted_at IS NULL", (appointment_id,)
    ).fetchall():
        tx.update("appointment_staff", row_id, days)


def remove(tx: WriteTx, appointment_id: str) -> None:
    tx.tombstone("appointments", appointment_id)


def counseling_session_days(conn: Connection, case_ids: set[str], since: date) -> set[tuple[str, date]]:
    """(case id, day) of every counseling session recorded since `since` for these cases."""
    found: set[tuple[str, date]] = set()
    for case_id in case_ids:
        for (started,) in conn.execute(
            "SELECT started_at FROM case_sessions WHERE case_id = ? AND started_at >= ? AND deleted_at IS NULL",
            (case_id, since.isoformat()),
        ):
            found.add((case_id, date.fromisoformat(str(started)[:10])))
    return found
