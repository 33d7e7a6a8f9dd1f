"""How the center and each counselor are reached, as letters and cover sheets print it (발신 기관, 담당자)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .casework import FieldProblem
from .text import QT_TRANSLATE_NOOP
from .validation import Validator

BAD_EMAIL = QT_TRANSLATE_NOOP("Validation", "Not an e-mail address. Example: counsel@center.or.kr")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


@dataclass(frozen=True)
class CenterContact:
    phone: str  # digits; "" when not set
    fax: str
    email: str
    address: str


@dataclass(frozen=True)
class PersonContact:
    """An account's own direct line (digits) and e-mail."""

    phone: str
    email: str


def _email(v: Validator, name: str, value: str) -> str:
    text = v.text(name, value, max_length=120) or ""
    if text and not _EMAIL.match(text):
        v.fail(name, BAD_EMAIL)
    return text


def check_center(phone: str, fax: str, email: str, address: str) -> tuple[CenterContact, list[FieldProblem]]:
    v = Validator(date.today())
    contact = CenterContact(
        v.phone("center_phone", phone) or "",
        v.phone("center_fax", fax) or "",
        _email(v, "center_email", email),
        v.text("center_address", address, max_length=200) or "",
    )
    return contact, v.problems


def check_person(phone: str, email: str) -> tuple[PersonContact, list[FieldProblem]]:
    v = Validator(date.today())
    contact = PersonContact(v.phone("phone", phone) or "", _email(v, "email", email))
    return contact, v.problems
