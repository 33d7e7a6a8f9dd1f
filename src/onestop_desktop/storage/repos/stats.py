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
        # a client merged into another is the same person: counted once, as the client it was merged into
        ("clients", _one(conn, "SELECT count(*) FROM clients WHERE deleted_at IS NULL AND merged_into IS NULL")),
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
    if _has_table(conn, "programs"):
        out += _programs_and_feedback(conn)
    return out


def _by(conn: Connection, sql: str, keys: tuple[str, ...], prefix: str) -> list[tuple[str, int]]:
    found = dict(conn.execute(sql))
    return [(f"{prefix}.{k}", int(found.get(k, 0))) for k in keys]


def _programs_and_feedback(conn: Connection) -> list[tuple[str, int]]:
    """Appended after the older lines, whose names and order scripts rely on."""
    out = [("programs", _one(conn, "SELECT count(*) FROM programs WHERE deleted_at IS NULL"))]
    out += _by(
        conn,
        "SELECT status, count(*) FROM programs WHERE deleted_at IS NULL GROUP BY status",
        ("planned", "running", "finished", "cancelled"),
        "programs.status",
    )
    out.append(("program_sessions", _one(conn, "SELECT count(*) FROM program_sessions WHERE deleted_at IS NULL")))
    out.append(("program_enrolments", _one(conn, "SELECT count(*) FROM program_enrolments WHERE deleted_at IS NULL")))
    out += _by(
        conn,
        "SELECT status, count(*) FROM program_enrolments WHERE deleted_at IS NULL GROUP BY status",
        ("enrolled", "completed", "dropped"),
        "program_enrolments.status",
    )
    out += _by(
        conn,
        "SELECT status, count(*) FROM program_attendance WHERE deleted_at IS NULL GROUP BY status",
        ("present", "absent", "excused"),
        "program_attendance",
    )
    out += _by(
        conn,
        "SELECT outcome, count(*) FROM feedback_requests WHERE deleted_at IS NULL GROUP BY outcome",
        ("answered", "declined"),
        "feedback.requests",
    )
    out += _by(
        conn,
        "SELECT subject, count(*) FROM feedback_responses WHERE deleted_at IS NULL GROUP BY subject",
        ("case", "program"),
        "feedback.responses",
    )
    out.append(("survey_versions", _one(conn, "SELECT count(*) FROM survey_versions WHERE deleted_at IS NULL")))
    return out
