"""Sync use cases: run a sync through a folder, its status, conflicts and their resolution, devices.

Enrolment hands a new device its identity, keys and a snapshot of what it may hold, sealed under a one-time
code; `Vault.join` (before any login exists on the new machine) opens it. Revocation marks a device lost or
retired: nothing is encrypted to it afterwards except the notice that makes it wipe itself, and what it writes
after the revocation is quarantined.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ..domain.audit import AuditAction
from ..domain.errors import ErrorCode, OneStopError
from ..domain.ids import new_id
from ..domain.outputs import OutputKind
from ..domain.roles import Permission
from ..storage import repos, trust
from ..storage import sync_store as ss
from ..storage.atomic_file import write_atomic
from ..storage.audit_log import AuditRecord
from ..storage.keyring import load_keyring
from ..storage.tables import SHARED_TABLES
from ..sync.apply import canonical_digest, merge_rows
from ..sync.authorize import signatures_for
from ..sync.engine import DeviceRevoked, SyncEngine
from ..sync.engine import SyncReport as SyncReport  # the UI's name for a run's outcome (it may not import sync)
from ..sync.enrolment import new_code, seal_enrolment
from ._auth import requires
from .output_target import check_output_target

if TYPE_CHECKING:
    from collections.abc import Callable

    from .session import Session

_CODE_CHARS = re.compile(r"[^A-Z0-9]")

__all__ = [
    "ConflictVersion",
    "ConflictView",
    "DeviceView",
    "GapView",
    "QuarantineView",
    "Sync",
    "SyncReport",
    "SyncStatus",
]


@dataclass(frozen=True)
class DeviceView:
    id: str
    name: str
    code: str
    scope: str
    status: str
    usernames: tuple[str, ...]
    last_seq: int  # the highest bundle sequence applied from it here (0: none)
    is_this_device: bool


@dataclass(frozen=True)
class ConflictVersion:
    value: Any
    hlc: str
    device_name: str
    username: str
    when: str  # ISO UTC from the hlc's wall clock


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str  # 'field' or 'delete'
    table: str
    row_id: str
    column: str
    case_id: str
    versions: tuple[ConflictVersion, ...]


class GapView(NamedTuple):
    device: str  # the sender's name
    seq: int  # the bundle missing from its chain


class QuarantineView(NamedTuple):
    device: str  # the sender's name
    seq: int
    reason: str  # revoked, schema, clock; joined_twice, audit_truncated, or a change's refusal (storage/trust.py)
    detail: str


@dataclass(frozen=True)
class SyncStatus:
    last_sync_at: str | None
    pending_changes: int
    devices: tuple[DeviceView, ...]
    gaps: tuple[GapView, ...]
    conflicts: int
    quarantined: tuple[QuarantineView, ...]
    waiting_rows: int
    digest: str
    folder: str


def _raw_private(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def _public_b64(key: X25519PrivateKey | Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


class Sync:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- running --------------------------------------------------------------------------------------
    @requires(Permission.SYNC)
    def run(self, folder: Path | None = None, progress: Callable[[int, int], bool] | None = None) -> SyncReport:
        store = self.session.store
        if folder is None:
            with store.read() as conn:
                saved = ss.state(conn).folder
                folder = Path(saved) if saved else None
        if folder is None or not Path(folder).is_dir():
            raise OneStopError(ErrorCode.SYNC_FOLDER_MISSING, folder=str(folder or ""))
        engine = SyncEngine(store, self.session.actor, self._wipe)
        try:
            report = engine.run(Path(folder), progress)
        except DeviceRevoked:
            raise OneStopError(ErrorCode.DEVICE_REVOKED) from None
        # Only runs that changed data or refused something are audited: auditing every run would make each
        # device's audit entry the next bundle for the other, and two idle devices would trade bundles forever.
        if report.changes or report.refused or report.quarantined or report.purged_cases:
            detail = (
                f"applied {report.applied}, changes {report.changes}, conflicts {report.conflicts}, "
                f"quarantined {report.quarantined}, refused {len(report.refused)}"
            )
            store.audit(
                AuditRecord(self.session.user.id, self.session.user.username, AuditAction.SYNC, "sync", "", detail)
            )
        return report

    def _wipe(self) -> None:
        """Crypto-shred: the key file goes first (the database is unreadable without it), then every file."""
        self.session.store.close()
        self.session.vault.wipe()

    @requires(Permission.SYNC)
    def folder(self) -> str:
        with self.session.store.read() as conn:
            return ss.state(conn).folder

    @requires(Permission.SYNC)
    def set_folder(self, folder: str) -> None:
        with self.session.store.write(self.session.actor) as tx:
            ss.set_folder(tx.conn, folder)

    # -- status -----------------------------------------------------------------------------------------
    @requires(Permission.SYNC)
    def status(self, with_digest: bool = True) -> SyncStatus:
        with self.session.store.read() as conn:
            devices = self._device_views(conn)
            names = {d.id: d.name for d in devices}
            state = ss.state(conn)
            return SyncStatus(
                last_sync_at=state.last_sync_at,
                pending_changes=ss.pending_own_changes(conn, self.session.store.device.device_id),
                devices=tuple(devices),
                gaps=tuple(GapView(names.get(g.sender, g.sender[:8]), g.seq) for g in ss.gaps(conn)),
                conflicts=ss.conflict_count(conn),
                quarantined=tuple(
                    QuarantineView(names.get(q.sender, q.sender[:8]), q.seq, q.reason, q.detail)
                    for q in ss.quarantined(conn)
                )
                + tuple(  # changes refused one at a time, a second installation's bundles, cut audit chains
                    QuarantineView(names.get(d, d[:8]), q, reason, detail)
                    for d, q, reason, detail in trust.held_back(conn)
                ),
                waiting_rows=len(ss.waiting_rows(conn)),
                digest=canonical_digest(conn) if with_digest else "",
                folder=state.folder,
            )

    def _device_views(self, conn: Any) -> list[DeviceView]:
        applied = {s.sender: s.last_seq for s in ss.inbox_summary(conn)}
        users = {u.id: u.username for u in repos.users.list_users(conn)}
        me = self.session.store.device.device_id
        return [
            DeviceView(
                d.id,
                d.name,
                d.code,
                d.scope,
                d.status,
                tuple(users.get(u, u) for u in d.users),
                applied.get(d.id, 0),
                d.id == me,
            )
            for d in ss.devices(conn)
        ]

    # -- conflicts ----------------------------------------------------------------------------------------
    @requires(Permission.SYNC)
    def conflicts(self) -> list[ConflictView]:
        with self.session.store.read() as conn:
            names = {d.id: d.name for d in ss.devices(conn)}
            users = {u.id: u.username for u in repos.users.list_users(conn)}
            rows = ss.conflicts(conn)
            everything = self.session.can(Permission.CASES_ALL)
            visible = set() if everything else ss.cases_of_users(conn, [self.session.user.id])
        out = []
        for row in rows:
            if row.case_id and not everything and row.case_id not in visible:
                continue
            out.append(
                ConflictView(
                    row.id,
                    row.kind,
                    row.table,
                    row.row_id,
                    row.column,
                    row.case_id,
                    tuple(
                        ConflictVersion(
                            v["value"],
                            v["hlc"],
                            names.get(v["device"], v["device"][:8]),
                            users.get(v["user"], v["user"]),
                            _hlc_time(v["hlc"]),
                        )
                        for v in json.loads(row.versions)
                    ),
                )
            )
        return out

    @requires(Permission.USE_APP)
    def conflict_case_ids(self) -> set[str]:
        """Cases with an open sync conflict (the case list and workspace show a marker on them)."""
        with self.session.store.read() as conn:
            return ss.cases_in_conflict(conn)

    @requires(Permission.SYNC)
    def case_labels(self, case_ids: set[str]) -> dict[str, ss.CaseLabel]:
        """(case number, client's shown name) per case, to name the cases in the conflict list."""
        with self.session.store.read() as conn:
            return ss.case_labels(conn, case_ids)

    @requires(Permission.SYNC)
    def resolve(self, conflict_id: str, value: Any) -> None:
        """Settle a conflict with `value` (one side's value or a combination); it syncs like any edit.

        For a delete conflict, `None` restores the row and any other value confirms the delete.
        """
        store = self.session.store
        with store.write(self.session.actor) as tx:
            found = ss.conflict(tx.conn, conflict_id)
            if found is None:
                raise OneStopError(ErrorCode.NOT_FOUND)
            versions = json.loads(found.versions)
            if found.kind == "field":
                base, others = versions[-1]["hlc"], sorted(v["hlc"] for v in versions[:-1])
                column = found.column
            else:
                base, others, column = versions[0]["hlc"], [], "deleted_at"
                value = None if value is None else tx.now
            ss.insert_changes(
                tx.conn,
                [
                    ss.ChangeRow(
                        found.table,
                        found.row_id,
                        tx.hlc,
                        store.device.device_id,
                        self.session.user.id,
                        "delete" if column == "deleted_at" and value is not None else "update",
                        json.dumps({column: value}, ensure_ascii=False),
                        json.dumps({column: base}),
                        json.dumps({column: " ".join(others)}) if others else "",
                    )
                ],
            )
            merge_rows(tx.conn, [ss.RowRef(found.table, found.row_id)])
            tx.audit(
                AuditRecord(
                    self.session.user.id,
                    self.session.user.username,
                    AuditAction.UPDATE,
                    found.table,
                    found.row_id,
                    "sync conflict resolved",
                )
            )

    # -- devices ------------------------------------------------------------------------------------------
    @requires(Permission.MANAGE_DEVICES)
    def devices(self) -> list[DeviceView]:
        with self.session.store.read() as conn:
            return self._device_views(conn)

    @requires(Permission.MANAGE_DEVICES)
    def enrol(self, name: str, scope: str, usernames: list[str], out: Path, *, overwrite: bool = False) -> str:
        """Register a new device and write its enrolment file; returns the one-time code that opens it.

        `out` is checked before the device is registered (`check_output_target`; `overwrite`: the
        person confirmed replacing an existing file)."""
        name = name.strip()
        if not name or scope not in ("all", "field") or not usernames:
            raise OneStopError(ErrorCode.INVALID_VALUE, field="device", reason="name, scope all|field and users")
        check_output_target(Path(out), self.session.vault.data_dir.root, OutputKind.ENROLMENT, overwrite=overwrite)
        store, session = self.session.store, self.session
        keyring = load_keyring(session.vault.data_dir.keyring)
        enc, sign = X25519PrivateKey.generate(), Ed25519PrivateKey.generate()
        device_id = new_id()
        with store.write(session.actor) as tx:
            conn = tx.conn
            existing = ss.devices(conn)
            if any(d.name == name for d in existing):
                raise OneStopError(ErrorCode.DEVICE_NAME_TAKEN, name=name)
            users = []
            for username in usernames:
                user = repos.users.by_username(conn, username)
                if user is None:
                    raise OneStopError(ErrorCode.UNKNOWN_USER, username=username)
                users.append((username, user.id))
            code = _device_code(name, {d.code for d in existing})
            tx.insert(
                "devices",
                {
                    "id": device_id,
                    "name": name,
                    "code": code,
                    "enc_public_key": _public_b64(enc),
                    "sign_public_key": _public_b64(sign),
                    "scope": scope,
                    "users": " ".join(u for _, u in users),
                    "enrolled_by": store.device.device_id,
                },
            )
            me = store.device.device_id
            tx.update("devices", device_id, {"snapshot": json.dumps({me: ss.last_own_change(conn, me) + 1})})
            tx.audit(
                AuditRecord(
                    session.user.id,
                    session.user.username,
                    AuditAction.ACCESS_CHANGE,
                    "device",
                    device_id,
                    f"enrolled {scope}",
                )
            )
        user_ids = [u for _, u in users]
        body: dict[str, Any] = {
            "source_installation": keyring.installation_id,
            "device": {"id": device_id, "name": name, "code": code, "scope": scope},
            "enc_private": base64.b64encode(_raw_private(enc)).decode(),
            "sign_private": base64.b64encode(_raw_private(sign)).decode(),
            "users": {
                username: {"user_id": user_id, "wrapped": keyring.users[username].wrapped.to_json()}
                for username, user_id in users
                if username in keyring.users
            },
        }
        secret = new_code()
        with store.read() as conn:
            body["audit"] = ss.all_audit(conn) if scope == "all" else []
            body["collected"] = [c for c in ss.collected(conn) if scope == "all" or c.table in SHARED_TABLES]
            upto = ss.last_own_change(conn, store.device.device_id)
            signatures: list[list[str]] = []

            def changes() -> Iterator[ss.ChangeRow]:
                for page in _snapshot_pages(conn, scope, user_ids):
                    signatures.extend(signatures_for(conn, page))  # so that `check` there can judge what it starts with
                    yield from page

            # (streamed: a workstation's file holds every change of the center)
            sealed = seal_enrolment(body, secret, changes(), lambda: {"signatures": signatures})
        if scope == "field":
            # What the kit starts with, so that a case taken away before it first syncs is still purged there.
            with store.bookkeeping() as conn:
                held = ss.cases_of_users(conn, user_ids)
                ss.save_peer(conn, ss.PeerRow(device_id, upto, 0, 0, frozenset(held)))
        write_atomic(Path(out), sealed)
        return secret

    @requires(Permission.MANAGE_DEVICES)
    def revoke(self, name: str, status: str = "lost") -> None:
        store, session = self.session.store, self.session
        with store.write(session.actor) as tx:
            device = next((d for d in ss.devices(tx.conn) if name in (d.name, d.code, d.id)), None)
            if device is None or device.status != "active":
                raise OneStopError(ErrorCode.UNKNOWN_DEVICE, name=name)
            if device.id == store.device.device_id:
                raise OneStopError(ErrorCode.SELF_CHANGE)
            applied = {s.sender: s.last_seq for s in ss.inbox_summary(tx.conn)}
            tx.update("devices", device.id, {"status": status, "revoked_after_seq": applied.get(device.id, 0)})
            tx.audit(
                AuditRecord(
                    session.user.id,
                    session.user.username,
                    AuditAction.ACCESS_CHANGE,
                    "device",
                    device.id,
                    f"revoked ({status})",
                )
            )


def _snapshot_pages(conn: Any, scope: str, user_ids: list[str]) -> Iterator[list[ss.ChangeRow]]:
    """Everything the new device may hold, a page at a time: all changes (workstation), or the shared tables' and
    its users' cases' (field kit)."""
    for page in ss.all_changes_in_pages(conn):
        yield page if scope == "all" else [c for c in page if c.table in SHARED_TABLES]
    if scope == "field":
        for case_id in sorted(ss.cases_of_users(conn, user_ids)):
            yield ss.changes_of_rows(conn, ss.rows_of_case(conn, case_id))


def _device_code(name: str, taken: set[str]) -> str:
    """Device codes prefix case numbers: 2-8 of A-Z and digits, unique in the center."""
    candidate = _CODE_CHARS.sub("", name.upper())[:8]
    if len(candidate) >= 2 and candidate not in taken:
        return candidate
    n = 2
    while f"D{n}" in taken:
        n += 1
    return f"D{n}"


def _hlc_time(hlc: str) -> str:
    from datetime import UTC, datetime

    from ..domain.ids import iso_utc

    try:
        return iso_utc(datetime.fromtimestamp(int(hlc.split("-", 1)[0]) / 1000, UTC))
    except (ValueError, OverflowError):
        return ""
