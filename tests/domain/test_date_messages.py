"""A date that does not exist is refused with what is wrong with it (the month, or the last day of that month),
not only the expected format."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.domain.validation import BAD_DATE, FUTURE_DATE, NO_SUCH_DAY, NO_SUCH_MONTH, Validator

TODAY = date(2026, 12, 7)


def _problem(text: str) -> tuple[str, dict[str, str]]:
    v = Validator(TODAY)
    assert v.past_date("birth_date", text) is None
    [problem] = v.problems
    return problem.message, problem.params


def test_examples() -> None:
    assert _problem("1990-13-45") == (NO_SUCH_MONTH, {"value": "1990-13-45", "month": "13"})
    assert _problem("2023-02-29") == (NO_SUCH_DAY, {"value": "2023-02-29", "year": "2023", "month": "2", "days": "28"})
    assert _problem("1990. 4. 31.")[1]["days"] == "30"
    assert _problem("19900013")[0] == NO_SUCH_MONTH
    assert _problem("3000-01-01")[0] == FUTURE_DATE
    assert _problem("1990/4")[0] == BAD_DATE
    assert Validator(TODAY).past_date("birth_date", "2024-02-29") == date(2024, 2, 29)


@given(st.integers(1900, 2026), st.integers(0, 99), st.integers(0, 99))
def test_every_impossible_day_names_its_fault(year: int, month: int, day: int) -> None:
    text = f"{year:04d}-{month:02d}-{day:02d}"
    v = Validator(TODAY)
    parsed = v.past_date("d", text)
    if not 1 <= month <= 12:
        assert [(p.message, p.params["month"]) for p in v.problems] == [(NO_SUCH_MONTH, str(month))]
    elif not 1 <= day <= calendar.monthrange(year, month)[1]:
        [problem] = v.problems
        assert problem.message == NO_SUCH_DAY
        assert problem.params["days"] == str(calendar.monthrange(year, month)[1])
    else:
        assert parsed == date(year, month, day) or [p.message for p in v.problems] == [FUTURE_DATE]
