"""`check`: cipher and SQLite integrity, foreign keys, the audit chain (its triggers and its signed head) and
change capture."""

from __future__ import annotations

from ..domain.audit import AuditAction
from ..domain.errors import OneStopError
from ..domain.roles import Permission
from ..storage import integrity
from ._auth import requires
from .session import Session


class Maintenance:
    def __init__(self, session: Session) -> None:
        self.session = session

    @requires(Permission.CHECK_INTEGRITY)
    def check(self) -> list[str]:
        with self.session.store.read() as conn:
            problems = integrity.problems(conn)
        problems += [f"audit: {problem}" for problem in self.session.store.audit_head_problems()]
        try:
            self.session.record(AuditAction.CHECK, detail=f"{len(problems)} problems")
        except OneStopError as exc:
            if not problems:
                raise
            # A damaged database may refuse the write; the problems found matter more.
            problems.append(f"audit: this check could not be recorded ({exc.code})")
        return problems
