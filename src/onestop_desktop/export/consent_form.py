"""개인정보 수집·이용 및 제공 동의서, laid out as PIPA asks: every purpose consented to separately, and what a
client most needs to notice set apart.

Each consent is its own numbered section with its own two boxes, always unticked (□). The
items the law asks to be highlighted — sensitive and unique-identifier items, retention
periods, the recipients and their purposes — are set in `HIGHLIGHTED` (12 pt bold dark
blue); all other text but the title is at most 10 pt, so the highlight is ≥ 20 % larger.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from onestop_desktop.domain.documents import ConsentFormData, ConsentRecipient, Production
from onestop_desktop.domain.korean import official_date

from . import styles as st
from .flowables import Stamp
from .fonts import BOLD
from .grid import NO_PADDING, Grid, label, table, value
from .page import PageContext
from .text import markup, para, paragraph

PART = "개인정보 수집·이용 및 제공 동의서"
TITLE = "개인정보 수집·이용 및 제공 동의서"
AGREE = "□ 동의함"
DISAGREE = "□ 동의하지 않음"
STAR = "★"

_REQUIRED = f'<font color="{st.css(st.ALERT)}">[필수]</font>'
_OPTIONAL = f'<font color="{st.css(st.MUTED)}">[선택]</font>'
_SEPARATE = f'<font color="{st.css(st.ALERT)}">[별도 동의]</font>'


def context(data: ConsentFormData, production: Production | None, doc_key: int = 0) -> PageContext:
    """A form on its own goes back to the center, signed."""
    return PageContext(doc_key, PART, data.center_name, "", production, recipient_label="제출처")


def highlighted(text: str) -> str:
    """Markup for a highlighted run inside a body-size paragraph."""
    return f'<font name="{BOLD}" size="{st.HIGHLIGHT_SIZE:g}" color="{st.css(st.HIGHLIGHT)}">{markup(text)}</font>'


def _heading(number: int, title: str, tag: str) -> Flowable:
    return paragraph(f"{number}. {markup(title)} {tag}", st.SECTION)


def _question(text: str) -> Flowable:
    """The question and its two unticked boxes on one ruled line."""
    widths = (st.CONTENT_WIDTH - 52 * mm, 20 * mm, 32 * mm)
    return table([[paragraph(markup(text), st.BODY), AGREE, DISAGREE]], widths, [
        *NO_PADDING, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (1, 0), (-1, 0), BOLD),
        ("FONTSIZE", (1, 0), (-1, 0), st.MAX_PLAIN_SIZE), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5), ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.GRID),
    ])  # fmt: skip


def _notice(text: str) -> Flowable:
    return paragraph(markup(text), st.NOTICE)


def _items(items: Sequence[str]) -> str:
    return ", ".join(items) if items else "—"


def _purpose_table(purpose: str, items_header: str, items: str, items_style: ParagraphStyle,
                   retention: str) -> Flowable:  # fmt: skip
    g = Grid((52 * mm, 72 * mm, 50 * mm))
    g.row(label("수집·이용 목적", style=st.LABEL_CENTER), label(items_header, style=st.LABEL_CENTER),
          label(f"보유·이용 기간 {STAR}", style=st.LABEL_CENTER))  # fmt: skip
    g.row(value(purpose), value([paragraph(items, items_style)]), value(retention, style=st.HIGHLIGHTED))
    return g.build()


def story(data: ConsentFormData, *, copy_note: str | None = None, year: int | None = None) -> list[Flowable]:
    """The form's flowables; `year` pre-fills the date line of an undated form (the year of printing)."""
    d = data
    out: list[Flowable] = []
    if copy_note:
        out.append(paragraph(markup(copy_note), st.COPY_NOTE))
    out += [
        Stamp(("consent-intro", d.center_name, d.minor), lambda: _intro(d)),
        Stamp(("consent-1", d.purpose, d.required_items, d.retention), lambda: [
            _heading(1, "개인정보 수집·이용 내역", _REQUIRED),
            _purpose_table(d.purpose, "수집 항목", markup(_items(d.required_items)), st.BODY, d.retention),
            _notice("※ 위의 개인정보 수집·이용에 대한 동의를 거부할 권리가 있습니다. 다만, 필수 항목의 수집·이용에 "
                    "동의하지 않으면 상담 및 지원 연계가 제한될 수 있습니다."),
            _question("위와 같이 개인정보를 수집·이용하는 데 동의하십니까?"),
        ]),
        Stamp(("consent-2", d.purpose, d.optional_items, d.retention), lambda: [
            _heading(2, "개인정보 수집·이용 내역", _OPTIONAL),
            _purpose_table(d.purpose, "수집 항목", markup(_items(d.optional_items)), st.BODY, d.retention),
            _notice("※ 선택 항목의 수집·이용에 동의하지 않을 권리가 있으며, 동의하지 않아도 상담 및 지원에 "
                    "불이익이 없습니다."),
            _question("위와 같이 선택 항목을 수집·이용하는 데 동의하십니까?"),
        ]),
        Stamp(("consent-3", d.purpose, d.sensitive_items, d.retention), lambda: [
            _heading(3, "민감정보 처리", _SEPARATE),
            _purpose_table(d.purpose, f"민감정보 항목 {STAR}", ", ".join(highlighted(i) for i in d.sensitive_items)
                           or "—", st.BODY_HL_LEADING, d.retention),
            _notice("※ 건강, 성생활 등에 관한 민감정보는 「개인정보 보호법」 제23조에 따라 다른 개인정보와 구분하여 "
                    "별도로 동의를 받습니다. 동의를 거부할 권리가 있으며, 거부하는 경우 해당 정보가 필요한 의료·심리 "
                    "지원 연계가 제한될 수 있습니다."),
            _question("위와 같이 민감정보를 처리하는 데 동의하십니까?"),
        ]),
        Stamp(("consent-4", d.purpose, d.unique_id_items, d.retention, d.rrn_legal_basis), lambda: [
            _heading(4, "고유식별정보 처리", _SEPARATE),
            _purpose_table(d.purpose, f"고유식별정보 항목 {STAR}", ", ".join(highlighted(i) for i in d.unique_id_items)
                           or "—", st.BODY_HL_LEADING, d.retention),
            paragraph(f"※ 주민등록번호는 {markup(d.rrn_legal_basis)}에 따라 처리하며, 동의의 대상이 아닙니다"
                      "(「개인정보 보호법」 제24조의2).", st.NOTICE_BOLD),
            _notice("※ 여권번호·외국인등록번호 등 고유식별정보의 처리에 동의하지 않을 권리가 있으며, 거부하는 경우 "
                    "본인 확인이 필요한 일부 지원(구조금 신청 등)의 연계가 제한될 수 있습니다."),
            _question("위와 같이 고유식별정보를 처리하는 데 동의하십니까?"),
        ]),
        *_third_party(d),
        Stamp(("consent-6", d.center_name), lambda: [
            _heading(6, "형사절차 관련 정보 수령", _OPTIONAL),
            paragraph("「범죄피해자 보호법 시행령」 제10조제2항에 따라 수사 결과, 공판 진행 상황, 형 집행 및 보호관찰 "
                      f"등 형사절차 관련 정보를 {markup(d.center_name)}이(가) 제공받는 것에 동의하십니까? "
                      "동의하지 않을 권리가 있으며, 동의하지 않아도 상담 및 지원에 불이익이 없습니다.", st.BODY),
            _question("형사절차 관련 정보를 지원기관이 제공받는 것에 동의합니다."),
            Spacer(0, 1.5 * mm),
            _notice("※ 동의는 언제든지 철회할 수 있으며, 철회한 때부터 해당 목적의 처리와 제공을 중단합니다"
                    "(「개인정보 보호법」 제37조)."),
        ]),
        KeepTogether(_signatures(d, year)),
    ]  # fmt: skip
    return out


