"""연계 의뢰서, the letter sent to a partner agency with a referral: drawn from a `ReferralLetter`, so from the
`Disclosure` only (what the client consented to give this agency).

A value the disclosure holds as None is never guessed at: the field reads "제공 동의 범위
밖" when the item was not consented for this recipient, and "기재 없음" when it was consented
but nothing is on file. The resident registration number row exists only when the
disclosure carries one (an administrator included it with a recorded legal basis).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from onestop_desktop.domain.consent import DataItem
from onestop_desktop.domain.documents import ReferralLetter
from onestop_desktop.domain.korean import format_phone, is_phone, official_date
from onestop_desktop.domain.referrals import ReferralStatus, Urgency
from onestop_desktop.domain.taxonomy import RiskLevel

from . import labels
from . import styles as st
from .flowables import Stamp
from .grid import NO_PADDING, Cell, Grid, grid_style, label, table, value
from .page import PageContext
from .text import markup, para, paragraph

PART = "연계 의뢰서"
WITHHELD = "제공 동의 범위 밖"
NOT_ON_FILE = "기재 없음"

_HALF = (27 * mm, 60 * mm, 27 * mm, 60 * mm)


def phone(text: str) -> str:
    """`0212345678` → `02-1234-5678`; anything not plain digits is printed as it was entered."""
    digits = text.strip()
    return format_phone(digits) if digits.isdigit() and is_phone(digits) else text


def money(amount: int) -> str:
    return f"{amount:,}원"


def request_date(letter: ReferralLetter) -> date:
    """의뢰일: when the referral was sent, or today's print for one not sent yet."""
    sent = [event.on for event in letter.referral.events if event.status is ReferralStatus.SENT]
    return max(sent) if sent else letter.production.produced_at.date()


def context(letter: ReferralLetter, doc_key: int = 0, part: str = PART) -> PageContext:
    agency = letter.agency
    recipient = agency.name + (f" {agency.department}" if agency.department else "")
    return PageContext(doc_key, part, recipient, letter.referral.number, letter.production)


class _Fields:
    """Cells for disclosed values: the value, "기재 없음" or "제공 동의 범위 밖"."""

    def __init__(self, letter: ReferralLetter) -> None:
        self.items = letter.referral.items

    def cell(self, text: str | None, item: DataItem, span: int = 1, *, empty: str = NOT_ON_FILE) -> Cell:
        if text is None or not text.strip():
            return value(empty if item in self.items else WITHHELD, span, st.WITHHELD)
        return value(text, span)


def _pairs(grid: Grid, pairs: list[tuple[str, Cell]]) -> None:
    """Lay (label, cell) pairs two to a row; a pair whose cell spans 3 columns takes a whole row."""
    pending: tuple[str, Cell] | None = None
    for name, cell in pairs:
        if cell.span == 3:
            if pending:
                grid.row(label(pending[0]), replace(pending[1], span=3))
                pending = None
            grid.row(label(name), cell)
        elif pending is None:
            pending = (name, cell)
        else:
            grid.row(label(pending[0]), pending[1], label(name), cell)
            pending = None
    if pending:
        grid.row(label(pending[0]), replace(pending[1], span=3))


def section(number: int, title: str) -> Paragraph:
    return paragraph(markup(f"{number}. {title}"), st.SECTION)


def title_block(title: str) -> Table:
    """The title with the 결재란 (담당 / 결재 signature boxes) at the right, as on Korean forms."""
    heads = [paragraph(text, st.LABEL_CENTER) for text in ("결<br/>재", "담당", "결재")]
    approval = table([heads, ["", "", ""]], (8 * mm, 20 * mm, 20 * mm), [
        *grid_style(), ("SPAN", (0, 0), (0, 1)), ("BACKGROUND", (0, 0), (0, 1), st.LABEL_BG),
        ("BACKGROUND", (1, 0), (-1, 0), st.LABEL_BG), ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, 0), 1),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
    ], rowHeights=(6 * mm, 15 * mm))  # fmt: skip
    return table([[paragraph(markup(title), st.TITLE), approval]], (st.CONTENT_WIDTH - 50 * mm, 50 * mm),
                 [*NO_PADDING, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "RIGHT")])  # fmt: skip


