"""Referrals by their visible numbers, and marking printed ones sent (발송) with the date and the means.

Staff print the ready batch and post it; they hold DISPATCH, not REFERRAL_EDIT, so this is the one status change
they make. A referral is marked sent only when it is a draft going out, its consents still allow it, and a
letter, packet or batch holding it is in the output register (it was printed or saved). Several at once are all
marked or none.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.audit import AuditAction
from ..domain.errors import ErrorCode, OneStopError
from ..domain.referrals import Direction, DispatchMeans, Referral, ReferralLine, ReferralStatus
from ..domain.roles import Permission
from ..storage import repos
from ..storage.db import Connection
from ._auth import requires
from .case_access import case_id_for, record, visibility
from .referrals import DEFAULT_REPLY_DAYS, ConsentMissing, Referrals
from .session import Session

# The note of the status event: the referral's history says how it went out, in the center's language.
DISPATCH_NOTES = {
    DispatchMeans.POST: "우편 발송",
    DispatchMeans.FAX: "팩스 발송",
    DispatchMeans.HAND: "직접 전달",
    DispatchMeans.ELECTRONIC: "전자문서 발송",
}


def resolve_referral(session: Session, conn: Connection, referral_ref: str) -> Referral:
    """A referral named by its visible number or its id. One outside the user's scope is refused exactly like
    one that does not exist, so its existence is not told."""
    referral_id = repos.referrals.id_by_number(conn, referral_ref) or referral_ref.strip()
    referral = repos.referrals.get(conn, referral_id)
    if referral is None or not _visible(session, conn, referral.case_id):
        raise OneStopError(ErrorCode.REFERRAL_NUMBER_UNKNOWN, number=referral_ref.strip())
    return referral


def _visible(session: Session, conn: Connection, case_id: str) -> bool:
    return session.can(Permission.CASES_ALL) or repos.cases.is_assigned(conn, case_id, session.user.id)


class Dispatch:
    def __init__(self, session: Session) -> None:
        self.session = session

    @requires(Permission.USE_APP)
    def lines(self, status: ReferralStatus | None = None, case_ref: str = "") -> list[ReferralLine]:
        """The referrals of the cases this user may see, by number (never the client's name)."""
        scope_sql, params = visibility(self.session).sql()
        with self.session.store.read() as conn:
            case_id = case_id_for(self.session, conn, case_ref) if case_ref.strip() else ""
            return repos.referrals.lines(conn, scope_sql, params, status, case_id)

    @requires(Permission.USE_APP)
    def referral_id(self, referral_ref: str) -> str:
        with self.session.store.read() as conn:
            return resolve_referral(self.session, conn, referral_ref).id

    @requires(Permission.DISPATCH)
    def mark_sent(self, referral_refs: list[str], means: DispatchMeans, on: date | None = None) -> list[str]:
        """Mark each printed draft sent on `on` (today) by `means`; returns their numbers. All or none."""
        on = on or date.today()
        gate = Referrals(self.session)
        with self.session.store.write(self.session.actor) as tx:
            chosen: dict[str, Referral] = {}
            for ref in referral_refs:
                referral = resolve_referral(self.session, tx.conn, ref)
                if referral.status is not ReferralStatus.DRAFT or referral.direction is not Direction.OUTGOING:
                    raise OneStopError(ErrorCode.NOT_A_DRAFT, number=referral.number)
                blockers = gate._blockers(tx.conn, referral, on)
                if blockers:
                    raise ConsentMissing(blockers)
                if not repos.referrals.was_output(tx.conn, referral.id):
                    raise OneStopError(ErrorCode.NOT_PRINTED, number=referral.number)
                chosen[referral.id] = referral
            for referral in chosen.values():
                if referral.reply_due is None:
                    due = (on + timedelta(days=DEFAULT_REPLY_DAYS)).isoformat()
                    repos.referrals.update(tx, referral.id, {"reply_due": due})
                repos.referrals.set_status(tx, referral.id, ReferralStatus.SENT, on, DISPATCH_NOTES[means])
                repos.referrals.set_dispatched(tx, referral.id, means)
                repos.cases.touch(tx, referral.case_id)
                detail = f"referral {referral.number}: {referral.status} -> {ReferralStatus.SENT} ({means})"
                record(tx, self.session, AuditAction.UPDATE, referral.case_id, detail)
        return [r.number for r in chosen.values()]
