"""The output register, the access records as the review window pages through them, and the monthly reviews.

Every filter is a WHERE clause and every page a LIMIT/OFFSET: the audit log grows by thousands of rows a day and
is never loaded whole. Case numbers and account names are joined in, so nobody reads a raw id.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ...domain.oversight import AuditLine, AuditQuery, AuditReview, RegisterEntry, RegisterQuery
from ..db import Connection
from ..store import WriteTx


def _day_bounds(column: str, since: date | None, until: date | None) -> tuple[list[str], list[object]]:
    """Inclusive UTC days as text bounds of an ISO-8601 column (the timestamps sort as text)."""
    where: list[str] = []
    params: list[object] = []
    if since is not None:
        where.append(f"{column} >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append(f"{column} < ?")
        params.append((until + timedelta(days=1)).isoformat())
    return where, params


# -- the access records -------------------------------------------------------------------------
def _audit_where(query: AuditQuery) -> tuple[str, list[object]]:
    where, params = _day_bounds("a.at", query.since, query.until)
    if query.username:
        where.append("a.username = ?")
        params.append(query.username)
    if query.action is not None:
        where.append("a.action = ?")
        params.append(str(query.action))
    if query.case_id:
        where.append("a.subject_type = 'case' AND a.subject_id = ?")
        params.append(query.case_id)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def audit_page(conn: Connection, query: AuditQuery, offset: int, limit: int) -> list[AuditLine]:
    """Newest first. The case's number, the account's or device's name, joined where the subject is one."""
    where, params = _audit_where(query)
    rows = conn.execute(
        "SELECT a.seq, a.at, a.username, a.action, a.subject_type, a.subject_id, a.detail,"
        " coalesce(c.case_number, u.username, d.name, '') FROM audit_log a"
        " LEFT JOIN cases c ON a.subject_type = 'case' AND c.id = a.subject_id"
        " LEFT JOIN users u ON a.subject_type = 'user' AND u.id = a.subject_id"
        " LEFT JOIN devices d ON a.subject_type = 'device' AND d.id = a.subject_id"
        f"{where} ORDER BY a.seq DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return [_line(r) for r in rows]


def _line(r: Any) -> AuditLine:
    return AuditLine(int(r[0]), r[1], r[2], str(r[3]), r[4], r[5], r[7] or "", r[6])


def audit_accounts(conn: Connection) -> list[str]:
    """Every account name the log holds (accounts since removed included), for the account filter."""
    return [str(r[0]) for r in conn.execute("SELECT DISTINCT username FROM audit_log ORDER BY username")]


# -- the output register ------------------------------------------------------------------------
_REGISTER = (
    "SELECT d.id, d.produced_at, coalesce(u.username, d.produced_by), coalesce(u.display_name, ''), d.kind,"
    " coalesce(c.case_number, ''), coalesce(r.number, ''), d.recipient, d.purpose, d.destination, d.pages"
    " FROM documents d LEFT JOIN referrals r ON r.id = d.referral_id"
    " LEFT JOIN cases c ON c.id = coalesce(d.case_id, r.case_id)"
    " LEFT JOIN users u ON u.id = d.produced_by"
)


def register_page(conn: Connection, query: RegisterQuery, offset: int, limit: int) -> list[RegisterEntry]:
    """Newest first; one row per output and referral (a batch of 12 packets is 12 rows, as it is registered)."""
    where, params = _day_bounds("d.produced_at", query.since, query.until)
    where.append("d.deleted_at IS NULL")
    if query.user_id:
        where.append("d.produced_by = ?")
        params.append(query.user_id)
    if query.kind:
        where.append("d.kind = ?")
        params.append(query.kind)
    if query.case_id:
        where.append("coalesce(d.case_id, r.case_id) = ?")
        params.append(query.case_id)
    rows = conn.execute(
        f"{_REGISTER} WHERE {' AND '.join(where)} ORDER BY d.produced_at DESC, d.id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return [RegisterEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], int(r[10])) for r in rows]


# -- the monthly reviews ------------------------------------------------------------------------
def reviews(conn: Connection, limit: int = 24) -> list[AuditReview]:
    rows = conn.execute(
        "SELECT v.id, v.period_start, v.period_end, v.findings, coalesce(u.display_name, v.reviewed_by),"
        " v.reviewed_at FROM audit_reviews v LEFT JOIN users u ON u.id = v.reviewed_by"
        " WHERE v.deleted_at IS NULL ORDER BY v.id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [AuditReview(r[0], date.fromisoformat(r[1]), date.fromisoformat(r[2]), r[3], r[4], r[5]) for r in rows]


def reviewed_months(conn: Connection, months: tuple[str, ...]) -> frozenset[str]:
    marks = ",".join("?" * len(months))
    rows = conn.execute(f"SELECT id FROM audit_reviews WHERE id IN ({marks}) AND deleted_at IS NULL", months)
    return frozenset(str(r[0]) for r in rows)


def put_review(tx: WriteTx, month: str, start: date, end: date, findings: str, user_id: str) -> bool:
    """Record (or, for a month already reviewed, rewrite) the review; True when it is the month's first."""
    values = {
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "findings": findings,
        "reviewed_by": user_id,
        "reviewed_at": tx.now,
    }
    held = tx.conn.execute("SELECT deleted_at FROM audit_reviews WHERE id = ?", (month,)).fetchone()
    if held is None:
        tx.insert("audit_reviews", {**values, "id": month})
        return True
    tx.update("audit_reviews", month, {**values, "deleted_at": None})
    return held[0] is not None