def warning_box(text: str) -> Table:
    """A safety warning over the contact details (가해자 동거 …): bold, red, framed, full width."""
    return table([[paragraph(markup(f"[주의] {text}"), st.ALERT_TEXT)]], (st.CONTENT_WIDTH,), [
        ("BOX", (0, 0), (-1, -1), 1.2, st.ALERT), ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ])  # fmt: skip


def notice_box(lines: list[str], style: ParagraphStyle = st.NOTICE, heading: str | None = None) -> Table:
    parts = [paragraph(markup(heading), st.BODY_BOLD)] if heading else []
    parts += [paragraph(markup(line), style) for line in lines]
    return table([[parts]], (st.CONTENT_WIDTH,), [
        ("BOX", (0, 0), (-1, -1), 0.8, st.FRAME), ("BACKGROUND", (0, 0), (-1, -1), st.NOTE_BG),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ])  # fmt: skip


def story(letter: ReferralLetter) -> list[Flowable]:
    referral, agency, d, sender = letter.referral, letter.agency, letter.disclosure, letter.sender
    f = _Fields(letter)
    out: list[Flowable] = [Stamp("letter-title", lambda: [title_block("연계 의뢰서")]), Spacer(0, 3 * mm)]

    urgency_style = st.VALUE if referral.urgency is Urgency.NORMAL else st.ALERT_TEXT
    head = Grid((20 * mm, 52 * mm, 18 * mm, 32 * mm, 18 * mm, 34 * mm))
    head.row(label("문서번호"), value(referral.number), label("의뢰일"), value(official_date(request_date(letter))),
             label("긴급도"), value(labels.URGENCY[referral.urgency], style=urgency_style))  # fmt: skip
    out.append(head.build())

    out.append(section(1, "발신기관"))
    g = Grid(_HALF)
    counselor = sender.counselor_name + (f" ({sender.counselor_title})" if sender.counselor_title else "")
    g.row(label("기관명"), value(sender.center_name), label("대표 전화"), value(phone(sender.center_phone) or "—"))
    g.row(label("담당자"), value(counselor), label("직통 전화"), value(phone(sender.counselor_phone) or "—"))
    g.row(label("이메일"), value(sender.counselor_email or "—"), label("팩스"), value(phone(sender.center_fax) or "—"))
    if sender.center_address:
        g.row(label("주소"), value(sender.center_address, 3))
    out.append(g.build())

    out.append(section(2, "수신기관"))
    g = Grid(_HALF)
    g.row(label("기관명"), value(agency.name, 3))
    g.row(label("부서"), value(agency.department or "—"), label("담당자"),
          value(referral.contact_person or agency.contact_person or "—"))  # fmt: skip
    g.row(label("전화"), value(phone(agency.phone) or "—"), label("팩스"), value(phone(agency.fax) or "—"))
    g.row(label("이메일"), value(agency.email or "—", 3))
    out.append(g.build())

    out.append(section(3, "대상자 인적사항"))
    if d.contact_warning:
        out.append(warning_box(d.contact_warning))
    g = Grid(_HALF)
    birth = None
    if d.birth_date is not None:
        birth = official_date(d.birth_date) + (f" (만 {d.age}세)" if d.age is not None else "")
    nationality = None
    if d.nationality is not None or d.interpreter_language is not None:
        need = f"통역 필요({d.interpreter_language})" if d.interpreter_language else "통역 불필요"
        nationality = " · ".join(p for p in (d.nationality, need) if p)
    pairs: list[tuple[str, Cell]] = [
        ("성명", f.cell(d.name, DataItem.NAME)),
        ("성별", f.cell(labels.GENDER[d.gender] if d.gender else None, DataItem.GENDER)),
        ("생년월일(만 나이)", f.cell(birth, DataItem.BIRTH_DATE)),
        ("국적 / 통역", f.cell(nationality, DataItem.NATIONALITY)),
        ("장애", f.cell(d.disability, DataItem.DISABILITY)),
    ]
    if d.rrn is not None:
        pairs.append(("주민등록번호", value(d.rrn)))
    else:
        pairs[-1] = (pairs[-1][0], replace(pairs[-1][1], span=3))
    pairs += [
        ("연락처", f.cell(d.phone, DataItem.PHONE)),
        ("안전 연락 방법", f.cell(d.phone_instructions, DataItem.PHONE)),
        ("주소", f.cell(d.address, DataItem.ADDRESS, 3)),
    ]
    if d.guardian is not None or (d.age is not None and d.age < 19):
        pairs.append(("보호자\n(법정대리인)", f.cell(d.guardian, DataItem.GUARDIAN, 3)))
    _pairs(g, pairs)
    out.append(g.build())

    out.append(section(4, "피해 개요"))
    g = Grid(_HALF)
    crimes = None
    if d.crime_types is not None:
        crimes = ", ".join(labels.CRIME_TYPE[c] for c in sorted(d.crime_types, key=list(labels.CRIME_TYPE).index))
    risk_cell = f.cell(labels.RISK_LEVEL[d.risk_level] if d.risk_level else None, DataItem.RISK, 3)
    if d.risk_level in (RiskLevel.HIGH, RiskLevel.CRITICAL):
        risk_cell = value(labels.RISK_LEVEL[d.risk_level], 3, st.ALERT_TEXT)
    _pairs(g, [
        ("피해 유형", f.cell(crimes, DataItem.CRIME_TYPE)),
        ("발생일", f.cell(official_date(d.incident_date) if d.incident_date else None, DataItem.INCIDENT)),
        ("신고 여부", f.cell(labels.POLICE_REPORT[d.police_report] if d.police_report else None, DataItem.POLICE)),
        ("관할 경찰서", f.cell(d.police_station, DataItem.POLICE)),
        ("사건번호", f.cell(d.police_case_number, DataItem.POLICE)),
        ("가해자와의 관계", f.cell(d.offender_relationship, DataItem.INCIDENT)),
        ("위기도", risk_cell),
        ("피해 내용", f.cell(d.incident_summary, DataItem.INCIDENT, 3)),
    ])  # fmt: skip
    out.append(g.build())

    out.append(section(5, "의뢰 사유 및 요청 서비스"))
    g = Grid(_HALF)
    g.row(label("지원 영역"), value(labels.SERVICE_DOMAIN[referral.domain], 3))
    g.row(label("요청 서비스"), value(referral.requested_services or "—", 3))
    g.row(label("의뢰 사유"), value(referral.reason or "—", 3))
    out.append(g.build())

    out.append(section(6, "기 지원 내역 (센터 지원 사항)"))
    out.append(services_table(letter))

    out.append(section(7, "첨부"))
    g = Grid(_HALF)
    dates = ", ".join(official_date(day) for day in sorted(letter.consent_dates)) or "—"
    if letter.signed_copy_attached:
        g.row(label("동의서 사본"), value(f"개인정보 수집·이용 및 제3자 제공 동의서 사본 1부 (동의일: {dates})", 3))
    else:
        g.row(
            label("동의 확인"), value(f"동의일: {dates} (서명 원본은 {sender.center_name}에서 보관, 사본 첨부 없음)", 3)
        )
    scope = ", ".join(labels.DATA_ITEM[item] for item in labels.DATA_ITEM_ORDER if item in referral.items)
    g.row(label("제공 동의 범위"), value(scope or "—", 3))
    if d.rrn is not None:
        g.row(label("주민등록번호 처리 근거"), value(referral.rrn_legal_basis or "—", 3))
    out.append(g.build())

    out.append(section(8, "회신 요청"))
    g = Grid(_HALF)
    reply = official_date(referral.reply_due) if referral.reply_due else "—"
    contacts = [f"전화 {phone(sender.counselor_phone)}" if sender.counselor_phone else "",
                f"팩스 {phone(sender.center_fax)}" if sender.center_fax else "",
                f"이메일 {sender.counselor_email}" if sender.counselor_email else ""]  # fmt: skip
    reachable = " 또는 ".join(c for c in contacts if c)
    method = f"담당자({sender.counselor_name}) 앞 {reachable}" if reachable else f"담당자({sender.counselor_name}) 앞"
    g.row(
        label("회신 기한"),
        value(reply, style=st.BODY_BOLD),
        label("회신 내용"),
        value("접수 여부, 담당자, 지원 계획(또는 반려 사유)"),
    )
    g.row(label("회신 방법"), value(method, 3))
    out.append(g.build())

    out.append(Spacer(0, 3 * mm))
    out.append(Stamp("letter-notices", lambda: [notice_box(notices())]))
    out.append(Spacer(0, 4 * mm))
    out.append(KeepTogether(closing(letter)))
    return out


