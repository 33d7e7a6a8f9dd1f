"""Field kits: a device enrolled with scope `field` holds the shared tables and the cases led by, or assigned to,
its users. What it receives is chosen here (a newly assigned case comes with its whole history; for a case taken
away, the assignment change that tells it to purge the case), and what it holds beyond its scope it purges. Scope
is decided from the signed device row and the assignment rows, never from anything a device says about itself.
"""

from __future__ import annotations

from ..domain.audit import AuditAction
from ..storage import sync_store as ss
from ..storage.audit_log import AuditRecord
from ..storage.db import Connection
from ..storage.store import Actor
from ..storage.tables import CLIENT_TABLES, SHARED_TABLES
from .client_merges import moved_into_scope
from .context import Run, SyncReport


def scope_of(run: Run, device: ss.DeviceRecord) -> set[str]:
    """The cases a device may hold (empty for a workstation: it holds everything)."""
    if device.scope != "field":
        return set()
    with run.store.read() as conn:
        return ss.cases_of_users(conn, device.users)


def field_selection(
    conn: Connection, device: ss.DeviceRecord, own: list[ss.OwnChange], held: frozenset[str]
) -> tuple[list[ss.ChangeRow], frozenset[str]]:
    """What a field kit may receive: shared tables, its cases' rows, and the full history of newly assigned
    cases; for cases taken away, the assignment change that tells it to purge them. Also the cases it then holds."""
    scope = ss.cases_of_users(conn, device.users)
    changes: list[ss.ChangeRow] = []
    in_scope: dict[ss.RowRef, bool] = {}
    for _, c in own:
        key = ss.RowRef(c.table, c.row_id)
        if key not in in_scope:
            in_scope[key] = c.table in SHARED_TABLES or bool(ss.case_ids_of_row(conn, c.table, c.row_id) & scope)
        if in_scope[key]:
            changes.append(c)
    changes.extend(moved_into_scope(conn, own, scope))  # a client merge moved rows of its cases
    for case_id in sorted(scope - held):
        changes.extend(ss.changes_of_rows(conn, ss.rows_of_case(conn, case_id)))
    for case_id in sorted(held - scope):
        team = [r for r in ss.rows_of_case(conn, case_id) if r.table == "case_team"]
        changes.extend(ss.changes_of_rows(conn, [ss.RowRef("cases", case_id), *team]))
    unique = list(dict.fromkeys(changes))
    return unique, frozenset(scope)


def enforce_scope(run: Run, report: SyncReport) -> None:
    """A field kit keeps only the cases assigned to its users; the rest is purged, and the purge recorded. A
    client's rows go with the last of its cases that leaves."""
    with run.store.read() as conn:
        mine = next((d for d in ss.devices(conn) if d.id == run.me), None)
        if mine is None or mine.scope != "field":
            return
        keep = ss.cases_of_users(conn, mine.users)
        drop = sorted(ss.all_case_ids(conn) - keep)
    if not drop:
        return
    with run.store.write(run.actor, allow_purge=True) as tx:
        conn = tx.conn
        for case_id in drop:
            rows = ss.rows_of_case(conn, case_id)
            client = next((r.row_id for r in rows if r.table == "clients"), None)
            case_rows = [r for r in rows if r.table not in CLIENT_TABLES]
            ss.purge_rows(conn, case_rows)
            if client is not None and not ss.client_has_cases(conn, client):
                ss.purge_rows(conn, [r for r in rows if r not in case_rows])
        ss.compact_search_indexes(conn)
        tx.audit(_purge_record(run.actor, len(drop)))
    report.purged_cases += len(drop)


def _purge_record(actor: Actor, count: int) -> AuditRecord:
    return AuditRecord(actor.user_id, actor.username, AuditAction.DELETE, "field_kit", "", f"purged {count} case(s)")
