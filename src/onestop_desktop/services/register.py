"""The output register (출력·복사 대장): every letter, form, packet, batch and report printed or saved, by whom,
when, about which case, why and where to. Read by administrators, a page at a time."""

from __future__ import annotations

from ..domain.oversight import RegisterEntry, RegisterQuery
from ..domain.roles import Permission
from ..storage.repos import oversight
from ._auth import requires
from .case_access import case_id_for
from .session import Session


class OutputRegister:
    def __init__(self, session: Session) -> None:
        self.session = session

    @requires(Permission.VIEW_AUDIT)
    def page(self, query: RegisterQuery, offset: int, limit: int) -> list[RegisterEntry]:
        with self.session.store.read() as conn:
            return oversight.register_page(conn, query, offset, limit)

    @requires(Permission.VIEW_AUDIT)
    def case_id(self, case_ref: str) -> str:
        """The case filter typed as a visible number (D1-2026-00001)."""
        with self.session.store.read() as conn:
            return case_id_for(self.session, conn, case_ref)
