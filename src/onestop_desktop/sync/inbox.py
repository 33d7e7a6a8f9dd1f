"""Taking in the bundles addressed to this device: each is opened (signature, recipient, decryption), checked, and
applied in one transaction or kept aside.

Sender, sequence and recipient come from the signed header only (a renamed file is refused and kept aside, see
guards.py); every change is authorized on its own before any is applied (authorize.py): a refused change waits
with its reason, the rest of the bundle applies. A second installation using one device identity is kept aside.

Kept in quarantine: a bundle its sender wrote after being revoked (`revoked_after_seq`), one from a newer schema
(applied after this device's upgrade), one whose changes are more than `MAX_AHEAD_MS` ahead of this device's clock
(retried every run: either clock may have been wrong). Refused, by a code only: a file that does not open, or
whose content does not hold together; a refused file is remembered by its hash, so another copy under the same name
is looked at again.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..domain.ids import iso_utc
from ..storage import migrate, trust
from ..storage import sync_store as ss
from ..storage.audit_log import accept_remote
from ..storage.hlc import ClockSkew, receive
from . import authorize, bundle, guards
from .apply import apply_changes, merge_rows
from .context import DeviceRevoked, QuarantineNote, Refusal, Run, SyncReport
from .payload import checked_changes, decode_payload, payload_reports, prev_for

_CHUNK = 500  # changes applied per transaction: 72-101 ms each at most on a quiet host (1,000: 128 ms)


class _ChainBroken(Exception):
    pass


def consider(run: Run, path: Path, report: SyncReport) -> None:
    """One file of the folder: applied, kept aside, refused or left alone (not ours, or taken in before)."""
    parsed = bundle.parse_bundle_name(path.name)
    if parsed is None or parsed[0] == run.me:
        return
    try:
        data = path.read_bytes()
    except OSError:
        return  # vanished or unreadable mid-copy: the next run sees it again
    digest = hashlib.sha256(data).hexdigest()
    with run.store.read() as conn:
        # The name only finds the entry of a file taken in under it before: entries are recorded under the signed
        # header's sender and sequence, so a name that lies finds none, or one of another content.
        seen = ss.inbox_entry(conn, *parsed)
        senders = {d.id: d for d in ss.devices(conn)}
    if seen is not None and seen.sha256 == digest and seen.status != "refused":
        return
    keys = {d.id: Ed25519PublicKey.from_public_bytes(base64.b64decode(d.sign_public_key)) for d in senders.values()}
    try:
        opened = bundle.open_bundle(data, my_device_id=run.me, my_enc_key=run.keys.enc, known_senders=keys)
    except bundle.BundleRefused as refused:
        if refused.code == "not_for_this_device" and refused.header is not None:
            if guards.name_disagrees(path.name, *refused.header):
                _misnamed(run, path, data, digest, report)
                return
            _note(run, *refused.header, "not_for_us", "", digest, None)
            report.not_for_us += 1
            return
        if seen is None or seen.sha256 != digest or refused.code == "unknown_sender":
            report.refused.append(Refusal(path.name, refused.code))
        if refused.code != "unknown_sender":  # an unknown sender may be enrolled later: try again then
            _note(run, *parsed, "refused", refused.code, digest, None)
        return
    if guards.name_disagrees(path.name, opened.sender_device_id, opened.seq):
        _misnamed(run, path, data, digest, report)
        return
    sender, seq = opened.sender_device_id, opened.seq  # from the signed header, never from the name
    try:
        doc = decode_payload(opened.payload)
    except (ValueError, UnicodeDecodeError):
        known = senders.get(sender)
        if opened.schema_version > migrate.LATEST_VERSION and known is not None and known.status == "active":
            # written by a newer version in a form this one cannot read: kept, and applied after the upgrade
            _quarantine(run, sender, seq, "schema", str(opened.schema_version), opened.payload, digest, None, report)
            return
        report.refused.append(Refusal(path.name, "damaged"))
        _note(run, sender, seq, "refused", "damaged", digest, None)
        return
    with run.store.read() as conn:
        twin = guards.twin_installation(conn, sender, doc)
    if twin is not None:  # opened even under the name of an applied bundle: that is how a twin shows
        _keep_twin(run, sender, seq, twin, opened.payload, report)
        return
    if seen is not None and seen.status in ("applied", "quarantined"):
        return  # an applied bundle is never replaced by another file of the same name
    device = senders.get(sender)
    if device is None:  # a restored or copied database's new identity, introduced by its old one
        introducer = senders.get(opened.introduced_by or "")
        if introducer is None or introducer.status != "active":
            report.refused.append(Refusal(path.name, "unknown_sender"))
            return
        device = replace(introducer, id=sender, name=introducer.name, revoked_after_seq=None)
    prev = prev_for(doc, run.me)
    if doc.get("kind") == "revocation":
        if doc.get("device") == run.me and device.scope == "all" and device.status == "active":
            run.wipe()
            raise DeviceRevoked()
        _note(run, sender, seq, "applied", "", digest, prev)
        return
    if device.status != "active" and (device.revoked_after_seq is None or seq > device.revoked_after_seq):
        _quarantine(run, sender, seq, "revoked", "", opened.payload, digest, prev, report)
        return
    _take_ack(run, path.parent, sender, doc)
    origin = authorize.Sender(
        sender,
        device.scope,
        frozenset({opened.introduced_by}) if opened.introduced_by else frozenset(),
        introduced=sender not in senders,
    )
    try:
        _apply_or_quarantine(run, sender, seq, doc, opened.payload, digest, prev, report, origin)
    except (_ChainBroken, ValueError, TypeError, KeyError):
        # Signed by a known device, yet its content does not hold together: refuse it as a whole.
        report.refused.append(Refusal(path.name, "damaged"))
        _note(run, sender, seq, "refused", "damaged", digest, None)


def _misnamed(run: Run, path: Path, data: bytes, digest: str, report: SyncReport) -> None:
    """A file renamed after it was written: refused and kept aside once; nothing else changes."""
    if guards.keep_aside(run.store.data_dir.root, data, digest):
        report.refused.append(Refusal(path.name, "misnamed"))


def _keep_twin(run: Run, sender: str, seq: int, installation: str, payload: bytes, report: SyncReport) -> None:
    """A second installation using an identity another one owns (an enrolment file joined twice): its bundles wait
    for an administrator, neither applied nor lost."""
    with run.store.bookkeeping() as conn:
        new = trust.keep_twin(conn, sender, installation, seq, payload, iso_utc())
    if new:
        report.quarantined += 1
        report.quarantine_notes.append(QuarantineNote(sender, "joined_twice", installation[:8]))


def _apply_or_quarantine(
    run: Run,
    sender: str,
    seq: int,
    doc: dict[str, Any],
    payload: bytes,
    digest: str,
    prev: int | None,
    report: SyncReport,
    origin: authorize.Sender | None = None,
) -> None:
    if int(doc.get("schema", 0)) > migrate.LATEST_VERSION:
        _quarantine(run, sender, seq, "schema", str(doc.get("schema")), payload, digest, prev, report)
        return
    changes = checked_changes(doc.get("changes", []))
    newest = max((c.hlc for c in changes), default="")
    audit = doc.get("audit", [])
    reports = payload_reports(doc)
    with run.store.read() as conn:
        nothing_new = ss.all_held(conn, changes) and ss.audit_held(conn, audit)
    if nothing_new:  # a bundle applied before (or relayed twice): record it, touch nothing else
        with run.store.bookkeeping() as conn:
            ss.release_quarantine(conn, sender, seq)
            ss.record_inbox(conn, sender, seq, "applied", "", digest, prev, iso_utc(), *reports)
        report.applied += 1
        return
    with run.store.write(run.actor, durable=False) as tx:
        conn = tx.conn
        clock = ss.clock(conn)
        if newest:
            try:
                ss.advance_clock(conn, str(receive(clock, newest, run.me)))
            except ClockSkew as skew:
                detail = str(skew.offset_ms // 1000)
                ss.quarantine(conn, sender, seq, "clock", detail, payload, iso_utc())
                ss.record_inbox(conn, sender, seq, "quarantined", "clock", digest, prev, iso_utc())
                report.quarantined += 1
                report.quarantine_notes.append(QuarantineNote(sender, "clock", detail))
                return
        # Every change is authorized before anything of it is applied; the refused ones wait, the rest applies.
        accepted, refused = authorize.authorize_into(
            conn,
            origin or _sender_now(conn, sender),
            seq,
            changes,
            authorize.payload_signatures(doc.get("signatures")),
            (run.actor.user_id, run.actor.username),
            run.me,
            iso_utc(),
        )
        if not accept_remote(conn, audit):
            raise _ChainBroken()
        parts = _chunks(accepted)
        touched = apply_changes(conn, parts[0])
        if len(parts) == 1:
            _record_applied(run, tx, sender, seq, doc, digest, prev, reports, report)
    # The rest in short transactions of their own (the window waits for the database at most one of them), the
    # bundle recorded as applied in the last one. Were the run cut short between two, the bundle is not recorded
    # as applied and is applied again: the changes held already are skipped and merging is idempotent.
    for number, part in enumerate(parts[1:], start=2):
        with run.store.write(run.actor, durable=False) as tx:
            touched |= apply_changes(tx.conn, part)
            if number == len(parts):
                _record_applied(run, tx, sender, seq, doc, digest, prev, reports, report)
    report.applied += 1
    report.changes += len(touched)
    if refused:
        report.quarantined += refused
        report.quarantine_notes.append(QuarantineNote(sender, "changes_refused", str(refused)))


def _record_applied(
    run: Run,
    tx: Any,
    sender: str,
    seq: int,
    doc: dict[str, Any],
    digest: str,
    prev: int | None,
    reports: tuple[str, str],
    report: SyncReport,
) -> None:
    """In the bundle's last transaction: its sender's installation and audit head, and the bundle as applied."""
    conn = tx.conn
    guards.claim(conn, sender, doc, iso_utc())
    cut = guards.take_audit_head(conn, sender, doc, iso_utc())
    if cut is not None:
        tx.audit(guards.cut_chain_record(run.actor, sender, *cut))
        report.quarantine_notes.append(QuarantineNote(sender, "audit_truncated", f"{cut[0]} -> {cut[1]}"))
    ss.release_quarantine(conn, sender, seq)
    ss.record_inbox(conn, sender, seq, "applied", "", digest, prev, iso_utc(), *reports)


def _chunks(changes: list[ss.ChangeRow]) -> list[list[ss.ChangeRow]]:
    """About `_CHUNK` changes each, a row's changes always together (each row is merged once), rows in the order
    they first appear (parents before children, as their authors wrote them)."""
    by_row: dict[tuple[str, str], list[ss.ChangeRow]] = {}
    for change in changes:
        by_row.setdefault((change.table, change.row_id), []).append(change)
    parts: list[list[ss.ChangeRow]] = [[]]
    for row_changes in by_row.values():
        if len(parts[-1]) >= _CHUNK:
            parts.append([])
        parts[-1].extend(row_changes)
    return parts


def _sender_now(conn: Any, sender: str) -> authorize.Sender:
    """For a bundle applied later (from quarantine): the sender as the device rows say now."""
    device = next((d for d in ss.devices(conn) if d.id == sender), None)
    return authorize.Sender(sender, device.scope if device else "unknown")


def retry_refused(run: Run, report: SyncReport) -> None:
    """Changes refused earlier that pass now (their author's key or promotion has come since from elsewhere)."""
    with run.store.read() as conn:
        if not trust.refused_changes(conn):
            return
    with run.store.write(run.actor, durable=False) as tx:
        passed = authorize.retry_refused(tx.conn)
        if passed:
            merge_rows(tx.conn, ss.insert_changes(tx.conn, passed))
    report.changes += len(passed)


def _take_ack(run: Run, folder: Path, sender: str, doc: dict[str, Any]) -> None:
    """The sender has taken in our bundles up to `ack`: their files leave the folder (every bundle has one
    recipient, so this one's acknowledgement is all it waits for)."""
    ack = doc.get("ack")
    if not isinstance(ack, int) or ack <= 0:
        return
    with run.store.bookkeeping() as conn:
        done = ss.acknowledged(conn, sender, ack)
    for seq in done:
        with contextlib.suppress(OSError):
            (folder / bundle.bundle_name(run.me, seq)).unlink(missing_ok=True)


def _quarantine(
    run: Run,
    sender: str,
    seq: int,
    reason: str,
    detail: str,
    payload: bytes,
    digest: str,
    prev: int | None,
    report: SyncReport,
) -> None:
    with run.store.bookkeeping() as conn:
        ss.quarantine(conn, sender, seq, reason, detail, payload, iso_utc())
        ss.record_inbox(conn, sender, seq, "quarantined", reason, digest, prev, iso_utc())
    report.quarantined += 1
    report.quarantine_notes.append(QuarantineNote(sender, reason, detail))


def retry_quarantine(run: Run, report: SyncReport) -> None:
    """Bundles from a newer schema are applied once this device has been upgraded; bundles from a clock far
    ahead once the clocks agree again (either one may have been wrong)."""
    with run.store.read() as conn:
        waiting = [q for q in ss.quarantined(conn) if q.reason in ("schema", "clock")]
    for kept in waiting:
        with run.store.read() as conn:
            payload = ss.quarantined_payload(conn, kept.sender, kept.seq)
            entry = ss.inbox_entry(conn, kept.sender, kept.seq)
        if payload is None or entry is None:
            continue
        try:
            doc = decode_payload(payload)
        except (ValueError, UnicodeDecodeError):
            continue  # still a form this version cannot read
        if int(doc.get("schema", 0)) <= migrate.LATEST_VERSION:
            before = report.quarantined
            prev = prev_for(doc, run.me)
            _apply_or_quarantine(run, kept.sender, kept.seq, doc, payload, entry.sha256, prev, report)
            if report.quarantined > before:  # still quarantined: already reported when it came in
                report.quarantined = before
                report.quarantine_notes.pop()


def _note(run: Run, sender: str, seq: int, status: str, reason: str, digest: str, prev: int | None) -> None:
    with run.store.bookkeeping() as conn:
        ss.record_inbox(conn, sender, seq, status, reason, digest, prev, iso_utc())
