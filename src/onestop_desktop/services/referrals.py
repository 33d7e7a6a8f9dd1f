"""Referrals (연계): drafting, consent gating, the status lifecycle, incoming referrals.

A referral is sent only when the client's consents allow every item it carries to that
agency (domain/consent_rules.py); the refusal names exactly which consent is missing.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.audit import AuditAction
from ..domain.casework import FieldProblem, ReferralForm
from ..domain.consent import DATA_ITEM_LABELS
from ..domain.consent_rules import Blocker, referral_blockers
from ..domain.errors import ErrorCode, OneStopError
from ..domain.referrals import Direction, OverdueReply, Referral, ReferralStatus, Urgency, can_move
from ..domain.roles import Permission
from ..domain.text import QT_TRANSLATE_NOOP
from ..domain.validation import BAD_TRANSITION, Validator
from ..storage import repos
from ..storage.db import Connection
from ._auth import requires
from .case_access import record, require_case, visibility
from .consents import client_facts
from .session import Session

NEED_AGENCY = QT_TRANSLATE_NOOP("Validation", "Choose the agency.")
RRN_ADMIN_ONLY = QT_TRANSLATE_NOOP("Validation", "Only an administrator may include a resident registration number.")
DEFAULT_REPLY_DAYS = 7


class ConsentMissing(OneStopError):
    """Sending was refused; `blockers` say exactly which consent is missing."""

    def __init__(self, blockers: list[Blocker]) -> None:
        super().__init__(ErrorCode.CONSENT_MISSING, count=len(blockers), blockers=blockers)
        self.blockers = blockers


class Referrals:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- reading ---------------------------------------------------------------------------------
    @requires(Permission.USE_APP)
    def for_case(self, case_id: str) -> list[Referral]:
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            return repos.referrals.for_case(conn, case_id)

    @requires(Permission.USE_APP)
    def get(self, referral_id: str) -> Referral:
        with self.session.store.read() as conn:
            referral = repos.referrals.get(conn, referral_id)
            if referral is None:
                raise OneStopError(ErrorCode.NOT_FOUND)
            require_case(self.session, conn, referral.case_id)
        return referral

    def _blockers(self, conn: Connection, referral: Referral, today: date) -> list[Blocker]:
        client_id = repos.cases.client_id_of(conn, referral.case_id)
        agency = repos.agencies.get(conn, referral.agency_id)
        assert client_id is not None
        return referral_blockers(
            repos.consents.for_client(conn, client_id),
            client_facts(conn, client_id),
            referral.agency_id,
            agency.name if agency else "?",
            referral.items,
            today,
            include_rrn=referral.include_rrn,
            rrn_legal_basis=referral.rrn_legal_basis,
            item_labels=DATA_ITEM_LABELS,
        )

    @requires(Permission.USE_APP)
    def blockers(self, referral_id: str, today: date | None = None) -> list[Blocker]:
        referral = self.get(referral_id)
        with self.session.store.read() as conn:
            return self._blockers(conn, referral, today or date.today())

    @requires(Permission.USE_APP)
    def ready_to_send(self, today: date | None = None) -> list[str]:
        """Drafts whose consents allow them to be sent now (the batch packet prints these)."""
        scope_sql, params = visibility(self.session).sql()
        with self.session.store.read() as conn:
            ids = repos.referrals.ids_with_status(conn, ReferralStatus.DRAFT, scope_sql, params)
            ready = []
            for referral_id in ids:
                referral = repos.referrals.get(conn, referral_id)
                if referral is not None and not self._blockers(conn, referral, today or date.today()):
                    ready.append(referral_id)
        return ready

    @requires(Permission.USE_APP)
    def overdue_replies(self, today: date | None = None) -> list[OverdueReply]:
        """My overdue replies (내 할 일): referrals I created or of cases I lead or am on the team of.

        A personal list: administrators see theirs only, like everyone else.
        """
        scope_sql, params = visibility(self.session).sql()
        with self.session.store.read() as conn:
            return repos.referrals.overdue_replies(conn, self.session.user.id, today or date.today(), scope_sql, params)

    # -- writing ---------------------------------------------------------------------------------
    def _values(self, form: ReferralForm, today: date) -> dict[str, object]:
        v = Validator(today)
        if not form.agency_id:
            v.fail("agency_id", NEED_AGENCY)
        services = v.text("requested_services", form.requested_services, max_length=500)
        reason = v.text("reason", form.reason, required=True, max_length=2000)
        due = v.any_date("reply_due", form.reply_due)
        contact = v.text("contact_person", form.contact_person, max_length=60)
        if form.include_rrn and not self.session.can(Permission.RRN_REVEAL):
            v.fail("include_rrn", RRN_ADMIN_ONLY)
        if v.problems:
            raise OneStopError(ErrorCode.INVALID_INPUT, count=len(v.problems), problems=v.problems)
        return {
            "agency_id": form.agency_id,
            "domain": str(form.domain),
            "requested_services": services or "",
            "reason": reason,
            "urgency": str(Urgency(form.urgency)),
            "reply_due": due.isoformat() if due else None,
            "contact_person": contact or "",
            "items": ",".join(sorted(str(i) for i in form.items)),
            "include_rrn": int(form.include_rrn),
            "rrn_legal_basis": form.rrn_legal_basis.strip() or None,
        }

    @requires(Permission.REFERRAL_EDIT)
    def create(self, case_id: str, form: ReferralForm, *, incoming: bool = False, today: date | None = None) -> str:
        """A draft (or, for `incoming`, a referral another agency made to us, recorded as received)."""
        today = today or date.today()
        values = self._values(form, today)
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
        store = self.session.store
        with store.write(self.session.actor) as tx:
            number = repos.referrals.next_number(tx, repos.devices.code_of(tx.conn, store.device.device_id), today.year)
            referral_id = repos.referrals.insert(
                tx,
                {
                    **values,
                    "number": number,
                    "case_id": case_id,
                    "direction": str(Direction.INCOMING if incoming else Direction.OUTGOING),
                    "status": str(ReferralStatus.DRAFT),
                    "created_on": today.isoformat(),
                    "created_by": self.session.user.id,
                },
            )
            repos.referrals.set_status(
                tx, referral_id, ReferralStatus.RECEIVED if incoming else ReferralStatus.DRAFT, today, ""
            )
            repos.cases.touch(tx, case_id)
            record(tx, self.session, AuditAction.CREATE, case_id, f"referral {number}")
        return referral_id

    @requires(Permission.REFERRAL_EDIT)
    def update_draft(self, referral_id: str, form: ReferralForm, today: date | None = None) -> None:
        referral = self.get(referral_id)
        if referral.status is not ReferralStatus.DRAFT:
            raise OneStopError(ErrorCode.INVALID_INPUT, count=1, problems=[FieldProblem("status", BAD_TRANSITION)])
        values = self._values(form, today or date.today())
        with self.session.store.write(self.session.actor) as tx:
            repos.referrals.update(tx, referral_id, values)
            record(tx, self.session, AuditAction.UPDATE, referral.case_id, f"referral {referral.number} edited")

    @requires(Permission.REFERRAL_EDIT)
    def change_status(
        self, referral_id: str, status: ReferralStatus, note: str = "", today: date | None = None
    ) -> None:
        """Move along 작성중 → 발송 → 접수 → 지원중 → 완료 (or 반려 / 취소); sending checks consent first."""
        today = today or date.today()
        referral = self.get(referral_id)
        if not can_move(referral.status, status):
            raise OneStopError(ErrorCode.INVALID_INPUT, count=1, problems=[FieldProblem("status", BAD_TRANSITION)])
        with self.session.store.write(self.session.actor) as tx:
            if status is ReferralStatus.SENT and referral.direction is Direction.OUTGOING:
                blockers = self._blockers(tx.conn, referral, today)
                if blockers:
                    raise ConsentMissing(blockers)
                if referral.reply_due is None:
                    due = (today + timedelta(days=DEFAULT_REPLY_DAYS)).isoformat()
                    repos.referrals.update(tx, referral_id, {"reply_due": due})
            repos.referrals.set_status(tx, referral_id, status, today, note.strip()[:500])
            repos.cases.touch(tx, referral.case_id)
            record(
                tx,
                self.session,
                AuditAction.UPDATE,
                referral.case_id,
                f"referral {referral.number}: {referral.status} -> {status}",
            )
