"""Legal deadlines at their edges: learned of the harm later than the incident, the 10-year limit before the
3-year one, leap days (민법 제157조·제160조), and the "whichever first" property for any dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.domain.legal_deadlines import (
    RULES,
    RULES_BY_CODE,
    CaseDates,
    Unit,
    deadline,
    deadlines,
    period_end,
)

RELIEF = RULES_BY_CODE["relief_application"]
REVIEW = RULES_BY_CODE["relief_review"]


@pytest.mark.parametrize(
    ("event", "amount", "unit", "end"),
    [
        (date(2023, 5, 10), 3, Unit.YEARS, date(2026, 5, 10)),  # the same date three years on
        (date(2024, 2, 29), 3, Unit.YEARS, date(2027, 2, 28)),  # no 29 February: the month's last day
        (date(2024, 2, 29), 4, Unit.YEARS, date(2028, 2, 29)),  # leap year to leap year
        (date(2024, 2, 28), 3, Unit.YEARS, date(2027, 2, 28)),  # begins on the 29th, which 2027 lacks
        (date(2025, 2, 28), 3, Unit.YEARS, date(2028, 2, 29)),  # begins 1 March: ends the day before, the 29th
        (date(2023, 2, 28), 3, Unit.YEARS, date(2026, 2, 28)),
        (date(2026, 12, 31), 1, Unit.YEARS, date(2027, 12, 31)),
        (date(2026, 1, 31), 1, Unit.MONTHS, date(2026, 2, 28)),  # begins 1 February, ends 28 February
        (date(2026, 1, 30), 1, Unit.MONTHS, date(2026, 2, 28)),  # begins the 31st, February has none
        (date(2026, 12, 1), 2, Unit.WEEKS, date(2026, 12, 15)),
        (date(2026, 12, 1), 5, Unit.DAYS, date(2026, 12, 6)),
    ],
)
def test_period_end_follows_the_civil_code(event: date, amount: int, unit: Unit, end: date) -> None:
    assert period_end(event, amount, unit) == end


def test_the_three_years_run_from_the_incident_when_nothing_else_is_known() -> None:
    assert deadline(RELIEF, CaseDates(date(2024, 1, 5))) == date(2027, 1, 5)


def test_learning_of_the_harm_later_moves_the_deadline_later() -> None:
    dates = CaseDates(incident=date(2020, 3, 1), harm_learned=date(2022, 6, 15))
    assert deadline(RELIEF, dates) == date(2025, 6, 15)


def test_the_ten_year_limit_wins_when_the_harm_was_learned_of_late() -> None:
    dates = CaseDates(incident=date(2015, 4, 1), harm_learned=date(2023, 9, 1))  # 3 years on: 2026-09-01
    assert deadline(RELIEF, dates) == date(2025, 4, 1)


def test_the_review_deadline_needs_a_decision_date() -> None:
    assert deadline(REVIEW, CaseDates(date(2025, 1, 1))) is None
    assert deadline(REVIEW, CaseDates(date(2025, 1, 1), relief_decision=date(2026, 11, 30))) == date(2026, 12, 14)


def test_no_dates_no_deadlines_and_a_waiver_keeps_its_reason() -> None:
    assert deadlines(CaseDates(None)) == []
    found = deadlines(CaseDates(date(2025, 1, 1)), {"civil_damages": "이미 민사 소송 진행"})
    waived = [d for d in found if not d.open]
    assert [d.rule.code for d in waived] == ["civil_damages"] and waived[0].waived_reason == "이미 민사 소송 진행"
    assert [d.due for d in found] == sorted(d.due for d in found)


def test_every_rule_names_its_legal_source() -> None:
    assert all(rule.source and rule.limbs and rule.kind for rule in RULES)
    assert len(RULES_BY_CODE) == len(RULES)


days = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


@given(incident=days, delay=st.integers(min_value=0, max_value=20 * 366))
def test_the_relief_deadline_is_whichever_limit_comes_first(incident: date, delay: int) -> None:
    learned = incident + timedelta(days=delay)
    due = deadline(RELIEF, CaseDates(incident, learned))
    three, ten = period_end(learned, 3, Unit.YEARS), period_end(incident, 10, Unit.YEARS)
    assert due == min(three, ten)
    assert due is not None and due <= ten and due <= three
    assert incident < due  # never before the incident itself


@given(event=days, years=st.integers(min_value=1, max_value=10))
def test_a_period_of_years_ends_within_a_day_of_the_same_date(event: date, years: int) -> None:
    end = period_end(event, years, Unit.YEARS)
    assert end.year == event.year + years
    if (event.month, event.day) != (2, 29) and (event.month, event.day) != (2, 28):
        assert (end.month, end.day) == (event.month, event.day)
    else:
        assert end.month == 2 and end.day in (28, 29)


@given(event=days, years=st.integers(min_value=1, max_value=10))
def test_a_later_event_never_gives_an_earlier_end(event: date, years: int) -> None:
    later = event + timedelta(days=1)
    assert period_end(later, years, Unit.YEARS) >= period_end(event, years, Unit.YEARS)
