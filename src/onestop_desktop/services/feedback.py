"""Satisfaction surveys (만족도·피드백): taking them (kiosk, phone, paper) or recording a refusal, the
versioned questions, and anonymous aggregates.

Who answered and what they answered are written to different tables with nothing joining them
(storage/repos/feedback.py). No method here returns an answer together with a case or a client:
`status_for_case` says only *whether* a case was asked; answers come back only as aggregates of at
least MIN_ANSWERS_SHOWN people (REPORTS) or as anonymous comments (REPORTS), so a counselor cannot read
their own clients' answers one by one.
"""

from __future__ import annotations

from datetime import date

from ..domain.audit import AuditAction
from ..domain.case_status import CaseStatus
from ..domain.casework import FieldProblem
from ..domain.errors import ErrorCode, OneStopError
from ..domain.feedback import (
    ALREADY_ASKED,
    MIN_ANSWERS_SHOWN,
    NOT_CLOSED,
    NOT_COMPLETED,
    OUTCOME_LABELS,
    AnonymousComment,
    FeedbackAnswers,
    FeedbackMethod,
    FeedbackOutcome,
    FeedbackRequest,
    FeedbackSummary,
    Question,
    SurveySubject,
    SurveyVersion,
    answer_problems,
    month_of,
    question_problems,
)
from ..domain.programs import EnrolmentStatus
from ..domain.roles import Permission
from ..storage import repos
from ..storage.audit_log import AuditRecord
from ..storage.db import Connection
from ._auth import requires
from .case_access import record, require_case
from .session import Session


def _refuse(problems: list[FieldProblem]) -> OneStopError:
    return OneStopError(ErrorCode.INVALID_INPUT, count=len(problems), problems=problems)


