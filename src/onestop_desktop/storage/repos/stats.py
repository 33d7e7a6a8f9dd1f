"""Counts for `onestop-admin stats`: aggregate SQL only."""

from __future__ import annotations

from datetime import date

from ..db import Connection


def _one(conn: Connection, sql: str, params: tuple[object, ...] = ()) -> int:
    return int(conn.execute(sql, params).fetchone()[0])


def _has_table(conn: Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def counts(conn: Connection, today: date) -> list[tuple[str, int]]:
    out = [
        ("clients", _one(conn, "SELECT count(*) FROM clients WHERE deleted_at IS NULL")),
        ("cases", _one(conn, "SELECT count(*) FROM cases WHERE deleted_at IS NULL")),
    ]
    by_status = dict(conn.execute("SELECT status, count(*) FROM cases WHERE deleted_at IS NULL GROUP BY status"))
    out += [(f"cases.status.{s}", int(by_status.get(s, 0))) for s in ("intake", "active", "on_hold", "closed")]
    by_type = dict(
        conn.execute(
            "SELECT t.crime_type, count(*) FROM case_crime_types t JOIN cases c ON c.id = t.case_id"
            " WHERE t.deleted_at IS NULL AND c.deleted_at IS NULL GROUP BY t.crime_type"
        )
    )
    out += [
        (f"cases.crime_type.{t}", int(by_type.get(t, 0)))
        for t in ("life_body", "digital_sex", "stalking", "domestic", "sexual", "other")
    ]
    out += [
        ("sessions", _one(conn, "SELECT count(*) FROM case_sessions WHERE deleted_at IS NULL")),
        ("services", _one(conn, "SELECT count(*) FROM case_services WHERE deleted_at IS NULL")),
        ("followups.open", _one(conn, "SELECT count(*) FROM followups WHERE done_on IS NULL AND deleted_at IS NULL")),
        (
            "followups.overdue",
            _one(
                conn,
                "SELECT count(*) FROM followups WHERE done_on IS NULL AND deleted_at IS NULL AND due_date < ?",
                (today.isoformat(),),
            ),
        ),
        (
            "referrals",
            _one(conn, "SELECT count(*) FROM referrals WHERE deleted_at IS NULL")
            if _has_table(conn, "referrals")
            else 0,
        ),
    ]
    return out
