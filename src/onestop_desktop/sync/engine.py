"""One sync run through a folder: take in every finished bundle for this device, then write this device's new
changes for its peers, then apply its field-kit scope and collect deleted rows every device holds.

Each job is a module of its own: `inbox` (taking bundles in), `apply` (making tables hold the merge), `outbox`
(writing bundles), `scope` (field kits), `collection` (deleted rows), `payload` (what a bundle carries). See
ARCHITECTURE.md § Sync.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ..domain.ids import iso_utc
from ..storage import sync_store as ss
from ..storage.store import Actor, Store
from . import bundle
from .client_merges import follow_client_merges
from .collection import collect_tombstones
from .context import DeviceRevoked, Run, SyncReport, device_keys
from .destruction import carry_out_orders
from .inbox import consider, retry_quarantine, retry_refused
from .outbox import write_bundles
from .scope import enforce_scope


class SyncEngine:
    def __init__(self, store: Store, actor: Actor, wipe: Callable[[], None]) -> None:
        self.run_context = Run(store, actor, device_keys(store), wipe)

    @property
    def me(self) -> str:
        return self.run_context.me

    def run(self, folder: Path, progress: Callable[[int, int], bool] | None = None) -> SyncReport:
        """Apply what is in `folder` for this device, then write what this device has for its peers."""
        run = self.run_context
        report = SyncReport()
        names = sorted(n for n in os.listdir(folder) if bundle.parse_bundle_name(n) is not None)
        with run.store.deferred_checkpoints():
            for i, name in enumerate(names):
                if progress is not None and not progress(i, len(names)):
                    break
                consider(run, folder / name, report)
        retry_quarantine(run, report)
        retry_refused(run, report)
        follow_client_merges(run)  # before writing: what it moves goes out in this run
        carry_out_orders(run, report)  # before writing: nothing written here about a destroyed case goes out
        # Out first, then purge: what this laptop wrote about a case that is being taken away from it (or a case
        # it opened for someone else) must be on its way to the workstations before the case leaves it.
        write_bundles(run, folder, report)
        enforce_scope(run, report)
        collect_tombstones(run, report)
        with run.store.bookkeeping() as conn:
            ss.set_last_sync(conn, iso_utc())
            report.gaps = ss.gaps(conn)
            report.conflicts = ss.conflict_count(conn)
            report.waiting = len(ss.waiting_rows(conn))
        return report

    def write_bundles(self, folder: Path, report: SyncReport) -> None:
        """Only write this device's bundles (no bundle is taken in)."""
        write_bundles(self.run_context, folder, report)


__all__ = ["DeviceRevoked", "SyncEngine", "SyncReport"]
