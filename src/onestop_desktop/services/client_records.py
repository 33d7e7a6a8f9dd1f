"""One person, one client: likely matches at intake, the list of likely duplicates, and merging two clients.

Who sees what: a match at intake shows its details (alias, 만 나이, case numbers, status, last contact) only when
the user may see one of its cases; an outreach worker is told only that a match exists, so they can ask a
counselor. Listing duplicates and merging need MERGE_CLIENTS (administrators). Every merge is audited on both
clients and kept as a `client_merges` record, so it can be explained later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain import korean
from ..domain.audit import AuditAction
from ..domain.client_matching import Identity, MatchReason, duplicate_pairs, matches, phone_set
from ..domain.errors import ErrorCode, OneStopError
from ..domain.roles import Permission
from ..storage import repos
from ..storage.audit_log import AuditRecord
from ..storage.db import Connection
from ..storage.repos.client_merges import ClientCase, MergeRecord
from ..storage.repos.clients import EDITABLE
from ._auth import requires
from .case_access import case_id_for
from .session import Session


@dataclass(frozen=True)
class LikelyMatch:
    """A client the person at intake may be. With `visible` False only the reason is told (no id, no details)."""

    reason: MatchReason
    visible: bool
    client_id: str = ""
    shown_name: str = ""  # the alias when there is one, else the name
    age: int | None = None  # 만 나이 today
    cases: tuple[ClientCase, ...] = ()

    @property
    def last_contact(self) -> str:
        return max((c.last_activity_at for c in self.cases), default="")


@dataclass(frozen=True)
class DuplicatePair:
    first_case: str  # a case number of each client
    second_case: str
    reason: MatchReason
    first_client_id: str
    second_client_id: str


@dataclass(frozen=True)
class MergePreview:
    """Two clients side by side: the fields whose values differ, for the merge dialog to choose one by one."""

    keep_client_id: str
    other_client_id: str
    keep_cases: tuple[str, ...]
    other_cases: tuple[str, ...]
    differing: tuple[tuple[str, object, object], ...]  # (field, kept client's value, other client's value)


class ClientRecords:
    def __init__(self, session: Session) -> None:
        self.session = session

    @requires(Permission.CASE_EDIT)
    def likely_matches(
        self, name: str, birth_date: str = "", phone: str = "", today: date | None = None
    ) -> list[LikelyMatch]:
        """Existing clients the person being typed in may be (the rule of `domain/client_matching.py`)."""
        today = today or date.today()
        person = Identity("", name, korean.parse_date(birth_date) if birth_date.strip() else None, phone_set([phone]))
        sees_all = self.session.can(Permission.CASES_ALL)
        with self.session.store.read() as conn:
            found = matches(person, repos.client_merges.candidates(conn, person))
            out = []
            for identity, reason in found:
                cases = repos.client_merges.cases_of(conn, identity.id)
                mine = sees_all or any(repos.cases.is_assigned(conn, c.case_id, self.session.user.id) for c in cases)
                if not mine:
                    out.append(LikelyMatch(reason, visible=False))
                    continue
                client = repos.clients.get(conn, identity.id)
                if client is None:
                    continue
                born = client.birth_date
                out.append(
                    LikelyMatch(
                        reason,
                        visible=True,
                        client_id=client.id,
                        shown_name=client.alias or client.name,
                        age=korean.international_age(born, today) if born else None,
                        cases=tuple(cases),
                    )
                )
        return out

    @requires(Permission.MERGE_CLIENTS)
    def duplicates(self) -> list[DuplicatePair]:
        """Likely pairs of clients that are one person, each once (a case number of each client)."""
        with self.session.store.read() as conn:
            seen: dict[tuple[str, str], MatchReason] = {}
            for group in repos.client_merges.duplicate_groups(conn):
                for a, b, reason in duplicate_pairs(repos.client_merges.identities(conn, group)):
                    seen.setdefault((a.id, b.id), reason)
            pairs = []
            for (first_id, second_id), reason in sorted(seen.items()):
                first = repos.client_merges.cases_of(conn, first_id)
                second = repos.client_merges.cases_of(conn, second_id)
                if first and second:  # a client without a live case is nothing to show (or to merge by case)
                    pairs.append(
                        DuplicatePair(first[0].case_number, second[0].case_number, reason, first_id, second_id)
                    )
        return sorted(pairs, key=lambda p: (p.first_case, p.second_case))

    @requires(Permission.MERGE_CLIENTS)
    def preview(self, keep_case: str, other_case: str) -> MergePreview:
        with self.session.store.read() as conn:
            keep, other = self._clients(conn, keep_case, other_case)
            mine, theirs = (repos.client_merges.editable_values(conn, c) for c in (keep, other))
            differing = tuple((f, mine[f], theirs[f]) for f in sorted(EDITABLE) if mine[f] != theirs[f])
            return MergePreview(
                keep,
                other,
                tuple(c.case_number for c in repos.client_merges.cases_of(conn, keep)),
                tuple(c.case_number for c in repos.client_merges.cases_of(conn, other)),
                differing,
            )

    @requires(Permission.MERGE_CLIENTS)
    def merge(
        self, keep_case: str, other_case: str, take_from_other: frozenset[str] = frozenset(), today: date | None = None
    ) -> dict[str, int]:
        """Merge the client of `other_case` into the client of `keep_case`; both cases remain. Fields named in
        `take_from_other` take the other client's value. Returns the rows moved per table."""
        today = today or date.today()
        unknown = take_from_other - EDITABLE
        if unknown:
            raise OneStopError(ErrorCode.INVALID_VALUE, value=", ".join(sorted(unknown)))
        user = self.session.user
        with self.session.store.write(self.session.actor) as tx:
            keep, other = self._clients(tx.conn, keep_case, other_case)
            theirs = repos.client_merges.editable_values(tx.conn, other)
            taken = {f: theirs[f] for f in sorted(take_from_other)}
            moved = repos.client_merges.merge(tx, keep, other, taken, today, user.id)
            total = sum(moved.values())
            for subject, detail in ((keep, f"merged from client {other}"), (other, f"merged into client {keep}")):
                detail = f"{detail}: {total} rows moved, {len(taken)} fields taken"
                tx.audit(AuditRecord(user.id, user.username, AuditAction.UPDATE, "client", subject, detail))
        return moved

    @requires(Permission.CASE_EDIT)
    def merge_history(self, case_ref: str) -> list[MergeRecord]:
        """The merges behind the client of a case ("merged from client … on …"), oldest first."""
        with self.session.store.read() as conn:
            client = repos.client_merges.client_of_case(conn, case_id_for(self.session, conn, case_ref))
            return repos.client_merges.merges_of(conn, client) if client else []

    def _clients(self, conn: Connection, keep_case: str, other_case: str) -> tuple[str, str]:
        keep = repos.client_merges.client_of_case(conn, case_id_for(self.session, conn, keep_case))
        other = repos.client_merges.client_of_case(conn, case_id_for(self.session, conn, other_case))
        if keep is None or other is None:
            raise OneStopError(ErrorCode.NOT_FOUND)
        if keep == other:
            raise OneStopError(ErrorCode.ALREADY_SAME_CLIENT, first=keep_case.strip(), second=other_case.strip())
        return keep, other
