"""How case data reads on screen: translated labels, Korean-style dates, won amounts, 만 나이.

Dates are shown the official way (`2026. 11. 26.`) and typed as YYYY-MM-DD; times are local
and 24-hour.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from ...domain.casework import FieldProblem
from ...domain.ids import parse_iso
from ...domain.korean import international_age, official_date
from ...domain.taxonomy import CRIME_TYPE_LABELS, CrimeType

E = TypeVar("E", bound=Enum)


def label(labels: Mapping[E, str], value: E | None, empty: str = "") -> str:
    """The translated label of an enum member (the *_LABELS dicts use the context "Taxonomy")."""
    if value is None:
        return empty
    return QCoreApplication.translate("Taxonomy", labels[value])


def crime_types_text(types: Iterable[CrimeType]) -> str:
    chosen = set(types)
    return ", ".join(label(CRIME_TYPE_LABELS, t) for t in CrimeType if t in chosen)


def day(value: date | None) -> str:
    return official_date(value) if value else ""


def iso_day(value: date | None) -> str:
    """The entry format of a date field."""
    return value.isoformat() if value else ""


def local_moment(iso_utc: str) -> str:
    """A stored UTC time as local `2026. 11. 26. 14:20`."""
    try:
        moment = parse_iso(iso_utc).astimezone()
    except ValueError:
        return iso_utc
    return f"{official_date(moment.date())} {moment:%H:%M}"


def local_day(iso_utc: str) -> str:
    try:
        return official_date(parse_iso(iso_utc).astimezone().date())
    except ValueError:
        return iso_utc


def counseling_session_moment(started_at: str) -> str:
    """A session's local `YYYY-MM-DDTHH:MM` as `2026. 11. 26. 14:30`."""
    try:
        moment = datetime.fromisoformat(started_at)
    except ValueError:
        return started_at
    return f"{official_date(moment.date())} {moment:%H:%M}"


def counseling_session_entry(started_at: str) -> str:
    """The entry format of a session's time: `2026-11-26 14:30`."""
    return started_at.replace("T", " ")


def won(amount: int | None) -> str:
    if amount is None:
        return ""
    return QCoreApplication.translate("CaseText", "{amount} won").format(amount=f"{amount:,}")


def age_text(birth: date | None, today: date | None = None) -> str:
    if birth is None:
        return ""
    age = international_age(birth, today or date.today())
    return QCoreApplication.translate("CaseText", "age {age}").format(age=age) if age >= 0 else ""


def problem_text(problem: FieldProblem) -> str:
    template = QCoreApplication.translate("Validation", problem.message)
    try:
        return template.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        return template


def count_text(count: int, cap: int = 10_000) -> str:
    if count > cap:
        return QCoreApplication.translate("CaseText", "Cases: more than {count}").format(count=f"{cap:,}")
    return QCoreApplication.translate("CaseText", "Cases: {count}").format(count=f"{count:,}")
