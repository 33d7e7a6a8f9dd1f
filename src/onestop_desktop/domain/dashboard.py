"""The dashboard's figures (현황): small grids of aggregate numbers, each drawn as a chart and as a table.

A `Figure` is `rows × columns` of numbers with codes for both axes; the UI turns codes into translated
labels (`Axis` says which vocabulary) and draws bars or lines. Nothing in a figure identifies a person:
rows are months, crime types, counselors, service domains, agencies, age bands or programs.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .periods import Period


class FigureKey(StrEnum):
    NEW_CASES = "new_cases"  # per month by crime category
    NEW_PEOPLE = "new_people"  # per month: new cases and the people they are (a returning person counts once)
    CASELOAD = "caseload"  # open cases per lead counselor, now
    SERVICES = "services"  # per service domain
    REFERRALS = "referrals"  # outcome per agency
    REFERRAL_DAYS = "referral_days"  # days from 발송 to 접수 and to 완료 per agency
    OVERDUE = "overdue"  # open follow-ups past due per assignee
    COVERAGE = "coverage"  # intake share against Seoul's population share by age band × gender
    FEEDBACK = "feedback"  # average 1–5 score per month, case feedback and each program


class Axis(StrEnum):
    MONTH = "month"  # 'YYYY-MM'
    CRIME = "crime"  # CrimeType value or 'multiple'
    PERSON = "person"  # a staff member's display name (or '' for none)
    MEASURE = "measure"  # a code from MEASURES
    DOMAIN = "domain"  # ServiceDomain value
    AGENCY = "agency"  # agency name
    STATUS = "status"  # ReferralStatus value
    LATENESS = "lateness"  # '1-7', '8-30', '31+' days overdue
    AGE_BAND = "age_band"  # AgeBand value
    SERIES = "series"  # 'case' (feedback on the support received) or a program's name


class Unit(StrEnum):
    COUNT = "count"
    DAYS = "days"
    PERCENT = "percent"
    SCORE = "score"


MULTIPLE = "multiple"  # a case with more than one crime type
NO_ONE = ""  # a case or follow-up with nobody assigned


@dataclass(frozen=True)
class Figure:
    key: FigureKey
    rows: tuple[str, ...]
    row_axis: Axis
    columns: tuple[str, ...]
    column_axis: Axis
    values: tuple[tuple[float | None, ...], ...]  # len(rows) × len(columns); None = nothing to show
    unit: Unit = Unit.COUNT
    stacked: bool = True  # counts that add up: stacked bars; otherwise grouped bars (or lines for months)
    flagged: tuple[str, ...] = ()  # row/column pairs "row:column" that need attention (coverage)

    def total(self) -> float:
        return sum(v for row in self.values for v in row if v is not None)


@dataclass(frozen=True)
class Dashboard:
    period: Period
    center_wide: bool  # False: the user's own caseload only
    figures: tuple[Figure, ...]

    def figure(self, key: FigureKey) -> Figure | None:
        return next((f for f in self.figures if f.key is key), None)
