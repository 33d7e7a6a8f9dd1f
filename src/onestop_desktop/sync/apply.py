"""Making this device's tables hold the merge of every change held for a row (`merge.merge_row`), whatever order
the changes came in, so the database always equals what the property-tested rule says.

New rows are inserted a table at a time (a row written once is its one change: the rule is not asked); rows whose
insert or parent has not arrived wait in `sync_waiting` and are retried at every merge.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any, Final

from ..storage import sync_store as ss
from ..storage.audit_log import accept_remote
from ..storage.db import Connection
from ..storage.store import Actor, Store
from ..storage.tables import rank
from .merge import Conflict, FieldWrite, merge_row
from .payload import checked_changes

_BATCH: Final = 400
_SNAPSHOT_PAGE: Final = 5000  # changes of an enrolment file read and applied at a time


def field_writes(change: ss.ChangeRow) -> list[FieldWrite]:
    """A change as the merge rule sees it: one write per column it set."""
    values = json.loads(change.data)
    base = json.loads(change.bases) if change.bases else {}
    settles = json.loads(change.resolves) if change.resolves else {}
    if not isinstance(values, dict) or not isinstance(base, dict) or not isinstance(settles, dict):
        raise ValueError("a change is not a set of columns")
    return [
        FieldWrite(
            change.table,
            change.row_id,
            col,
            value,
            change.hlc,
            change.device_id,
            change.user_id,
            base.get(col, ""),
            tuple(settles.get(col, "").split()),
        )
        for col, value in values.items()
    ]


def _conflict_entry(c: Conflict) -> ss.ConflictEntry:
    conflict_id = hashlib.sha256(json.dumps(c.key, separators=(",", ":")).encode()).hexdigest()[:32]
    versions = json.dumps(
        [{"value": w.value, "hlc": w.hlc, "device": w.device_id, "user": w.user_id} for w in c.versions],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return ss.ConflictEntry(conflict_id, c.kind, c.column, versions)


def _in_order(rows: Iterable[tuple[str, str]]) -> list[ss.RowRef]:
    return sorted((ss.RowRef(*r) for r in rows), key=lambda r: (rank(r.table), r.row_id))


@dataclass
class _MergeContext:
    """What one merge pass reads once instead of once per row."""

    captured: frozenset[str]
    waiting: set[ss.RowRef]
    in_conflict: set[ss.RowRef]
    fresh: Mapping[ss.RowRef, list[ss.ChangeRow]]  # the changes just received, by row (need not be read back)

    def set_waiting(self, conn: Connection, row: ss.RowRef, waiting: bool) -> None:
        if waiting == (row in self.waiting):
            return
        ss.set_waiting(conn, row.table, row.row_id, waiting)
        if waiting:
            self.waiting.add(row)
        else:
            self.waiting.discard(row)


def apply_changes(conn: Connection, changes: Sequence[ss.ChangeRow]) -> set[ss.RowRef]:
    """Store received changes and make the tables hold their merge; returns the rows they name.

    Rows this device has never heard of, written once (the usual insert), are inserted straight from their one
    change and the change stored lean after them; everything else is stored and merged by the rule."""
    rest = insert_first_rows(conn, changes)
    merge_rows(conn, ss.insert_changes(conn, rest), rest)  # (also retries rows waiting for these as parents)
    return {ss.RowRef(c.table, c.row_id) for c in changes}


def insert_first_rows(conn: Connection, changes: Sequence[ss.ChangeRow]) -> list[ss.ChangeRow]:
    """Insert the rows whose one change here is their insert and that this device knows nothing of (no change,
    no collected tombstone, no row); returns the changes left for the merge. The merge rule could not decide
    otherwise for such a row: a row written once is its one change."""
    ss.begin_applying(conn)  # the capture triggers log nothing of these inserts: their changes are stored below
    per_row: dict[ss.RowRef, list[ss.ChangeRow]] = {}
    for change in changes:
        per_row.setdefault(ss.RowRef(change.table, change.row_id), []).append(change)
    captured = ss.captured_set(conn)
    by_table: dict[str, list[ss.ChangeRow]] = {}
    for row, found in per_row.items():
        if len(found) == 1 and found[0].op == "insert" and row.table in captured:
            by_table.setdefault(row.table, []).append(found[0])
    inserted: set[ss.RowRef] = set()
    for table in sorted(by_table, key=rank):  # parents before children
        candidates = by_table[table]
        ids = [c.row_id for c in candidates]
        known = ss.rows_with_history(conn, table, ids)
        for start in range(0, len(ids), _BATCH):
            known |= ss.existing_ids(conn, table, ids[start : start + _BATCH])
        groups: dict[tuple[str, ...], list[tuple[ss.ChangeRow, list[Any]]]] = {}
        for change in candidates:
            if change.row_id in known:
                continue
            values = json.loads(change.data)
            if not isinstance(values, dict):
                raise ValueError("a change is not a set of columns")
            columns = tuple(values)
            if ss.complete_for_insert(conn, table, columns):
                groups.setdefault(columns, []).append((change, list(values.values())))
        for columns, group in groups.items():
            # a refused group (a parent missing, a constraint) is left to the merge, which makes rows wait
            if ss.insert_rows(conn, table, columns, [values for _, values in group]):
                ss.insert_first_changes(conn, table, [change for change, _ in group])
                inserted.update(ss.RowRef(table, change.row_id) for change, _ in group)
    return [c for c in changes if ss.RowRef(c.table, c.row_id) not in inserted]


def merge_rows(conn: Connection, rows: Iterable[tuple[str, str]], received: Sequence[ss.ChangeRow] = ()) -> int:
    """Re-merge rows from their changes and make the tables hold the winners; returns rows still waiting.
    `received`: the changes just stored, so that a row whose only change is one of them is not read back."""
    ss.begin_applying(conn)
    waiting = set(ss.waiting_rows(conn))
    fresh: dict[ss.RowRef, list[ss.ChangeRow]] = {}
    for change in received:
        fresh.setdefault(ss.RowRef(change.table, change.row_id), []).append(change)
    context = _MergeContext(ss.captured_set(conn), waiting, ss.rows_with_conflicts(conn), fresh)
    pending = _insert_new_rows(conn, _in_order(set(rows) | waiting), context)
    progress = True
    while progress:
        progress = False
        still: list[ss.RowRef] = []
        for row in pending:
            if _merge_row(conn, row, context):
                progress = True
            else:
                still.append(row)
        pending = still
    return len(pending)


def _insert_new_rows(conn: Connection, pending: list[ss.RowRef], context: _MergeContext) -> list[ss.RowRef]:
    """The common case in bulk: rows this device has never held, without conflicts, inserted a table at a time.

    Everything else (existing rows, conflicts, rows whose parent is missing) is returned for the row-by-row path.
    """
    left: list[ss.RowRef] = []
    by_table: dict[str, list[str]] = {}
    for table, row_id in pending:
        by_table.setdefault(table, []).append(row_id)
    for table in sorted(by_table, key=rank):
        ids = by_table[table]
        if table not in context.captured:
            continue
        for start in range(0, len(ids), _BATCH):
            batch = ids[start : start + _BATCH]
            left += [ss.RowRef(table, r) for r in _insert_batch(conn, table, batch, context)]
    return _in_order(left)


def _winners(table: str, row_id: str, history: list[ss.ChangeRow]) -> tuple[dict[str, Any], dict[str, str]] | None:
    """Values and versions of a row never held here, or None when its writes conflict. A row written once (the
    usual insert) is its one change: the merge rule could not decide otherwise, so it is not asked."""
    if len(history) == 1:
        [only] = history
        values = json.loads(only.data)
        if not isinstance(values, dict):
            raise ValueError("a change is not a set of columns")
        return values, dict.fromkeys(values, only.hlc)
    merged = merge_row(table, row_id, [w for change in history for w in field_writes(change)])
    if merged.conflicts:
        return None
    return {c: w.value for c, w in merged.winners.items()}, {c: w.hlc for c, w in merged.winners.items()}


def _histories(conn: Connection, table: str, ids: list[str], context: _MergeContext) -> dict[str, list[ss.ChangeRow]]:
    """Each row's changes: the one just received where it is the only one held, else read from the log."""
    out: dict[str, list[ss.ChangeRow]] = {}
    only = ss.only_changes(conn, table, ids) if context.fresh else {}
    for row_id, (clock, device) in only.items():
        received = context.fresh.get(ss.RowRef(table, row_id), [])
        if len(received) == 1 and (received[0].hlc, received[0].device_id) == (clock, device):
            out[row_id] = received
    rest = [r for r in ids if r not in out]
    if rest:
        out.update(ss.changes_by_row(conn, table, rest))
    return out


