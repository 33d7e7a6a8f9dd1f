"""Appointments: a series (one entry, or a weekly run of sessions) with its exceptions, expanded into occurrences
by pure functions, and the conflicts between occurrences of one worker.

A single appointment is a series of one. Expansion never materialises more than the range asked for: storage
keeps each series' first and last day so a date-range query finds the candidate series by index, and only those
are expanded here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from .text import QT_TRANSLATE_NOOP

MAX_OCCURRENCES = 104  # two years of weekly sessions: a longer run is re-scheduled, not one entry
MAX_INTERVAL_WEEKS = 8
MAX_MINUTES = 24 * 60
TRAVEL_MINUTES = 30  # the least time between two visits at different places


class AppointmentKind(StrEnum):
    COUNSELING = "counseling"  # 상담
    VISIT = "visit"  # 방문
    PHONE = "phone"  # 전화
    ACCOMPANY = "accompany"  # 동행 (법원/경찰/병원)
    PROGRAM = "program"  # 프로그램


KIND_LABELS: dict[AppointmentKind, str] = {
    AppointmentKind.COUNSELING: QT_TRANSLATE_NOOP("Taxonomy", "Counseling"),
    AppointmentKind.VISIT: QT_TRANSLATE_NOOP("Taxonomy", "Visit"),
    AppointmentKind.PHONE: QT_TRANSLATE_NOOP("Taxonomy", "Phone call"),
    AppointmentKind.ACCOMPANY: QT_TRANSLATE_NOOP("Taxonomy", "Accompaniment"),
    AppointmentKind.PROGRAM: QT_TRANSLATE_NOOP("Taxonomy", "Program"),
}
# What people type on the command line (the Korean names used at the center) for each kind.
KIND_WORDS: dict[str, AppointmentKind] = {
    "상담": AppointmentKind.COUNSELING,
    "방문": AppointmentKind.VISIT,
    "전화": AppointmentKind.PHONE,
    "동행": AppointmentKind.ACCOMPANY,
    "프로그램": AppointmentKind.PROGRAM,
}


class PlaceKind(StrEnum):
    CENTER = "center"  # 센터
    HOME = "home"  # 자택: the day sheet prints the client's address (never for 주소 비공개)
    HOSPITAL = "hospital"
    POLICE = "police"
    COURT = "court"
    OTHER = "other"  # the free text says where
    NONE = "none"  # a phone call has no place


PLACE_LABELS: dict[PlaceKind, str] = {
    PlaceKind.CENTER: QT_TRANSLATE_NOOP("Taxonomy", "At the center"),
    PlaceKind.HOME: QT_TRANSLATE_NOOP("Taxonomy", "Client's home"),
    PlaceKind.HOSPITAL: QT_TRANSLATE_NOOP("Taxonomy", "Hospital"),
    PlaceKind.POLICE: QT_TRANSLATE_NOOP("Taxonomy", "Police station"),
    PlaceKind.COURT: QT_TRANSLATE_NOOP("Taxonomy", "Court"),
    PlaceKind.OTHER: QT_TRANSLATE_NOOP("Taxonomy", "Elsewhere"),
    PlaceKind.NONE: QT_TRANSLATE_NOOP("Taxonomy", "No place"),
}
PLACE_WORDS: dict[str, PlaceKind] = {
    "센터": PlaceKind.CENTER,
    "자택": PlaceKind.HOME,
    "집": PlaceKind.HOME,
    "병원": PlaceKind.HOSPITAL,
    "경찰서": PlaceKind.POLICE,
    "법원": PlaceKind.COURT,
}
PLACE_SHORT: dict[PlaceKind, str] = {v: k for k, v in reversed(PLACE_WORDS.items())} | {
    PlaceKind.OTHER: "",
    PlaceKind.NONE: "",
}


def parse_place(text: str) -> tuple[PlaceKind, str]:
    """(kind, free text) from what someone typed: a known word is its kind, anything else is described."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return PlaceKind.NONE, ""
    kind = PLACE_WORDS.get(cleaned)
    return (kind, "") if kind is not None else (PlaceKind.OTHER, cleaned)


@dataclass(frozen=True)
class OccurrenceChange:
    """One occurrence of a series skipped (`moved_to` None) or moved to another start."""

    index: int  # 0-based position in the series
    moved_to: datetime | None


@dataclass(frozen=True)
class Series:
    """An appointment: its first start, duration and weekly recurrence (count 1 = a single appointment)."""

    id: str
    first_start: datetime
    minutes: int
    count: int = 1
    interval_weeks: int = 1
    changes: tuple[OccurrenceChange, ...] = ()

    def regular_start(self, index: int) -> datetime:
        return self.first_start + timedelta(weeks=index * self.interval_weeks)


@dataclass(frozen=True)
class Occurrence:
    series_id: str
    index: int
    start: datetime
    end: datetime


def expand_all(series: Series) -> list[Occurrence]:
    """Every occurrence of the series after its exceptions, by start."""
    changes = {c.index: c.moved_to for c in series.changes}
    duration = timedelta(minutes=series.minutes)
    found: list[Occurrence] = []
    for index in range(series.count):
        start = changes[index] if index in changes else series.regular_start(index)
        if start is not None:
            found.append(Occurrence(series.id, index, start, start + duration))
    return sorted(found, key=lambda o: (o.start, o.index))


