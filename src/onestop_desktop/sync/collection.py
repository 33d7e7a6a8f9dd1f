"""Tombstone collection: a deleted row keeps its content and history until no change written without seeing its
delete can still arrive; then it is removed with its history and a stub is kept (see `storage/sync_store/collection`).

Every run's last bundle to a peer reports the author's clock and its *horizon* (per device, the clock up to which it
holds that device's changes). A row deleted at hlc t by device A is collected here when this device's own horizon
for A reaches t and every other active device has reported a horizon for A at or past t in a bundle of its gap-free
applied chain.
"""

from __future__ import annotations

from typing import Final

from ..domain.audit import AuditAction
from ..storage import sync_store as ss
from ..storage.audit_log import AuditRecord
from ..storage.db import Connection
from ..storage.store import Actor
from ..storage.tables import rank
from .context import Run, SyncReport

_COLLECT_BATCH: Final = 500  # rows per transaction: short, like applying a bundle


def reports_of(run: Run, conn: Connection, devices: list[ss.DeviceRecord]) -> dict[str, ss.ChainReport]:
    """Per other device, what its unbroken chain of applied bundles to this one says (`applied_reports`)."""
    return {d.id: ss.applied_reports(conn, d.id) for d in devices if d.id != run.me}


def clocks(reports: dict[str, ss.ChainReport]) -> dict[str, str]:
    """Per device: its clock in the newest bundle of its unbroken chain of applied bundles to this one. This
    device holds every change that device made (within this device's scope) up to that clock."""
    return {device: r.clock for device, r in reports.items() if r.clock}


def collect_tombstones(run: Run, report: SyncReport) -> None:
    """Remove deleted rows (and their history) once no change written without seeing their delete can still
    arrive: every active device has reported holding the delete, in a bundle this device took in with every
    bundle that device wrote before it (so its edits made before it saw the delete are here already)."""
    with run.store.read() as conn:
        devices = [d for d in ss.devices(conn) if d.status == "active" and d.id != run.me]
        reports = reports_of(run, conn, devices)
        mine, theirs = clocks(reports), {device: r.horizon for device, r in reports.items()}
        candidates = ss.tombstones(conn, ss.captured_set(conn))
    ready = [t for t in candidates if _covered(t.hlc, run.me, mine, theirs)]
    if not ready:
        return
    # children before parents: a deleted case's deleted rows go first, then the case if nothing else is left
    ready.sort(key=lambda t: -rank(t.table))
    for start in range(0, len(ready), _COLLECT_BATCH):
        done = 0
        with run.store.write(run.actor, allow_purge=True, durable=False) as tx:
            ss.begin_applying(tx.conn)
            for t in ready[start : start + _COLLECT_BATCH]:
                done += ss.collect(tx.conn, t.table, t.row_id, t.hlc)
            if done:
                tx.audit(_collect_record(run.actor, done))
        report.collected += done


def _moment(hlc: str) -> str:
    """An hlc without its device id: wall time and counter, fixed width, so they compare as text."""
    wall, counter, _ = hlc.split("-", 2)
    return f"{wall}-{counter}"


def _covered(hlc: str, me: str, mine: dict[str, str], theirs: dict[str, dict[str, str]]) -> bool:
    """Whether a tombstone written at `hlc` is held by every active device (`theirs`: what each reported holding,
    per author) and nothing written without seeing it can still arrive here (`mine`: up to which clock this device
    holds each device's changes)."""
    author = hlc.split("-", 2)[2]
    moment = _moment(hlc)
    if author != me and _moment(mine.get(author, "0-0-")) < moment:
        return False  # not every change its author made up to it is here yet
    return all(_moment(h.get(author, "0-0-")) >= moment for device, h in theirs.items() if device != author)


def _collect_record(actor: Actor, count: int) -> AuditRecord:
    return AuditRecord(
        actor.user_id, actor.username, AuditAction.DELETE, "sync", "", f"collected {count} deleted row(s)"
    )
