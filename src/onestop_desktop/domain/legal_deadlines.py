"""Legal deadlines that cost a victim money or a right when missed, computed from dates already in the case.

`RULES` is the one table: each rule names what it is, the dates it runs from and its legal source, so adding a
deadline is one entry. A rule with several limbs ends at the earliest of them ("3 years from learning of the harm
and 10 years from the crime, whichever comes first"). Computed dates are reminders, never legal advice: the
decision text a counselor holds wins.

Period arithmetic follows 민법 제157조 and 제160조 (기간의 계산): the first day is not counted, so a period
"begins" the next day; a period of years, months or weeks ends on the day before the date in the last year (month,
week) that corresponds to that beginning, and when the last month has no such day (29 February in a common year)
it ends on that month's last day (제160조③). Hence an incident on 2024-02-29 gives 2027-02-28 three years later,
and one on 2025-02-28 gives 2028-02-29. 제161조 (a last day on a Saturday or holiday moves to the next working day)
is deliberately NOT applied: a reminder should point at the earlier day, never the later one.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from .text import QT_TRANSLATE_NOOP


class Anchor(StrEnum):
    """The case dates a deadline can run from."""

    INCIDENT = "incident"  # 사건발생일
    HARM_LEARNED = "harm_learned"  # 피해를 안 날 (defaults to the incident date)
    RELIEF_DECISION = "relief_decision"  # 구조금 결정 송달일


class Unit(StrEnum):
    YEARS = "years"
    MONTHS = "months"
    WEEKS = "weeks"
    DAYS = "days"


@dataclass(frozen=True)
class Limb:
    anchor: Anchor
    amount: int
    unit: Unit


@dataclass(frozen=True)
class DeadlineRule:
    code: str  # stable: waivers refer to it
    kind: str  # what the deadline is (translated: context "Deadline")
    limbs: tuple[Limb, ...]  # the deadline is the earliest limb whose anchor is known
    source: str  # law and article
    note: str = ""


RULES: Final[tuple[DeadlineRule, ...]] = (
    DeadlineRule(
        "relief_application",
        QT_TRANSLATE_NOOP("Deadline", "Relief fund application"),
        (Limb(Anchor.HARM_LEARNED, 3, Unit.YEARS), Limb(Anchor.INCIDENT, 10, Unit.YEARS)),
        "범죄피해자 보호법 제25조②",
        QT_TRANSLATE_NOOP(
            "Deadline", "3 years from learning of the harm or 10 years from the crime, whichever comes first"
        ),
    ),
    DeadlineRule(
        "relief_review",
        QT_TRANSLATE_NOOP("Deadline", "Relief fund review request"),
        (Limb(Anchor.RELIEF_DECISION, 2, Unit.WEEKS),),
        "범죄피해자 보호법 제27조①",
        QT_TRANSLATE_NOOP("Deadline", "2 weeks from service of the district council's decision"),
    ),
    DeadlineRule(
        "civil_damages",
        QT_TRANSLATE_NOOP("Deadline", "Civil damages claim"),
        (Limb(Anchor.HARM_LEARNED, 3, Unit.YEARS), Limb(Anchor.INCIDENT, 10, Unit.YEARS)),
        "민법 제766조",
        QT_TRANSLATE_NOOP("Deadline", "3 years from knowing the harm and the offender, 10 years from the act"),
    ),
)
RULES_BY_CODE: Final = {rule.code: rule for rule in RULES}


def _shift_months(day: date, months: int) -> tuple[date, bool]:
    """The date `months` later with the same day of month, and whether that day exists there (else the month's
    last day is returned and False)."""
    total = day.year * 12 + (day.month - 1) + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last)), day.day <= last


def period_end(event: date, amount: int, unit: Unit) -> date:
    """The last day of a period of `amount` units that runs from `event` (민법 제157조, 제160조; see the module)."""
    begins = event + timedelta(days=1)  # 초일불산입
    if unit is Unit.DAYS:
        return event + timedelta(days=amount)
    if unit is Unit.WEEKS:
        return begins + timedelta(weeks=amount) - timedelta(days=1)
    months = amount * 12 if unit is Unit.YEARS else amount
    corresponding, exists = _shift_months(begins, months)
    return corresponding - timedelta(days=1) if exists else corresponding  # 제160조③: the month's last day


@dataclass(frozen=True)
class CaseDates:
    """The dates of one case a deadline can run from; `harm_learned` defaults to the incident date."""

    incident: date | None
    harm_learned: date | None = None
    relief_decision: date | None = None

    def anchor(self, anchor: Anchor) -> date | None:
        if anchor is Anchor.INCIDENT:
            return self.incident
        if anchor is Anchor.HARM_LEARNED:
            return self.harm_learned or self.incident
        return self.relief_decision


@dataclass(frozen=True)
class Deadline:
    rule: DeadlineRule
    due: date
    waived_reason: str | None = None  # marked not applicable, with the counselor's reason

    @property
    def open(self) -> bool:
        return self.waived_reason is None


def deadline(rule: DeadlineRule, dates: CaseDates) -> date | None:
    """The rule's last day for this case: the earliest limb whose date is known; None when none is."""
    ends = [period_end(start, limb.amount, limb.unit) for limb in rule.limbs if (start := dates.anchor(limb.anchor))]
    return min(ends) if ends else None


def deadlines(dates: CaseDates, waivers: dict[str, str] | None = None) -> list[Deadline]:
    """Every rule that applies to the case, soonest first; waived ones carry their reason."""
    waivers = waivers or {}
    found = [Deadline(rule, due, waivers.get(rule.code)) for rule in RULES if (due := deadline(rule, dates))]
    return sorted(found, key=lambda d: (d.due, d.rule.code))
