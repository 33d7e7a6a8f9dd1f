"""동의서 (§3.5): separate consents, unticked boxes, 필수/선택, highlighted items, guardian block."""

from __future__ import annotations

from datetime import date

from onestop_desktop.export import render_consent_form
from onestop_desktop.export import styles as st
from onestop_desktop.export.fonts import BOLD

from . import factories as f
from .pdfcheck import content_streams, labelled, page_numbers, runs, squeezed, text, words

TICKED = ("☑", "☒", "■", "✓", "✔", "v 동의함", "V 동의함")


def test_blank_form_has_every_section_and_only_unticked_boxes() -> None:
    pdf = render_consent_form(f.consent_form(client_name=None, birth=None, recipients=()))
    body = text(pdf)
    for expected in (
        "개인정보 수집·이용 및 제공 동의서", "1. 개인정보 수집·이용 내역 [필수]", "2. 개인정보 수집·이용 내역 [선택]",
        "3. 민감정보 처리 [별도 동의]", "4. 고유식별정보 처리 [별도 동의]", "5. 개인정보 제3자 제공",
        "6. 형사절차 관련 정보 수령 [선택]", "동의를 거부할 권리", "선택 항목의 수집·이용에 동의하지 않을 권리",
        "보유·이용 기간", "제공받는 자", "이용 목적", "주민등록번호는 「범죄피해자 보호법 시행령」 제3조의2에 따라",
        "법정대리인", "관계", "연락처", "서명 또는 인", f"{f.CENTER} 귀중", "철회",
    ):  # fmt: skip
        assert expected in body, expected
    assert "년" in body and "월" in body and "일" in body
    for mark in TICKED:
        assert mark not in body
    assert body.count("□ 동의함") == body.count("□ 동의하지 않음") >= 8  # 1–4, 6, three blank recipient rows
    assert "홍길동" not in body
    assert pdf.pages == 2 and page_numbers(pdf) == [(1, 2), (2, 2)]


def test_prefilled_form_names_the_client_and_each_recipient() -> None:
    pdf = render_consent_form(f.consent_form(), production=f.PRODUCTION)
    body = text(pdf)
    assert labelled(body, "성명", "홍길동")
    assert "1990. 5. 17." in body
    flat = squeezed(body)
    for recipient in f.RECIPIENTS:
        assert squeezed(recipient.agency_name) in flat
        assert squeezed(recipient.purpose) in flat
        assert squeezed(recipient.retention) in flat
    assert "2026년" in body  # the date line carries the year of printing, month and day left to fill in
    assert "출력: 김상담, 2026. 11. 26. 14:05, 사유: 연계 기관 발송" in body
    # a recipient given a sensitive item gets the separate question
    assert "민감정보·고유식별정보" in body and "제공하는 데 동의하십니까?" in body
    for mark in TICKED:
        assert mark not in body


def test_dated_form() -> None:
    body = text(render_consent_form(f.consent_form(dated=date(2026, 11, 26))))
    assert "2026년  11월  26일" in body or "2026년 11월 26일" in body


def test_minor_with_guardian_suspect() -> None:
    form = f.consent_form(client_name="이서준", birth=date(2016, 8, 9), minor=True, guardian_is_suspect=True)
    body = text(render_consent_form(form, production=f.PRODUCTION))
    assert labelled(body, "성명", "이서준")
    assert "만 14세 미만" in body and "[필수]" in body
    assert "가해 혐의자" in body and "법적 근거" in body and "동의를 요청하지 않습니다" in body
    assert "법정대리인" in body and "관계" in body and "연락처" in body  # the block is still there


def test_minor_without_suspect_requires_guardian() -> None:
    body = text(render_consent_form(f.consent_form(client_name="김민지", minor=True)))
    assert "법정대리인의 동의를 받아 처리합니다" in body
    assert "가해 혐의자" not in body


def test_adult_form_has_guardian_block_but_no_minor_notice() -> None:
    body = text(render_consent_form(f.consent_form()))
    assert "법정대리인" in body
    assert "법정대리인의 동의를 받아 처리합니다" not in body


def test_highlighted_items_are_larger_bold_and_coloured() -> None:
    """시행령 제17조③ / 고시 제4조: ≥ 9 pt, ≥ 20 % larger than the other text, and bold or coloured."""
    assert st.HIGHLIGHT_SIZE >= 9
    assert st.HIGHLIGHT_SIZE >= 1.2 * st.BODY_SIZE and st.HIGHLIGHT_SIZE >= 1.2 * st.MAX_PLAIN_SIZE
    assert st.HIGHLIGHTED.fontName == BOLD and st.HIGHLIGHTED.textColor == st.HIGHLIGHT != st.INK

    form = f.consent_form()
    pdf = render_consent_form(form, production=f.PRODUCTION)
    shown = runs(pdf)
    highlighted = [r.text for r in shown if r.size == st.HIGHLIGHT_SIZE]  # in drawing order: wrapped lines follow
    flat_highlight = squeezed("".join(highlighted))
    must = [form.retention, *form.sensitive_items, *form.unique_id_items]
    for recipient in form.recipients:
        must += [recipient.agency_name, recipient.purpose, recipient.retention]
    for item in must:
        assert squeezed(item) in flat_highlight, item
    for run in shown:
        if run.size == st.HIGHLIGHT_SIZE:
            assert run.font == "NanumGothicBold", run
    # everything else is body-sized (the title is the one exception)
    others = [r for r in shown if r.size != st.HIGHLIGHT_SIZE and r.size != st.TITLE_SIZE]
    assert others and max(r.size for r in others) <= st.MAX_PLAIN_SIZE
    assert {r.text for r in shown if r.size == st.TITLE_SIZE} == {"개인정보 수집·이용 및 제공 동의서"}
    assert max(r.size for r in others if r.text.startswith("※")) <= st.MAX_PLAIN_SIZE
    # the highlight colour (#0B3D91) is set before the highlighted runs
    assert b".043137 .239216 .568627 rg" in content_streams(pdf)


def test_recipients_without_room_stay_on_the_page(tmp_path: object) -> None:
    many = tuple(f.RECIPIENTS[i % 2] for i in range(7))
    pdf = render_consent_form(f.consent_form(recipients=many))
    body = text(pdf)
    assert body.count("□ 동의함") >= 7 + 5
    boxes = words(pdf, tmp_path)
    assert all(w.x_min >= st.MARGIN_X - 1 and w.x_max <= st.PAGE_SIZE[0] - st.MARGIN_X + 1 for w in boxes)


def test_form_without_production_renders_identically() -> None:
    """Same data, same bytes: the sha256 of the rendered form can be its version."""
    form = f.consent_form()
    assert render_consent_form(form) == render_consent_form(form)
