from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.periods import (
    Period,
    PeriodKind,
    custom,
    month,
    parse_period,
    previous,
    quarter,
    year,
)


@pytest.mark.parametrize(
    ("typed", "start", "end", "kind", "label"),
    [
        ("2026", date(2026, 1, 1), date(2027, 1, 1), PeriodKind.YEAR, "2026년"),
        ("2026-Q3", date(2026, 7, 1), date(2026, 10, 1), PeriodKind.QUARTER, "2026년 3분기"),
        ("2026-q4", date(2026, 10, 1), date(2027, 1, 1), PeriodKind.QUARTER, "2026년 4분기"),
        ("2026-Q1", date(2026, 1, 1), date(2026, 4, 1), PeriodKind.QUARTER, "2026년 1분기"),
        ("2026-07", date(2026, 7, 1), date(2026, 8, 1), PeriodKind.MONTH, "2026년 7월"),
        ("2026-12", date(2026, 12, 1), date(2027, 1, 1), PeriodKind.MONTH, "2026년 12월"),
        (" 2026-7 ", date(2026, 7, 1), date(2026, 8, 1), PeriodKind.MONTH, "2026년 7월"),
        ("2026-03-01..2026-04-15", date(2026, 3, 1), date(2026, 4, 16), PeriodKind.CUSTOM, "2026. 3. 1.~2026. 4. 15."),
        ("2026-03-01 .. 2026-03-01", date(2026, 3, 1), date(2026, 3, 2), PeriodKind.CUSTOM, "2026. 3. 1.~2026. 3. 1."),
        (
            "2026. 3. 1.~2026. 4. 15.",
            date(2026, 3, 1),
            date(2026, 4, 16),
            PeriodKind.CUSTOM,
            "2026. 3. 1.~2026. 4. 15.",
        ),
        ("2024-02-01..2024-02-29", date(2024, 2, 1), date(2024, 3, 1), PeriodKind.CUSTOM, "2024. 2. 1.~2024. 2. 29."),
        ("2000", date(2000, 1, 1), date(2001, 1, 1), PeriodKind.YEAR, "2000년"),
        ("2100-Q4", date(2100, 10, 1), date(2101, 1, 1), PeriodKind.QUARTER, "2100년 4분기"),
    ],
)
def test_periods_are_read_as_half_open_ranges_with_korean_labels(
    typed: str, start: date, end: date, kind: PeriodKind, label: str
) -> None:
    period = parse_period(typed)
    assert (period.start, period.end, period.kind, period.label) == (start, end, kind, label)
    assert start in period and end not in period and start - timedelta(days=1) not in period


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "2026-Q5",
        "2026-Q0",
        "2026-Q",
        "2026-13",
        "2026-00",
        "2026-02-30..2026-03-01",
        "2026-04-15..2026-03-01",
        "1999",
        "2101",
        "1999-12",
        "2100-12-01..2101-01-01",
        "0000",
        "9999-12",
        "9999-12-31..9999-12-31",
        "26",
        "2026-07-01",
        "2026/Q3",
        "Q3 2026",
        "2026-H1",
        "2026-03-01..",
        "two thousand",
        "2026-１",
    ],
)
def test_impossible_periods_are_one_clear_error(typed: str) -> None:
    with pytest.raises(OneStopError) as raised:
        parse_period(typed)
    assert raised.value.code is ErrorCode.INVALID_PERIOD
    assert str(raised.value) == (
        f"'{typed.strip()}' is not a period: write 2026, 2026-Q3, 2026-07 or 2026-03-01..2026-04-15."
    )


@pytest.mark.parametrize(
    ("period", "before"),
    [
        (year(2026), year(2025)),
        (quarter(2026, 1), quarter(2025, 4)),
        (quarter(2026, 3), quarter(2026, 2)),
        (month(2026, 1), month(2025, 12)),
        (month(2026, 3), month(2026, 2)),
        (custom(date(2026, 3, 1), date(2026, 4, 15)), custom(date(2026, 1, 14), date(2026, 2, 28))),
    ],
)
def test_previous_is_the_same_length_just_before(period: Period, before: Period) -> None:
    assert previous(period) == before


def test_an_empty_period_cannot_be_made() -> None:
    with pytest.raises(ValueError):
        Period(date(2026, 3, 1), date(2026, 3, 1), PeriodKind.CUSTOM)


years = st.integers(2001, 2100)
days = st.dates(date(2000, 1, 1), date(2100, 12, 31))
periods = st.one_of(
    years.map(year),
    st.builds(quarter, years, st.integers(1, 4)),
    st.builds(month, years, st.integers(1, 12)),
    st.tuples(days, days).map(lambda pair: custom(min(pair), max(pair))),
)


@given(periods)
def test_every_period_reads_back_from_its_code(period: Period) -> None:
    assert parse_period(period.code) == period
    assert parse_period(period.code.lower()) == period
    if period.kind is PeriodKind.CUSTOM:
        assert parse_period(period.label) == period


@given(periods)
def test_previous_periods_tile_the_calendar(period: Period) -> None:
    before = previous(period)
    assert before.end == period.start
    assert before.kind is period.kind
    if period.kind is PeriodKind.CUSTOM:
        assert before.days == period.days
    elif before.start.year >= 2000:
        assert parse_period(before.code) == before