def _intro(data: ConsentFormData) -> list[Flowable]:
    out: list[Flowable] = [
        paragraph(markup(TITLE), st.TITLE),
        Spacer(0, 1.5 * mm),
        paragraph(f"{markup(data.center_name)}은(는) 범죄피해자 지원을 위하여 아래와 같이 개인정보를 수집·이용 및 "
                  "제공하고자 합니다. 내용을 자세히 읽으신 후 동의 여부를 결정하여 주십시오. 각 항목은 따로 동의하거나 "
                  f"동의하지 않을 수 있습니다. {highlighted(STAR)} 표시는 특히 확인하실 중요한 내용입니다.", st.BODY),
    ]  # fmt: skip
    if data.minor:
        out.append(Spacer(0, 1 * mm))
        out.append(paragraph("※ 만 14세 미만 아동의 개인정보는 법정대리인의 동의를 받아 처리합니다(「개인정보 보호법」 "
                             "제22조의2). 아래 법정대리인란을 반드시 작성하여 주십시오.", st.ALERT_TEXT))  # fmt: skip
    return out


def _third_party(data: ConsentFormData) -> list[Flowable]:
    key = ("consent-5", data.recipients, data.sensitive_items, data.unique_id_items)
    if len(data.recipients) > 4:  # a long table may run over a page: let it split, heading kept with it
        return _third_party_parts(data)
    return [Stamp(key, lambda: _third_party_parts(data))]


