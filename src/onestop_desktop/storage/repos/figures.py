"""Aggregate SQL for the dashboard (현황) and the period reports (실적 보고).

Every function returns grouped counts or averages computed by SQLite; no function loads one row per case,
session or answer into Python. Periods are half-open ISO date ranges [start, end). `Scope` limits the
figures to one counselor's caseload (cases they lead or are on the team of) or leaves them center-wide.

Feedback answers are read only from `feedback_responses`, which has no case or person column; nothing here
joins them to `feedback_requests`, cases or clients (migration 0070 keeps them apart on purpose).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ...domain.population import AGE_BOUNDS, AgeBand
from ..db import Connection

Row = tuple[Any, ...]  # what sqlcipher3 returns: untyped


@dataclass(frozen=True)
class Scope:
    counselor_id: str | None = None  # None: every case

    def cases(self, column: str = "c.id") -> tuple[str, tuple[object, ...]]:
        """A WHERE fragment (starting with AND) limiting `column` (a case id) to the scope: the set of the
        counselor's cases is made once from two indexes, not tested case by case."""
        if self.counselor_id is None:
            return "", ()
        return (
            f" AND {column} IN (SELECT l.id FROM cases l INDEXED BY cases_lead_figures WHERE l.lead_counselor_id = ?"
            " AND l.deleted_at IS NULL UNION SELECT m.case_id FROM case_team m WHERE m.user_id = ?"
            " AND m.deleted_at IS NULL)",
            (self.counselor_id, self.counselor_id),
        )


EVERYONE = Scope()

# One crime category per case, so that rows add up to the number of cases: its type, or 'multiple'.
CATEGORY = (
    "coalesce((SELECT CASE WHEN count(*) > 1 THEN 'multiple' ELSE max(t.crime_type) END FROM case_crime_types t"
    " INDEXED BY case_crime_types_figures WHERE t.case_id = c.id AND t.deleted_at IS NULL), 'other')"
)
# International age at `day` (an ISO date column) from the client's birth date, then its band.
_AGE = (
    "(CAST(substr({day}, 1, 4) AS INTEGER) - CAST(substr(cl.birth_date, 1, 4) AS INTEGER)"
    " - (substr({day}, 6, 5) < substr(cl.birth_date, 6, 5)))"
)


def age_band(day: str) -> str:
    age = _AGE.format(day=day)
    whens = " ".join(
        f"WHEN {age} <= {last} THEN '{band}'" if last is not None else f"ELSE '{band}'" for band, _, last in AGE_BOUNDS
    )
    return f"CASE WHEN cl.birth_date IS NULL OR cl.birth_date = '' THEN '{AgeBand.UNKNOWN}' {whens} END"


GENDER = "CASE WHEN cl.gender IN ('F', 'M') THEN cl.gender ELSE 'X' END"


def _span(start: date, end: date) -> tuple[str, str]:
    return start.isoformat(), end.isoformat()


# -- cases -----------------------------------------------------------------------------------------------


def new_cases_by_month(conn: Connection, start: date, end: date, scope: Scope = EVERYONE) -> list[Row]:
    """(YYYY-MM, category, count) of cases whose intake date is in the period."""
    where, params = scope.cases()
    return list(conn.execute(
        f"SELECT substr(c.intake_date, 1, 7), {CATEGORY} AS kind, count(*) FROM cases c INDEXED BY cases_intake_figures"
        f" WHERE c.deleted_at IS NULL AND c.intake_date >= ? AND c.intake_date < ?{where} GROUP BY 1, 2",
        (*_span(start, end), *params),
    ))  # fmt: skip


def new_people_by_month(conn: Connection, start: date, end: date, scope: Scope = EVERYONE) -> list[Row]:
    """(YYYY-MM, new cases, people) in the period: a person with two cases in a month (or two client records
    merged into one) counts once. Merged-away clients hold no case, so distinct `client_id`s are people."""
    where, params = scope.cases()
    return list(conn.execute(
        "SELECT substr(c.intake_date, 1, 7), count(*), count(DISTINCT c.client_id) FROM cases c"
        f" INDEXED BY cases_intake WHERE c.deleted_at IS NULL AND c.intake_date >= ? AND c.intake_date < ?{where}"
        " GROUP BY 1",
        (*_span(start, end), *params),
    ))  # fmt: skip


