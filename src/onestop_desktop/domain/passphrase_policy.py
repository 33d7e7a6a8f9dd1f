"""The passphrase policy: long enough, mixed enough, not common, not about the person.

The rule: at least 10 characters with 2 character classes, or 8 with 3;
common and trivially personal passphrases refused. The checks return reasons (codes), and
the caller translates them; nothing here raises or talks to a person.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from functools import cache
from importlib import resources

from .text import QT_TRANSLATE_NOOP


class Weakness(StrEnum):
    TOO_SHORT = "too_short"
    TOO_FEW_CLASSES = "too_few_classes"
    COMMON = "common"
    PERSONAL = "personal"
    REPETITIVE = "repetitive"


WEAKNESS_TEXT: dict[Weakness, str] = {
    Weakness.TOO_SHORT: QT_TRANSLATE_NOOP(
        "Passphrase",
        "use at least 10 characters with two kinds of characters (letters, digits, symbols), "
        "or at least 8 with three kinds.",
    ),
    Weakness.TOO_FEW_CLASSES: QT_TRANSLATE_NOOP(
        "Passphrase",
        "mix kinds of characters: 10 or more characters need two kinds (e.g. letters and digits), "
        "8 or 9 characters need three kinds (e.g. letters, digits and symbols).",
    ),
    Weakness.COMMON: QT_TRANSLATE_NOOP(
        "Passphrase", "it is a common passphrase or keyboard pattern that attackers try first."
    ),
    Weakness.PERSONAL: QT_TRANSLATE_NOOP(
        "Passphrase", "it contains the user name, the person's name or the center's name."
    ),
    Weakness.REPETITIVE: QT_TRANSLATE_NOOP("Passphrase", "it is mostly one repeated character or a simple sequence."),
}

MIN_LENGTH_TWO_CLASSES = 10
MIN_LENGTH_THREE_CLASSES = 8
_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
)


@cache
def _common() -> frozenset[str]:
    text = resources.files(__package__).joinpath("common_passphrases.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def character_classes(passphrase: str) -> int:
    """Lower-case, upper-case, digits, symbols; Hangul and other uncased scripts count as one more class."""
    kinds = set()
    for ch in passphrase:
        if ch.isdigit():
            kinds.add("digit")
        elif ch.isalpha():
            if ch.islower():
                kinds.add("lower")
            elif ch.isupper():
                kinds.add("upper")
            else:  # uncased scripts such as Hangul
                kinds.add("other_script")
        else:
            kinds.add("symbol")
    return len(kinds)


def _core(passphrase: str) -> str:
    """Lower-cased, with the digits and symbols people tack on at either end removed."""
    lowered = unicodedata.normalize("NFKC", passphrase).lower()
    return lowered.strip("0123456789!@#$%^&*()-_=+.,?~ ")


def _is_repetitive(passphrase: str) -> bool:
    lowered = passphrase.lower()
    if len(set(lowered)) <= max(2, len(lowered) // 3):
        return True
    for seq in _SEQUENCES:
        for source in (seq, seq[::-1]):
            if len(lowered) >= 6 and lowered in source * 2:
                return True
    return False


def weaknesses(passphrase: str, personal: Iterable[str] = ()) -> list[Weakness]:
    """Every reason the passphrase is refused; an empty list means it is acceptable."""
    found: list[Weakness] = []
    length = len(passphrase)
    classes = character_classes(passphrase)
    if length < MIN_LENGTH_THREE_CLASSES:
        found.append(Weakness.TOO_SHORT)
    elif not (
        (length >= MIN_LENGTH_TWO_CLASSES and classes >= 2) or (length >= MIN_LENGTH_THREE_CLASSES and classes >= 3)
    ):
        found.append(Weakness.TOO_FEW_CLASSES)
    lowered = unicodedata.normalize("NFKC", passphrase).lower()
    core = _core(passphrase)
    common = _common()
    symbols_trimmed = lowered.strip("!@#$%^&*()-_=+.,?~ ")
    if {lowered, symbols_trimmed, core} & common or not core:
        found.append(Weakness.COMMON)
    elif any(len(word) >= 6 and word in core and len(core) - len(word) <= 3 for word in common):
        found.append(Weakness.COMMON)  # e.g. "Password!!2026": a common word with a little decoration
    if _is_repetitive(passphrase):
        found.append(Weakness.REPETITIVE)
    for item in personal:
        token = unicodedata.normalize("NFKC", item or "").strip().lower()
        if (len(token) >= 3 and token in lowered) or (len(token) >= 2 and token == core):
            found.append(Weakness.PERSONAL)
            break
    return found
