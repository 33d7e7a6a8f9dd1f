"""A logged-in user's session: the open store, the data key, who they are, what they may do.

`lock()` records the lock, closes the database and forgets the data key; `unlock()` needs
the same user's passphrase again. The UI keeps a locked session's unsaved work in memory
(hidden) while another user logs in with a session of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..domain.audit import AuditAction
from ..domain.errors import ErrorCode, OneStopError
from ..domain.roles import PERMISSION_LABELS, ROLE_LABELS, Permission, Role, allows
from ..domain.users import User
from ..storage import repos
from ..storage.account_keys import signer_for
from ..storage.audit_log import AuditRecord
from ..storage.store import Actor, Store

if TYPE_CHECKING:
    from .access_export import AccessExport
    from .accounts import UserAdmin
    from .agencies import AgencyDirectory
    from .appointments import Appointments
    from .audit import AuditTrail
    from .backup import Backups
    from .casework import CaseWork
    from .client_records import ClientRecords
    from .consents import Consents
    from .contacts import Contacts
    from .corrections import Corrections
    from .dashboard import DashboardFigures
    from .demo import DemoData
    from .dispatch import Dispatch
    from .documents import Documents
    from .feedback import Feedback
    from .importer import Importer
    from .intake import Intake
    from .maintenance import Maintenance
    from .programs import Programs
    from .referrals import Referrals
    from .register import OutputRegister
    from .reports import Reports
    from .retention import Retention
    from .safety import Safety
    from .settings import CenterSettings
    from .stats import Stats
    from .subject_requests import SubjectRequests
    from .sync import Sync
    from .takedown import Takedown
    from .takedown_export import TakedownExport
    from .vault import Vault

# Caches that may hold victim data between uses (the documents' wording and agency names), emptied whenever a
# session locks or logs out. The modules that fill them register here when they are imported, so a session never
# has to import them itself (export/ pulls in reportlab: too slow for the command line's start).
_CLEARED_ON_LOCK: list[Callable[[], None]] = []


def clear_on_lock(clear: Callable[[], None]) -> None:
    """Have `clear()` called on every lock and logout, from now on (registering twice changes nothing)."""
    if clear not in _CLEARED_ON_LOCK:
        _CLEARED_ON_LOCK.append(clear)


class Session:
    def __init__(
        self, vault: Vault, store: Store, user: User, data_key: bytes, signing_key: bytes | None = None
    ) -> None:
        self.vault = vault
        self._store: Store | None = store
        self.user = user
        self._data_key = bytearray(data_key)
        # The account's personal key: every access change this session writes carries its signature.
        self._signing_key = bytearray(signing_key or b"")

    # -- identity and permissions --------------------------------------------------------
    @property
    def actor(self) -> Actor:
        signer = signer_for(bytes(self._signing_key)) if self._signing_key else None
        return Actor(self.user.id, self.user.username, signer)

    @property
    def signing_key(self) -> bytes | None:
        """The account's private signing key (None for an account whose key entry predates personal keys)."""
        if self._store is None:
            raise OneStopError(ErrorCode.LOCKED)
        return bytes(self._signing_key) if self._signing_key else None

    @property
    def role(self) -> Role:
        return self.user.role

    def can(self, permission: Permission) -> bool:
        return self.user.active and allows(self.user.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            if self._store is not None:
                self.record(AuditAction.DENIED, detail=str(permission))
            raise OneStopError(
                ErrorCode.PERMISSION_DENIED, role=ROLE_LABELS[self.role], action=PERMISSION_LABELS[permission]
            )

    # -- state -----------------------------------------------------------------------------
    @property
    def store(self) -> Store:
        if self._store is None or not self._store.is_open:
            raise OneStopError(ErrorCode.LOCKED)
        return self._store

    @property
    def data_key(self) -> bytes:
        if self._store is None:
            raise OneStopError(ErrorCode.LOCKED)
        return bytes(self._data_key)

    @property
    def is_locked(self) -> bool:
        return self._store is None

    def device(self) -> tuple[str, str]:
        """This device's (name, short code), e.g. ("상담실 PC 1", "D1")."""
        with self.store.read() as conn:
            row = repos.devices.by_id(conn, self.store.device.device_id)
        return (row.name, row.code) if row else ("", "")

    def record(self, action: AuditAction, subject_type: str = "", subject_id: str = "", detail: str = "") -> None:
        """An audit entry for something that changed nothing else (a view, a lock)."""
        self.store.audit(AuditRecord(self.user.id, self.user.username, action, subject_type, subject_id, detail))

    def refresh_user(self) -> None:
        with self.store.read() as conn:
            fresh = repos.users.by_id(conn, self.user.id)
        if fresh is not None:
            self.user = fresh

    def _forget(self) -> None:
        for clear in _CLEARED_ON_LOCK:
            clear()
        if self._store is not None:
            self._store.close()
            self._store = None
        for secret in (self._data_key, self._signing_key):
            for i in range(len(secret)):
                secret[i] = 0
        self._data_key = bytearray()
        self._signing_key = bytearray()

    def lock(self) -> None:
        if self._store is None:
            return
        self.record(AuditAction.LOCK)
        self._forget()

    def unlock(self, passphrase: str) -> None:
        """The same user comes back; throttled and audited like a login."""
        if self._store is not None:
            return
        store, user, key, signing = self.vault.open_for(self.user.username, passphrase, AuditAction.UNLOCK)
        self._store, self.user, self._data_key = store, user, bytearray(key)
        self._signing_key = bytearray(signing or b"")

    def logout(self) -> None:
        if self._store is None:
            return
        self.record(AuditAction.LOGOUT)
        self._forget()

    # -- the use cases bound to this session --------------------------------------------------
    @property
    def users(self) -> UserAdmin:
        from .accounts import UserAdmin

        return UserAdmin(self)

    @property
    def audit(self) -> AuditTrail:
        from .audit import AuditTrail

        return AuditTrail(self)

    @property
    def backups(self) -> Backups:
        from .backup import Backups

        return Backups(self)

    @property
    def maintenance(self) -> Maintenance:
        from .maintenance import Maintenance

        return Maintenance(self)

    @property
    def cases(self) -> CaseWork:
        from .casework import CaseWork

        return CaseWork(self)

    @property
    def clients(self) -> ClientRecords:
        from .client_records import ClientRecords

        return ClientRecords(self)

    @property
    def intake(self) -> Intake:
        from .intake import Intake

        return Intake(self)

    @property
    def importer(self) -> Importer:
        from .importer import Importer

        return Importer(self)

    @property
    def stats(self) -> Stats:
        from .stats import Stats

        return Stats(self)

    @property
    def demo(self) -> DemoData:
        from .demo import DemoData

        return DemoData(self)

    @property
    def agencies(self) -> AgencyDirectory:
        from .agencies import AgencyDirectory

        return AgencyDirectory(self)

    @property
    def consents(self) -> Consents:
        from .consents import Consents

        return Consents(self)

    @property
    def contacts(self) -> Contacts:
        from .contacts import Contacts

        return Contacts(self)

    @property
    def dispatch(self) -> Dispatch:
        from .dispatch import Dispatch

        return Dispatch(self)

    @property
    def register(self) -> OutputRegister:
        from .register import OutputRegister

        return OutputRegister(self)

    @property
    def retention(self) -> Retention:
        from .retention import Retention

        return Retention(self)

    @property
    def sync(self) -> Sync:
        from .sync import Sync

        return Sync(self)

    @property
    def referrals(self) -> Referrals:
        from .referrals import Referrals

        return Referrals(self)

    @property
    def documents(self) -> Documents:
        from .documents import Documents

        return Documents(self)

    @property
    def dashboard(self) -> DashboardFigures:
        from .dashboard import DashboardFigures

        return DashboardFigures(self)

    @property
    def reports(self) -> Reports:
        from .reports import Reports

        return Reports(self)

    @property
    def settings(self) -> CenterSettings:
        from .settings import CenterSettings

        return CenterSettings(self)

    @property
    def programs(self) -> Programs:
        from .programs import Programs

        return Programs(self)

    @property
    def feedback(self) -> Feedback:
        from .feedback import Feedback

        return Feedback(self)

    @property
    def safety(self) -> Safety:
        from .safety import Safety

        return Safety(self)

    @property
    def appointments(self) -> Appointments:
        from .appointments import Appointments

        return Appointments(self)

    @property
    def takedown(self) -> Takedown:
        from .takedown import Takedown

        return Takedown(self)

    @property
    def takedown_export(self) -> TakedownExport:
        from .takedown_export import TakedownExport

        return TakedownExport(self)

    @property
    def corrections(self) -> Corrections:
        from .corrections import Corrections

        return Corrections(self)

    @property
    def subject_requests(self) -> SubjectRequests:
        from .subject_requests import SubjectRequests

        return SubjectRequests(self)

    @property
    def access_export(self) -> AccessExport:
        from .access_export import AccessExport

        return AccessExport(self)
