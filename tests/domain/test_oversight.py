"""Months of the access-log review, dispatch means as typed, and audit details put in words."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.domain.audit_details import describe
from onestop_desktop.domain.contacts import check_center, check_person
from onestop_desktop.domain.oversight import Month, parse_month, review_due
from onestop_desktop.domain.referrals import DispatchMeans, parse_dispatch_means


@given(st.dates(min_value=date(2001, 1, 1), max_value=date(2099, 12, 31)))
def test_a_month_holds_its_days_and_last_month_is_due_until_reviewed(day: date) -> None:
    month = Month.of(day)
    assert month.first_day <= day <= month.last_day
    assert month.last_day + timedelta(days=1) == month.next().first_day
    assert month.previous().next() == month
    assert parse_month(month.key) == month
    assert review_due(day, frozenset()) == month.previous()
    assert review_due(day, frozenset({month.previous().key})) is None


def test_months_that_are_not() -> None:
    assert [parse_month(t) for t in ("2026-13", "2026-00", "11-2026", "2026-1", "1999-12", "")] == [None] * 6


def test_dispatch_means_as_staff_type_them() -> None:
    typed = {"우편": DispatchMeans.POST, "팩스": DispatchMeans.FAX, "직접": DispatchMeans.HAND}
    typed |= {"직접 전달": DispatchMeans.HAND, "전자문서": DispatchMeans.ELECTRONIC, "FAX": DispatchMeans.FAX}
    assert {text: parse_dispatch_means(text) for text in typed} == typed
    assert parse_dispatch_means("비둘기") is None


@given(st.text(max_size=80))
def test_any_detail_is_described_or_shown_as_written(detail: str) -> None:
    described = describe(detail)
    if not described.template:
        assert described.params == {"raw": detail}
    else:  # every placeholder of the template is filled
        names = {part.split("}")[0] for part in described.template.split("{")[1:]}
        assert names <= set(described.params)


def test_the_raw_keys_the_issue_names_are_put_in_words() -> None:
    consent = describe("consent: third_party, agreed=True")
    assert consent.labels == {
        "kind": ("Consent", "Provision to a third party"),
        "agreed": ("AuditDetail", "agreed"),
    }
    assert describe("referral_letter: 기관 발송").params == {"kind": "referral_letter", "purpose": "기관 발송"}
    assert describe("attempt 1").template == "failed attempt {count}"
    assert describe("consent: nonsense, agreed=True").template == ""  # an unknown code is not guessed at


def test_contact_details_are_checked_and_phone_numbers_kept_as_digits() -> None:
    contact, problems = check_center("02-555-0100", "+82 2 555 0199", "center@example.kr", " 서울 중구 ")
    assert problems == [] and (contact.phone, contact.fax, contact.address) == ("025550100", "025550199", "서울 중구")
    _, bad = check_person("555", "a@b")
    assert [p.field for p in bad] == ["phone", "email"]
    assert check_person("", "")[1] == []  # both may stay empty
