"""The case lifecycle: 접수 → 진행 → (보류) → 종결, with a closing reason."""

from __future__ import annotations

from enum import StrEnum

from .text import QT_TRANSLATE_NOOP


class CaseStatus(StrEnum):
    INTAKE = "intake"  # 접수
    ACTIVE = "active"  # 진행
    ON_HOLD = "on_hold"  # 보류
    CLOSED = "closed"  # 종결


CASE_STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.INTAKE: QT_TRANSLATE_NOOP("Taxonomy", "Intake"),
    CaseStatus.ACTIVE: QT_TRANSLATE_NOOP("Taxonomy", "In progress"),
    CaseStatus.ON_HOLD: QT_TRANSLATE_NOOP("Taxonomy", "On hold"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Taxonomy", "Closed"),
}

# A closed case can be reopened (the victim comes back); intake can close directly (no service wanted).
ALLOWED_TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.INTAKE: frozenset({CaseStatus.ACTIVE, CaseStatus.ON_HOLD, CaseStatus.CLOSED}),
    CaseStatus.ACTIVE: frozenset({CaseStatus.ON_HOLD, CaseStatus.CLOSED}),
    CaseStatus.ON_HOLD: frozenset({CaseStatus.ACTIVE, CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset({CaseStatus.ACTIVE}),
}


class ClosingReason(StrEnum):
    GOALS_MET = "goals_met"  # 목표 달성
    CLIENT_DECLINED = "client_declined"  # 본인 거부·중단 요청
    LOST_CONTACT = "lost_contact"  # 연락 두절
    TRANSFERRED = "transferred"  # 타 기관 이관
    NOT_ELIGIBLE = "not_eligible"  # 지원 대상 아님
    OTHER = "other"


CLOSING_REASON_LABELS: dict[ClosingReason, str] = {
    ClosingReason.GOALS_MET: QT_TRANSLATE_NOOP("Taxonomy", "Goals met"),
    ClosingReason.CLIENT_DECLINED: QT_TRANSLATE_NOOP("Taxonomy", "Client ended support"),
    ClosingReason.LOST_CONTACT: QT_TRANSLATE_NOOP("Taxonomy", "Lost contact"),
    ClosingReason.TRANSFERRED: QT_TRANSLATE_NOOP("Taxonomy", "Transferred to another agency"),
    ClosingReason.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("Taxonomy", "Not eligible"),
    ClosingReason.OTHER: QT_TRANSLATE_NOOP("Taxonomy", "Other"),
}


def can_move(current: CaseStatus, target: CaseStatus) -> bool:
    return target in ALLOWED_TRANSITIONS[current]
