"""Korean conventions: official dates ("2026. 3. 5."), 만 나이, phone numbers, resident registration numbers.

Parsing functions return None for input they cannot read; the callers turn that into a
translated message next to the field, and keep what was typed.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# -- dates ------------------------------------------------------------------------------------


def official_date(value: date) -> str:
    """행정업무규정 style: `2024. 7. 22.` (no zero padding)."""
    return f"{value.year}. {value.month}. {value.day}."


def long_date(value: date) -> str:
    return f"{value.year}년 {value.month}월 {value.day}일"


def international_age(birth: date, on: date) -> int:
    """만 나이: full years lived on `on`."""
    before_birthday = (on.month, on.day) < (birth.month, birth.day)
    return on.year - birth.year - int(before_birthday)


def date_numbers(text: str) -> tuple[int, int, int] | None:
    """Year, month and day of a text shaped like a date (`2024-07-22`, `2024.7.22`, `2024. 7. 22.`,
    `20240722`), whether or not that day exists; None when it is not shaped like one."""
    cleaned = text.strip().rstrip(".")
    match = re.fullmatch(r"(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})", cleaned) or re.fullmatch(
        r"(\d{4})(\d{2})(\d{2})", cleaned
    )
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def parse_date(text: str) -> date | None:
    """ISO `2024-07-22`, `2024.7.22`, `2024. 7. 22.` or `20240722`."""
    numbers = date_numbers(text)
    if numbers is None:
        return None
    try:
        return date(*numbers)
    except ValueError:
        return None


# -- phone numbers ------------------------------------------------------------------------------

AREA_CODES = (
    "031",
    "032",
    "033",
    "041",
    "042",
    "043",
    "044",
    "051",
    "052",
    "053",
    "054",
    "055",
    "061",
    "062",
    "063",
    "064",
)
MOBILE_PREFIXES = ("010", "011", "016", "017", "018", "019")
SHORT_NUMBERS = ("112", "119", "182", "129", "132", "1366", "1397", "1301", "1350")
_REPRESENTATIVE = re.compile(r"^1[5-9]\d{2}\d{4}$")  # 1577-1701, 1588-…, 1644-…


def phone_digits(text: str) -> str | None:
    """The digits of a Korean phone number, `+82 10-…` turned into `010…`; None if it is not one."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned or re.search(r"[^\d\s\-().+]", cleaned):
        return None
    digits = re.sub(r"\D", "", cleaned)
    if cleaned.startswith("+"):
        if not digits.startswith("82"):
            return None
        digits = "0" + digits[2:].lstrip("0")
    return digits if is_phone(digits) else None


def is_phone(digits: str) -> bool:
    if digits in SHORT_NUMBERS or _REPRESENTATIVE.match(digits):
        return True
    if digits.endswith("1366") and (digits[:-4] == "02" or digits[:-4] in AREA_CODES):
        return True  # 여성긴급전화 reached through a regional code: 02-1366, 031-1366 …
    if digits.startswith("010"):
        return len(digits) == 11
    if digits.startswith(MOBILE_PREFIXES):  # old 01x numbers still in use
        return len(digits) in (10, 11)
    if digits.startswith("02"):
        return len(digits) in (9, 10)
    if digits.startswith(AREA_CODES) or digits.startswith(("070", "050")):
        return len(digits) in (10, 11)
    return False


def format_phone(digits: str) -> str:
    """`01012345678` → `010-1234-5678`, `0212345678` → `02-1234-5678`, `15771701` → `1577-1701`."""
    if digits in SHORT_NUMBERS:
        return digits
    if digits.endswith("1366") and len(digits) <= 7:
        return f"{digits[:-4]}-1366"
    if _REPRESENTATIVE.match(digits):
        return f"{digits[:4]}-{digits[4:]}"
    head = 2 if digits.startswith("02") else 3
    if digits.startswith("050") and len(digits) == 12:
        head = 4
    rest = digits[head:]
    middle = len(rest) - 4
    return f"{digits[:head]}-{rest[:middle]}-{rest[middle:]}"


def mask_phone(digits: str) -> str:
    """`010-1234-****`: enough to recognise, not enough to call."""
    formatted = format_phone(digits)
    return formatted[:-4] + "****" if len(digits) > 4 else formatted


# -- resident registration numbers (주민등록번호) ---------------------------------------------------

_RRN = re.compile(r"^(\d{2})(\d{2})(\d{2})-?([0-9])(\d{6})$")
_CENTURY = {
    "9": 1800,
    "0": 1800,
    "1": 1900,
    "2": 1900,
    "5": 1900,
    "6": 1900,
    "3": 2000,
    "4": 2000,
    "7": 2000,
    "8": 2000,
}


def normalize_rrn(text: str) -> str | None:
    """`YYMMDD-GNNNNNN` if the date part and gender digit are plausible. No checksum test:
    numbers issued or changed since 2020-10-05 have random digits after the gender digit."""
    match = _RRN.match(unicodedata.normalize("NFKC", text).strip().replace(" ", ""))
    if not match:
        return None
    yy, mm, dd, gender, rest = match.groups()
    try:
        date(_CENTURY[gender] + int(yy), int(mm), int(dd))
    except ValueError:
        return None
    return f"{yy}{mm}{dd}-{gender}{rest}"


def mask_rrn(rrn: str) -> str:
    """`900101-1******` (birth date and gender digit only)."""
    return rrn[:8] + "******"


def rrn_birth_date(rrn: str) -> date:
    return date(_CENTURY[rrn[7]] + int(rrn[:2]), int(rrn[2:4]), int(rrn[4:6]))


# -- names ------------------------------------------------------------------------------------------

_NAME = re.compile(r"^[\w\s·.\-']+$")


def is_valid_person_name(name: str) -> bool:
    """Hangul names (2–4 syllables, compound surnames) and Latin-script foreign names; 1–60 characters."""
    stripped = name.strip()
    return 1 <= len(stripped) <= 60 and bool(_NAME.match(stripped)) and not any(ch.isdigit() for ch in stripped)


def mask_name(name: str) -> str:
    """`김*용` / `김*`: for places where the full name must not show."""
    stripped = name.strip()
    if len(stripped) <= 1:
        return stripped
    if len(stripped) == 2:
        return stripped[0] + "*"
    return stripped[0] + "*" * (len(stripped) - 2) + stripped[-1]
