"""Counts of what the center holds, for `onestop-admin stats` and the status bar."""

from __future__ import annotations

from datetime import date

from ..domain.roles import Permission
from ..storage import repos
from ._auth import requires
from .session import Session


class Stats:
    def __init__(self, session: Session) -> None:
        self.session = session

    @requires(Permission.STATS)
    def counts(self, today: date | None = None) -> list[tuple[str, int]]:
        """`(name, value)` pairs with stable English names, e.g. ("cases.status.active", 12)."""
        with self.session.store.read() as conn:
            return repos.stats.counts(conn, today or date.today())