def _third_party_parts(data: ConsentFormData) -> list[Flowable]:
    g = Grid((43 * mm, 35 * mm, 38 * mm, 28 * mm, 30 * mm))
    boxes = f"{AGREE}\n{DISAGREE}"
    g.row(label(f"제공받는 자 {STAR}", style=st.LABEL_CENTER), label(f"이용 목적 {STAR}", style=st.LABEL_CENTER),
          label("제공 항목", style=st.LABEL_CENTER), label(f"보유·이용 기간 {STAR}", style=st.LABEL_CENTER),
          label("동의 여부", style=st.LABEL_CENTER))  # fmt: skip
    special = set(data.sensitive_items) | set(data.unique_id_items)
    any_special = False
    for recipient in data.recipients:
        items, has_special = _recipient_items(recipient, special)
        any_special = any_special or has_special
        g.row(
            value(recipient.agency_name, style=st.HIGHLIGHTED),
            value(recipient.purpose, style=st.HIGHLIGHTED),
            value([items]),
            value(recipient.retention, style=st.HIGHLIGHTED),
            value(boxes, style=st.BOX_LINE),
        )
    if not data.recipients:
        for _ in range(3):
            g.row(value(""), value(""), value(""), value(""), value(boxes, style=st.BOX_LINE), height=13 * mm)
    parts: list[Flowable] = [
        _heading(5, "개인정보 제3자 제공", "(기관별 동의)"),
        g.build(repeat_rows=1),
        _notice("※ 개인정보의 제3자 제공에 동의하지 않을 권리가 있습니다. 기관별로 따로 동의하실 수 있으며, 동의하지 "
                "않은 기관으로는 지원 연계가 이루어지지 않을 수 있습니다."),
    ]  # fmt: skip
    if any_special:
        parts.append(_question(f"위 기관에 민감정보·고유식별정보({STAR} 표시 제공 항목)를 제공하는 데 동의하십니까?"))
    return parts


def _recipient_items(recipient: ConsentRecipient, special: set[str]) -> tuple[Flowable, bool]:
    runs = []
    has_special = False
    for item in recipient.items:
        if item in special:
            runs.append(highlighted(f"{item} {STAR}"))
            has_special = True
        else:
            runs.append(markup(item))
    style = st.BODY_HL_LEADING if has_special else st.BODY
    return paragraph(", ".join(runs) or "—", style), has_special


def date_line(data: ConsentFormData, year: int | None = None) -> str:
    """`2026년 11월 26일` when dated, else `2026년      월      일` with the year of printing (or blank)."""
    gap = "&nbsp;" * 8
    if data.dated is not None:
        return f"{data.dated.year}년&nbsp;&nbsp;{data.dated.month}월&nbsp;&nbsp;{data.dated.day}일"
    return f"{year if year else '20' + gap}년{gap}월{gap}일"


