"""What an administrator reads to oversee the staff: the output register (출력·복사 대장), the access records
(접속기록) with their filters, and the monthly review of those records the safety-measures standard asks for
(개인정보의 안전성 확보조치 기준 제8조: 접속기록을 월 1회 이상 점검)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .audit import AuditAction
from .text import QT_TRANSLATE_NOOP

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class Month:
    year: int
    month: int

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)


def parse_month(text: str) -> Month | None:
    """YYYY-MM (2026-11), or None when it is not a month."""
    found = _MONTH.match(text.strip())
    if not found or not 1 <= int(found.group(2)) <= 12 or int(found.group(1)) < 2000:
        return None
    return Month(int(found.group(1)), int(found.group(2)))


def review_due(today: date, reviewed: frozenset[str]) -> Month | None:
    """The month whose review is missing: last month, once it is over and not reviewed (keys YYYY-MM)."""
    last = Month.of(today).previous()
    return None if last.key in reviewed else last


@dataclass(frozen=True)
class AuditReview:
    month: str  # YYYY-MM
    period_start: date
    period_end: date
    findings: str
    reviewed_by: str  # display name
    reviewed_at: str  # UTC ISO-8601


@dataclass(frozen=True)
class AuditQuery:
    """Filters of the access records, each pushed into SQL. UTC calendar days, inclusive (as the audit CSV)."""

    since: date | None = None
    until: date | None = None
    username: str = ""
    action: AuditAction | None = None
    case_id: str = ""


@dataclass(frozen=True)
class AuditLine:
    """An access record as the review window shows it: the case named by its number, when it names one."""

    seq: int
    at: str  # UTC ISO-8601
    username: str
    action: str  # an AuditAction's code (kept as text: a newer version may write codes this one lacks)
    subject_type: str
    subject_id: str
    subject_label: str  # the case number, the account name …; "" when nothing better than the id is known
    detail: str


@dataclass(frozen=True)
class RegisterQuery:
    """Filters of the output register; UTC days, inclusive."""

    since: date | None = None
    until: date | None = None
    user_id: str = ""
    kind: str = ""
    case_id: str = ""


@dataclass(frozen=True)
class RegisterEntry:
    """One output: when, by whom, what, about which case, why, where to, how many pages."""

    id: str
    produced_at: str  # UTC ISO-8601
    username: str
    display_name: str
    kind: str  # referral_letter, consent_form, packet, batch, period_report
    case_number: str  # "" for outputs about no case (a blank form, a period report)
    referral_number: str
    recipient: str
    purpose: str
    destination: str  # file or print
    pages: int


OUTPUT_KIND_LABELS: dict[str, str] = {
    "referral_letter": QT_TRANSLATE_NOOP("Register", "Referral letter"),
    "consent_form": QT_TRANSLATE_NOOP("Register", "Consent form"),
    "packet": QT_TRANSLATE_NOOP("Register", "Referral packet"),
    "batch": QT_TRANSLATE_NOOP("Register", "Batch of packets"),
    "period_report": QT_TRANSLATE_NOOP("Register", "Period report"),
    "takedown_list": QT_TRANSLATE_NOOP("Register", "Takedown item list"),
}
DESTINATION_LABELS: dict[str, str] = {
    "file": QT_TRANSLATE_NOOP("Register", "saved to a file"),
    "print": QT_TRANSLATE_NOOP("Register", "printed"),
}
