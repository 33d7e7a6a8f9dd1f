"""The case list and full-text search: filters, sort and paging in SQL, never in Python.

`visibility` is the caller's scope as SQL: every case, or only those the user is assigned to
(lead counselor or team member) for an outreach worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ...domain.case_status import CaseStatus
from ...domain.casework import CaseQuery, CaseRow, CaseSort, NoteHit
from ...domain.korean import phone_digits
from ...domain.taxonomy import RISK_ORDER, CrimeType, RiskLevel
from .. import search
from ..db import Connection

ASSIGNED_SQL = (
    "(c.lead_counselor_id = ? OR EXISTS (SELECT 1 FROM case_team tm WHERE tm.case_id = c.id"
    " AND tm.user_id = ? AND tm.deleted_at IS NULL))"
)
_OPEN_FOLLOWUP = "f.case_id = c.id AND f.done_on IS NULL AND f.deleted_at IS NULL"
_ORDER = {
    CaseSort.ACTIVITY: "c.last_activity_at",
    CaseSort.INTAKE_DATE: "c.intake_date",
    CaseSort.CASE_NUMBER: "c.case_number",
    CaseSort.CLIENT_NAME: "cl.name",
    CaseSort.RISK: "c.risk_rank",
}


@dataclass(frozen=True)
class Visibility:
    """Which cases a reader may see: all, or those assigned to `user_id`."""

    user_id: str
    all_cases: bool

    def sql(self) -> tuple[str, tuple[object, ...]]:
        if self.all_cases:
            return "1", ()
        return ASSIGNED_SQL, (self.user_id, self.user_id)


def _where(query: CaseQuery, visibility: Visibility, today: date) -> tuple[str, list[object]] | None:
    """The WHERE clause and its parameters; None when the text can match nothing."""
    scope_sql, scope_params = visibility.sql()
    clauses = ["c.deleted_at IS NULL", scope_sql]
    params: list[object] = list(scope_params)
    if query.statuses:
        clauses.append(f"c.status IN ({', '.join('?' for _ in query.statuses)})")
        params.extend(sorted(str(s) for s in query.statuses))
    if query.crime_type is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM case_crime_types t WHERE t.case_id = c.id AND t.crime_type = ?"
            " AND t.deleted_at IS NULL)"
        )
        params.append(str(query.crime_type))
    if query.lead_counselor_id is not None:
        clauses.append("c.lead_counselor_id = ?")
        params.append(query.lead_counselor_id)
    if query.mine_only:
        clauses.append(ASSIGNED_SQL)
        params.extend((visibility.user_id, visibility.user_id))
    if query.min_risk is not None:
        clauses.append("c.risk_rank >= ?")
        params.append(RISK_ORDER[query.min_risk])
    if query.overdue_only:
        clauses.append(f"EXISTS (SELECT 1 FROM followups f WHERE {_OPEN_FOLLOWUP} AND f.due_date < ?)")
        params.append(today.isoformat())
    text = query.text.strip()
    if text:
        match = search.match_expression(text, allow_single=True)
        if match is None:
            return None
        like = search.like_pattern(text)
        digits = phone_digits(text) or "".join(ch for ch in text if ch.isdigit())
        digit_like = search.like_pattern(digits) if len(digits) >= 2 else None
        clauses.append("c.rowid IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
        params.append(match)
        # the index narrows; LIKE confirms (a phrase of bigrams can straddle two words)
        recheck = [
            "cl.name LIKE ? ESCAPE '\\'",
            "cl.alias LIKE ? ESCAPE '\\'",
            "c.case_number LIKE ? ESCAPE '\\'",
        ]
        params.extend((like, like, like))
        if digit_like is not None:
            recheck.append(
                "EXISTS (SELECT 1 FROM client_phones p WHERE p.client_id = cl.id AND p.deleted_at IS NULL"
                " AND p.digits LIKE ? ESCAPE '\\')"
            )
            params.append(digit_like)
        clauses.append("(" + " OR ".join(recheck) + ")")
    return " AND ".join(clauses), params


_ROW = (
    "SELECT c.id, c.case_number, coalesce(cl.alias, cl.name), c.status,"
    " (SELECT group_concat(t.crime_type) FROM case_crime_types t WHERE t.case_id = c.id AND t.deleted_at IS NULL),"
    " c.risk_level, coalesce(u.display_name, ''), c.intake_date, c.last_activity_at,"
    f" (SELECT count(*) FROM followups f WHERE {_OPEN_FOLLOWUP}),"
    f" (SELECT count(*) FROM followups f WHERE {_OPEN_FOLLOWUP} AND f.due_date < ?)"
    " FROM cases c JOIN clients cl ON cl.id = c.client_id LEFT JOIN users u ON u.id = c.lead_counselor_id"
)


def _row(r: Any) -> CaseRow:
    return CaseRow(
        id=r[0], case_number=r[1], client_display_name=r[2], status=CaseStatus(r[3]),
        crime_types=frozenset(CrimeType(t) for t in (r[4] or "").split(",") if t),
        risk_level=RiskLevel(r[5]) if r[5] else None, lead_counselor_name=r[6],
        intake_date=date.fromisoformat(r[7]), last_activity_at=r[8], open_followups=r[9], overdue_followups=r[10],
    )  # fmt: skip


def page(conn: Connection, query: CaseQuery, visibility: Visibility, today: date, offset: int,
         limit: int) -> list[CaseRow]:  # fmt: skip
    where = _where(query, visibility, today)
    if where is None:
        return []
    clause, params = where
    direction = "DESC" if query.descending else "ASC"
    sql = f"{_ROW} WHERE {clause} ORDER BY {_ORDER[query.sort]} {direction}, c.id {direction} LIMIT ? OFFSET ?"
    return [_row(r) for r in conn.execute(sql, (today.isoformat(), *params, limit, offset))]


def count(conn: Connection, query: CaseQuery, visibility: Visibility, today: date) -> int:
    where = _where(query, visibility, today)
    if where is None:
        return 0
    clause, params = where
    sql = f"SELECT count(*) FROM cases c JOIN clients cl ON cl.id = c.client_id WHERE {clause}"
    return int(conn.execute(sql, params).fetchone()[0])


def search_notes(conn: Connection, text: str, visibility: Visibility, limit: int) -> list[NoteHit]:
    """Sessions whose note or next steps contain `text` (two characters or more), newest first."""
    match = search.match_expression(text, allow_single=False)
    if match is None:
        return []
    scope_sql, scope_params = visibility.sql()
    like = search.like_pattern(text.strip())
    rows = conn.execute(
        "SELECT s.id, s.case_id, c.case_number, coalesce(cl.alias, cl.name), s.started_at, s.note, s.next_steps"
        " FROM case_sessions s JOIN cases c ON c.id = s.case_id JOIN clients cl ON cl.id = c.client_id"
        " WHERE s.rowid IN (SELECT rowid FROM note_search WHERE note_search MATCH ?)"
        " AND s.deleted_at IS NULL AND c.deleted_at IS NULL"
        f" AND {scope_sql} AND (s.note LIKE ? ESCAPE '\\' OR s.next_steps LIKE ? ESCAPE '\\')"
        " ORDER BY s.started_at DESC LIMIT ?",
        (match, *scope_params, like, like, limit),
    ).fetchall()
    return [NoteHit(r[0], r[1], r[2], r[3], r[4], _snippet(r[5] + " " + r[6], text.strip())) for r in rows]


def _snippet(body: str, needle: str, width: int = 40) -> str:
    at = body.lower().find(needle.lower())
    start = max(0, at - width)
    end = min(len(body), at + len(needle) + width)
    return ("…" if start else "") + body[start:end].replace("\n", " ") + ("…" if end < len(body) else "")
