"""Writing this device's changes as bundles and applying the bundles addressed to it.

One `sync(folder)` run: apply every finished bundle in the folder that is for this device (each in one
transaction, or kept aside), then write this device's new changes as bundles for its peers. The merge of each
touched row is `merge.merge_row` over every write held for the row, so the database always equals what the
property-tested rule says, whatever order bundles came in. See ARCHITECTURE.md § Sync.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from ..domain.ids import iso_utc, parse_iso
from ..storage import migrate
from ..storage import sync_store as ss
from ..storage.atomic_file import write_atomic
from ..storage.audit_log import accept_remote
from ..storage.db import Connection
from ..storage.hlc import MAX_AHEAD_MS, ClockSkew, receive
from ..storage.store import Actor, Store
from . import bundle
from .merge import DELETED_AT, Conflict, FieldWrite, merge_row

PAYLOAD_VERSION: Final = 2
MAX_CHANGES_PER_BUNDLE: Final = 1000  # each bundle is applied in one short transaction (see benchmarks/sync.py)
# Parents before children, so a bundle's rows materialise in one pass when everything is there.
TABLE_ORDER: Final = (
    "devices",
    "users",
    "settings",
    "agencies",
    "programs",
    "program_sessions",
    "survey_versions",
    "clients",
    "client_phones",
    "client_rrns",
    "attachments",
    "consents",
    "cases",
    "case_crime_types",
    "case_team",
    "needs",
    "plan_goals",
    "case_sessions",
    "case_services",
    "followups",
    "referrals",
    "referral_events",
    "documents",
    "program_enrolments",
    "program_attendance",
    "feedback_requests",
    "feedback_responses",
)
_RANK = {t: i for i, t in enumerate(TABLE_ORDER)}


class DeviceRevoked(Exception):
    """This device learned that it was revoked; its data folder has been wiped."""


@dataclass
class SyncReport:
    written: int = 0
    applied: int = 0
    changes: int = 0
    conflicts: int = 0
    quarantined: int = 0
    not_for_us: int = 0
    waiting: int = 0
    purged_cases: int = 0
    collected: int = 0  # deleted rows every active device had: removed here with their history
    gaps: list[tuple[str, int]] = field(default_factory=list)  # (sender device id, missing seq)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason code)
    quarantine_notes: list[tuple[str, str, str]] = field(default_factory=list)  # (device id, reason, detail)


@dataclass(frozen=True)
class Keys:
    device_id: str
    enc: X25519PrivateKey
    sign: Ed25519PrivateKey


def device_keys(store: Store) -> Keys:
    enc_raw, sign_raw = store.device_private_keys()
    return Keys(
        store.device.device_id,
        X25519PrivateKey.from_private_bytes(enc_raw),
        Ed25519PrivateKey.from_private_bytes(sign_raw),
    )


# -- merging rows -------------------------------------------------------------------------------------
def field_writes(change: ss.ChangeRow) -> list[FieldWrite]:
    """A change as the merge rule sees it: one write per column it set."""
    table, row_id, hlc, device_id, user_id, _, data, bases, resolves = change
    values = json.loads(data)
    base = json.loads(bases) if bases else {}
    settles = json.loads(resolves) if resolves else {}
    if not isinstance(values, dict) or not isinstance(base, dict) or not isinstance(settles, dict):
        raise ValueError("a change is not a set of columns")
    return [
        FieldWrite(
            table, row_id, col, value, hlc, device_id, user_id, base.get(col, ""), tuple(settles.get(col, "").split())
        )
        for col, value in values.items()
    ]


def _conflict_id(c: Conflict) -> str:
    return hashlib.sha256(json.dumps(c.key, separators=(",", ":")).encode()).hexdigest()[:32]


def _conflict_versions(c: Conflict) -> str:
    return json.dumps(
        [{"value": w.value, "hlc": w.hlc, "device": w.device_id, "user": w.user_id} for w in c.versions],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def merge_rows(conn: Connection, rows: Iterable[tuple[str, str]]) -> int:
    """Re-merge rows from their changes and make the tables hold the winners; returns rows still waiting."""
    ss.begin_applying(conn)
    waiting = set(ss.waiting_rows(conn))
    context = _MergeContext(ss.captured_set(conn), waiting, ss.rows_with_conflicts(conn))
    pending = sorted(set(rows) | waiting, key=lambda r: (_RANK.get(r[0], 99), r[1]))
    pending = _insert_new_rows(conn, pending, context)
    progress = True
    while progress:
        progress = False
        still: list[tuple[str, str]] = []
        for table, row_id in pending:
            if _merge_row(conn, table, row_id, context):
                progress = True
            else:
                still.append((table, row_id))
        pending = still
    return len(pending)


_BATCH: Final = 400


def _insert_new_rows(conn: Connection, pending: list[tuple[str, str]], context: _MergeContext) -> list[tuple[str, str]]:
    """The common case in bulk: rows this device has never held, without conflicts, inserted a table at a time.

    Everything else (existing rows, conflicts, rows whose parent is missing) is returned for the row-by-row path.
    """
    left: list[tuple[str, str]] = []
    by_table: dict[str, list[str]] = {}
    for table, row_id in pending:
        by_table.setdefault(table, []).append(row_id)
    for table in sorted(by_table, key=lambda t: _RANK.get(t, 99)):
        ids = by_table[table]
        if table not in context.captured:
            continue
        for start in range(0, len(ids), _BATCH):
            batch = ids[start : start + _BATCH]
            left += [(table, r) for r in _insert_batch(conn, table, batch, context)]
    return sorted(left, key=lambda r: (_RANK.get(r[0], 99), r[1]))


def _winners(table: str, row_id: str, history: list[ss.ChangeRow]) -> tuple[dict[str, Any], dict[str, str]] | None:
    """Values and versions of a row never held here, or None when its writes conflict. A row written once (the
    usual insert) is its one change: the merge rule could not decide otherwise, so it is not asked."""
    if len(history) == 1:
        values = json.loads(history[0][6])
        if not isinstance(values, dict):
            raise ValueError("a change is not a set of columns")
        return values, dict.fromkeys(values, history[0][2])
    merged = merge_row(table, row_id, [w for change in history for w in field_writes(change)])
    if merged.conflicts:
        return None
    return {c: w.value for c, w in merged.winners.items()}, {c: w.hlc for c, w in merged.winners.items()}


def _insert_batch(conn: Connection, table: str, ids: list[str], context: _MergeContext) -> list[str]:
    histories = ss.changes_by_row(conn, table, ids)
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
    held: list[tuple[str, str, dict[str, str]]] = []
    for columns, rows in groups.items():
        if not ss.insert_rows(conn, table, columns, [v for _, v, _ in rows]):
            left += [r for r, _, _ in rows]  # a parent is missing, or a constraint: one at a time, some wait
            continue
        for row_id, _, versions in rows:
            if len(histories[row_id]) > 1:  # a row written once holds its one change's versions implicitly
                held.append((table, row_id, versions))
            if (table, row_id) in context.waiting:
                ss.set_waiting(conn, table, row_id, False)
                context.waiting.discard((table, row_id))
    ss.set_held(conn, held)
    return left


@dataclass
class _MergeContext:
    """What one merge pass reads once instead of once per row."""

    captured: frozenset[str]
    waiting: set[tuple[str, str]]
    in_conflict: set[tuple[str, str]]


def _merge_row(conn: Connection, table: str, row_id: str, context: _MergeContext) -> bool:
    if table not in context.captured:
        return True
    history = ss.row_changes(conn, table, row_id)
    if not history:
        return True
    merged = merge_row(table, row_id, [w for change in history for w in field_writes(change)])
    key = (table, row_id)
    if not ss.materialize(conn, table, row_id, {c: w.value for c, w in merged.winners.items()}):
        if key not in context.waiting:
            ss.set_waiting(conn, table, row_id, True)
            context.waiting.add(key)
        return False
    if key in context.waiting:
        ss.set_waiting(conn, table, row_id, False)
        context.waiting.discard(key)
    ss.set_held(conn, [(table, row_id, {c: w.hlc for c, w in merged.winners.items()})])
    if merged.conflicts or key in context.in_conflict:
        cases = ss.case_ids_of_row(conn, table, row_id) if merged.conflicts else set()
        ss.replace_conflicts(
            conn,
            table,
            row_id,
            [(_conflict_id(c), c.kind, c.column, _conflict_versions(c)) for c in merged.conflicts],
            min(cases) if cases else None,
        )
        if merged.conflicts:
            context.in_conflict.add(key)
        else:
            context.in_conflict.discard(key)
    return True


# -- payloads -------------------------------------------------------------------------------------------
def encode_payload(
    changes: list[ss.ChangeRow], audit: list[tuple[Any, ...]], prev: dict[str, int], kind: str = "changes", **extra: Any
) -> bytes:
    doc = {
        "v": PAYLOAD_VERSION,
        "kind": kind,
        "schema": migrate.LATEST_VERSION,
        "wall": time.time_ns() // 1_000_000,
        "prev": prev,
        "changes": changes,
        "audit": audit,
        **extra,
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_payload(payload: bytes) -> dict[str, Any]:
    doc = json.loads(payload.decode("utf-8"))
    if not isinstance(doc, dict) or doc.get("v") not in (1, PAYLOAD_VERSION):
        raise ValueError("payload version")
    if doc["v"] == 1:  # written before the change log was the history (kept in quarantine, or from an old device)
        doc["changes"] = changes_from_field_writes(doc.pop("writes", []))
    return doc


def changes_from_field_writes(writes: list[Any]) -> list[ss.ChangeRow]:
    """Version-1 payloads carried one write per field: (table, row, column, JSON value, hlc, device, user, base,
    resolves). Writes at one hlc to one row are one change."""
    grouped: dict[tuple[str, str, str], list[Any]] = {}
    for w in writes:
        table, row_id, col, value, hlc, device_id, user_id, base, resolves = (str(x) for x in w)
        entry = grouped.setdefault((table, row_id, hlc), [device_id, user_id, {}, {}, {}])
        entry[2][col] = json.loads(value)
        if base:
            entry[3][col] = base
        if resolves:
            entry[4][col] = resolves
    out: list[ss.ChangeRow] = []
    for (table, row_id, hlc), (device_id, user_id, data, bases, resolves) in grouped.items():
        op = "insert" if "id" in data else "delete" if data.get(DELETED_AT) is not None else "update"
        out.append(
            (
                table,
                row_id,
                hlc,
                device_id,
                user_id,
                op,
                _dump(data),
                _dump(bases) if bases else "",
                _dump(resolves) if resolves else "",
            )
        )
    return out


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# -- the engine -----------------------------------------------------------------------------------------
class SyncEngine:
    def __init__(self, store: Store, actor: Actor, wipe: Callable[[], None]) -> None:
        self.store = store
        self.actor = actor
        self.keys = device_keys(store)
        self._wipe = wipe

    @property
    def me(self) -> str:
        return self.keys.device_id

    def run(self, folder: Path, progress: Callable[[int, int], bool] | None = None) -> SyncReport:
        """Apply what is in `folder` for this device, then write what this device has for its peers."""
        report = SyncReport()
        names = sorted(n for n in os.listdir(folder) if bundle.parse_bundle_name(n) is not None)
        with self.store.deferred_checkpoints():
            for i, name in enumerate(names):
                if progress is not None and not progress(i, len(names)):
                    break
                self._consider(folder / name, report)
        self._retry_quarantine(report)
        # Out first, then purge: what this laptop wrote about a case that is being taken away from it (or a case
        # it opened for someone else) must be on its way to the workstations before the case leaves it.
        self.write_bundles(folder, report)
        self._enforce_scope(report)
        self._collect_tombstones(report)
        with self.store.bookkeeping() as conn:
            ss.set_last_sync(conn, iso_utc())
            report.gaps = self._gaps(conn)
            report.conflicts = ss.conflict_count(conn)
            report.waiting = len(ss.waiting_rows(conn))
        return report

    # -- incoming ---------------------------------------------------------------------------------------
    def _known_senders(self, conn: Connection) -> dict[str, ss.DeviceRecord]:
        return {d.id: d for d in ss.devices(conn)}

    def _consider(self, path: Path, report: SyncReport) -> None:
        parsed = bundle.parse_bundle_name(path.name)
        if parsed is None:
            return
        sender, seq = parsed
        if sender == self.me:
            return
        try:
            data = path.read_bytes()
        except OSError:
            return  # vanished or unreadable mid-copy: the next run sees it again
        digest = hashlib.sha256(data).hexdigest()
        with self.store.read() as conn:
            seen = ss.inbox_entry(conn, sender, seq)
            senders = self._known_senders(conn)
        if seen is not None and seen[2] == digest and seen[0] != "refused":
            return
        if seen is not None and seen[0] in ("applied", "quarantined"):
            return  # an applied bundle is never replaced by another file of the same name
        keys = {d.id: Ed25519PublicKey.from_public_bytes(base64.b64decode(d.sign_public_key)) for d in senders.values()}
        try:
            opened = bundle.open_bundle(data, my_device_id=self.me, my_enc_key=self.keys.enc, known_senders=keys)
        except bundle.BundleRefused as refused:
            if refused.code == "not_for_this_device":
                self._note(sender, seq, "not_for_us", "", digest, None)
                report.not_for_us += 1
                return
            if seen is None or seen[2] != digest or refused.code == "unknown_sender":
                report.refused.append((path.name, refused.code))
            if refused.code != "unknown_sender":  # an unknown sender may be enrolled later: try again then
                self._note(sender, seq, "refused", refused.code, digest, None)
            return
        try:
            doc = decode_payload(opened.payload)
        except (ValueError, UnicodeDecodeError):
            known = senders.get(sender)
            if opened.schema_version > migrate.LATEST_VERSION and known is not None and known.status == "active":
                # written by a newer version in a form this one cannot read: kept, and applied after the upgrade
                self._quarantine(
                    sender, seq, "schema", str(opened.schema_version), opened.payload, digest, None, report
                )
                return
            report.refused.append((path.name, "damaged"))
            self._note(sender, seq, "refused", "damaged", digest, None)
            return
        device = senders.get(sender)
        if device is None:  # a restored or copied database's new identity, introduced by its old one
            introducer = senders.get(opened.introduced_by or "")
            if introducer is None or introducer.status != "active":
                report.refused.append((path.name, "unknown_sender"))
                return
            device = replace(introducer, id=sender, name=introducer.name, revoked_after_seq=None)
        prev = _prev_for(doc, self.me)
        if doc.get("kind") == "revocation":
            if doc.get("device") == self.me and device.scope == "all" and device.status == "active":
                self._wipe()
                raise DeviceRevoked()
            self._note(sender, seq, "applied", "", digest, prev)
            return
        if device.status != "active" and (device.revoked_after_seq is None or seq > device.revoked_after_seq):
            self._quarantine(sender, seq, "revoked", "", opened.payload, digest, prev, report)
            return
        self._take_ack(path.parent, sender, doc)
        try:
            self._apply_or_quarantine(sender, seq, doc, opened.payload, digest, prev, report)
        except (_ChainBroken, ValueError, TypeError, KeyError):
            # Signed by a known device, yet its content does not hold together: refuse it as a whole.
            report.refused.append((path.name, "damaged"))
            self._note(sender, seq, "refused", "damaged", digest, None)

    def _apply_or_quarantine(
        self,
        sender: str,
        seq: int,
        doc: dict[str, Any],
        payload: bytes,
        digest: str,
        prev: int | None,
        report: SyncReport,
    ) -> None:
        if int(doc.get("schema", 0)) > migrate.LATEST_VERSION:
            self._quarantine(sender, seq, "schema", str(doc.get("schema")), payload, digest, prev, report)
            return
        changes = _checked_changes(doc.get("changes", []))
        newest = max((c[2] for c in changes), default="")
        audit = doc.get("audit", [])
        reports = _payload_reports(doc)
        with self.store.read() as conn:
            nothing_new = ss.all_held(conn, changes) and ss.audit_held(conn, audit)
        if nothing_new:  # a bundle applied before (or relayed twice): record it, touch nothing else
            with self.store.bookkeeping() as conn:
                ss.release_quarantine(conn, sender, seq)
                ss.record_inbox(conn, sender, seq, "applied", "", digest, prev, iso_utc(), *reports)
            report.applied += 1
            return
        with self.store.write(self.actor, durable=False) as tx:
            conn = tx.conn
            clock = ss.clock(conn)
            if newest:
                try:
                    ss.advance_clock(conn, str(receive(clock, newest, self.me)))
                except ClockSkew as skew:
                    detail = str(skew.offset_ms // 1000)
                    ss.quarantine(conn, sender, seq, "clock", detail, payload, iso_utc())
                    ss.record_inbox(conn, sender, seq, "quarantined", "clock", digest, prev, iso_utc())
                    report.quarantined += 1
                    report.quarantine_notes.append((sender, "clock", detail))
                    return
            touched = ss.insert_changes(conn, changes)
            if not accept_remote(conn, audit):
                raise _ChainBroken()
            merge_rows(conn, touched)
            ss.release_quarantine(conn, sender, seq)
            ss.record_inbox(conn, sender, seq, "applied", "", digest, prev, iso_utc(), *reports)
        report.applied += 1
        report.changes += len(touched)

    def _take_ack(self, folder: Path, sender: str, doc: dict[str, Any]) -> None:
        """The sender has taken in our bundles up to `ack`: their files leave the folder (every bundle has one
        recipient, so this one's acknowledgement is all it waits for)."""
        ack = doc.get("ack")
        if not isinstance(ack, int) or ack <= 0:
            return
        with self.store.bookkeeping() as conn:
            done = ss.acknowledged(conn, sender, ack)
        for seq in done:
            with contextlib.suppress(OSError):
                (folder / bundle.bundle_name(self.me, seq)).unlink(missing_ok=True)

    def _quarantine(
        self,
        sender: str,
        seq: int,
        reason: str,
        detail: str,
        payload: bytes,
        digest: str,
        prev: int | None,
        report: SyncReport,
    ) -> None:
        with self.store.bookkeeping() as conn:
            ss.quarantine(conn, sender, seq, reason, detail, payload, iso_utc())
            ss.record_inbox(conn, sender, seq, "quarantined", reason, digest, prev, iso_utc())
        report.quarantined += 1
        report.quarantine_notes.append((sender, reason, detail))

    def _retry_quarantine(self, report: SyncReport) -> None:
        """Bundles from a newer schema are applied once this device has been upgraded; bundles from a clock far
        ahead once the clocks agree again (either one may have been wrong)."""
        with self.store.read() as conn:
            waiting = [(s, q) for s, q, reason, _, _ in ss.quarantined(conn) if reason in ("schema", "clock")]
        for sender, seq in waiting:
            with self.store.read() as conn:
                payload = ss.quarantined_payload(conn, sender, seq)
                entry = ss.inbox_entry(conn, sender, seq)
            if payload is None or entry is None:
                continue
            try:
                doc = decode_payload(payload)
            except (ValueError, UnicodeDecodeError):
                continue  # still a form this version cannot read
            if int(doc.get("schema", 0)) <= migrate.LATEST_VERSION:
                before = report.quarantined
                self._apply_or_quarantine(sender, seq, doc, payload, entry[2], _prev_for(doc, self.me), report)
                if report.quarantined > before:  # still quarantined: already reported when it came in
                    report.quarantined = before
                    report.quarantine_notes.pop()

    def _note(self, sender: str, seq: int, status: str, reason: str, digest: str, prev: int | None) -> None:
        with self.store.bookkeeping() as conn:
            ss.record_inbox(conn, sender, seq, status, reason, digest, prev, iso_utc())

    def _gaps(self, conn: Connection) -> list[tuple[str, int]]:
        return ss.gaps(conn)

    # -- field kits ---------------------------------------------------------------------------------------
    def _enforce_scope(self, report: SyncReport) -> None:
        """A field kit keeps only the cases assigned to its users; the rest is purged, and the purge recorded."""
        with self.store.read() as conn:
            mine = next((d for d in ss.devices(conn) if d.id == self.me), None)
            if mine is None or mine.scope != "field":
                return
            keep = ss.cases_of_users(conn, mine.users)
            drop = sorted(ss.all_case_ids(conn) - keep)
        if not drop:
            return
        with self.store.write(self.actor, allow_purge=True) as tx:
            conn = tx.conn
            for case_id in drop:
                rows = ss.rows_of_case(conn, case_id)
                client = next((r for t, r in rows if t == "clients"), None)
                case_rows = [
                    r
                    for r in rows
                    if r[0] not in ("clients", "client_phones", "client_rrns", "consents", "attachments")
                ]
                ss.purge_rows(conn, case_rows)
                if client is not None and not ss.client_has_cases(conn, client):
                    ss.purge_rows(conn, [r for r in rows if r not in case_rows])
            ss.compact_search_indexes(conn)
            tx.audit(_purge_record(self.actor, len(drop)))
        report.purged_cases += len(drop)

    # -- outgoing -----------------------------------------------------------------------------------------
    def write_bundles(self, folder: Path, report: SyncReport) -> None:
        with self.store.read() as conn:
            clock = ss.clock(conn)  # read first: every own change up to it is in what is read next
            devices = ss.devices(conn)
            mine = next((d for d in devices if d.id == self.me), None)
            last_own = ss.last_own_change(conn, self.me)
            last_audit = ss.last_audit_seq(conn, self.me)
            peers = {d.id: ss.peer(conn, d.id) for d in devices if d.id != self.me}
            horizon = self._horizon(conn, devices)
            deleted = bool(ss.tombstones(conn, ss.captured_set(conn)))
        if mine is None:
            return
        reports = _Reports(clock, horizon, deleted)
        for device in devices:
            if device.id == self.me:
                continue
            first_contact = peers[device.id] is None
            # First contact: a field kit is taken to hold its scope as it is now (the enrolling workstation knows
            # exactly what it was given).
            state = peers[device.id] or ss.PeerRow(
                device.id, device.snapshot.get(self.me, 0), 0, 0, frozenset(self._scope_of(device))
            )
            if device.status != "active":
                if state.last_seq >= 0:
                    self._send_revocation(folder, device, state, report)
                continue
            self._send_changes(folder, device, state, last_own, last_audit, report, reports, first_contact)

    def _scope_of(self, device: ss.DeviceRecord) -> set[str]:
        if device.scope != "field":
            return set()
        with self.store.read() as conn:
            return ss.cases_of_users(conn, device.users)

    def _send_changes(
        self,
        folder: Path,
        device: ss.DeviceRecord,
        state: ss.PeerRow,
        last_own: int,
        last_audit: int,
        report: SyncReport,
        reports: _Reports,
        first_contact: bool = False,
    ) -> None:
        with self.store.read() as conn:
            own = ss.own_changes_after(conn, self.me, state.sent_upto)
            if device.scope == "all":
                changes = [c for _, c in own]
                if first_contact and not device.snapshot and device.enrolled_by:
                    # A restored database's new identity: give back what its old identity wrote after the backup.
                    changes = ss.changes_by_author(conn, device.enrolled_by) + changes
                cases = state.cases
                audit = ss.own_audit_after(conn, self.me, state.audit_sent_upto)
            else:
                changes, cases = self._field_selection(conn, device, own, state.cases)
                audit = []
        if not changes and not audit and cases == state.cases and not reports.due(state):
            return
        recipient = X25519PublicKey.from_public_bytes(base64.b64decode(device.enc_public_key))
        with self.store.read() as conn:
            intro = ss.introduction(conn)
            ack = ss.contiguous_applied(conn, device.id)  # rides along; no bundle is written just to acknowledge
        last_seq = state.last_seq
        for i, chunk in enumerate(_chunks(changes, MAX_CHANGES_PER_BUNDLE)):
            # Small bundles keep each apply transaction short: the GUI never waits long for the database.
            last = (i + 1) * MAX_CHANGES_PER_BUNDLE >= len(changes)
            payload = encode_payload(
                chunk,
                audit if i == 0 else [],
                {device.id: last_seq},
                ack=ack,
                # Said only once the run's own changes are all in (its last chunk): a device that takes the report
                # in holds every change the sender made before it.
                clock=reports.clock if last else "",
                horizon=reports.horizon if last else {},
            )
            with self.store.bookkeeping() as conn:
                seq = ss.next_seq(conn)  # committed before the file exists: a name is never reused
                ss.record_outbox(conn, device.id, seq)
            sealed = bundle.seal(
                payload,
                sender_device_id=self.me,
                seq=seq,
                schema_version=migrate.LATEST_VERSION,
                sender_sign_key=self.keys.sign,
                recipients={device.id: recipient},
                introduction=intro,
            )
            write_atomic(folder / bundle.bundle_name(self.me, seq), sealed)
            last_seq = seq
            report.written += 1
        with self.store.bookkeeping() as conn:
            ss.save_peer(
                conn,
                ss.PeerRow(device.id, last_own, last_audit if device.scope == "all" else 0, last_seq, cases, iso_utc()),
            )

    # -- tombstones ----------------------------------------------------------------------------------------
    def _reports_of(self, conn: Connection, devices: list[ss.DeviceRecord]) -> dict[str, tuple[str, dict[str, str]]]:
        """Per other device, what its unbroken chain of applied bundles to this one says (`applied_reports`)."""
        return {d.id: ss.applied_reports(conn, d.id) for d in devices if d.id != self.me}

    def _horizon(self, conn: Connection, devices: list[ss.DeviceRecord]) -> dict[str, str]:
        """Per device: its clock in the newest bundle of its unbroken chain of applied bundles to this one. This
        device holds every change that device made (within this device's scope) up to that clock."""
        return _clocks(self._reports_of(conn, devices))

    def _collect_tombstones(self, report: SyncReport) -> None:
        """Remove deleted rows (and their history) once no change written without seeing their delete can still
        arrive: every active device has reported holding the delete, in a bundle this device took in with every
        bundle that device wrote before it (so its edits made before it saw the delete are here already)."""
        with self.store.read() as conn:
            devices = [d for d in ss.devices(conn) if d.status == "active" and d.id != self.me]
            reports = self._reports_of(conn, devices)
            mine, theirs = _clocks(reports), {device: horizon for device, (_, horizon) in reports.items()}
            candidates = ss.tombstones(conn, ss.captured_set(conn))
        ready = [(table, row_id, hlc) for table, row_id, hlc in candidates if _covered(hlc, self.me, mine, theirs)]
        if not ready:
            return
        # children before parents: a deleted case's deleted rows go first, then the case if nothing else is left
        ready.sort(key=lambda r: -_RANK.get(r[0], 99))
        for start in range(0, len(ready), _COLLECT_BATCH):  # short transactions, like applying a bundle
            done = 0
            with self.store.write(self.actor, allow_purge=True, durable=False) as tx:
                ss.begin_applying(tx.conn)
                for table, row_id, hlc in ready[start : start + _COLLECT_BATCH]:
                    done += ss.collect(tx.conn, table, row_id, hlc)
                if done:
                    tx.audit(_collect_record(self.actor, done))
            report.collected += done

    def _field_selection(
        self, conn: Connection, device: ss.DeviceRecord, own: list[tuple[int, ss.ChangeRow]], held: frozenset[str]
    ) -> tuple[list[ss.ChangeRow], frozenset[str]]:
        """What a field kit may receive: shared tables, its cases' rows, and the full history of newly assigned
        cases; for cases taken away, the assignment change that tells it to purge them."""
        scope = ss.cases_of_users(conn, device.users)
        changes: list[ss.ChangeRow] = []
        in_scope: dict[tuple[str, str], bool] = {}
        for _, c in own:
            key = (c[0], c[1])
            if key not in in_scope:
                in_scope[key] = c[0] in ss.SHARED_TABLES or bool(ss.case_ids_of_row(conn, c[0], c[1]) & scope)
            if in_scope[key]:
                changes.append(c)
        for case_id in sorted(scope - held):
            changes.extend(ss.changes_of_rows(conn, ss.rows_of_case(conn, case_id)))
        for case_id in sorted(held - scope):
            rows = [("cases", case_id)] + [r for r in ss.rows_of_case(conn, case_id) if r[0] == "case_team"]
            changes.extend(ss.changes_of_rows(conn, rows))
        unique = list(dict.fromkeys(changes))
        return unique, frozenset(scope)

    def _send_revocation(self, folder: Path, device: ss.DeviceRecord, state: ss.PeerRow, report: SyncReport) -> None:
        """The one thing still encrypted to a revoked device: the notice that makes it wipe itself."""
        payload = encode_payload([], [], {}, kind="revocation", device=device.id)
        with self.store.bookkeeping() as conn:
            seq = ss.next_seq(conn)
        recipient = X25519PublicKey.from_public_bytes(base64.b64decode(device.enc_public_key))
        sealed = bundle.seal(
            payload,
            sender_device_id=self.me,
            seq=seq,
            schema_version=migrate.LATEST_VERSION,
            sender_sign_key=self.keys.sign,
            recipients={device.id: recipient},
        )
        write_atomic(folder / bundle.bundle_name(self.me, seq), sealed)
        with self.store.bookkeeping() as conn:
            ss.save_peer(conn, ss.PeerRow(device.id, state.sent_upto, state.audit_sent_upto, -1, state.cases))
        report.written += 1


class _ChainBroken(Exception):
    pass


HORIZON_INTERVAL_S: Final = 6 * 3600
_COLLECT_BATCH: Final = 500


@dataclass(frozen=True)
class _Reports:
    """What every bundle of one run reports besides its changes (see `_collect_tombstones`)."""

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


def _payload_reports(doc: dict[str, Any]) -> tuple[str, str]:
    """A payload's clock and horizon as the inbox keeps them (anything malformed counts as not said)."""
    clock = doc.get("clock")
    horizon = doc.get("horizon")
    good_horizon = isinstance(horizon, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in horizon.items()
    )
    return (clock if isinstance(clock, str) else "", _dump(horizon) if good_horizon and horizon else "")


def _clocks(reports: dict[str, tuple[str, dict[str, str]]]) -> dict[str, str]:
    return {device: clock for device, (clock, _) in reports.items() if clock}


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


def _chunks(changes: list[ss.ChangeRow], size: int) -> list[list[ss.ChangeRow]]:
    """At most `size` changes per bundle; always at least one (maybe empty) chunk."""
    return [changes[i : i + size] for i in range(0, len(changes), size)] or [[]]


def _checked_changes(raw: object) -> list[ss.ChangeRow]:
    """A payload's changes, or ValueError (the bundle is refused as damaged) when one does not hold together."""
    if not isinstance(raw, list):
        raise ValueError("changes")
    changes: list[ss.ChangeRow] = []
    for c in raw:
        if not isinstance(c, list) or len(c) != 9 or not all(isinstance(x, str) for x in c):
            raise ValueError("a change that is not nine strings")
        if not c[2].endswith("-" + c[3]) or c[5] not in ("insert", "update", "delete") or not c[6].startswith("{"):
            raise ValueError("a change whose clock value does not name its device")
        changes.append(tuple(c))
    return changes


def _prev_for(doc: dict[str, Any], me: str) -> int | None:
    prev = doc.get("prev", {})
    value = prev.get(me) if isinstance(prev, dict) else None
    return int(value) if isinstance(value, int) else None


def _collect_record(actor: Actor, count: int) -> Any:
    from ..domain.audit import AuditAction
    from ..storage.audit_log import AuditRecord

    return AuditRecord(
        actor.user_id, actor.username, AuditAction.DELETE, "sync", "", f"collected {count} deleted row(s)"
    )


def _purge_record(actor: Actor, count: int) -> Any:
    from ..domain.audit import AuditAction
    from ..storage.audit_log import AuditRecord

    return AuditRecord(actor.user_id, actor.username, AuditAction.DELETE, "field_kit", "", f"purged {count} case(s)")


def apply_snapshot(
    store: Store, actor: Actor, changes: list[Any], audit: list[Any], collected: list[Any] | None = None
) -> None:
    """A newly joined device's starting data: the enrolling device's changes, merged like any bundle, and the rows
    it collected (so that another device's late copy of their history is recognised here too)."""
    rows = _checked_changes(changes)
    with store.write(actor) as tx:
        ss.add_collected(tx.conn, collected or [])
        touched = ss.insert_changes(tx.conn, rows)
        if not accept_remote(tx.conn, [list(a) for a in audit]):
            raise ValueError("audit chain in the enrolment file does not hold together")
        merge_rows(tx.conn, touched)
        newest = max((c[2] for c in rows), default="")
        if newest:
            ss.advance_clock(tx.conn, newest)


def canonical_digest(conn: Connection) -> str:
    """sha256 over every held field's winning value in canonical order: same data, same digest."""
    h = hashlib.sha256()
    for table, row_id, col, value in ss.held_values(conn):
        h.update(
            json.dumps([table, row_id, col, value], ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
                "utf-8"
            )
        )
        h.update(b"\n")
    return h.hexdigest()


__all__ = ["DELETED_AT", "MAX_AHEAD_MS", "DeviceRevoked", "SyncEngine", "SyncReport", "canonical_digest"]
