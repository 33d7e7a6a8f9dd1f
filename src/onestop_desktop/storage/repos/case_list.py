"""The case list and full-text search: filters, sort and paging in SQL, never in Python.

`visibility` is the caller's scope as SQL: every case, or only those the user is assigned to
(lead counselor or team member) for an outreach worker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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
# The cases one user is assigned to, as an indexable set: a small set is cheaper to sort than
# a scan of every case in sort order that skips all the others.
_ASSIGNED_SET = (
    "c.id IN (SELECT id FROM cases WHERE lead_counselor_id = ? AND deleted_at IS NULL"
    " UNION SELECT case_id FROM case_team WHERE user_id = ? AND deleted_at IS NULL)"
)
_OPEN_FOLLOWUP = "f.case_id = c.id AND f.done_on IS NULL AND f.deleted_at IS NULL"
COUNT_CAP = 10_000


@dataclass(frozen=True)
class Visibility:
    """Which cases a reader may see: all, or those assigned to `user_id`."""

    user_id: str
    all_cases: bool

    def sql(self) -> tuple[str, tuple[object, ...]]:
        if self.all_cases:
            return "1", ()
        return ASSIGNED_SQL, (self.user_id, self.user_id)


@dataclass
class _Plan:
    """FROM, WHERE and ORDER BY chosen so that the first page streams from one index.

    Each sort has an index that yields rows in order; filters that would tempt SQLite into
    another index (and a sort of every matching row) are written with a unary `+`, which
    keeps them as plain filters. Where a filter is selective enough (one person's
    cases, a search), SQLite drives from it instead.
    """

    source: str = "cases c JOIN clients cl ON cl.id = c.client_id"
    clauses: list[str] = field(default_factory=lambda: ["c.deleted_at IS NULL"])
    params: list[object] = field(default_factory=list)
    order: str = ""

    def where(self, clause: str, *params: object) -> None:
        self.clauses.append(clause)
        self.params.extend(params)


SMALL_SCOPE = 3_000


def _assigned_total(conn: Connection, user_id: str) -> int:
    return int(
        conn.execute(
            "SELECT (SELECT count(*) FROM cases WHERE lead_counselor_id = ? AND deleted_at IS NULL)"
            " + (SELECT count(*) FROM case_team WHERE user_id = ? AND deleted_at IS NULL)",
            (user_id, user_id),
        ).fetchone()[0]
    )


def _plan(
    conn: Connection, query: CaseQuery, visibility: Visibility, today: date, *, for_count: bool = False
) -> _Plan | None:
    """None when the search text can match nothing."""
    plan = _Plan()
    if for_count and query.sort is not CaseSort.CLIENT_NAME:
        plan.source = "cases c"  # counting needs the clients only to search their names
    way = "DESC" if query.descending else "ASC"
    single_status = next(iter(query.statuses)) if len(query.statuses) == 1 else None
    by_activity = query.sort is CaseSort.ACTIVITY
    if query.sort is CaseSort.CLIENT_NAME:
        plan.source = "clients cl CROSS JOIN cases c ON c.client_id = cl.id"
        plan.order = f"coalesce(cl.alias, cl.name) {way}, cl.rowid {way}, c.rowid {way}"
    elif query.sort is CaseSort.RISK:
        plan.order = f"c.risk_rank {way}, c.last_activity_at {way}, c.rowid {way}"
    elif query.sort is CaseSort.INTAKE_DATE:
        plan.order = f"c.intake_date {way}, c.rowid {way}"
    elif query.sort is CaseSort.CASE_NUMBER:
        plan.order = f"c.case_number {way}"
    else:
        plan.order = f"c.last_activity_at {way}, c.rowid {way}"

    restricted = not visibility.all_cases or query.mine_only
    if restricted:
        # few assigned cases: drive from them and sort; many: scan in sort order and filter
        small = _assigned_total(conn, visibility.user_id) <= SMALL_SCOPE
        plan.where(_ASSIGNED_SET if small else ASSIGNED_SQL, visibility.user_id, visibility.user_id)
        restricted = small
    if query.statuses:
        index = "" if single_status is not None and by_activity and not restricted else "+"
        marks = ", ".join("?" for _ in query.statuses)
        plan.where(f"{index}c.status IN ({marks})", *sorted(str(s) for s in query.statuses))
    if query.crime_type is not None:
        plan.where(
            "EXISTS (SELECT 1 FROM case_crime_types t WHERE t.case_id = c.id AND t.crime_type = ?"
            " AND t.deleted_at IS NULL)",
            str(query.crime_type),
        )
    if query.lead_counselor_id is not None:
        index = "" if by_activity and single_status is None and not restricted else "+"
        plan.where(f"{index}c.lead_counselor_id = ?", query.lead_counselor_id)
    if query.min_risk is not None:
        plan.where("+c.risk_rank >= ?", RISK_ORDER[query.min_risk])
    if query.overdue_only:
        plan.where(f"EXISTS (SELECT 1 FROM followups f WHERE {_OPEN_FOLLOWUP} AND f.due_date < ?)", today.isoformat())
    text = query.text.strip()
    prefixes = _case_number_prefixes(conn, text) if text else []
    if prefixes:
        # Someone typing a case number: ranges of the unique index, newest number first.
        ranges = " OR ".join("(c.case_number >= ? AND c.case_number < ?)" for _ in prefixes)
        plan.where(f"({ranges})", *[bound for prefix in prefixes for bound in (prefix, prefix + "~")])
        plan.order = "c.case_number DESC"
    elif text:
        match = search.match_expression(text, allow_single=True)
        if match is None:
            return None
        # Drive from the search index, newest record first: the page streams instead of
        # sorting every match (a one-syllable surname matches a tenth of all cases).
        plan.source = "case_search m CROSS JOIN cases c ON c.rowid = m.rowid JOIN clients cl ON cl.id = c.client_id"
        plan.order = "m.rowid DESC"
        plan.where("case_search MATCH ?", match)
        like = search.like_pattern(text)
        digits = phone_digits(text) or "".join(ch for ch in text if ch.isdigit())
        # the index narrows; LIKE confirms (a phrase of bigrams can straddle two words)
        recheck = ["cl.name LIKE ? ESCAPE '\\'", "cl.alias LIKE ? ESCAPE '\\'", "c.case_number LIKE ? ESCAPE '\\'"]
        params: list[object] = [like, like, like]
        if len(digits) >= 2:
            recheck.append(
                "EXISTS (SELECT 1 FROM client_phones p WHERE p.client_id = cl.id AND p.deleted_at IS NULL"
                " AND p.digits LIKE ? ESCAPE '\\')"
            )
            params.append(search.like_pattern(digits))
        plan.where("(" + " OR ".join(recheck) + ")", *params)
    return plan


_CODE_FIRST = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,7}-\d{1,4}(-\d{0,5})?$")  # B1-2025-0…
_YEAR_FIRST = re.compile(r"^(19|20)\d{2}-\d{0,5}$")  # 2025-00…


def _case_number_prefixes(conn: Connection, text: str) -> list[str]:
    """Case-number prefixes for text shaped like the start of one (device code, year, sequence)."""
    if _CODE_FIRST.match(text):
        return [text.upper()]
    if _YEAR_FIRST.match(text):
        codes = [row[0] for row in conn.execute("SELECT DISTINCT code FROM devices")]
        return [f"{code}-{text}" for code in codes]
    return []


_COLUMNS = (
    "SELECT c.id, c.case_number, coalesce(cl.alias, cl.name), c.status,"
    " (SELECT group_concat(t.crime_type) FROM case_crime_types t WHERE t.case_id = c.id AND t.deleted_at IS NULL),"
    " c.risk_level, coalesce((SELECT u.display_name FROM users u WHERE u.id = c.lead_counselor_id), ''),"
    " c.intake_date, c.last_activity_at,"
    f" (SELECT count(*) FROM followups f WHERE {_OPEN_FOLLOWUP}),"
    f" (SELECT count(*) FROM followups f WHERE {_OPEN_FOLLOWUP} AND f.due_date < ?)"
)


def _row(r: Any) -> CaseRow:
    return CaseRow(
        id=r[0],
        case_number=r[1],
        client_display_name=r[2],
        status=CaseStatus(r[3]),
        crime_types=frozenset(CrimeType(t) for t in (r[4] or "").split(",") if t),
        risk_level=RiskLevel(r[5]) if r[5] else None,
        lead_counselor_name=r[6],
        intake_date=date.fromisoformat(r[7]),
        last_activity_at=r[8],
        open_followups=r[9],
        overdue_followups=r[10],
    )


def page_sql(
    conn: Connection, query: CaseQuery, visibility: Visibility, today: date
) -> tuple[str, list[object]] | None:
    plan = _plan(conn, query, visibility, today)
    if plan is None:
        return None
    sql = f"{_COLUMNS} FROM {plan.source} WHERE {' AND '.join(plan.clauses)} ORDER BY {plan.order} LIMIT ? OFFSET ?"
    return sql, [today.isoformat(), *plan.params]


def page(
    conn: Connection, query: CaseQuery, visibility: Visibility, today: date, offset: int, limit: int
) -> list[CaseRow]:
    built = page_sql(conn, query, visibility, today)
    if built is None:
        return []
    sql, params = built
    return [_row(r) for r in conn.execute(sql, (*params, limit, offset))]


def count(conn: Connection, query: CaseQuery, visibility: Visibility, today: date, cap: int = COUNT_CAP) -> int:
    """How many cases match, counting at most `cap` + 1 (the list says "more than 10,000")."""
    plan = _plan(conn, query, visibility, today, for_count=True)
    if plan is None:
        return 0
    inner = f"SELECT 1 FROM {plan.source} WHERE {' AND '.join(plan.clauses)} LIMIT ?"
    return int(conn.execute(f"SELECT count(*) FROM ({inner})", (*plan.params, cap + 1)).fetchone()[0])


def search_notes(conn: Connection, text: str, visibility: Visibility, limit: int) -> list[NoteHit]:
    """Sessions whose note or next steps contain `text` (two characters or more), newest record first.

    Driven from the index in its own (rowid) order, so the first hits arrive without sorting
    every match; LIKE re-checks each candidate.
    """
    match = search.match_expression(text, allow_single=False)
    if match is None:
        return []
    scope_sql, scope_params = visibility.sql()
    like = search.like_pattern(text.strip())
    rows = conn.execute(
        "SELECT s.id, s.case_id, c.case_number, coalesce(cl.alias, cl.name), s.started_at, s.note, s.next_steps"
        " FROM note_search m CROSS JOIN case_sessions s ON s.rowid = m.rowid"
        " JOIN cases c ON c.id = s.case_id JOIN clients cl ON cl.id = c.client_id"
        " WHERE note_search MATCH ? AND s.deleted_at IS NULL AND c.deleted_at IS NULL"
        f" AND {scope_sql} AND (s.note LIKE ? ESCAPE '\\' OR s.next_steps LIKE ? ESCAPE '\\')"
        " ORDER BY m.rowid DESC LIMIT ?",
        (match, *scope_params, like, like, limit),
    ).fetchall()
    return [NoteHit(r[0], r[1], r[2], r[3], r[4], _snippet(r[5] + " " + r[6], text.strip())) for r in rows]


def _snippet(body: str, needle: str, width: int = 40) -> str:
    at = body.lower().find(needle.lower())
    start = max(0, at - width)
    end = min(len(body), at + len(needle) + width)
    return ("…" if start else "") + body[start:end].replace("\n", " ") + ("…" if end < len(body) else "")