def notices() -> list[str]:
    return [
        "※ 본 의뢰서는 「개인정보 보호법」에 따라 피해자(또는 법정대리인)에게 개인정보 수집·이용 및 제3자 제공 "
        "동의를 받아 제출합니다. 동의 범위 밖의 정보는 기재하지 않았습니다.",
        "※ 기재된 개인정보는 연계 목적 이외의 용도로 사용하거나 다른 기관에 제공할 수 없으며, 목적을 달성한 후에는 "
        "지체 없이 파기하여 주십시오.",
        "※ 범죄피해자 보호·지원 업무에 종사하면서 알게 된 타인의 사생활에 관한 비밀을 누설하여서는 아니 됩니다"
        "(「범죄피해자 보호법」 제39조, 위반 시 제48조에 따라 처벌).",
        "※ 접수자는 지정된 담당자에게 즉시 전달하고, 회신 기한 내에 회신하여 주십시오.",
    ]


def closing(letter: ReferralLetter) -> list[Flowable]:
    sender = letter.sender
    return [
        paragraph("위와 같이 범죄피해자 지원 연계를 의뢰합니다.", st.BODY_CENTER),
        Spacer(0, 2 * mm),
        paragraph(markup(official_date(request_date(letter))), st.BODY_CENTER),
        Spacer(0, 3 * mm),
        paragraph(markup(sender.center_name), st.BODY_BOLD_CENTER),
        paragraph(markup(f"담당 {sender.counselor_name} (서명)"), st.BODY_CENTER),
        Spacer(0, 3 * mm),
        paragraph(markup(f"{letter.agency.name} 귀중"), st.BODY_BOLD),
    ]


def services_table(letter: ReferralLetter) -> Flowable:
    services = letter.disclosure.services
    if services is None:
        return para(WITHHELD if DataItem.SERVICES not in letter.referral.items else NOT_ON_FILE, st.WITHHELD)
    if not services:
        return para("센터에서 제공한 지원 없음", st.VALUE)
    g = Grid((25 * mm, 45 * mm, 36 * mm, 24 * mm, 26 * mm, 18 * mm))
    heads = ("지원 영역", "지원 내용", "제공 기관", "제공일", "금액", "상태")
    g.row(*(label(text, style=st.LABEL_CENTER) for text in heads))
    for record in services:
        provider = letter.sender.center_name if record.provider_kind == "in_house" else record.provider_name
        g.row(value(labels.SERVICE_DOMAIN[record.domain]), value(record.service or "—"), value(provider or "—"),
              value(official_date(record.provided_on) if record.provided_on else "—", style=st.VALUE_CENTER),
              value(money(record.amount_krw) if record.amount_krw is not None else "—", style=st.BODY_RIGHT),
              value(labels.SERVICE_STATUS[record.status], style=st.VALUE_CENTER))  # fmt: skip
    return g.build(repeat_rows=1)