def expand(series: Series, since: datetime, until: datetime) -> list[Occurrence]:
    """The occurrences starting in [since, until), by start, without walking the regular ones outside it."""
    duration = timedelta(minutes=series.minutes)
    step = timedelta(weeks=series.interval_weeks)
    changes = {c.index: c.moved_to for c in series.changes}
    found = [
        Occurrence(series.id, index, moved, moved + duration)
        for index, moved in changes.items()
        if moved is not None and index < series.count and since <= moved < until
    ]
    offset = since - series.first_start
    first = max(0, -(-offset // step)) if offset > timedelta(0) else 0  # the first regular index >= since
    for index in range(first, series.count):
        start = series.regular_start(index)
        if start >= until:
            break
        if index not in changes:
            found.append(Occurrence(series.id, index, start, start + duration))
    return sorted(found, key=lambda o: (o.start, o.index))


def day_span(series: Series) -> tuple[date, date] | None:
    """The first and last day any occurrence falls on (what storage indexes), None when all are skipped."""
    occurrences = expand_all(series)
    if not occurrences:
        return None
    return min(o.start.date() for o in occurrences), max(o.end.date() for o in occurrences)


# -- conflicts -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Booking:
    """One occurrence as the conflict rules see it: when, who goes, and where."""

    occurrence: Occurrence
    staff: frozenset[str]
    kind: AppointmentKind
    place: tuple[PlaceKind, str]  # with the case: "the client's home" of two cases are two places
    case_id: str = ""

    @property
    def travels(self) -> bool:
        return self.kind is not AppointmentKind.PHONE and self.place[0] not in (PlaceKind.NONE,)

    @property
    def where(self) -> tuple[str, str, str]:
        kind, text = self.place
        return (kind.value, text, self.case_id if kind is PlaceKind.HOME else "")


class ConflictKind(StrEnum):
    OVERLAP = "overlap"  # one worker in two appointments at once
    NO_TRAVEL_TIME = "travel"  # two visits at different places too close together


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    user_id: str
    first: Booking
    second: Booking = field(compare=True)


def conflicts(bookings: Iterable[Booking], travel_minutes: int = TRAVEL_MINUTES) -> list[Conflict]:
    """Every pair of one worker's bookings that overlap, or that are visits at different places with less than
    `travel_minutes` between the end of one and the start of the next. Pairs are reported once per worker."""
    by_worker: dict[str, list[Booking]] = {}
    for booking in bookings:
        for user_id in booking.staff:
            by_worker.setdefault(user_id, []).append(booking)
    gap = timedelta(minutes=travel_minutes)
    found: list[Conflict] = []
    for user_id in sorted(by_worker):
        ordered = sorted(by_worker[user_id], key=lambda b: (b.occurrence.start, b.occurrence.end))
        for i, first in enumerate(ordered):
            for second in ordered[i + 1 :]:
                if second.occurrence.start >= first.occurrence.end + gap:
                    break
                found.extend(_pair(user_id, first, second))
    return found


def _pair(user_id: str, first: Booking, second: Booking) -> Iterator[Conflict]:
    a, b = first.occurrence, second.occurrence
    if a.start < b.end and b.start < a.end:
        yield Conflict(ConflictKind.OVERLAP, user_id, first, second)
    elif first.travels and second.travels and first.where != second.where:
        yield Conflict(ConflictKind.NO_TRAVEL_TIME, user_id, first, second)


def week_start(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class Appointment:
    """A stored series with what the calendar shows beside it (never the client's name)."""

    series: Series
    case_id: str
    case_number: str
    kind: AppointmentKind
    place_kind: PlaceKind
    place: str
    note: str
    staff: tuple[str, ...]  # user ids
    address_private: bool  # the client is marked 주소 비공개: the place is never printed
    updated_at: str = ""

    def booking(self, occurrence: Occurrence) -> Booking:
        return Booking(occurrence, frozenset(self.staff), self.kind, (self.place_kind, self.place), self.case_id)


@dataclass(frozen=True)
class AgendaEntry:
    """One occurrence of an appointment, as listed in the calendar and the agenda."""

    occurrence: Occurrence
    appointment: Appointment

    @property
    def start(self) -> datetime:
        return self.occurrence.start

    @property
    def end(self) -> datetime:
        return self.occurrence.end


def agenda(appointments: Iterable[Appointment], since: datetime, until: datetime) -> list[AgendaEntry]:
    """Every occurrence of `appointments` starting in [since, until), by start then case number."""
    entries = [
        AgendaEntry(occurrence, appointment)
        for appointment in appointments
        for occurrence in expand(appointment.series, since, until)
    ]
    return sorted(entries, key=lambda e: (e.start, e.appointment.case_number, e.occurrence.index))


def parse_start(text: str) -> datetime | None:
    """'YYYY-MM-DD HH:MM' (or with a T) as a naive local time, None when it is not one."""
    try:
        parsed = datetime.strptime(text.strip().replace("T", " "), "%Y-%m-%d %H:%M")
    except ValueError:
        return None
    return parsed


def format_start(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")
