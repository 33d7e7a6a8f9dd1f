"""Retention and destruction (파기): how long each kind of record is kept, when a closed case becomes due for
destruction, and which other law holds a record back from an early destruction.

개인정보 보호법 제21조: personal data is destroyed without delay once its retention ends; 제36조 lets the data subject
ask for deletion earlier, except where another law requires the data to be kept. 안전성 확보조치 기준 제13조: what is
deleted must not be recoverable, and the destruction is recorded (what, when, who, how) — the 파기 기록, which
holds no personal data.

Legal holds (the rule this module decides, to be confirmed by the center's counsel): an early destruction is refused
while
- a protective measure recorded on the case is in force (피해자보호명령, 임시조치·잠정조치 and the police's safety
  measures depend on the case record while they run), or
- the victim's right to collect an awarded 구조금 runs (2 years from service of the decision, 범죄피해자 보호법
  제31조): the center's record is the victim's evidence for it.
A destruction when the retention period has ended is never held back: the law then requires it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from .legal_deadlines import Unit, period_end
from .safety import Measure, MeasureKind
from .text import QT_TRANSLATE_NOOP

# What a destruction does to the data, as the 파기 기록 states it (제13조①: 초기화·덮어쓰기).
METHOD: Final = "전자적 파일 영구 삭제 (데이터베이스 삭제 후 덮어쓰기·색인 재구성), 모든 기기에서 다음 동기화 시 삭제"
RECORD_KIND_CASE: Final = "case"
_NAMESPACE: Final = uuid.UUID("3b6f7c2e-2d0a-4c55-9a51-5d1b6f0e7a10")


class RecordKind(StrEnum):
    """The kinds of record the retention schedule names."""

    CASE = "case"  # 사례 기록: the case, its client and every child row
    CONSENT = "consent"  # 동의서: kept as long as their case
    DOCUMENTS = "documents"  # 출력·복사 대장: like the case
    ACCESS_LOG = "access_log"  # 접속기록 (안전성 확보조치 기준 제8조: at least 2 years with 민감정보)
    ACCESS_CHANGES = "access_changes"  # 접근권한 부여·변경·말소 기록 (제5조③: at least 3 years)


RECORD_KIND_LABELS: Final = {
    RecordKind.CASE: QT_TRANSLATE_NOOP("Retention", "Case records"),
    RecordKind.CONSENT: QT_TRANSLATE_NOOP("Retention", "Consents"),
    RecordKind.DOCUMENTS: QT_TRANSLATE_NOOP("Retention", "Documents register"),
    RecordKind.ACCESS_LOG: QT_TRANSLATE_NOOP("Retention", "Access records"),
    RecordKind.ACCESS_CHANGES: QT_TRANSLATE_NOOP("Retention", "Access-right changes"),
}
# The least a setting may say, by law (the access records); the case's own default is the consent form's promise.
MINIMUM_YEARS: Final = {RecordKind.CASE: 1, RecordKind.ACCESS_LOG: 2, RecordKind.ACCESS_CHANGES: 3}
DEFAULT_YEARS: Final = {RecordKind.CASE: 3, RecordKind.ACCESS_LOG: 2, RecordKind.ACCESS_CHANGES: 3}
MAXIMUM_YEARS: Final = 30


@dataclass(frozen=True)
class Schedule:
    """The retention an administrator set (center settings); consents and the documents register follow the case."""

    case_years: int = DEFAULT_YEARS[RecordKind.CASE]
    access_log_years: int = DEFAULT_YEARS[RecordKind.ACCESS_LOG]
    access_changes_years: int = DEFAULT_YEARS[RecordKind.ACCESS_CHANGES]

    def years(self, kind: RecordKind) -> int:
        if kind is RecordKind.ACCESS_LOG:
            return self.access_log_years
        if kind is RecordKind.ACCESS_CHANGES:
            return self.access_changes_years
        return self.case_years  # consents and the documents register go with their case


def due_on(closed_on: date, years: int) -> date:
    """The first day a case closed on `closed_on` may be destroyed: the day after its retention of `years` years
    ends (periods counted as in 민법 제157조/제160조, see legal_deadlines.period_end)."""
    return period_end(closed_on, years, Unit.YEARS) + timedelta(days=1)


@dataclass(frozen=True)
class DueCase:
    case_id: str
    case_number: str
    closed_on: date
    due_on: date


@dataclass(frozen=True)
class LegalHold:
    """Another law that keeps the record: named in the refusal of an early destruction."""

    law: str
    what: str  # in Korean, like the law it cites


RELIEF_COLLECTION_YEARS: Final = 2
_MEASURE_LAWS: Final = {
    MeasureKind.PROTECTION_ORDER: "가정폭력범죄의 처벌 등에 관한 특례법 제55조의2 (피해자보호명령)",
    MeasureKind.RESTRAINING: "가정폭력범죄의 처벌 등에 관한 특례법 제29조·스토킹범죄의 처벌 등에 관한 법률 제9조",
}
_SAFETY_MEASURE_LAW: Final = "범죄피해자 보호법 제9조 (신변보호)"


def legal_holds(today: date, relief_decision_on: date | None, measures: list[Measure]) -> list[LegalHold]:
    """Why an early destruction of this case must wait (empty: nothing holds it)."""
    holds: list[LegalHold] = []
    if relief_decision_on is not None and today <= period_end(relief_decision_on, RELIEF_COLLECTION_YEARS, Unit.YEARS):
        holds.append(LegalHold("범죄피해자 보호법 제31조", "구조금 수령 기간 중"))
    for measure in measures:
        if measure.in_force(today):
            law = _MEASURE_LAWS.get(measure.kind, _SAFETY_MEASURE_LAW)
            holds.append(LegalHold(law, "보호조치 시행 중"))
    return list(dict.fromkeys(holds))


def destruction_id(case_id: str) -> str:
    """One destruction per case: two administrators ordering it offline write the same row."""
    return str(uuid.uuid5(_NAMESPACE, f"destruction:{case_id}"))


class DestructionStatus(StrEnum):
    PENDING = "pending"  # ordered, waiting for a second administrator
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class DestructionRecord:
    """A 파기 기록: no name, phone, note or other personal data."""

    id: str
    case_number: str
    record_kind: str
    closed_on: date | None
    due_on: date | None
    destroyed_on: date | None
    early: bool
    reason: str
    method: str
    requested_by: str  # username
    confirmed_by: str  # username, or "" without a second administrator
    status: DestructionStatus
