from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.domain import korean


@pytest.mark.parametrize(
    ("typed", "digits", "shown"),
    [
        ("010-1234-5678", "01012345678", "010-1234-5678"),
        ("010 1234 5678", "01012345678", "010-1234-5678"),
        ("+82 10-1234-5678", "01012345678", "010-1234-5678"),
        ("02-123-4567", "021234567", "02-123-4567"),
        ("(02) 1234-5678", "0212345678", "02-1234-5678"),
        ("031-123-4567", "0311234567", "031-123-4567"),
        ("064-1234-5678", "06412345678", "064-1234-5678"),
        ("070-1234-5678", "07012345678", "070-1234-5678"),
        ("1577-1701", "15771701", "1577-1701"),
        ("1366", "1366", "1366"),
        ("02-1366", "021366", "02-1366"),
        ("031-1366", "0311366", "031-1366"),
        ("112", "112", "112"),
    ],
)
def test_korean_phone_numbers_are_read_and_shown_the_korean_way(typed: str, digits: str, shown: str) -> None:
    assert korean.phone_digits(typed) == digits
    assert korean.format_phone(digits) == shown


@pytest.mark.parametrize(
    "typed", ["010-123-456", "0101234567", "abc", "010-1234-56789", "+1 202 555 0100", "099-123-4567", ""]
)
def test_malformed_phone_numbers_are_refused(typed: str) -> None:
    assert korean.phone_digits(typed) is None


@given(st.sampled_from(["010", "02", "031", "051", "064", "070"]), st.integers(0, 9999), st.integers(0, 9999))
def test_formatting_a_valid_number_reads_back_the_same(prefix: str, middle: int, last: int) -> None:
    width = 3 if prefix == "02" and middle < 1000 else 4
    if prefix == "010":
        width = 4
    digits = f"{prefix}{middle:0{width}d}{last:04d}"
    if korean.is_phone(digits):
        assert korean.phone_digits(korean.format_phone(digits)) == digits


def test_dates_follow_official_korean_style() -> None:
    assert korean.official_date(date(2024, 7, 22)) == "2024. 7. 22."
    assert korean.long_date(date(2024, 7, 2)) == "2024년 7월 2일"
    assert korean.parse_date("2024. 7. 22.") == date(2024, 7, 22)
    assert korean.parse_date("20240722") == date(2024, 7, 22)
    assert korean.parse_date("2024-02-30") is None


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(2012, 3, 1), date(2026, 2, 28), 13),
        (date(2012, 3, 1), date(2026, 3, 1), 14),
        (date(2008, 2, 29), date(2026, 2, 28), 17),
    ],
)
def test_international_age(birth: date, on: date, age: int) -> None:
    assert korean.international_age(birth, on) == age


def test_resident_registration_numbers_are_not_checked_against_the_old_checksum() -> None:
    assert korean.normalize_rrn("900101-1234567") == "900101-1234567"  # checksum would fail; still valid
    assert korean.normalize_rrn("0503154123456") == "050315-4123456"
    assert korean.normalize_rrn("901301-1234567") is None  # month 13
    assert korean.normalize_rrn("900101-") is None
    assert korean.mask_rrn("900101-1234567") == "900101-1******"
    assert korean.rrn_birth_date("050315-4123456") == date(2005, 3, 15)


def test_names() -> None:
    assert korean.is_valid_person_name("남궁민수")
    assert korean.is_valid_person_name("Nguyen Thi Lan")
    assert not korean.is_valid_person_name("홍길동2")
    assert not korean.is_valid_person_name("x" * 61)
    assert korean.mask_name("김민용") == "김*용" and korean.mask_name("김민") == "김*"
