"""The matching rule of one person, one client: hypothesis properties and the examples a counselor would give."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.domain.client_matching import (
    Identity,
    MatchReason,
    duplicate_pairs,
    match,
    matches,
    normalise_name,
    normalise_phone,
    phone_set,
    similar_birth,
    similar_phone,
)

SURNAMES = ["김", "이", "박", "Kim ", "홍 "]
GIVEN = ["하늘", "바다", "길동", "Mina", " 별"]
names = st.builds(lambda s, g: s + g, st.sampled_from(SURNAMES), st.sampled_from(GIVEN))
births = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(1990, 3, 31)))
mobiles = st.integers(0, 30).map(lambda n: f"0101234{n:04d}")
identities = st.builds(
    Identity,
    id=st.sampled_from(["a", "b", "c", "d"]),
    name=names,
    birth_date=births,
    phones=st.frozensets(mobiles, max_size=2),
)


@given(identities, identities)
def test_the_rule_is_symmetric(a: Identity, b: Identity) -> None:
    assert match(a, b) == match(b, a)


@given(identities)
def test_a_client_never_matches_itself(a: Identity) -> None:
    assert match(a, a) is None
    assert matches(a, [a]) == []
    assert duplicate_pairs([a, a]) == []


@given(identities, identities)
def test_a_pair_is_listed_once_exactly_when_the_rule_matches(a: Identity, b: Identity) -> None:
    pairs = duplicate_pairs([a, b, b])
    if a.id == b.id:
        assert pairs == []
    else:
        assert len(pairs) == (match(a, b) is not None)


@given(names, st.sampled_from(["", " ", "  "]), st.booleans())
def test_names_are_normalised_for_spaces_and_ascii_case(name: str, pad: str, upper: bool) -> None:
    typed = pad + (name.upper() if upper else name).replace(" ", pad or " ") + pad
    assert normalise_name(typed) == normalise_name(name)
    person = Identity("x", typed, date(1990, 1, 2))
    assert match(person, Identity("y", name, date(1990, 1, 2))) is MatchReason.SAME_NAME_BIRTH


SHAPES = ["{}-{}-{}", "{}{}{}", "({}) {} {}", "+82 {}-{}-{}"]


@given(st.integers(0, 9999), st.integers(0, 9999), st.sampled_from(SHAPES))
def test_phones_are_normalised_whatever_the_typing(mid: int, last: int, shape: str) -> None:
    digits = f"010{mid:04d}{last:04d}"
    typed = shape.format("10" if shape.startswith("+82") else "010", f"{mid:04d}", f"{last:04d}")
    assert normalise_phone(typed) == digits
    a = Identity("a", "김하늘", None, phone_set([typed]))
    b = Identity("b", "이바다", None, phone_set([digits]))
    assert match(a, b) is MatchReason.SAME_PHONE


def test_short_shared_numbers_are_never_a_sign_of_one_person() -> None:
    assert normalise_phone("1366") == ""
    hotline = phone_set(["1366"])
    assert match(Identity("a", "김하늘", None, hotline), Identity("b", "이바다", None, hotline)) is None


def test_the_reasons_in_order() -> None:
    base = Identity("a", "홍길동", date(1990, 3, 15), frozenset({"01012345678"}))
    assert match(base, Identity("b", "다른이", None, frozenset({"01012345678"}))) is MatchReason.SAME_PHONE
    assert match(base, Identity("b", "홍 길동", date(1990, 3, 15))) is MatchReason.SAME_NAME_BIRTH
    typo = Identity("b", "홍길동", None, frozenset({"01012345687"}))  # the last two digits swapped
    assert match(base, typo) is MatchReason.SAME_NAME_SIMILAR_PHONE
    assert match(base, Identity("b", "홍길동", date(1990, 3, 16))) is MatchReason.SAME_NAME_SIMILAR_BIRTH
    assert match(base, Identity("b", "홍길동", date(1990, 4, 16))) is None  # two parts off
    assert match(base, Identity("b", "홍길순", date(1990, 3, 15))) is None  # another name
    assert match(Identity("a", "", None), Identity("b", "", None)) is None  # an empty name tells nothing


def test_similar_values() -> None:
    assert similar_phone("01012345678", "01012345679")
    assert similar_phone("01012345678", "01012345768")
    assert not similar_phone("01012345678", "01012345678")
    assert not similar_phone("01012345678", "01012349999")
    assert similar_birth(date(1990, 3, 4), date(1990, 4, 3))  # month and day swapped
    assert similar_birth(date(1990, 3, 4), date(1991, 3, 4))
    assert not similar_birth(date(1990, 3, 4), date(1991, 4, 4))


@given(st.lists(identities, max_size=6))
def test_matches_are_strongest_first_and_never_the_person(people: list[Identity]) -> None:
    person = Identity("a", "김하늘", date(1990, 1, 1), frozenset({"01012340001"}))
    found = matches(person, people)
    assert all(other.id != "a" for other, _ in found)
    order = list(MatchReason)
    assert [order.index(r) for _, r in found] == sorted(order.index(r) for _, r in found)
    assert len({o.id for o, _ in found}) == len(found)