def new_people(conn: Connection, start: date, end: date, scope: Scope = EVERYONE) -> int:
    """People (distinct clients) with a new case in the period, each counted once."""
    where, params = scope.cases()
    rows = list(conn.execute(
        "SELECT count(DISTINCT c.client_id) FROM cases c INDEXED BY cases_intake"
        f" WHERE c.deleted_at IS NULL AND c.intake_date >= ? AND c.intake_date < ?{where}",
        (*_span(start, end), *params),
    ))  # fmt: skip
    return int(rows[0][0])


def cases_by(conn: Connection, event: str, by: str, start: date, end: date, scope: Scope = EVERYONE) -> list[Row]:
    """(group, gender F/M/X, count) of cases opened ('new') or closed ('closed') in the period, grouped by
    crime category ('crime') or age band at intake ('age')."""
    day = {"new": "c.intake_date", "closed": "c.closed_on"}[event]
    index = {"new": "cases_intake_figures", "closed": "cases_closed_figures"}[event]
    group = {"crime": CATEGORY, "age": age_band("c.intake_date")}[by]
    status = " AND c.status = 'closed'" if event == "closed" else ""
    where, params = scope.cases()
    return list(conn.execute(
        f"SELECT {group}, {GENDER}, count(*) FROM cases c INDEXED BY {index}"
        " JOIN clients cl INDEXED BY clients_figures ON cl.id = c.client_id"
        f" WHERE c.deleted_at IS NULL AND {day} >= ? AND {day} < ?{status}{where} GROUP BY 1, 2",
        (*_span(start, end), *params),
    ))  # fmt: skip


def open_caseload(conn: Connection, scope: Scope = EVERYONE) -> list[Row]:
    """(lead counselor id, open cases) now: intake, active or on hold."""
    where, params = scope.cases()
    return list(conn.execute(
        "SELECT c.lead_counselor_id, count(*) FROM cases c INDEXED BY cases_open_figures WHERE c.deleted_at IS NULL"
        f" AND c.status IN ('intake', 'active', 'on_hold'){where} GROUP BY 1",
        params,
    ))  # fmt: skip


def counseling_sessions_by_mode(conn: Connection, start: date, end: date) -> list[Row]:
    """(mode, sessions held in the period), center-wide."""
    return list(conn.execute(
        "SELECT s.mode, count(*) FROM case_sessions s WHERE s.deleted_at IS NULL"
        " AND s.started_at >= ? AND s.started_at < ? GROUP BY 1",
        _span(start, end),
    ))  # fmt: skip


# -- services, referrals, follow-ups ---------------------------------------------------------------------


def services_by_domain(conn: Connection, start: date, end: date, scope: Scope = EVERYONE) -> list[Row]:
    """(domain, provider kind, services) provided in the period (cancelled ones left out)."""
    in_scope, params = scope.cases("v.case_id")
    return list(conn.execute(
        "SELECT v.domain, v.provider_kind, count(*) FROM case_services v WHERE v.deleted_at IS NULL"
        f" AND v.provided_on >= ? AND v.provided_on < ? AND v.status != 'cancelled'{in_scope} GROUP BY 1, 2",
        (*_span(start, end), *params),
    ))  # fmt: skip