def _insert_batch(conn: Connection, table: str, ids: list[str], context: _MergeContext) -> list[str]:
    histories = _histories(conn, table, ids, context)
    existing = ss.existing_ids(conn, table, ids)
    left = [r for r in ids if r in existing]
    groups: dict[tuple[str, ...], list[tuple[str, list[Any], dict[str, str]]]] = {}
    for row_id in ids:
        history = histories.get(row_id)
        if row_id in existing or not history:
            continue
        found = None if (table, row_id) in context.in_conflict else _winners(table, row_id, history)
        if found is None:
            left.append(row_id)
            continue
        values, versions = found
        columns = tuple(sorted(values))
        if not ss.complete_for_insert(conn, table, columns):
            left.append(row_id)
            continue
        groups.setdefault(columns, []).append((row_id, [values[c] for c in columns], versions))
    held: list[ss.HeldVersions] = []
    for columns, rows in groups.items():
        if not ss.insert_rows(conn, table, columns, [v for _, v, _ in rows]):
            left += [r for r, _, _ in rows]  # a parent is missing, or a constraint: one at a time, some wait
            continue
        once: list[str] = []
        for row_id, _, versions in rows:
            if len(histories[row_id]) > 1:  # a row written once holds its one change's versions implicitly
                held.append(ss.HeldVersions(table, row_id, versions))
            else:
                once.append(row_id)
            context.set_waiting(conn, ss.RowRef(table, row_id), False)
        ss.lean_inserts(conn, table, once)  # the row holds its insert's values now: the log keeps them once
    ss.set_held(conn, held)
    return left