def _signatures(data: ConsentFormData, year: int | None = None) -> list[Flowable]:
    name = para(data.client_name, st.BODY) if data.client_name else ""
    birth = official_date(data.client_birth_date) if data.client_birth_date else ""
    subject = table(
        [[paragraph("정보주체", st.BODY_BOLD), "성명:", name, "(서명 또는 인)", "", "생년월일:", birth]],
        (22 * mm, 12 * mm, 46 * mm, 24 * mm, 8 * mm, 17 * mm, 45 * mm),
        [*NO_PADDING, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 6),
         ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LINEBELOW", (2, 0), (3, 0), 0.5, st.FRAME),
         ("LINEBELOW", (6, 0), (6, 0), 0.5, st.FRAME), ("FONTSIZE", (3, 0), (3, 0), st.SMALL_SIZE),
         ("TEXTCOLOR", (3, 0), (3, 0), st.MUTED), ("ALIGN", (3, 0), (3, 0), "RIGHT"),
         ("RIGHTPADDING", (3, 0), (3, 0), 2), ("LEFTPADDING", (2, 0), (2, 0), 2), ("LEFTPADDING", (6, 0), (6, 0), 2)],
    )  # fmt: skip
    return [
        Spacer(0, 3 * mm),
        paragraph(date_line(data, year), st.BODY_CENTER),
        Spacer(0, 1 * mm),
        subject,
        Spacer(0, 4 * mm),
        Stamp(("consent-guardian", data.minor, data.guardian_is_suspect), lambda: _guardian_block(data)),
        Spacer(0, 4 * mm),
        paragraph(f"{markup(data.center_name)} 귀중", st.ADDRESSEE),
    ]  # fmt: skip


def _guardian_block(data: ConsentFormData) -> list[Flowable]:
    if data.minor:
        heading = paragraph(f'법정대리인<br/><font color="{st.css(st.ALERT)}" size="8.5">[필수] 만 14세 미만</font>',
                            st.BODY_BOLD)  # fmt: skip
    else:
        heading = paragraph('법정대리인<br/><font size="8">(만 14세 미만)</font>', st.BODY_BOLD)
    suspect = data.guardian_is_suspect
    none = "해당 없음 (아래 안내 참조)" if suspect else ""
    g = Grid((28 * mm, 14 * mm, 56 * mm, 14 * mm, 62 * mm))
    g.row(value([heading]), label("성명"), value(none, style=st.WITHHELD), label("관계"),
          value(none and "해당 없음", style=st.WITHHELD), height=10 * mm)  # fmt: skip
    g.row(value(""), label("연락처"), value(none and "해당 없음", style=st.WITHHELD), label("서명"),
          value("해당 없음" if suspect else "(서명 또는 인)", style=st.WITHHELD if suspect else st.SIGN_HINT),
          height=10 * mm)  # fmt: skip
    parts: list[Flowable] = [g.build(extra=[("SPAN", (0, 0), (0, 1)), ("BACKGROUND", (0, 0), (0, 1), st.LABEL_BG)])]
    if suspect:
        parts.append(Spacer(0, 2 * mm))
        parts.append(table(
            [[paragraph("※ 법정대리인이 피해 사건의 가해 혐의자로 확인되어 법정대리인에게 동의를 요청하지 않습니다. "
                        "이 경우 「개인정보 보호법」 제15조제1항제5호·제18조제2항제3호(명백히 정보주체의 급박한 "
                        "생명·신체 이익을 위하여 필요한 경우) 등 법적 근거에 따라 처리하며, 적용한 법적 근거와 사유를 "
                        "별도로 기록합니다.", st.ALERT_NOTE)]],
            (st.CONTENT_WIDTH,),
            [("BOX", (0, 0), (-1, -1), 1.2, st.ALERT), ("BACKGROUND", (0, 0), (-1, -1), st.BAND_BG),
             ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)],
        ))  # fmt: skip
    return parts
