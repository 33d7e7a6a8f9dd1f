"""Center settings: stored in the database, changed by administrators only, each change audited."""

from __future__ import annotations

from ..domain.audit import AuditAction
from ..domain.errors import ErrorCode, OneStopError
from ..domain.roles import Permission
from ..domain.settings import CENTER_NAME, IDLE_LOCK_MINUTES, Option, Scope
from ..storage import repos
from ..storage.audit_log import AuditRecord
from ._auth import requires
from .session import Session


class CenterSettings:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, option: Option[int] | Option[str] | Option[bool]) -> object:
        with self.session.store.read() as conn:
            stored = repos.settings.load_all(conn)
        return option.coerce(stored.get(option.key, option.default))

    @property
    def idle_lock_minutes(self) -> int:
        value = self.get(IDLE_LOCK_MINUTES)
        return value if isinstance(value, int) else IDLE_LOCK_MINUTES.default

    @property
    def center_name(self) -> str:
        return str(self.get(CENTER_NAME))

    @requires(Permission.MANAGE_SETTINGS)
    def set(self, option: Option[int] | Option[str] | Option[bool], value: object) -> None:
        if option.scope is not Scope.CENTER or not option.validate(value):
            raise OneStopError(ErrorCode.INVALID_VALUE, field=option.key, reason=str(value))
        before = self.get(option)
        if before == value:
            return
        with self.session.store.write(self.session.actor) as tx:
            repos.settings.put(tx, option.key, value)
            tx.audit(
                AuditRecord(
                    self.session.user.id,
                    self.session.user.username,
                    AuditAction.SETTINGS_CHANGE,
                    "setting",
                    option.key,
                    f"{before} -> {value}",
                )
            )
