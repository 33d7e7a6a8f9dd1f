"""The data subject's requests (열람 §35, 정정·삭제 §36, 처리정지 §37): logged on the case with the day received,
due 10 days later, answered with the outcome and its day. Open ones are on 내 할 일 of the case's workers.

Like every case edit: permission (decorator), access to the case, the whole form checked at once, one
transaction with the audit entry (kind and outcome only: the request's wording stays in the encrypted record).
"""

from __future__ import annotations

from datetime import date

from ..domain.audit import AuditAction
from ..domain.errors import ErrorCode, OneStopError
from ..domain.roles import Permission
from ..domain.subject_requests import (
    ANSWER_BEFORE_RECEIPT,
    MAX_DETAIL,
    NEED_REASON,
    AnswerForm,
    RequestForm,
    RequestOutcome,
    SubjectRequest,
    due_on,
)
from ..domain.validation import Validator
from ..storage.repos import subject_requests as rows
from ..storage.repos.case_list import Visibility
from ._auth import requires
from .case_access import require_case, visibility
from .case_editing import CaseEditing, iso, refuse


class SubjectRequests(CaseEditing):
    @requires(Permission.USE_APP)
    def for_case(self, case_id: str) -> list[SubjectRequest]:
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            return rows.for_case(conn, case_id)

    @requires(Permission.USE_APP)
    def open_in_scope(self) -> list[SubjectRequest]:
        """Every unanswered request this user may see (the center's list), soonest due first."""
        scope_sql, params = visibility(self.session).sql()
        with self.session.store.read() as conn:
            return rows.open_requests(conn, scope_sql, params)

    @requires(Permission.USE_APP)
    def my_reminders(self) -> list[SubjectRequest]:
        """내 할 일: the unanswered requests of the cases I lead or am on the team of."""
        scope_sql, params = Visibility(self.session.user.id, False).sql()
        with self.session.store.read() as conn:
            return rows.open_requests(conn, scope_sql, params)

    @requires(Permission.CASE_EDIT)
    def log(self, case_id: str, form: RequestForm) -> str:
        v = Validator(date.today())
        received = v.past_date("received_on", form.received_on, required=True)
        detail = v.text("detail", form.detail, max_length=MAX_DETAIL)
        refuse(v.problems)
        assert received is not None
        values: dict[str, object] = {"case_id": case_id, "kind": str(form.kind), "received_on": received.isoformat(),
                  "due_on": due_on(received).isoformat(), "detail": detail or "",
                  "received_by": self.session.user.id}  # fmt: skip
        with self._editing(case_id, AuditAction.CREATE, f"subject request: {form.kind}") as tx:
            request_id = rows.insert(tx, values)
        return request_id

    @requires(Permission.CASE_EDIT)
    def answer(self, request_id: str, form: AnswerForm, expected_updated_at: str | None = None) -> None:
        with self.session.store.read() as conn:
            request = rows.get(conn, request_id)
        if request is None:
            raise OneStopError(ErrorCode.NOT_FOUND)
        v = Validator(date.today())
        answered = v.past_date("answered_on", form.answered_on, required=True)
        answer = v.text("answer", form.answer, max_length=MAX_DETAIL)
        if answered is not None and answered < request.received_on:
            v.fail("answered_on", ANSWER_BEFORE_RECEIPT)
        if form.outcome is not RequestOutcome.GRANTED and not answer:
            v.fail("answer", NEED_REASON)
        refuse(v.problems)
        detail = f"subject request answered: {request.kind}, {form.outcome}"
        with self._editing(request.case_id, AuditAction.UPDATE, detail) as tx:
            self._expect(tx, "subject_requests", request_id, expected_updated_at)
            rows.update(tx, request_id, {"outcome": str(form.outcome), "answer": answer or "",
                                         "answered_on": iso(answered)})  # fmt: skip
