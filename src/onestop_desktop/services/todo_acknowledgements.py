"""내 할 일: an administrator acknowledges the old overdue referral replies, so the list keeps what is new.

What is stored is one date per user: replies due on or before it are acknowledged (counted in the summary, not
listed). It lives in the replicated `settings` table under `todo_acknowledged_until:<user id>` — the per-user use
of a mechanism that exists, so no migration. A settings change needs an administrator's signature on the devices
that receive it (domain/change_authority.py), so acknowledging is for administrators (MANAGE_SETTINGS), the
accounts whose lists grew to two years of red lines; a per-user table for every role would need a migration.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.audit import AuditAction
from ..domain.roles import Permission
from ..storage import repos
from ..storage.audit_log import AuditRecord
from ._auth import requires
from .session import Session

KEY_PREFIX = "todo_acknowledged_until:"
OLD_AFTER_DAYS = 30  # "old": a reply more than a month overdue


class TodoAcknowledgements:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def key(self) -> str:
        return KEY_PREFIX + self.session.user.id

    @property
    def may_acknowledge(self) -> bool:
        return self.session.can(Permission.MANAGE_SETTINGS)

    def acknowledged_until(self) -> date | None:
        with self.session.store.read() as conn:
            raw = repos.settings.load_all(conn).get(self.key)
        try:
            return date.fromisoformat(raw) if isinstance(raw, str) else None
        except ValueError:
            return None

    @staticmethod
    def old_before(today: date | None = None) -> date:
        """Replies due before this day are old enough to acknowledge."""
        return (today or date.today()) - timedelta(days=OLD_AFTER_DAYS)

    @requires(Permission.MANAGE_SETTINGS)
    def acknowledge_until(self, day: date) -> None:
        """Acknowledge every overdue reply due on or before `day` (never moves back)."""
        before = self.acknowledged_until()
        if before is not None and before >= day:
            return
        with self.session.store.write(self.session.actor) as tx:
            repos.settings.put(tx, self.key, day.isoformat())
            tx.audit(
                AuditRecord(
                    self.session.user.id,
                    self.session.user.username,
                    AuditAction.SETTINGS_CHANGE,
                    "setting",
                    KEY_PREFIX.rstrip(":"),
                    f"{before or '-'} -> {day.isoformat()}",
                )
            )
