"""연계 의뢰서: the §5 fields, only what the disclosure holds, Korean conventions, wrapping."""

from __future__ import annotations

from datetime import date

from onestop_desktop.domain.consent import DataItem
from onestop_desktop.domain.referrals import Urgency
from onestop_desktop.export import render_referral_letter
from onestop_desktop.export.styles import MARGIN_X, PAGE_SIZE

from . import factories as f
from .pdfcheck import labelled, page_numbers, squeezed, text, words


def test_letter_has_the_section_5_fields_in_korean() -> None:
    pdf = render_referral_letter(f.letter())
    body = text(pdf)
    for expected in (
        "연계 의뢰서", "문서번호", "D1-연계-2026-00012", "의뢰일", "2026. 11. 25.", "긴급도", "긴급", "담당", "결재",
        "발신기관", f.CENTER, "김상담 (상담팀장)", "010-9876-5432", "02-2123-4568", "counsel@example.or.kr",
        "수신기관", "서울동부스마일센터", "심리치료팀", "이담당", "02-3456-7890", "02-3456-7891",
        "대상자 인적사항", "성명", "홍길동", "1990. 5. 17. (만 36세)", "여성", "대한민국", "010-2345-6789",
        "문자 금지, 연락 가능 평일 10~17시", "서울특별시 송파구 올림픽로 35가길 11",
        "피해 개요", "생명·신체 피해 범죄", "2026. 9. 28.", "수사 중", "송파경찰서", "2026-012345", "모르는 사람",
        "위험 높음", "의뢰 사유 및 요청 서비스", "심리 지원", "트라우마 심리치료",
        "기 지원 내역", "1,234,000원", "2026. 10. 10.", "첨부", "동의일: 2026. 10. 2., 2026. 11. 1.",
        "회신 요청", "2026. 12. 10.", "「개인정보 보호법」", "제39조", "연계 목적 이외의 용도", "동의를 받아 제출",
    ):  # fmt: skip
        assert expected in body, expected
    assert labelled(body, "성명", "홍길동")  # what the acceptance check reads after 성명
    assert page_numbers(pdf) == [(1, 2), (2, 2)]
    assert pdf.pages == 2


def test_items_not_consented_are_absent_and_marked() -> None:
    # name, birth date, gender, crime type and incident only: no phone, address, police, risk, services
    letter = f.letter(f.WITHHELD_ITEMS)
    body = text(render_referral_letter(letter))
    assert letter.disclosure.phone is None and letter.disclosure.address is None
    for secret in ("올림픽로", "1203호", "010-2345-6789", "01023456789", "2345-6789", "송파경찰서", "2026-012345",
                   "위험 높음", "1,234,000원", "긴급 생계비", "문자 금지", f.RRN, "150304"):  # fmt: skip
        assert secret not in body, secret
    assert "제공 동의 범위 밖" in body
    assert "홍길동" in body  # what was consented is there


def test_consented_but_empty_is_not_called_withheld() -> None:
    body = text(render_referral_letter(f.letter(f.FULL_ITEMS, the_client=f.client(disability=None))))
    assert "기재 없음" in body and "제공 동의 범위 밖" not in body


def test_resident_registration_number_only_when_disclosed() -> None:
    without = text(render_referral_letter(f.letter(f.ALL_ITEMS)))
    assert f.RRN not in without and "주민등록번호" not in without
    with_rrn = text(render_referral_letter(f.letter(f.ALL_ITEMS, rrn=f.RRN)))
    assert f.RRN in with_rrn
    assert "범죄피해자 보호법 시행령 제3조의2" in with_rrn  # its recorded legal basis


def test_minor_shows_guardian() -> None:
    body = text(render_referral_letter(f.letter(the_client=f.minor_client())))
    assert "(만 11세)" in body
    assert "박보호 (모), 010-5555-6666" in body
    assert "법정대리인" in body


def test_minor_guardian_withheld_is_marked_not_printed() -> None:
    letter = f.letter(f.FULL_ITEMS - {DataItem.GUARDIAN}, the_client=f.minor_client())
    body = text(render_referral_letter(letter))
    assert "박보호" not in body and "5555-6666" not in body


def test_urgency_labels() -> None:
    assert "일반" in text(render_referral_letter(f.letter(urgency=Urgency.NORMAL)))
    assert "즉시" in text(render_referral_letter(f.letter(urgency=Urgency.IMMEDIATE)))


def test_unsent_letter_is_dated_the_day_it_is_printed() -> None:
    body = text(render_referral_letter(f.letter(events=(), reply_due=None)))
    assert "2026. 11. 26." in body  # Production.produced_at


def test_markup_in_user_text_is_printed_literally() -> None:
    letter = f.letter(reason="가해자 <b>접근</b> & 보복 우려", requested_services="a < b")
    body = text(render_referral_letter(letter))
    assert "가해자 <b>접근</b> & 보복 우려" in body


def test_long_names_and_agencies_wrap_inside_the_page(tmp_path: object) -> None:
    long_department = "피해자 법률지원 및 심리치료 연계 전담팀(서울남부지역 및 경기남부지역 담당)"
    letter = f.letter(
        the_client=f.client(name=f.LONG_NAME, nationality="베트남", interpreter_language="베트남어"),
        the_agency=f.agency(name=f.LONG_AGENCY, department=long_department),
        reason="사건 이후 " * 80,
    )
    pdf = render_referral_letter(letter)
    flat = squeezed(text(pdf))
    assert squeezed(f.LONG_NAME) in flat
    assert squeezed(f.LONG_AGENCY) in flat
    assert squeezed(long_department) in flat
    left, right = MARGIN_X - 1, PAGE_SIZE[0] - MARGIN_X + 1
    boxes = words(pdf, tmp_path)
    assert boxes
    outside = [w for w in boxes if w.x_min < left or w.x_max > right or w.y_min < 0 or w.y_max > PAGE_SIZE[1]]
    assert not outside, outside[:5]


def test_dates_and_amounts_follow_korean_style() -> None:
    body = text(render_referral_letter(f.letter()))
    assert "2026-12-10" not in body and "2026.12.10" not in body
    assert date(2026, 12, 10).strftime("%Y. %-m. %-d.") in body
    assert "1,234,000원" in body
