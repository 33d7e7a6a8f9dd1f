"""SQL for sync, one module per job; this package names them all so callers write `ss.devices(conn)`.

- `changes`: the change log as sync reads and adds to it (one row per change: `data`, `bases`, `resolves`)
- `rows`: making tables hold the merged values; rows waiting for their insert or parent
- `held`: the version of each column this device holds, and the values they name (the digest)
- `conflicts`: conflicts waiting for a person
- `scope`: which case a row belongs to, a field kit's cases, purging
- `collection`: deleted rows collected, and their stubs
- `devices`, `peers` (what went out), `inbox` (what came in, each sender's chain), `quarantine`, `state`, `audit`

The merge *rule* lives in `sync/merge.py`; applying remote changes runs inside `Store.write` with
`write_context.applying = 1`, so the capture triggers log nothing of the merge's own writes.
"""

from __future__ import annotations

from .audit import AuditEntry, all_audit, audit_held, last_audit_seq, own_audit_after
from .changes import (
    ChangeRow,
    OwnChange,
    RowRef,
    all_changes,
    all_held,
    begin_applying,
    changes_by_author,
    changes_by_row,
    changes_of_rows,
    forget_history,
    insert_changes,
    last_own_change,
    lean_inserts,
    only_changes,
    own_changes_after,
    own_ids,
    pending_own_changes,
    row_changes,
)
from .collection import CollectedRow, Tombstone, add_collected, collect, collected, tombstones
from .conflicts import (
    ConflictEntry,
    ConflictRow,
    cases_in_conflict,
    conflict,
    conflict_count,
    conflicts,
    conflicts_of_case,
    replace_conflicts,
    rows_with_conflicts,
)
from .devices import DeviceRecord, devices, introduction
from .held import HeldField, HeldVersions, held_values, set_held
from .inbox import (
    ChainReport,
    Gap,
    InboxEntry,
    SenderSummary,
    applied_reports,
    contiguous_applied,
    gaps,
    inbox_entry,
    inbox_summary,
    record_inbox,
)
from .peers import PeerRow, acknowledged, next_seq, peer, record_outbox, save_peer
from .quarantine import QuarantinedBundle, quarantine, quarantined, quarantined_payload, release_quarantine
from .rows import (
    Column,
    captured_set,
    complete_for_insert,
    existing_ids,
    insert_rows,
    materialize,
    set_waiting,
    sql_value,
    table_columns,
    waiting_rows,
)
from .scope import (
    CaseLabel,
    all_case_ids,
    case_ids_of_row,
    case_labels,
    cases_of_users,
    client_has_cases,
    compact_search_indexes,
    purge_rows,
    rows_of_case,
)
from .state import SyncState, advance_clock, clock, set_folder, set_last_sync, state

__all__ = [
    "AuditEntry",
    "CaseLabel",
    "ChainReport",
    "ChangeRow",
    "CollectedRow",
    "Column",
    "ConflictEntry",
    "ConflictRow",
    "DeviceRecord",
    "Gap",
    "HeldField",
    "HeldVersions",
    "InboxEntry",
    "OwnChange",
    "PeerRow",
    "QuarantinedBundle",
    "RowRef",
    "SenderSummary",
    "SyncState",
    "Tombstone",
    "acknowledged",
    "add_collected",
    "advance_clock",
    "all_audit",
    "all_case_ids",
    "all_changes",
    "all_held",
    "applied_reports",
    "audit_held",
    "begin_applying",
    "captured_set",
    "case_ids_of_row",
    "case_labels",
    "cases_in_conflict",
    "cases_of_users",
    "changes_by_author",
    "changes_by_row",
    "changes_of_rows",
    "client_has_cases",
    "clock",
    "collect",
    "collected",
    "compact_search_indexes",
    "complete_for_insert",
    "conflict",
    "conflict_count",
    "conflicts",
    "conflicts_of_case",
    "contiguous_applied",
    "devices",
    "existing_ids",
    "forget_history",
    "gaps",
    "held_values",
    "inbox_entry",
    "inbox_summary",
    "insert_changes",
    "insert_rows",
    "introduction",
    "last_audit_seq",
    "last_own_change",
    "lean_inserts",
    "materialize",
    "next_seq",
    "only_changes",
    "own_audit_after",
    "own_changes_after",
    "own_ids",
    "peer",
    "pending_own_changes",
    "purge_rows",
    "quarantine",
    "quarantined",
    "quarantined_payload",
    "record_inbox",
    "record_outbox",
    "release_quarantine",
    "replace_conflicts",
    "row_changes",
    "rows_of_case",
    "rows_with_conflicts",
    "save_peer",
    "set_folder",
    "set_held",
    "set_last_sync",
    "set_waiting",
    "sql_value",
    "state",
    "table_columns",
    "tombstones",
    "waiting_rows",
]
