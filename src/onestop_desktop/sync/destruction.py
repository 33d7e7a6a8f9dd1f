"""Destruction (파기) on this device: a case's rows, its client's when no other case of theirs remains, the
attachments only they pointed at, and the whole change-log history of all of them; then the index pages are merged,
freed pages overwritten and the write-ahead log emptied.

The order travels as a row of the replicated, protected `destructions` table (only a change signed by an active
administrator is applied, sync/authorize.py); every device carries out the orders it holds at each sync, before it
writes its own bundles, so what a field kit wrote offline about a destroyed case never leaves it. Rows written
elsewhere in the case before that device heard of the order arrive late, wait for their destroyed parent and are
destroyed too (`ss.late_rows`); changes to destroyed rows are ignored through their stubs.
"""

from __future__ import annotations

from ..domain.audit import AuditAction
from ..storage import sync_store as ss
from ..storage.audit_log import AuditRecord
from ..storage.db import Connection
from ..storage.store import Actor
from ..storage.tables import CLIENT_TABLES
from .context import Run, SyncReport


def destroy_case(conn: Connection, case_id: str, ordered_client: str | None) -> str | None:
    """Remove one case here (inside a write that allows purging); returns the client's id when the client went
    too. `ordered_client`: the client the order named (its stub is kept, so their rows are never taken in again);
    a client removed here only because none of their cases is held here any more leaves no stub."""
    rows = ss.rows_of_case(conn, case_id)
    client = next((r.row_id for r in rows if r.table == "clients"), None)
    case_rows = [r for r in rows if r.table not in CLIENT_TABLES and not ss.names_another_case(conn, r, case_id)]
    attachments = ss.referenced_attachments(conn, case_rows)
    ss.destroy_rows(conn, case_rows)
    loose = [a for a in sorted(attachments) if not ss.attachment_still_referenced(conn, a)]
    ss.destroy_rows(conn, [ss.RowRef("attachments", a) for a in loose])
    if client is None or ss.client_has_cases(conn, client):
        return None
    client_rows = [r for r in rows if r.table in CLIENT_TABLES]  # the client first, then their rows
    # clients merged into this one: their rows reference it, so they sit between it and its rows
    client_rows[1:1] = ss.merged_away_rows(conn, client)
    ss.destroy_rows(conn, client_rows, remember=client == ordered_client)
    return client


def finish(conn: Connection) -> None:
    """In the destruction's transaction: the index pages merged (freed pages are zeroed by `secure_delete`)."""
    ss.overwrite_freed(conn)


def carry_out_orders(run: Run, report: SyncReport) -> None:
    """Every destruction this device holds whose case, or late rows, are still here is carried out now."""
    with run.store.read() as conn:
        orders = ss.orders_to_carry_out(conn)
        late = ss.late_rows(conn)
    if not orders and not late:
        return
    with run.store.write(run.actor, allow_purge=True) as tx:
        for case_id, client in orders:
            destroy_case(tx.conn, case_id, client)
        ss.destroy_rows(tx.conn, ss.late_rows(tx.conn))
        finish(tx.conn)
        if orders:
            tx.audit(_record(run.actor, len(orders)))
    with run.store.read() as conn:
        ss.truncate_wal(conn)
    report.destroyed_cases += len(orders)


def _record(actor: Actor, count: int) -> AuditRecord:
    return AuditRecord(
        actor.user_id, actor.username, AuditAction.DELETE, "destruction", "", f"destroyed {count} case(s) by order"
    )


def truncate(conn: Connection) -> None:
    """After the destruction committed (outside any transaction): the write-ahead log emptied."""
    ss.truncate_wal(conn)