def _merge_row(conn: Connection, row: ss.RowRef, context: _MergeContext) -> bool:
    table, row_id = row
    if table not in context.captured:
        return True
    history = ss.row_changes(conn, table, row_id)
    if not history:
        return True
    merged = merge_row(table, row_id, [w for change in history for w in field_writes(change)])
    if not ss.materialize(conn, table, row_id, {c: w.value for c, w in merged.winners.items()}):
        context.set_waiting(conn, row, True)
        return False
    context.set_waiting(conn, row, False)
    ss.set_held(conn, [ss.HeldVersions(table, row_id, {c: w.hlc for c, w in merged.winners.items()})])
    if merged.conflicts or row in context.in_conflict:
        cases = ss.case_ids_of_row(conn, table, row_id) if merged.conflicts else set()
        entries = [_conflict_entry(c) for c in merged.conflicts]
        ss.replace_conflicts(conn, table, row_id, entries, min(cases) if cases else None)
        if merged.conflicts:
            context.in_conflict.add(row)
        else:
            context.in_conflict.discard(row)
    return True


def apply_snapshot(
    store: Store, actor: Actor, changes: Iterable[Any], audit: list[Any], collected: list[Any] | None = None
) -> None:
    """A newly joined device's starting data: the enrolling device's changes, merged like any bundle, and the rows
    it collected (so that another device's late copy of their history is recognised here too). One transaction
    (a join is all or nothing); the changes are read and applied `_SNAPSHOT_PAGE` at a time, so a whole center's
    log is never held at once."""
    with store.write(actor) as tx:
        ss.add_collected(tx.conn, collected or [])
        if not accept_remote(tx.conn, [list(a) for a in audit]):
            raise ValueError("audit chain in the enrolment file does not hold together")
        newest = ""
        unread = iter(changes)
        while page := list(islice(unread, _SNAPSHOT_PAGE)):
            rows = checked_changes(page)
            apply_changes(tx.conn, rows)
            newest = max([newest, *(c.hlc for c in rows)])
        if newest:
            ss.advance_clock(tx.conn, newest)


def canonical_digest(conn: Connection) -> str:
    """sha256 over every held field's winning value in canonical order: same data, same digest."""
    h = hashlib.sha256()
    for held in ss.held_values(conn):
        h.update(json.dumps(list(held), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()
