"""종결 with a look first: what is still open on a case, and closing it with a decision for each item.

`closing_review` lists the open tasks, outgoing referrals not yet answered (or never sent), agreed paper consents
whose signed scan is not attached, and sync conflicts on the case. `close` applies the choices (tasks done today,
referrals cancelled with the note "사례 종결") and the status change in one transaction, and refuses to close a
high-risk case without a confirmation note. `change_status(CLOSED)` goes through `close` too, so no path (the UI,
the CLI, a script) skips the note or leaves the tasks of a closed case open by default.
"""

from __future__ import annotations

from datetime import date

from ..domain.audit import AuditAction
from ..domain.case_closing import (
    NOTE_MAX,
    ClosingReview,
    Disposition,
    OpenItem,
    OpenKind,
    resolved,
)
from ..domain.case_status import CaseStatus, ClosingReason, can_move
from ..domain.casework import FieldProblem
from ..domain.consent import ConsentMethod
from ..domain.errors import ErrorCode, OneStopError
from ..domain.referrals import Direction, ReferralStatus
from ..domain.roles import Permission
from ..domain.text import QT_TRANSLATE_NOOP
from ..domain.validation import BAD_TRANSITION, NEED_CLOSING_REASON, TOO_LONG
from ..storage import repos
from ..storage import sync_store as ss
from ..storage.db import Connection
from ._auth import requires
from .case_access import record, require_case
from .case_editing import refuse
from .case_records import CaseRecords

NEED_CLOSING_NOTE = QT_TRANSLATE_NOOP(
    "Validation", "This case is high risk: write a short note confirming why it can be closed."
)
AWAITING_REPLY = frozenset({ReferralStatus.DRAFT, ReferralStatus.SENT})
CLOSED_BY_CASE = "사례 종결"


def open_items(conn: Connection, case_id: str, client_id: str, today: date) -> tuple[OpenItem, ...]:
    items: list[OpenItem] = []
    for task in repos.case_items.followups(conn, case_id):
        if task.done_on is None:
            items.append(OpenItem(OpenKind.TASK, task.id, task.title, task.due_date, task.due_date < today))
    for referral in repos.referrals.for_case(conn, case_id):
        if referral.direction is Direction.OUTGOING and referral.status in AWAITING_REPLY:
            agency = repos.agencies.get(conn, referral.agency_id)
            title = f"{referral.number} · {agency.name if agency else ''}".strip(" ·")
            overdue = referral.reply_due is not None and referral.reply_due < today
            items.append(OpenItem(OpenKind.REFERRAL, referral.id, title, referral.reply_due, overdue))
    for consent in repos.consents.for_client(conn, client_id):
        unsigned = consent.method is ConsentMethod.SIGNED_PAPER and consent.attachment_id is None
        if consent.agreed and consent.withdrawn_on is None and unsigned:
            items.append(OpenItem(OpenKind.CONSENT, consent.id, str(consent.kind), consent.given_on))
    for conflict in ss.conflicts_of_case(conn, case_id):
        items.append(OpenItem(OpenKind.CONFLICT, conflict.id, conflict.column))
    return tuple(items)


class CaseClosing(CaseRecords):
    @requires(Permission.CASE_EDIT)
    def closing_review(self, case_id: str, today: date | None = None) -> ClosingReview:
        """What is still open on the case, for the close dialog to ask about."""
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            case = repos.cases.get(conn, case_id)
            assert case is not None
            items = open_items(conn, case_id, case.client_id, today or date.today())
        return ClosingReview(case_id, case.case_number, case.status, case.risk_level, items)

    @requires(Permission.CASE_EDIT)
    def close(
        self,
        case_id: str,
        reason: ClosingReason | None,
        *,
        note: str = "",
        choices: dict[str, Disposition] | None = None,
        today: date | None = None,
    ) -> None:
        """Close the case and settle its open items (unchosen ones get their kind's default), in one transaction."""
        today = today or date.today()
        review = self.closing_review(case_id, today)
        cleaned = note.strip()
        problems = []
        if review.status is CaseStatus.CLOSED:
            return
        if not can_move(review.status, CaseStatus.CLOSED):
            problems.append(FieldProblem("status", BAD_TRANSITION))
        if reason is None:
            problems.append(FieldProblem("closing_reason", NEED_CLOSING_REASON))
        if review.note_required and not cleaned:
            problems.append(FieldProblem("closing_note", NEED_CLOSING_NOTE))
        if len(cleaned) > NOTE_MAX:
            problems.append(FieldProblem("closing_note", TOO_LONG, {"max": str(NOTE_MAX)}))
        refuse(problems)
        decided = resolved(review.items, choices or {})
        tasks = [i.id for i in review.items if i.kind is OpenKind.TASK and decided[i.id] is Disposition.DONE]
        referrals = [i.id for i in review.items if i.kind is OpenKind.REFERRAL and decided[i.id] is Disposition.CANCEL]
        if tasks:
            self.session.require(Permission.FOLLOWUPS_EDIT)
        if referrals:
            self.session.require(Permission.REFERRAL_EDIT)
        with self.session.store.write(self.session.actor) as tx:
            case = repos.cases.get(tx.conn, case_id)
            assert case is not None
            if case.status is not review.status or case.risk_level is not review.risk_level:
                raise OneStopError(ErrorCode.EDIT_CONFLICT)  # changed since the review: look again
            for task_id in tasks:
                repos.case_items.update_followup(tx, task_id, {"done_on": today.isoformat()})
            for referral_id in referrals:
                repos.referrals.set_status(tx, referral_id, ReferralStatus.CANCELLED, today, CLOSED_BY_CASE)
            repos.cases.set_status(tx, case_id, CaseStatus.CLOSED, today, reason, cleaned or None)
            detail = f"status: {review.status} -> closed; tasks done {len(tasks)}, referrals cancelled {len(referrals)}"
            record(tx, self.session, AuditAction.UPDATE, case_id, detail)
