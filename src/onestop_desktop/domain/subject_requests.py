"""Requests of the data subject (정보주체): 열람 (개인정보 보호법 제35조), 정정·삭제 (제36조), 처리정지 (제37조).

Each is logged with the day it was received and is due 10 days later (시행령 제41조④, 제43조③, 제44조②: within
10 days); it stays on 내 할 일 until its answer and the day of the answer are recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .text import QT_TRANSLATE_NOOP

ANSWER_WITHIN = timedelta(days=10)
MAX_DETAIL = 1000


class RequestKind(StrEnum):
    ACCESS = "access"  # 열람
    CORRECTION = "correction"  # 정정·삭제
    SUSPENSION = "suspension"  # 처리정지


class RequestOutcome(StrEnum):
    GRANTED = "granted"  # 이행
    PARTLY = "partly"  # 일부 이행
    REFUSED = "refused"  # 거절 (사유 통지)


KIND_LABELS: dict[RequestKind, str] = {
    RequestKind.ACCESS: QT_TRANSLATE_NOOP("SubjectRequests", "Access (§35)"),
    RequestKind.CORRECTION: QT_TRANSLATE_NOOP("SubjectRequests", "Correction or deletion (§36)"),
    RequestKind.SUSPENSION: QT_TRANSLATE_NOOP("SubjectRequests", "Suspension of processing (§37)"),
}

OUTCOME_LABELS: dict[RequestOutcome, str] = {
    RequestOutcome.GRANTED: QT_TRANSLATE_NOOP("SubjectRequests", "Granted"),
    RequestOutcome.PARTLY: QT_TRANSLATE_NOOP("SubjectRequests", "Partly granted"),
    RequestOutcome.REFUSED: QT_TRANSLATE_NOOP("SubjectRequests", "Refused (reason given)"),
}

ANSWER_BEFORE_RECEIPT = QT_TRANSLATE_NOOP("Validation", "The answer cannot come before the request was received.")
NEED_REASON = QT_TRANSLATE_NOOP("Validation", "A refusal must give its reason.")


def due_on(received_on: date) -> date:
    """The last day to answer: 10 days after the request was received."""
    return received_on + ANSWER_WITHIN


@dataclass(frozen=True)
class SubjectRequest:
    id: str
    case_id: str
    case_number: str
    kind: RequestKind
    received_on: date
    due_on: date
    detail: str
    outcome: RequestOutcome | None
    answer: str
    answered_on: date | None
    received_by: str  # display name
    updated_at: str

    @property
    def is_open(self) -> bool:
        return self.answered_on is None

    def days_left(self, today: date) -> int:
        """Days until it is due (negative: overdue)."""
        return (self.due_on - today).days


@dataclass(frozen=True)
class RequestForm:
    kind: RequestKind
    received_on: str  # as typed
    detail: str = ""


@dataclass(frozen=True)
class AnswerForm:
    outcome: RequestOutcome
    answered_on: str  # as typed
    answer: str = ""
