"""Recurrence and conflicts: expansion within a range equals the whole series clipped to it, for any series and
range; conflicts are one worker's overlaps and visits without travel time between different places."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from onestop_desktop.domain.appointments import (
    AppointmentKind,
    Booking,
    ConflictKind,
    Occurrence,
    OccurrenceChange,
    PlaceKind,
    Series,
    conflicts,
    day_span,
    expand,
    expand_all,
    parse_place,
    parse_start,
)

BASE = datetime(2026, 1, 5, 0, 0)
moments = st.integers(min_value=0, max_value=60 * 24 * 7 * 60).map(lambda m: BASE + timedelta(minutes=m))


@st.composite
def series(draw: st.DrawFn) -> Series:
    count = draw(st.integers(1, 30))
    indexes = draw(st.sets(st.integers(0, count - 1), max_size=count))
    changes = tuple(OccurrenceChange(i, draw(st.none() | moments)) for i in sorted(indexes))
    return Series("s", draw(moments), draw(st.integers(1, 600)), count, draw(st.integers(1, 4)), changes)


@settings(max_examples=400, deadline=None)
@given(series(), moments, st.integers(0, 60 * 24 * 7 * 20))
def test_expansion_in_a_range_is_the_whole_series_clipped(made: Series, since: datetime, minutes: int) -> None:
    until = since + timedelta(minutes=minutes)
    clipped = [o for o in expand_all(made) if since <= o.start < until]
    assert expand(made, since, until) == clipped


@settings(max_examples=200, deadline=None)
@given(series())
def test_the_day_span_covers_every_occurrence(made: Series) -> None:
    span = day_span(made)
    occurrences = expand_all(made)
    if not occurrences:
        assert span is None
        return
    assert span is not None
    assert all(span[0] <= o.start.date() and o.end.date() <= span[1] for o in occurrences)
    assert len(occurrences) == made.count - sum(1 for c in made.changes if c.moved_to is None)


def test_a_weekly_series_falls_on_its_weekday_only() -> None:
    weekly = Series("s", datetime(2026, 12, 8, 10, 0), 60, 10)
    days = [o.start.date() for o in expand_all(weekly)]
    assert days[0] == date(2026, 12, 8) and days[-1] == date(2027, 2, 9) and len(days) == 10
    assert expand(weekly, datetime(2026, 12, 23), datetime(2026, 12, 24)) == []
    assert [o.index for o in expand(weekly, datetime(2026, 12, 22), datetime(2026, 12, 23))] == [2]


def test_skipped_and_moved_occurrences() -> None:
    moved_to = datetime(2026, 12, 17, 14, 0)
    weekly = Series(
        "s", datetime(2026, 12, 8, 10, 0), 60, 3, 1, (OccurrenceChange(0, None), OccurrenceChange(1, moved_to))
    )
    assert [(o.index, o.start) for o in expand_all(weekly)] == [(1, moved_to), (2, datetime(2026, 12, 22, 10, 0))]
    assert day_span(weekly) == (date(2026, 12, 17), date(2026, 12, 22))


def _booking(series_id: str, start: datetime, minutes: int, staff: set[str], kind: AppointmentKind,
             place: PlaceKind = PlaceKind.CENTER, case_id: str = "c1") -> Booking:  # fmt: skip
    occurrence = Occurrence(series_id, 0, start, start + timedelta(minutes=minutes))
    return Booking(occurrence, frozenset(staff), kind, (place, ""), case_id)


def test_overlap_for_one_worker_is_a_conflict_and_for_two_is_not() -> None:
    ten = datetime(2026, 12, 22, 10, 0)
    visit = _booking("a", ten, 60, {"u1"}, AppointmentKind.VISIT, PlaceKind.HOME)
    call = _booking("b", ten + timedelta(minutes=30), 30, {"u1"}, AppointmentKind.PHONE, PlaceKind.NONE)
    found = conflicts([visit, call])
    assert [(c.kind, c.user_id) for c in found] == [(ConflictKind.OVERLAP, "u1")]
    other = _booking("c", ten, 60, {"u2"}, AppointmentKind.COUNSELING)
    assert conflicts([visit, other]) == []


def test_visits_at_different_places_need_travel_time() -> None:
    ten = datetime(2026, 12, 22, 10, 0)
    home = _booking("a", ten, 60, {"u1"}, AppointmentKind.VISIT, PlaceKind.HOME, "c1")
    court = _booking("b", ten + timedelta(minutes=80), 60, {"u1"}, AppointmentKind.ACCOMPANY, PlaceKind.COURT)
    assert [c.kind for c in conflicts([home, court])] == [ConflictKind.NO_TRAVEL_TIME]
    later = _booking("b", ten + timedelta(minutes=90), 60, {"u1"}, AppointmentKind.ACCOMPANY, PlaceKind.COURT)
    assert conflicts([home, later]) == []
    same_home = _booking("d", ten + timedelta(minutes=70), 30, {"u1"}, AppointmentKind.VISIT, PlaceKind.HOME, "c1")
    assert conflicts([home, same_home]) == []
    other_home = _booking("e", ten + timedelta(minutes=70), 30, {"u1"}, AppointmentKind.VISIT, PlaceKind.HOME, "c2")
    assert [c.kind for c in conflicts([home, other_home])] == [ConflictKind.NO_TRAVEL_TIME]
    call = _booking("f", ten + timedelta(minutes=60), 10, {"u1"}, AppointmentKind.PHONE, PlaceKind.NONE)
    assert conflicts([home, call]) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(moments, st.integers(1, 240)), max_size=12))
def test_every_overlapping_pair_of_one_worker_is_found(slots: list[tuple[datetime, int]]) -> None:
    bookings = [_booking(str(i), s, m, {"u"}, AppointmentKind.COUNSELING) for i, (s, m) in enumerate(slots)]
    found = {frozenset((c.first.occurrence.series_id, c.second.occurrence.series_id)) for c in conflicts(bookings)}
    expected = {
        frozenset((a.occurrence.series_id, b.occurrence.series_id))
        for i, a in enumerate(bookings)
        for b in bookings[i + 1 :]
        if a.occurrence.start < b.occurrence.end and b.occurrence.start < a.occurrence.end
    }
    assert found == expected


def test_places_and_starts_parse() -> None:
    assert parse_place("자택") == (PlaceKind.HOME, "")
    assert parse_place(" 서울중앙지방법원  302호 ") == (PlaceKind.OTHER, "서울중앙지방법원 302호")
    assert parse_place("") == (PlaceKind.NONE, "")
    assert parse_start("2026-12-22 10:30") == datetime(2026, 12, 22, 10, 30)
    assert parse_start("2026-12-22") is None and parse_start("2026-13-01 10:00") is None
