"""Writing this device's changes for its peers: per peer, its own changes after what that peer was last sent, in
bundles of at most `MAX_CHANGES_PER_BUNDLE`, sealed to that peer only and written atomically. The sequence number
is committed before the file exists, so a name is never reused. An idle device writes nothing (acknowledgements
ride along with real changes); a revoked device gets only the notice that makes it wipe itself.
"""

from __future__ import annotations

import base64
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from ..domain.ids import iso_utc, parse_iso
from ..storage import migrate
from ..storage import sync_store as ss
from ..storage.atomic_file import write_atomic
from . import authorize, bundle, guards
from .collection import clocks, reports_of
from .context import Run, SyncReport
from .payload import encode_payload
from .scope import field_selection, scope_of

MAX_CHANGES_PER_BUNDLE: Final = 1000  # each bundle is applied in one short transaction (see benchmarks/sync.py)
HORIZON_INTERVAL_S: Final = 6 * 3600


@dataclass(frozen=True)
class _Reports:
    """What every bundle of one run reports besides its changes (see `collection`)."""

    clock: str
    horizon: dict[str, str]
    deleted: bool  # this device holds deleted rows not collected yet

    def due(self, state: ss.PeerRow) -> bool:
        """A device with nothing to send still reports what it holds, now and then, while deleted rows wait."""
        if not self.deleted or not self.horizon:
            return False
        if not state.sent_at:
            return True
        return time.time() - parse_iso(state.sent_at).timestamp() >= HORIZON_INTERVAL_S


def write_bundles(run: Run, folder: Path, report: SyncReport) -> None:
    with run.store.read() as conn:
        clock = ss.clock(conn)  # read first: every own change up to it is in what is read next
        devices = ss.devices(conn)
        mine = next((d for d in devices if d.id == run.me), None)
        last_own = ss.last_own_change(conn, run.me)
        last_audit = ss.last_audit_seq(conn, run.me)
        peers = {d.id: ss.peer(conn, d.id) for d in devices if d.id != run.me}
        horizon = clocks(reports_of(run, conn, devices))
        deleted = bool(ss.tombstones(conn, ss.captured_set(conn)))
    if mine is None:
        return
    reports = _Reports(clock, horizon, deleted)
    for device in devices:
        if device.id == run.me:
            continue
        first_contact = peers[device.id] is None
        # First contact: a field kit is taken to hold its scope as it is now (the enrolling workstation knows
        # exactly what it was given).
        state = peers[device.id] or ss.PeerRow(
            device.id, device.snapshot.get(run.me, 0), 0, 0, frozenset(scope_of(run, device))
        )
        if device.status != "active":
            if state.last_seq >= 0:
                _send_revocation(run, folder, device, state, report)
            continue
        _send_changes(run, folder, device, state, last_own, last_audit, report, reports, first_contact)


def _send_changes(
    run: Run,
    folder: Path,
    device: ss.DeviceRecord,
    state: ss.PeerRow,
    last_own: int,
    last_audit: int,
    report: SyncReport,
    reports: _Reports,
    first_contact: bool = False,
) -> None:
    with run.store.read() as conn:
        own = ss.own_changes_after(conn, run.me, state.sent_upto)
        if device.scope == "all":
            changes = [c.change for c in own]
            if first_contact and not device.snapshot and device.enrolled_by:
                # A restored database's new identity: give back what its old identity wrote after the backup.
                changes = ss.changes_by_author(conn, device.enrolled_by) + changes
            cases = state.cases
            audit = ss.own_audit_after(conn, run.me, state.audit_sent_upto)
        else:
            changes, cases = field_selection(conn, device, own, state.cases)
            audit = []
    if not changes and not audit and cases == state.cases and not reports.due(state):
        return
    recipient = X25519PublicKey.from_public_bytes(base64.b64decode(device.enc_public_key))
    with run.store.read() as conn:
        intro = ss.introduction(conn)
        ack = ss.contiguous_applied(conn, device.id)  # rides along; no bundle is written just to acknowledge
        # who wrote this (installation) and how far its audit chain goes: see guards.py
        extras = guards.payload_extras(conn, run.me, run.store.device.database_id)
    last_seq = state.last_seq
    for i, chunk in enumerate(_chunks(changes, MAX_CHANGES_PER_BUNDLE)):
        # Small bundles keep each apply transaction short: the GUI never waits long for the database.
        last = (i + 1) * MAX_CHANGES_PER_BUNDLE >= len(changes)
        with run.store.read() as conn:
            signatures = authorize.signatures_for(conn, chunk)  # access changes travel with their signatures
        payload = encode_payload(
            chunk,
            audit if i == 0 else [],
            {device.id: last_seq},
            ack=ack,
            signatures=signatures,
            **extras,
            # Said only once the run's own changes are all in (its last chunk): a device that takes the report
            # in holds every change the sender made before it.
            clock=reports.clock if last else "",
            horizon=reports.horizon if last else {},
        )
        with run.store.bookkeeping() as conn:
            seq = ss.next_seq(conn)  # committed before the file exists: a name is never reused
            ss.record_outbox(conn, device.id, seq)
        _seal_and_write(run, folder, device, recipient, seq, payload, intro)
        last_seq = seq
        report.written += 1
    with run.store.bookkeeping() as conn:
        ss.save_peer(
            conn,
            ss.PeerRow(device.id, last_own, last_audit if device.scope == "all" else 0, last_seq, cases, iso_utc()),
        )


def _send_revocation(run: Run, folder: Path, device: ss.DeviceRecord, state: ss.PeerRow, report: SyncReport) -> None:
    """The one thing still encrypted to a revoked device: the notice that makes it wipe itself."""
    payload = encode_payload([], [], {}, kind="revocation", device=device.id)
    with run.store.bookkeeping() as conn:
        seq = ss.next_seq(conn)
    recipient = X25519PublicKey.from_public_bytes(base64.b64decode(device.enc_public_key))
    _seal_and_write(run, folder, device, recipient, seq, payload, None)
    with run.store.bookkeeping() as conn:
        ss.save_peer(conn, ss.PeerRow(device.id, state.sent_upto, state.audit_sent_upto, -1, state.cases))
    report.written += 1


def _seal_and_write(
    run: Run,
    folder: Path,
    device: ss.DeviceRecord,
    recipient: X25519PublicKey,
    seq: int,
    payload: bytes,
    intro: dict[str, str] | None,
) -> None:
    """A bundle sealed to one device, written under a temporary name, fsynced and renamed."""
    sealed = bundle.seal(
        payload,
        sender_device_id=run.me,
        seq=seq,
        schema_version=migrate.LATEST_VERSION,
        sender_sign_key=run.keys.sign,
        recipients={device.id: recipient},
        introduction=intro,
    )
    write_atomic(folder / bundle.bundle_name(run.me, seq), sealed)


def _chunks(changes: list[ss.ChangeRow], size: int) -> list[list[ss.ChangeRow]]:
    """At most `size` changes per bundle; always at least one (maybe empty) chunk."""
    return [changes[i : i + size] for i in range(0, len(changes), size)] or [[]]