class Feedback:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- the questions --------------------------------------------------------------------------------
    @requires(Permission.USE_APP)
    def current_survey(self, subject: SurveySubject) -> SurveyVersion:
        with self.session.store.read() as conn:
            survey = repos.feedback.current(conn, subject)
        if survey is None:
            raise OneStopError(ErrorCode.NOT_FOUND)
        return survey

    @requires(Permission.USE_APP)
    def versions(self, subject: SurveySubject) -> list[SurveyVersion]:
        with self.session.store.read() as conn:
            return repos.feedback.versions(conn, subject)

    @requires(Permission.SURVEYS_EDIT)
    def publish(self, subject: SurveySubject, questions: list[Question], today: date | None = None) -> SurveyVersion:
        """A new version; answers already given stay tied to the version they answered."""
        cleaned = [Question(q.code.strip(), q.kind, q.text_ko.strip(), q.text_en.strip()) for q in questions]
        problems = question_problems(cleaned)
        if problems:
            raise _refuse(problems)
        user = self.session.user
        with self.session.store.write(self.session.actor) as tx:
            published = repos.feedback.publish(tx, SurveySubject(subject), cleaned, today or date.today())
            tx.audit(
                AuditRecord(
                    user.id,
                    user.username,
                    AuditAction.UPDATE,
                    "survey",
                    published.id,
                    f"{subject} survey version {published.version}",
                )
            )
        return published

    # -- whether a case was asked ---------------------------------------------------------------------
    @requires(Permission.USE_APP)
    def status_for_case(self, case_id: str) -> list[FeedbackRequest]:
        """The surveys recorded for this case (answered or declined, how and when) — never the answers."""
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            return repos.feedback.requests_for_case(conn, case_id)

    def _check(
        self, conn: Connection, subject: SurveySubject, case_id: str, enrolment_id: str | None, today: date
    ) -> str | None:
        """The program rated (for a program survey); refuses a case not ready or already asked."""
        require_case(self.session, conn, case_id)
        program_id: str | None = None
        if subject is SurveySubject.CASE:
            case = repos.cases.get(conn, case_id)
            if case is None or case.status is not CaseStatus.CLOSED:
                raise _refuse([FieldProblem("case", NOT_CLOSED)])
            enrolment_id = None
        else:
            enrolment = repos.programs.enrolment(conn, enrolment_id or "", today)
            if enrolment is None or enrolment.case_id != case_id:
                raise OneStopError(ErrorCode.NOT_FOUND)
            if enrolment.status is not EnrolmentStatus.COMPLETED:
                raise _refuse([FieldProblem("enrolment", NOT_COMPLETED)])
            program_id = enrolment.program_id
        asked = repos.feedback.request(conn, subject, case_id, enrolment_id)
        if asked is not None:
            raise _refuse([FieldProblem("case", ALREADY_ASKED, {"outcome": OUTCOME_LABELS[asked.outcome]})])
        return program_id

    @requires(Permission.FEEDBACK_RECORD)
    def record_declined(
        self,
        subject: SurveySubject,
        case_id: str,
        method: FeedbackMethod,
        enrolment_id: str | None = None,
        today: date | None = None,
    ) -> None:
        """The client does not want to answer: recorded once, and they are not asked again."""
        today = today or date.today()
        subject = SurveySubject(subject)
        with self.session.store.write(self.session.actor) as tx:
            self._check(tx.conn, subject, case_id, enrolment_id, today)
            repos.feedback.insert_request(
                tx,
                subject,
                case_id,
                enrolment_id if subject is SurveySubject.PROGRAM else None,
                FeedbackOutcome.DECLINED,
                FeedbackMethod(method),
                today,
            )
            record(tx, self.session, AuditAction.CREATE, case_id, f"{subject} survey declined")

    @requires(Permission.FEEDBACK_RECORD)
    def record_answers(
        self,
        subject: SurveySubject,
        case_id: str,
        method: FeedbackMethod,
        survey_id: str,
        answers: FeedbackAnswers,
        enrolment_id: str | None = None,
        today: date | None = None,
    ) -> None:
        """Store the answers apart from the case, and on the case only that it was answered.

        Both rows are written in one transaction (an answer is never counted without its request
        or the reverse); the request holds no answer, the answer no case, day or taker.
        """
        today = today or date.today()
        subject = SurveySubject(subject)
        with self.session.store.read() as conn:
            survey = repos.feedback.version(conn, survey_id)
        if survey is None or survey.subject is not subject:
            raise OneStopError(ErrorCode.NOT_FOUND)
        problems = answer_problems(survey, answers)
        if problems:
            raise _refuse(problems)
        with self.session.store.write(self.session.actor) as tx:
            program_id = self._check(tx.conn, subject, case_id, enrolment_id, today)
            repos.feedback.insert_request(
                tx,
                subject,
                case_id,
                enrolment_id if subject is SurveySubject.PROGRAM else None,
                FeedbackOutcome.ANSWERED,
                FeedbackMethod(method),
                today,
            )
            repos.feedback.insert_response(tx, survey, program_id, month_of(today), FeedbackMethod(method), answers)
            record(tx, self.session, AuditAction.CREATE, case_id, f"{subject} survey answered")

    # -- anonymous results ----------------------------------------------------------------------------
    @requires(Permission.REPORTS)
    def summary(self, subject: SurveySubject, first: date, last: date) -> FeedbackSummary:
        """Means per question and the services that helped most, for answers given in [first, last];
        hidden (shown=False) when fewer than MIN_ANSWERS_SHOWN people answered."""
        subject = SurveySubject(subject)
        with self.session.store.read() as conn:
            outcomes = repos.feedback.outcome_counts(conn, subject, first, last)
            answered, means = repos.feedback.score_means(conn, subject, month_of(first), month_of(last))
            helped = repos.feedback.helped_most_counts(conn, subject, month_of(first), month_of(last))
        shown = answered >= MIN_ANSWERS_SHOWN
        return FeedbackSummary(
            subject,
            answered,
            outcomes.get(FeedbackOutcome.DECLINED, 0),
            shown,
            means if shown else {},
            helped if shown else {},
        )

    @requires(Permission.REPORTS)
    def comments(self, first: date, last: date) -> list[AnonymousComment]:
        """Free comments of [first, last] by month, without who wrote them or in what order; a month with
        fewer than MIN_ANSWERS_SHOWN answers shows none (a comment there could be recognised)."""
        with self.session.store.read() as conn:
            return repos.feedback.comments(conn, month_of(first), month_of(last), MIN_ANSWERS_SHOWN)
