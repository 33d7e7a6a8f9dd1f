"""`check`: cipher and SQLite integrity, foreign keys, the audit chain (its triggers and its signed head), change
capture, changes to accounts, devices and settings whose recorded author could not have made them, and peers' audit
chains found cut."""

from __future__ import annotations

from ..domain.audit import AuditAction
from ..domain.errors import OneStopError
from ..domain.roles import Permission
from ..storage import integrity, repos, trust
from ..sync.authorize import unauthorized_history
from ._auth import requires
from .session import Session


class Maintenance:
    def __init__(self, session: Session) -> None:
        self.session = session

    @requires(Permission.CHECK_INTEGRITY)
    def check(self) -> list[str]:
        with self.session.store.read() as conn:
            problems = integrity.problems(conn)
            names = {u.id: u.username for u in repos.users.list_users(conn)}
            problems.extend(
                f"authority: {change[0]} row {change[1][:8]} changed by {names.get(change[4], change[4][:8])}"
                f" at {change[2][:13]}: {reason}"
                for change, reason in unauthorized_history(conn)
            )
            devices = trust.device_names(conn)
            problems.extend(
                f"audit: the audit chain of {devices.get(d, d[:8])} was seen up to {seen}, it now ends at {now}"
                for d, seen, now in trust.truncated_chains(conn)
            )
        problems += [f"audit: {problem}" for problem in self.session.store.audit_head_problems()]
        try:
            self.session.record(AuditAction.CHECK, detail=f"{len(problems)} problems")
        except OneStopError as exc:
            if not problems:
                raise
            # A damaged database may refuse the write; the problems found matter more.
            problems.append(f"audit: this check could not be recorded ({exc.code})")
        return problems
