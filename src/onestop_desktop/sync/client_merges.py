"""Client merges across devices (issue 17): a merge is ordinary replicated changes (the other client's rows point
at the kept client, the other client points at it, a `client_merges` record); this module finishes what those
changes cannot do alone when devices work apart.

- After taking bundles in, a workstation runs the deterministic follow-up of `storage/repos/client_merges.py`:
  rows a device wrote to a merged-away client before it heard of the merge move to the kept client, a field edited
  there lands on the kept client, and a pair merged both ways at once ends as one client. Every device holding the
  same rows writes the same values, so their follow-ups agree and never conflict. Field kits leave it to the
  workstations (they hold only their cases' rows) and receive the result.
- A field kit that holds a case whose client changed (or a client row moved to the client of one of its cases)
  has never received that client's rows: it gets the case's whole client history, as for a newly assigned case.
"""

from __future__ import annotations

import json

from ..domain.audit import AuditAction
from ..storage import repos
from ..storage import sync_store as ss
from ..storage.audit_log import AuditRecord
from ..storage.db import Connection
from ..storage.tables import CLIENT_TABLES
from .context import Run


def follow_client_merges(run: Run) -> None:
    """Finish the merges this workstation holds (nothing to do, and no transaction, when no client is merged)."""
    with run.store.read() as conn:
        mine = next((d for d in ss.devices(conn) if d.id == run.me), None)
        if mine is not None and mine.scope == "field":
            return
        if not repos.client_merges.any_merged(conn):
            return
    with run.store.write(run.actor) as tx:
        written = repos.client_merges.follow_merges(tx)
        if written:
            actor = run.actor
            detail = f"merge follow-up after sync: {written} rows"
            tx.audit(AuditRecord(actor.user_id, actor.username, AuditAction.UPDATE, "client", "", detail))


def moved_into_scope(conn: Connection, own: list[ss.OwnChange], scope: set[str]) -> list[ss.ChangeRow]:
    """For a field kit: the whole history of the rows of its cases that a change moved to another client (a
    merge), so the kit holds the client they now belong to and its rows, not only the change that moved them."""
    cases: set[str] = set()
    for _, c in own:
        if c.table != "cases" and c.table not in CLIENT_TABLES:
            continue
        if c.op != "update" or "client_id" not in json.loads(c.data or "{}"):
            continue
        cases |= ss.case_ids_of_row(conn, c.table, c.row_id) & scope
    out: list[ss.ChangeRow] = []
    for case_id in sorted(cases):
        out.extend(ss.changes_of_rows(conn, [r for r in ss.rows_of_case(conn, case_id) if r.table in CLIENT_TABLES]))
    return out
