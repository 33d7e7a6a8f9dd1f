"""The merge rule for replicated field writes: pure, deterministic and independent of arrival order.

Why it is shaped this way: bundles arrive late, twice, in any order and relayed through third devices, so a
device's merged view must be a function of the *set* of writes it has seen, never of the order they came in.
``MergeState`` therefore keeps every write it has accepted (per field, by a stable id) and derives the winner and
the conflicts of a field from that set each time the field's row is touched. Two devices that have seen the same
writes hold the same winners, the same conflicts and print the same ``digest`` — whatever happened on the way.

The rule, per (table, row, column):

- A write *supersedes* the version it was written over: the one whose hlc is its ``base_hlc``, and the versions
  listed in ``resolves`` (the other sides of a conflict its writer was shown). The field's *heads* are the writes
  no other write supersedes.
- The winner is the head with the greatest (hlc, device id) — last-writer-wins among writes that had not seen each
  other. Superseding first means an edit made after seeing a value always replaces it, even when the value came
  from a device whose clock runs ahead (a clock set wrong cannot win every later edit).
- Two or more heads with different values are a ``Conflict`` ("field"): neither writer had seen the other, so both
  values, authors and times are kept for a person to choose. Identical values are not a conflict, and for
  ``deleted_at`` any two tombstones count as the same value (deleting twice is not a disagreement).
- A head on another column of a row whose ``deleted_at`` winner is a tombstone, with an hlc after the tombstone's,
  is a ``Conflict`` ("delete"): the deleter cannot have seen that edit (its clock would have passed it). An edit
  with an earlier hlc from a device whose clock lagged cannot be told apart from one the deleter had seen; it stays
  the field's winner under the tombstone (nothing is lost, and a re-create brings it back).
- ``resolve`` makes the write that clears a conflict: base = the winner's hlc, ``resolves`` = the other sides'
  hlcs. It syncs like any edit, and on every device it supersedes all sides, so the conflict disappears everywhere.
- Append-only tables (sessions, audit, attachments, referral events) are never edited: their inserts simply union
  and never conflict.

Keeping whole histories is the simple, obviously-convergent form; the apply engine may compact a field's history
to its heads once every active device has acknowledged the writes (the same rule as tombstone collection).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final, Literal

from ..storage import tables

JsonValue = None | bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"]
FieldKey = tuple[str, str, str]  # table, row_id, column
RowKey = tuple[str, str]  # table, row_id
WriteId = tuple[str, str, str, str, str]  # device_id, hlc, table, row_id, column

DELETED_AT: Final = "deleted_at"
# The replicated tables declared append-only, and the audit log (whose entries are never edited either).
APPEND_ONLY_TABLES: Final = tables.APPEND_ONLY_TABLES | {"audit_log"}
# Bookkeeping every write touches: last-writer-wins, never shown as a conflict (the real columns are).
METADATA_COLUMNS: Final = frozenset({"updated_at", "updated_by", "created_at", "origin_device", "last_activity_at"})


@dataclass(frozen=True)
class FieldWrite:
    """One column of one row set by one write. An insert is one per column with ``base_hlc`` ""; a delete is one on
    ``deleted_at``. ``base_hlc`` is the hlc of the version of this field the writer's device held ("" if none), which
    is how a merge tells "written over it" from "written without knowing of it"."""

    table: str
    row_id: str
    column: str
    value: JsonValue
    hlc: str
    device_id: str
    user_id: str
    base_hlc: str = ""
    resolves: tuple[str, ...] = ()

    @property
    def key(self) -> FieldKey:
        return (self.table, self.row_id, self.column)

    @property
    def write_id(self) -> WriteId:
        return (self.device_id, self.hlc, self.table, self.row_id, self.column)

    def canonical(self) -> str:
        """The write as canonical JSON (sorted keys, fixed separators), for a total order on writes."""
        return _canon(
            [
                self.table,
                self.row_id,
                self.column,
                self.value,
                self.hlc,
                self.device_id,
                self.user_id,
                self.base_hlc,
                sorted(self.resolves),
            ]
        )


@dataclass(frozen=True)
class Conflict:
    """Writes that disagree and had not seen each other, sorted by (hlc, device id); the last one is the winner.

    ``kind`` "field": concurrent values of ``column``. ``kind`` "delete": ``versions[0]`` is the tombstone of the row
    and the rest are edits of ``column`` made without seeing it. ``key`` is the same on every device.
    """

    kind: Literal["field", "delete"]
    table: str
    row_id: str
    column: str
    versions: tuple[FieldWrite, ...]

    @property
    def key(self) -> tuple[str, str, str, str, tuple[str, ...]]:
        return (self.kind, self.table, self.row_id, self.column, tuple(w.hlc for w in self.versions))


@dataclass
class MergeState:
    """Everything a device has merged: every accepted write by field, the winner per field, open conflicts by row."""

    append_only: frozenset[str] = APPEND_ONLY_TABLES
    history: dict[FieldKey, dict[WriteId, FieldWrite]] = field(default_factory=dict)
    columns: dict[RowKey, set[str]] = field(default_factory=dict)
    winners: dict[FieldKey, FieldWrite] = field(default_factory=dict)
    row_conflicts: dict[RowKey, tuple[Conflict, ...]] = field(default_factory=dict)

    def seen(self, write_id: WriteId) -> bool:
        return write_id in self.history.get(write_id[2:], {})

    def conflicts(self) -> list[Conflict]:
        """Open conflicts in one order every device agrees on."""
        return sorted((c for group in self.row_conflicts.values() for c in group), key=lambda c: c.key)

    def apply(self, writes: Iterable[FieldWrite]) -> MergeState:
        """Merge a batch of writes (in any order, duplicates allowed) and return this state.

        A write already seen changes nothing. Two different writes claiming one id (only a faulty or forged sender
        produces them; signed bundles rule it out) are settled by keeping the greater canonical text, so even then
        every device keeps the same one.
        """
        touched: set[RowKey] = set()
        for write in writes:
            fields = self.history.setdefault(write.key, {})
            known = fields.get(write.write_id)
            if known is not None and known.canonical() >= write.canonical():
                continue
            fields[write.write_id] = write
            self.columns.setdefault((write.table, write.row_id), set()).add(write.column)
            touched.add((write.table, write.row_id))
        for row in touched:
            self._recompute(row)
        return self

    def _recompute(self, row: RowKey) -> None:
        table, row_id = row
        writes = [w for column in self.columns[row] for w in self.history[(table, row_id, column)].values()]
        merged = merge_row(table, row_id, writes, self.append_only)
        for column, winner in merged.winners.items():
            self.winners[(table, row_id, column)] = winner
        if merged.conflicts:
            self.row_conflicts[row] = merged.conflicts
        else:
            self.row_conflicts.pop(row, None)


@dataclass(frozen=True)
class RowMerge:
    winners: dict[str, FieldWrite]
    conflicts: tuple[Conflict, ...]


def merge_row(
    table: str, row_id: str, writes: Iterable[FieldWrite], append_only: frozenset[str] = APPEND_ONLY_TABLES
) -> RowMerge:
    """The winner of every column of one row and its open conflicts, from every write held for that row.

    This is the whole rule; ``MergeState`` and the store-backed engine both call it, so the engine merges exactly
    as the property-tested model does.
    """
    by_column: dict[str, dict[WriteId, FieldWrite]] = {}
    for write in writes:
        known = by_column.setdefault(write.column, {}).get(write.write_id)
        if known is None or write.canonical() > known.canonical():
            by_column[write.column][write.write_id] = write
    conflicts: list[Conflict] = []
    winners: dict[str, FieldWrite] = {}
    heads_by_column: dict[str, list[FieldWrite]] = {}
    for column in sorted(by_column):
        column_writes = by_column[column].values()
        superseded = {w.base_hlc for w in column_writes} | {hlc for w in column_writes for hlc in w.resolves}
        heads = sorted((w for w in column_writes if w.hlc not in superseded), key=_order)
        if not heads:  # only a cycle of bases (a faulty sender) gets here; stay deterministic anyway
            heads = sorted(column_writes, key=_order)
        heads_by_column[column] = heads
        winners[column] = heads[-1]
        quiet = table in append_only or column in METADATA_COLUMNS
        if not quiet and len({_compared(w) for w in heads}) > 1:
            conflicts.append(Conflict("field", table, row_id, column, tuple(heads)))
    tombstone = winners.get(DELETED_AT)
    if table not in append_only and tombstone is not None and tombstone.value is not None:
        for column, heads in heads_by_column.items():
            if column == DELETED_AT or column in METADATA_COLUMNS:
                continue
            unseen = tuple(w for w in heads if _order(w) > _order(tombstone))
            if unseen:
                conflicts.append(Conflict("delete", table, row_id, column, (tombstone, *unseen)))
    return RowMerge(winners, tuple(conflicts))


def apply(state: MergeState, writes: Iterable[FieldWrite]) -> MergeState:
    """Functional spelling of ``MergeState.apply`` (it updates ``state`` in place and returns it)."""
    return state.apply(writes)


def resolve(conflict: Conflict, value: JsonValue, *, hlc: str, device_id: str, user_id: str) -> FieldWrite:
    """The write that settles ``conflict`` with ``value`` (one of the sides, or a combination).

    A field conflict is settled on its column: base = the winner's hlc and ``resolves`` = every other side, so the
    write supersedes all of them. A delete conflict is settled on ``deleted_at`` over the tombstone: ``None``
    restores the row (the edits stand), a timestamp confirms the delete (its hlc, newer than the edits the resolver
    was shown, means the deleter has now seen them). ``hlc`` must come from the resolving device's clock.
    """
    if conflict.kind == "field":
        winner, others = conflict.versions[-1], conflict.versions[:-1]
        return FieldWrite(
            conflict.table,
            conflict.row_id,
            conflict.column,
            value,
            hlc,
            device_id,
            user_id,
            winner.hlc,
            tuple(sorted(w.hlc for w in others)),
        )
    tombstone = conflict.versions[0]
    return FieldWrite(conflict.table, conflict.row_id, DELETED_AT, value, hlc, device_id, user_id, tombstone.hlc)


def digest(state: MergeState) -> str:
    """sha256 of the winning values in canonical form (sorted, canonical JSON): same data, same digest."""
    rows = [[*key, write.value] for key, write in sorted(state.winners.items())]
    return hashlib.sha256(_canon(rows).encode("utf-8")).hexdigest()


def _order(write: FieldWrite) -> tuple[str, str]:
    return (write.hlc, write.device_id)


def _compared(write: FieldWrite) -> str:
    if write.column == DELETED_AT and write.value is not None:
        return _canon("deleted")
    return _canon(write.value)


def _canon(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
