"""Who this may be: the one rule that says two client records are likely the same person.

Used by the intake (likely matches while the counselor types), the duplicate list (관리 → 중복 내담자), the
spreadsheet import (a returning person becomes a new case of the client already held) and `clients duplicates`.
Pure: no SQL, no Qt. Storage only narrows the candidates with indexes (same phone digits, same normalised name);
this rule decides.

The rule, in order (the first that holds is the reason):
- the same phone number (digits, `+82 10…` read as `010…`);
- the same name (spaces and letter case ignored) and the same birth date;
- the same name and a phone number one digit off (a typo, or two neighbouring digits swapped);
- the same name and a birth date one part off (year, month or day; or month and day swapped).
A record never matches itself, and the rule is symmetric.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Final

from .text import QT_TRANSLATE_NOOP

CONTEXT: Final = "ClientMatching"
MIN_PHONE_DIGITS: Final = 9  # shorter numbers (1366, 112 …) are shared by everyone: never a sign of one person


class MatchReason(StrEnum):
    SAME_PHONE = "same_phone"
    SAME_NAME_BIRTH = "same_name_birth"
    SAME_NAME_SIMILAR_PHONE = "same_name_similar_phone"
    SAME_NAME_SIMILAR_BIRTH = "same_name_similar_birth"


REASON_LABELS: Final[dict[MatchReason, str]] = {
    MatchReason.SAME_PHONE: QT_TRANSLATE_NOOP("ClientMatching", "same phone number"),
    MatchReason.SAME_NAME_BIRTH: QT_TRANSLATE_NOOP("ClientMatching", "same name and birth date"),
    MatchReason.SAME_NAME_SIMILAR_PHONE: QT_TRANSLATE_NOOP("ClientMatching", "same name, similar phone number"),
    MatchReason.SAME_NAME_SIMILAR_BIRTH: QT_TRANSLATE_NOOP("ClientMatching", "same name, similar birth date"),
}


@dataclass(frozen=True)
class Identity:
    """What the rule looks at of one client (or of the person being typed in at intake: id "")."""

    id: str
    name: str
    birth_date: date | None = None
    phones: frozenset[str] = field(default_factory=frozenset)


def normalise_name(name: str) -> str:
    """NFC, no whitespace at all, ASCII letters lower-cased: `홍 길동` = `홍길동`, `Kim Mina` = `kimmina`.
    (Only ASCII is lower-cased so that the storage's `lower(replace(name, ' ', ''))` index finds the same.)"""
    joined = "".join(unicodedata.normalize("NFC", name).split())
    return joined.translate(_ASCII_LOWER)


_ASCII_LOWER: Final = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def normalise_phone(text: str) -> str:
    """The digits of a number as typed, `+82 10-…` read as `010…`; "" when too short to tell a person."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    digits = re.sub(r"\D", "", cleaned)
    if cleaned.startswith("+82") or (cleaned.startswith("82") and len(digits) >= 11 and digits[2] == "1"):
        digits = "0" + digits[2:].lstrip("0")
    return digits if len(digits) >= MIN_PHONE_DIGITS else ""


def phone_set(numbers: Iterable[str]) -> frozenset[str]:
    return frozenset(p for p in (normalise_phone(n) for n in numbers) if p)


def similar_phone(a: str, b: str) -> bool:
    """One digit different, or two neighbouring digits swapped (never the same number: that is SAME_PHONE)."""
    if a == b or len(a) != len(b) or len(a) < MIN_PHONE_DIGITS:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def similar_birth(a: date, b: date) -> bool:
    """Exactly one of year, month and day differs, or month and day are swapped."""
    if a == b:
        return False
    same = (a.year == b.year) + (a.month == b.month) + (a.day == b.day)
    return same == 2 or (a.year == b.year and a.month == b.day and a.day == b.month)


def match(a: Identity, b: Identity) -> MatchReason | None:
    """Why `a` and `b` are likely the same person, or None. Symmetric; a record never matches itself."""
    if a.id and a.id == b.id:
        return None
    if a.phones & b.phones:
        return MatchReason.SAME_PHONE
    name_a, name_b = normalise_name(a.name), normalise_name(b.name)
    if not name_a or name_a != name_b:
        return None
    if a.birth_date is not None and a.birth_date == b.birth_date:
        return MatchReason.SAME_NAME_BIRTH
    if any(similar_phone(p, q) for p in a.phones for q in b.phones):
        return MatchReason.SAME_NAME_SIMILAR_PHONE
    if a.birth_date is not None and b.birth_date is not None and similar_birth(a.birth_date, b.birth_date):
        return MatchReason.SAME_NAME_SIMILAR_BIRTH
    return None


def matches(person: Identity, candidates: Iterable[Identity]) -> list[tuple[Identity, MatchReason]]:
    """The candidates that match `person`, strongest reason first, each once."""
    found: dict[str, tuple[Identity, MatchReason]] = {}
    for other in candidates:
        reason = match(person, other)
        if reason is not None and other.id not in found:
            found[other.id] = (other, reason)
    order = list(MatchReason)
    return sorted(found.values(), key=lambda item: (order.index(item[1]), item[0].id))


def duplicate_pairs(candidates: Iterable[Identity]) -> list[tuple[Identity, Identity, MatchReason]]:
    """Every matching pair among `candidates` once, the smaller id first, in id order."""
    people = sorted({c.id: c for c in candidates}.values(), key=lambda c: c.id)
    pairs = []
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            reason = match(a, b)
            if reason is not None:
                pairs.append((a, b, reason))
    return pairs