def referrals_by_agency(conn: Connection, start: date, end: date, scope: Scope = EVERYONE) -> list[Row]:
    """(agency name, current status, referrals, avg days 발송→접수, n received, avg days 발송→완료, n completed)
    for the referrals sent in the period."""
    in_scope, params = scope.cases("r.case_id")
    reached = (
        "julianday((SELECT min(e.on_date) FROM referral_events e INDEXED BY referral_events_reached"
        " WHERE e.referral_id = r.id AND e.status = '{}' AND e.deleted_at IS NULL)) - julianday(x.sent_on)"
    )
    return list(conn.execute(
        "SELECT a.name, g.status, g.n, g.to_received, g.n_received, g.to_completed, g.n_completed FROM ("
        "  SELECT agency_id, status, count(*) AS n, avg(to_received) AS to_received, count(to_received) AS n_received,"
        "         avg(to_completed) AS to_completed, count(to_completed) AS n_completed FROM ("
        f"   SELECT r.agency_id, r.status, {reached.format('received')} AS to_received,"
        f"          {reached.format('completed')} AS to_completed"
        "    FROM (SELECT e.referral_id, min(e.on_date) AS sent_on FROM referral_events e"
        "          INDEXED BY referral_events_figures WHERE e.status = 'sent' AND e.deleted_at IS NULL"
        "          AND e.on_date >= ? AND e.on_date < ? GROUP BY e.referral_id) x"
        "    JOIN referrals r INDEXED BY referrals_figures ON r.id = x.referral_id"
        f"   WHERE r.deleted_at IS NULL{in_scope} LIMIT -1)"  # not flattened: each lookup runs once per referral
        "  GROUP BY 1, 2) g JOIN agencies a ON a.id = g.agency_id",
        (*_span(start, end), *params),
    ))  # fmt: skip


def overdue_followups(conn: Connection, today: date, scope: Scope = EVERYONE) -> list[Row]:
    """(assignee id, overdue bucket '1-7' | '8-30' | '31+', open follow-ups past their due date)."""
    in_scope, params = scope.cases("f.case_id")
    late = "julianday(?) - julianday(f.due_date)"
    return list(conn.execute(
        f"SELECT f.assignee_id, CASE WHEN {late} <= 7 THEN '1-7' WHEN {late} <= 30 THEN '8-30' ELSE '31+' END,"
        " count(*) FROM followups f WHERE f.done_on IS NULL AND f.deleted_at IS NULL AND f.due_date < ?"
        f"{in_scope} GROUP BY 1, 2",
        (today.isoformat(), today.isoformat(), today.isoformat(), *params),
    ))  # fmt: skip


# -- programs and feedback -------------------------------------------------------------------------------


def programs_by_kind(conn: Connection, start: date, end: date) -> list[Row]:
    """(kind, programs that met, sessions held, participants present at least once, attendances) in the period."""
    return list(conn.execute(
        "SELECT p.kind, count(DISTINCT p.id), count(DISTINCT s.id),"
        " count(DISTINCT CASE WHEN a.status = 'present' THEN a.enrolment_id END),"
        " coalesce(sum(a.status = 'present'), 0)"
        " FROM programs p JOIN program_sessions s ON s.program_id = p.id AND s.deleted_at IS NULL"
        "   AND s.held_on >= ? AND s.held_on < ?"
        " LEFT JOIN program_attendance a ON a.session_id = s.id AND a.deleted_at IS NULL"
        " WHERE p.deleted_at IS NULL GROUP BY 1",
        _span(start, end),
    ))  # fmt: skip


def _months(start: date, end: date) -> tuple[str, str]:
    return f"{start:%Y-%m}", f"{end:%Y-%m}" if end.day == 1 else f"{end.year:04d}-{end.month:02d}~"


_SCORES = (
    "FROM feedback_responses r, json_each(r.answers) j WHERE r.deleted_at IS NULL"
    " AND r.answered_month >= ? AND r.answered_month < ? AND j.type IN ('integer', 'real')"
    " AND j.value BETWEEN 1 AND 5"
)


def feedback_by_month(conn: Connection, start: date, end: date) -> list[Row]:
    """(YYYY-MM, subject, program name or None, responses, average 1–5 score) per month of the period."""
    return list(conn.execute(
        "SELECT r.answered_month, r.subject, (SELECT p.name FROM programs p WHERE p.id = r.program_id),"
        f" count(DISTINCT r.id), avg(j.value) {_SCORES} GROUP BY 1, 2, 3",
        _months(start, end),
    ))  # fmt: skip


def feedback_summary(conn: Connection, start: date, end: date) -> list[Row]:
    """(subject, program kind or None, responses, average score) over the whole period: no month, no program
    name, so a report's reader cannot narrow an answer down to one group's meeting."""
    return list(conn.execute(
        "SELECT r.subject, (SELECT p.kind FROM programs p WHERE p.id = r.program_id),"
        f" count(DISTINCT r.id), avg(j.value) {_SCORES} GROUP BY 1, 2",
        _months(start, end),
    ))  # fmt: skip
