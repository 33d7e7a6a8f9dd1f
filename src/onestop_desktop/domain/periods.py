"""Reporting periods: the year, quarter, month or date range a dashboard figure or a partner report covers.

A period is a half-open range of dates (start inclusive, end exclusive) so that consecutive periods tile the
calendar without overlap and SQL can compare `start <= day < end` without end-of-month arithmetic. People write
periods the way the CLI and the report dialog accept them (`2026`, `2026-Q3`, `2026-07`,
`2026-03-01..2026-04-15`); anything that names no real period is one clear `INVALID_PERIOD` error rather than a
report over a range nobody meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from . import korean
from .errors import ErrorCode, OneStopError

FIRST_YEAR = 2000  # the center keeps no records before this; a typo such as 206 should not pass
LAST_YEAR = 2100

_YEAR = re.compile(r"(\d{4})", re.ASCII)
_QUARTER = re.compile(r"(\d{4})-[Qq](\d)", re.ASCII)
_MONTH = re.compile(r"(\d{4})-(\d{1,2})", re.ASCII)
_ISO_RANGE = re.compile(r"(\d{4}-\d{1,2}-\d{1,2})\s*\.\.\s*(\d{4}-\d{1,2}-\d{1,2})", re.ASCII)


class PeriodKind(StrEnum):
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    start: date  # first day in the period
    end: date  # first day after it
    kind: PeriodKind

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"empty period {self.start}..{self.end}")

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day < self.end

    @property
    def label(self) -> str:
        """How the period is titled in Korean reports and charts."""
        if self.kind is PeriodKind.YEAR:
            return f"{self.start.year}년"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}년 {(self.start.month - 1) // 3 + 1}분기"
        if self.kind is PeriodKind.MONTH:
            return f"{self.start.year}년 {self.start.month}월"
        return f"{korean.official_date(self.start)}~{korean.official_date(self.last_day)}"

    @property
    def code(self) -> str:
        """The period as typed on the command line; `parse_period(p.code) == p`."""
        if self.kind is PeriodKind.YEAR:
            return f"{self.start.year}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        return f"{self.start.isoformat()}..{self.last_day.isoformat()}"


def year(value: int) -> Period:
    return Period(date(value, 1, 1), date(value + 1, 1, 1), PeriodKind.YEAR)


def quarter(value: int, number: int) -> Period:
    return Period(date(value, 3 * number - 2, 1), _add_months(date(value, 3 * number - 2, 1), 3), PeriodKind.QUARTER)


def month(value: int, number: int) -> Period:
    return Period(date(value, number, 1), _add_months(date(value, number, 1), 1), PeriodKind.MONTH)


def custom(first_day: date, last_day: date) -> Period:
    """Both days included, as people say "from 1 March to 15 April"."""
    return Period(first_day, last_day + timedelta(days=1), PeriodKind.CUSTOM)


def parse_period(text: str) -> Period:
    """Read `2026`, `2026-Q3`, `2026-07`, `2026-03-01..2026-04-15` (or a custom period's own label)."""
    cleaned = text.strip()
    try:
        period = _parse(cleaned)
    except (ValueError, OverflowError):  # month 13, 2026-02-30, year 0, past date.max
        period = None
    if period is None or not (period.start.year >= FIRST_YEAR and period.last_day.year <= LAST_YEAR):
        raise OneStopError(ErrorCode.INVALID_PERIOD, value=cleaned[:40])
    return period


def previous(period: Period) -> Period:
    """The period of the same length just before, for "compared with the last quarter" figures."""
    if period.kind is PeriodKind.YEAR:
        return year(period.start.year - 1)
    if period.kind is PeriodKind.CUSTOM:
        return Period(period.start - timedelta(days=period.days), period.start, PeriodKind.CUSTOM)
    months = 3 if period.kind is PeriodKind.QUARTER else 1
    start = _add_months(period.start, -months)
    return Period(start, period.start, period.kind)


def _parse(cleaned: str) -> Period | None:
    if match := _YEAR.fullmatch(cleaned):
        return year(int(match.group(1)))
    if match := _QUARTER.fullmatch(cleaned):
        number = int(match.group(2))
        return quarter(int(match.group(1)), number) if 1 <= number <= 4 else None
    if match := _MONTH.fullmatch(cleaned):
        return month(int(match.group(1)), int(match.group(2)))
    if match := _ISO_RANGE.fullmatch(cleaned):
        first, last = korean.parse_date(match.group(1)), korean.parse_date(match.group(2))
    elif cleaned.count("~") == 1:
        before, after = cleaned.split("~")
        first, last = korean.parse_date(before), korean.parse_date(after)
    else:
        return None
    if first is None or last is None or last < first:
        return None
    return custom(first, last)


def _add_months(day: date, months: int) -> date:
    """The first of the month `months` after `day`'s month (negative goes back)."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
