"""The retention rules: due dates counted like every legal period (민법 제157조/제160조), the schedule's kinds, and the
legal holds that refuse an early destruction."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.domain.retention import (
    DEFAULT_YEARS,
    MINIMUM_YEARS,
    RecordKind,
    Schedule,
    destruction_id,
    due_on,
    legal_holds,
)
from onestop_desktop.domain.safety import Measure, MeasureKind


def test_a_case_is_due_the_day_after_its_years_end() -> None:
    assert due_on(date(2026, 12, 7), 3) == date(2029, 12, 8)
    assert due_on(date(2024, 2, 29), 3) == date(2027, 3, 1)  # the period ends on 2027-02-28 (제160조③)
    assert due_on(date(2023, 12, 31), 1) == date(2025, 1, 1)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.integers(min_value=1, max_value=10))
def test_never_due_before_the_same_day_years_later(closed: date, years: int) -> None:
    due = due_on(closed, years)
    same_day = closed.replace(year=closed.year + years, day=min(closed.day, 28))
    assert due > same_day - timedelta(days=1) and due - closed <= timedelta(days=366 * years + 1)


def test_the_schedule_follows_the_case_for_consents_and_documents() -> None:
    schedule = Schedule(case_years=4)
    assert [schedule.years(k) for k in RecordKind] == [4, 4, 4, 2, 3]
    assert DEFAULT_YEARS[RecordKind.CASE] == 3 and MINIMUM_YEARS[RecordKind.ACCESS_CHANGES] == 3


def _measure(kind: MeasureKind, expires: date | None, ended: date | None = None) -> Measure:
    return Measure("m", "c", kind, date(2026, 1, 1), expires, "법원", "", ended, "")


def test_legal_holds_name_their_law() -> None:
    today = date(2026, 12, 7)
    assert legal_holds(today, None, []) == []
    assert [h.law for h in legal_holds(today, date(2025, 1, 1), [])] == ["범죄피해자 보호법 제31조"]
    assert legal_holds(today, date(2024, 12, 6), []) == []  # the 2 years to collect have run out
    held = legal_holds(today, None, [_measure(MeasureKind.PROTECTION_ORDER, date(2027, 1, 1))])
    assert len(held) == 1 and "제55조의2" in held[0].law
    assert legal_holds(today, None, [_measure(MeasureKind.RESTRAINING, date(2026, 12, 6))]) == []  # expired
    assert legal_holds(today, None, [_measure(MeasureKind.SMARTWATCH, None, ended=date(2026, 5, 1))]) == []
    assert "신변보호" in legal_holds(today, None, [_measure(MeasureKind.SMARTWATCH, None)])[0].law


def test_one_order_per_case() -> None:
    assert destruction_id("case-1") == destruction_id("case-1") != destruction_id("case-2")
