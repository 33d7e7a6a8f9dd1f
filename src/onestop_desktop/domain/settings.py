"""Typed settings, declared once with their defaults (Picard's option registry, without Qt).

Two scopes: *center* settings live in the encrypted database, sync with it and only an
administrator changes them; *device* settings live in a small JSON file in the data folder
because they are needed before anyone logs in (the language of the login screen) and hold
nothing sensitive.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar, cast

T = TypeVar("T", int, str, bool)


class Scope(StrEnum):
    CENTER = "center"
    DEVICE = "device"


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    scope: Scope
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()

    def coerce(self, raw: object) -> T:
        """The stored value as this option's type, or the default when it does not fit."""
        kind = type(self.default)
        value: object = raw
        if not isinstance(raw, kind) or isinstance(raw, bool) != isinstance(self.default, bool):
            if not isinstance(raw, str | int) or isinstance(raw, bool):
                return self.default
            try:
                value = kind(raw)
            except (TypeError, ValueError):
                return self.default
        if isinstance(value, int) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                return self.default
            if self.maximum is not None and value > self.maximum:
                return self.default
        if self.choices and value not in self.choices:
            return self.default
        return cast(T, value)

    def validate(self, value: object) -> bool:
        return self.coerce(value) == value and isinstance(value, type(self.default))


IDLE_LOCK_MINUTES = Option("idle_lock_minutes", 10, Scope.CENTER, minimum=1, maximum=60)
CENTER_NAME = Option("center_name", "", Scope.CENTER)
# What printed documents say about the center and its consent terms (administrators set these).
CENTER_PHONE = Option("center_phone", "", Scope.CENTER)
CENTER_FAX = Option("center_fax", "", Scope.CENTER)
CENTER_ADDRESS = Option("center_address", "", Scope.CENTER)
CENTER_EMAIL = Option("center_email", "", Scope.CENTER)
CONSENT_RETENTION = Option("consent_retention", "지원 종료 후 3년", Scope.CENTER)
RRN_LEGAL_BASIS = Option("rrn_legal_basis", "범죄피해자 보호법 시행령 제3조의2", Scope.CENTER)
LANGUAGE = Option("language", "ko", Scope.DEVICE, choices=("ko", "en"))
# Period reports for partners show a count below this as "<5" (domain/disclosure_control.py).
SUPPRESSION_THRESHOLD = Option("report_suppression_threshold", 5, Scope.CENTER, minimum=2, maximum=20)
# Retention schedule (domain/retention.py): years after closing / at least the legal minimum for access records.
RETENTION_CASE_YEARS = Option("retention_case_years", 3, Scope.CENTER, minimum=1, maximum=30)
RETENTION_ACCESS_LOG_YEARS = Option("retention_access_log_years", 2, Scope.CENTER, minimum=2, maximum=30)
RETENTION_ACCESS_CHANGES_YEARS = Option("retention_access_changes_years", 3, Scope.CENTER, minimum=3, maximum=30)
# A destruction ordered by one administrator is carried out when a second confirms it (when the center has two).
DESTRUCTION_SECOND_ADMIN = Option("destruction_second_admin", True, Scope.CENTER)
# Each user's last contact method for a counseling session and an intake on this computer (JSON; a preference,
# nothing about a client): services/contact_defaults.py.
LAST_CONTACT_METHODS = Option("last_contact_methods", "{}", Scope.DEVICE)

ALL_OPTIONS: tuple[Option[int] | Option[str] | Option[bool], ...] = (
    IDLE_LOCK_MINUTES,
    CENTER_NAME,
    CENTER_PHONE,
    CENTER_FAX,
    CENTER_ADDRESS,
    CENTER_EMAIL,
    CONSENT_RETENTION,
    RRN_LEGAL_BASIS,
    LANGUAGE,
    SUPPRESSION_THRESHOLD,
    RETENTION_CASE_YEARS,
    RETENTION_ACCESS_LOG_YEARS,
    RETENTION_ACCESS_CHANGES_YEARS,
    DESTRUCTION_SECOND_ADMIN,
    LAST_CONTACT_METHODS,
)
OPTIONS_BY_KEY = {option.key: option for option in ALL_OPTIONS}
