"""What the 열람 자료 reads beyond the case repositories: a client's cases, the outputs about them (documents
register), the access-log entries naming them, and the files kept for the client."""

from __future__ import annotations

from ..db import Connection


def _marks(values: tuple[str, ...]) -> str:
    return ", ".join("?" for _ in values) or "NULL"


def case_ids_of_client(conn: Connection, client_id: str) -> tuple[str, ...]:
    rows = conn.execute(
        "SELECT id FROM cases WHERE client_id = ? AND deleted_at IS NULL ORDER BY intake_date, case_number",
        (client_id,),
    ).fetchall()
    return tuple(str(r[0]) for r in rows)


def documents_about(conn: Connection, client_id: str, case_ids: tuple[str, ...]) -> list[tuple[str, ...]]:
    """(produced_at, kind, case number, recipient, purpose, destination, producer) of every output about the
    client or one of their cases (directly, or through a referral of the case), oldest first."""
    rows = conn.execute(
        "SELECT d.produced_at, d.kind, coalesce(c.case_number, ''), d.recipient, d.purpose, d.destination,"
        " coalesce(u.display_name, d.produced_by) FROM documents d"
        " LEFT JOIN referrals r ON r.id = d.referral_id"
        " LEFT JOIN cases c ON c.id = coalesce(d.case_id, r.case_id)"
        " LEFT JOIN users u ON u.id = d.produced_by"
        f" WHERE d.deleted_at IS NULL AND (d.client_id = ? OR d.case_id IN ({_marks(case_ids)})"
        f" OR r.case_id IN ({_marks(case_ids)})) ORDER BY d.produced_at",
        (client_id, *case_ids, *case_ids),
    ).fetchall()
    return [tuple(str(v) for v in r) for r in rows]


def access_entries(conn: Connection, client_id: str, case_ids: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
    """(at, account, action, case number) of every access-log entry naming the client or one of their cases."""
    rows = conn.execute(
        "SELECT a.at, a.username, a.action, coalesce(c.case_number, '') FROM audit_log a"
        " LEFT JOIN cases c ON a.subject_type = 'case' AND c.id = a.subject_id"
        f" WHERE (a.subject_type = 'case' AND a.subject_id IN ({_marks(case_ids)}))"
        " OR (a.subject_type = 'client' AND a.subject_id = ?) ORDER BY a.at, a.seq",
        (*case_ids, client_id),
    ).fetchall()
    return [(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def attachments_of(conn: Connection, client_id: str) -> list[tuple[str, str, str, bytes]]:
    """(id, purpose, media type, content) of every file kept for the client, oldest first."""
    rows = conn.execute(
        "SELECT id, purpose, media_type, data FROM attachments WHERE client_id = ? AND deleted_at IS NULL"
        " ORDER BY created_at",
        (client_id,),
    ).fetchall()
    return [(str(r[0]), str(r[1]), str(r[2]), bytes(r[3])) for r in rows]
