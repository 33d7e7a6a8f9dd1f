"""Field rules for what counselors type. Each check returns a problem for the field or None;
`Validator` collects them so a form is refused as a whole, with every message at once."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from . import korean
from .casework import FieldProblem
from .text import QT_TRANSLATE_NOOP

REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
BAD_DATE = QT_TRANSLATE_NOOP("Validation", "Write the date as YYYY-MM-DD, for example 2026-11-26.")
NO_SUCH_MONTH = QT_TRANSLATE_NOOP("Validation", "{value}: there is no month {month}.")
NO_SUCH_DAY = QT_TRANSLATE_NOOP("Validation", "{value}: {year}-{month} has only {days} days.")
FUTURE_DATE = QT_TRANSLATE_NOOP("Validation", "This date cannot be in the future.")
BEFORE_BIRTH = QT_TRANSLATE_NOOP("Validation", "This date is before the date of birth.")
TOO_OLD = QT_TRANSLATE_NOOP("Validation", "This date is implausibly far in the past.")
BAD_PHONE = QT_TRANSLATE_NOOP(
    "Validation", "Not a Korean phone number. Examples: 010-1234-5678, 02-123-4567, 1577-1701."
)
BAD_NAME = QT_TRANSLATE_NOOP("Validation", "Use letters only (Hangul or Latin), at most 60 characters.")
NEED_CRIME_TYPE = QT_TRANSLATE_NOOP("Validation", "Choose at least one crime type.")
NEED_AGENCY = QT_TRANSLATE_NOOP("Validation", "Name the agency that referred the client.")
BAD_RRN = QT_TRANSLATE_NOOP("Validation", "Not a resident registration number (YYMMDD-NNNNNNN).")
NEED_LEGAL_BASIS = QT_TRANSLATE_NOOP("Validation", "Record the legal basis for keeping this number.")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "At most {max} characters.")
BAD_AMOUNT = QT_TRANSLATE_NOOP("Validation", "An amount in won: digits only, for example 300000.")
BAD_DURATION = QT_TRANSLATE_NOOP("Validation", "Minutes between 0 and 1440.")
NEED_CLOSING_REASON = QT_TRANSLATE_NOOP("Validation", "Choose why the case is closed.")
BAD_TRANSITION = QT_TRANSLATE_NOOP("Validation", "The case cannot move from this status to that one.")
BAD_DATETIME = QT_TRANSLATE_NOOP("Validation", "Write the date and time as YYYY-MM-DD HH:MM.")


@dataclass
class Validator:
    today: date
    problems: list[FieldProblem] = field(default_factory=list)

    def fail(self, name: str, message: str, **params: str) -> None:
        self.problems.append(FieldProblem(name, message, dict(params)))

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self, name: str, value: str, *, required: bool = False, max_length: int = 200) -> str | None:
        stripped = value.strip()
        if not stripped:
            if required:
                self.fail(name, REQUIRED)
            return None
        if len(stripped) > max_length:
            self.fail(name, TOO_LONG, max=str(max_length))
            return None
        return stripped

    def person_name(self, name: str, value: str, *, required: bool) -> str | None:
        stripped = self.text(name, value, required=required, max_length=60)
        if stripped is not None and not korean.is_valid_person_name(stripped):
            self.fail(name, BAD_NAME)
            return None
        return stripped

    def past_date(
        self, name: str, value: str, *, required: bool = False, not_before: date | None = None
    ) -> date | None:
        """A date that has happened: birth, incident, intake, a service given."""
        if not value.strip():
            if required:
                self.fail(name, REQUIRED)
            return None
        parsed = korean.parse_date(value)
        if parsed is None:
            self.bad_date(name, value)
        elif parsed > self.today:
            self.fail(name, FUTURE_DATE)
        elif parsed.year < 1900:
            self.fail(name, TOO_OLD)
        elif not_before is not None and parsed < not_before:
            self.fail(name, BEFORE_BIRTH)
        else:
            return parsed
        return None

    def bad_date(self, name: str, value: str) -> None:
        """Say what is wrong with a date that does not parse: the month or the day that does not exist, or
        (not shaped like a date at all) the format."""
        numbers = korean.date_numbers(value)
        if numbers is None:
            self.fail(name, BAD_DATE)
            return
        year, month, day = numbers
        shown = value.strip()
        if not 1 <= month <= 12:
            self.fail(name, NO_SUCH_MONTH, value=shown, month=str(month))
        elif year < 1:
            self.fail(name, BAD_DATE)
        else:
            days = calendar.monthrange(year, month)[1]
            assert not 1 <= day <= days, "parse_date accepts every existing day"
            self.fail(name, NO_SUCH_DAY, value=shown, year=str(year), month=str(month), days=str(days))

    def any_date(self, name: str, value: str, *, required: bool = False) -> date | None:
        """A date that may lie ahead: a due date, a target date."""
        if not value.strip():
            if required:
                self.fail(name, REQUIRED)
            return None
        parsed = korean.parse_date(value)
        if parsed is None:
            self.bad_date(name, value)
        return parsed

    def phone(self, name: str, value: str, *, required: bool = False) -> str | None:
        if not value.strip():
            if required:
                self.fail(name, REQUIRED)
            return None
        digits = korean.phone_digits(value)
        if digits is None:
            self.fail(name, BAD_PHONE)
        return digits

    def amount(self, name: str, value: str) -> int | None:
        cleaned = value.strip().replace(",", "").removesuffix("원").strip()
        if not cleaned:
            return None
        if not cleaned.isdigit() or len(cleaned) > 12:
            self.fail(name, BAD_AMOUNT)
            return None
        return int(cleaned)


def parse_local_datetime(text: str) -> str | None:
    """`2026-11-26 14:30` (or with T) → `2026-11-26T14:30`; None when unreadable."""
    import re
    from datetime import datetime

    cleaned = text.strip().replace("T", " ")
    match = re.fullmatch(r"(\d{4}-\d{1,2}-\d{1,2})\s+(\d{1,2}):(\d{2})", cleaned)
    if not match:
        return None
    try:
        moment = datetime.strptime(f"{match.group(1)} {match.group(2)}:{match.group(3)}", "%Y-%m-%d %H:%M")
    except ValueError:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M")
