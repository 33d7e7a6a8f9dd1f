"""Danger assessment, safety plan and protective measures: the records and the rules that score and remind.

The checklist is data (`danger_checklists`, versioned like the survey questions; version 1 seeded by migration
0180 from the indicator categories in the domain notes, not a copy of DA, DASH, ODARA or the police form). An
assessment keeps the checklist version and the cut-offs it was scored with, so repeats stay comparable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from .taxonomy import RiskLevel
from .text import QT_TRANSLATE_NOOP


class Answer(StrEnum):
    YES = "yes"  # 예
    NO = "no"  # 아니오
    UNKNOWN = "unknown"  # 모름


ANSWER_LABELS: Final = {
    Answer.YES: QT_TRANSLATE_NOOP("Safety", "Yes"),
    Answer.NO: QT_TRANSLATE_NOOP("Safety", "No"),
    Answer.UNKNOWN: QT_TRANSLATE_NOOP("Safety", "Don't know"),
}


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    category: str
    weight: int
    text_ko: str
    text_en: str
    escalates: bool = False  # a yes alone makes the level at least HIGH (strangulation, weapon, breach …)


@dataclass(frozen=True)
class Cutoffs:
    """The lowest score of each level above LOW."""

    medium: int
    high: int
    critical: int

    def level(self, score: int) -> RiskLevel:
        if score >= self.critical:
            return RiskLevel.CRITICAL
        if score >= self.high:
            return RiskLevel.HIGH
        if score >= self.medium:
            return RiskLevel.MEDIUM
        return RiskLevel.LOW


@dataclass(frozen=True)
class Checklist:
    id: str
    version: int
    items: tuple[ChecklistItem, ...]
    cutoffs: Cutoffs
    published_on: date

    @property
    def max_score(self) -> int:
        return sum(item.weight for item in self.items)


_RANK: Final = {RiskLevel.LOW: 1, RiskLevel.MEDIUM: 2, RiskLevel.HIGH: 3, RiskLevel.CRITICAL: 4}


def score(checklist: Checklist, answers: dict[str, Answer]) -> tuple[int, RiskLevel]:
    """The weighted count of yes answers and the level it gives; an escalating yes lifts the level to HIGH."""
    total = sum(item.weight for item in checklist.items if answers.get(item.code) is Answer.YES)
    level = checklist.cutoffs.level(total)
    if any(item.escalates and answers.get(item.code) is Answer.YES for item in checklist.items):
        level = max(level, RiskLevel.HIGH, key=_RANK.__getitem__)
    return total, level


def needs_safety_review(level: RiskLevel) -> bool:
    """A high score prompts a safety-plan review and a 신변보호 referral."""
    return _RANK[level] >= _RANK[RiskLevel.HIGH]


@dataclass(frozen=True)
class Assessment:
    id: str
    case_id: str
    checklist_id: str
    checklist_version: int
    answers: dict[str, Answer]
    score: int
    max_score: int
    computed_level: RiskLevel
    level: RiskLevel  # the computed one, or the counselor's override
    override_reason: str
    assessed_on: date
    assessed_by: str  # user id
    assessed_by_name: str = ""


# -- the safety plan ------------------------------------------------------------------------------------------
class PlanSection(StrEnum):
    CONTACTS = "contacts"
    CODE_WORD = "code_word"
    PLACE = "place"
    GO_BAG = "go_bag"
    CHILDREN = "children"
    DIGITAL = "digital"
    ROUTES = "routes"
    OTHER = "other"


PLAN_SECTION_LABELS: Final = {
    PlanSection.CONTACTS: QT_TRANSLATE_NOOP("Safety", "Safe contacts"),
    PlanSection.CODE_WORD: QT_TRANSLATE_NOOP("Safety", "Code word"),
    PlanSection.PLACE: QT_TRANSLATE_NOOP("Safety", "Where to go and how"),
    PlanSection.GO_BAG: QT_TRANSLATE_NOOP("Safety", "Documents and money to keep ready"),
    PlanSection.CHILDREN: QT_TRANSLATE_NOOP("Safety", "Children"),
    PlanSection.DIGITAL: QT_TRANSLATE_NOOP("Safety", "Digital safety (location sharing, passwords, spyware)"),
    PlanSection.ROUTES: QT_TRANSLATE_NOOP("Safety", "Work and school routes"),
    PlanSection.OTHER: QT_TRANSLATE_NOOP("Safety", "Other"),
}


@dataclass(frozen=True)
class SafetyPlan:
    id: str
    case_id: str
    version: int
    sections: dict[PlanSection, str]
    review_on: date | None
    card_names_center: bool  # the counselor chose to print the center's name on the safety card
    written_on: date
    written_by: str

    def text(self, section: PlanSection) -> str:
        return self.sections.get(section, "")


# -- protective measures --------------------------------------------------------------------------------------
class MeasureKind(StrEnum):
    SMARTWATCH = "smartwatch"
    REGISTERED_112 = "registered_112"
    CCTV = "cctv"
    LODGING = "lodging"
    ESCORT = "escort"
    PROTECTION_ORDER = "protection_order"  # 피해자보호명령 (court)
    RESTRAINING = "restraining"  # 접근금지: 긴급응급조치, 임시조치, 잠정조치
    OTHER = "other"


MEASURE_LABELS: Final = {
    MeasureKind.SMARTWATCH: QT_TRANSLATE_NOOP("Safety", "Smartwatch"),
    MeasureKind.REGISTERED_112: QT_TRANSLATE_NOOP("Safety", "112 registration"),
    MeasureKind.CCTV: QT_TRANSLATE_NOOP("Safety", "CCTV at home"),
    MeasureKind.LODGING: QT_TRANSLATE_NOOP("Safety", "Temporary lodging"),
    MeasureKind.ESCORT: QT_TRANSLATE_NOOP("Safety", "Personal protection"),
    MeasureKind.PROTECTION_ORDER: QT_TRANSLATE_NOOP("Safety", "Victim protection order"),
    MeasureKind.RESTRAINING: QT_TRANSLATE_NOOP("Safety", "Restraining order / provisional measure"),
    MeasureKind.OTHER: QT_TRANSLATE_NOOP("Safety", "Other measure"),
}
# What 내 할 일 and the command line say when a measure is about to end.
MEASURE_REMINDERS: Final = {
    MeasureKind.SMARTWATCH: QT_TRANSLATE_NOOP("Safety", "Smartwatch: return or extend"),
    MeasureKind.LODGING: QT_TRANSLATE_NOOP("Safety", "Temporary lodging ends"),
    MeasureKind.PROTECTION_ORDER: QT_TRANSLATE_NOOP("Safety", "Protection order: extend?"),
    MeasureKind.RESTRAINING: QT_TRANSLATE_NOOP("Safety", "Restraining order: extend?"),
}
GENERIC_MEASURE_REMINDER: Final = QT_TRANSLATE_NOOP("Safety", "Protective measure ends: review")
# Usual terms, only ever offered as a suggestion: the decision's own dates win (domain notes §D).
USUAL_MONTHS: Final = {MeasureKind.SMARTWATCH: 6, MeasureKind.PROTECTION_ORDER: 12, MeasureKind.RESTRAINING: 2}
REMIND_MEASURE_DAYS: Final = (14, 3)  # 내 할 일 shows the measure from 14 days before, urgent from 3
REMIND_DEADLINE_DAYS: Final = 30
REMIND_PLAN_REVIEW_DAYS: Final = 7


def measure_reminder(kind: MeasureKind) -> str:
    return MEASURE_REMINDERS.get(kind, GENERIC_MEASURE_REMINDER)


@dataclass(frozen=True)
class Measure:
    id: str
    case_id: str
    kind: MeasureKind
    starts_on: date
    expires_on: date | None  # None: open-ended (112 registration)
    decided_by: str  # police station, court
    reference: str  # decision number
    ended_on: date | None
    note: str
    updated_at: str = ""

    def in_force(self, today: date) -> bool:
        return self.ended_on is None and (self.expires_on is None or self.expires_on >= today)


def reminder_stage(expires_on: date, today: date) -> int | None:
    """How close a measure's expiry is: 14 or 3 (days before, the reminder stages) or 0 (expired); None when it
    is further away than the first stage."""
    left = (expires_on - today).days
    if left < 0:
        return 0
    stages = [stage for stage in sorted(REMIND_MEASURE_DAYS) if left <= stage]
    return stages[0] if stages else None


# -- what is due ------------------------------------------------------------------------------------------------
class DueKind(StrEnum):
    DEADLINE = "deadline"
    MEASURE = "measure"
    PLAN_REVIEW = "plan_review"


@dataclass(frozen=True)
class SafetyDue:
    """One thing with a date on a case: a legal deadline, a measure's expiry or a plan review."""

    due: date
    case_id: str
    case_number: str
    kind: DueKind
    label: str  # untranslated source text (context "Deadline" for deadlines, "Safety" otherwise)
    source: str = ""
    record_id: str = field(default="")

    @property
    def context(self) -> str:
        return "Deadline" if self.kind is DueKind.DEADLINE else "Safety"


def within(items: list[SafetyDue], today: date, days: int | None) -> list[SafetyDue]:
    """The items due from today on (and within `days` when given), soonest first."""
    last = today + timedelta(days=days) if days is not None else date.max
    return sorted((i for i in items if today <= i.due <= last), key=lambda i: (i.due, i.case_number, i.label))


EMERGENCY_NUMBERS: Final = ("112", "1366", "119", "182")  # the card's labels for them are in export/safety_card.py


@dataclass(frozen=True)
class SafetyCard:
    """What the discreet card prints. Nothing here names a victim, a crime, violence or the center: the center's
    name only when the counselor chose it (`SafetyPlan.card_names_center`), never the client's name."""

    hotline: str  # the center's phone, printed under a neutral label ('' when not set)
    center_name: str  # '' unless the counselor chose to name the center
    code_word: str
    contacts: str
