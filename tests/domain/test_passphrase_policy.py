from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.domain.passphrase_policy import Weakness, character_classes, weaknesses


@pytest.mark.parametrize(
    "passphrase",
    ["Haneul-9-Baram-7", "correct horse battery 42", "봄날의햇살과 바람 2026", "Gx7#pQ2m", "tree-river-cloud-19"],
)
def test_good_passphrases_pass(passphrase: str) -> None:
    assert weaknesses(passphrase, ["admin", "관리자", "테스트센터"]) == []


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("Short1!", Weakness.TOO_SHORT),
        ("abcdefghij", Weakness.TOO_FEW_CLASSES),  # 10 chars, one class
        ("abcdefg1", Weakness.TOO_FEW_CLASSES),  # 8 chars, two classes
        ("Password123!", Weakness.COMMON),
        ("qwer1234!@#$", Weakness.COMMON),
        ("1q2w3e4r5t!!", Weakness.COMMON),
        ("tkfkdgo1004!", Weakness.COMMON),  # 사랑해 typed in Latin mode
        ("Aaaaaaaaaaaa1", Weakness.REPETITIVE),
        ("kimcounselor-2026", Weakness.PERSONAL),
        ("테스트센터-Seoul-1", Weakness.PERSONAL),
    ],
)
def test_weak_passphrases_are_refused_for_the_right_reason(passphrase: str, reason: Weakness) -> None:
    assert reason in weaknesses(passphrase, ["kimcounselor", "김상담", "테스트센터"])


@given(st.text(min_size=0, max_size=40))
def test_an_accepted_passphrase_always_meets_the_length_and_class_rule(passphrase: str) -> None:
    if not weaknesses(passphrase):
        length, classes = len(passphrase), character_classes(passphrase)
        assert (length >= 10 and classes >= 2) or (length >= 8 and classes >= 3)


@given(st.text(alphabet=st.characters(categories=["Ll"]), min_size=0, max_size=30))
def test_one_class_is_never_enough(passphrase: str) -> None:
    assert weaknesses(passphrase) != []
