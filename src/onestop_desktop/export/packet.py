"""The referral packet: cover sheet, letter, consent form copy and a one-page case summary.

The cover sheet travels on top (a fax cover, an envelope window), so it names the agency and
the document number but never the client.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from onestop_desktop.domain.consent import DataItem
from onestop_desktop.domain.documents import Packet
from onestop_desktop.domain.korean import official_date

from . import consent_form, labels, referral_letter, takedown_pdf
from . import styles as st
from .flowables import DeferredText, Stamp
from .grid import Cell, Grid, label, value
from .page import PageContext, start
from .referral_letter import WITHHELD, money, phone
from .text import para, paragraph

COVER = "표지"
LETTER = referral_letter.PART
CONSENT_COPY = "동의서 사본"
SUMMARY = "사례 요약"


def contexts(packet: Packet, doc_key: int) -> dict[str, PageContext]:
    base = referral_letter.context(packet.letter, doc_key)
    return {part: PageContext(doc_key, part, base.recipient, base.reference, base.production)
            for part in (COVER, LETTER, CONSENT_COPY, SUMMARY)}  # fmt: skip


def story(packet: Packet, doc_key: int, *, first: bool) -> list[Flowable]:
    ctx = contexts(packet, doc_key)
    letter = packet.letter
    dates = ", ".join(official_date(day) for day in sorted(letter.consent_dates)) or "—"
    copy_note = f"사본 — 서명된 원본은 {letter.sender.center_name}에서 보관합니다 (동의일: {dates})"
    return [
        *start(ctx[COVER], cover(packet, doc_key), first=first),
        *start(ctx[LETTER], referral_letter.story(letter), first=False),
        *start(
            ctx[CONSENT_COPY],
            consent_form.story(packet.consent_form, copy_note=copy_note, year=letter.production.produced_at.year),
            first=False,
        ),
        *start(ctx[SUMMARY], summary(packet), first=False),
    ]


def _count(doc_key: int, text: str, part: str | None) -> Callable[[dict[int, int], dict[tuple[int, str], int]], str]:
    def fill(totals: dict[int, int], part_pages: dict[tuple[int, str], int]) -> str:
        pages = totals.get(doc_key, 0) if part is None else part_pages.get((doc_key, part), 0)
        return text.format(pages=pages)

    return fill


def cover(packet: Packet, doc_key: int) -> list[Flowable]:
    letter = packet.letter
    referral, agency, sender = letter.referral, letter.agency, letter.sender
    out: list[Flowable] = [Spacer(0, 8 * mm), paragraph("연계 의뢰 문서 송부", st.TITLE),
                           paragraph("범죄피해자 지원 연계 · 취급 주의", st.SUBTITLE), Spacer(0, 8 * mm)]  # fmt: skip
    g = Grid((32 * mm, st.CONTENT_WIDTH - 32 * mm))
    receiver = " · ".join(p for p in (agency.department, referral.contact_person or agency.contact_person) if p)
    g.row(label("수신 기관"), value([para(agency.name, st.COVER_NAME), *([para(receiver)] if receiver else [])]))
    contact = [f"전화 {phone(agency.phone)}" if agency.phone else "", f"팩스 {phone(agency.fax)}" if agency.fax else "",
               f"이메일 {agency.email}" if agency.email else ""]  # fmt: skip
    g.row(label("수신 연락처"), value(" / ".join(c for c in contact if c) or "—"))
    counselor = sender.counselor_name + (f" {sender.counselor_title}" if sender.counselor_title else "")
    g.row(label("발신"), value(f"{sender.center_name} · 담당 {counselor} · 전화 {phone(sender.counselor_phone)}"))
    reply = [f"대표 {phone(sender.center_phone)}" if sender.center_phone else "",
             f"팩스 {phone(sender.center_fax)}" if sender.center_fax else "",
             f"이메일 {sender.counselor_email}" if sender.counselor_email else ""]  # fmt: skip
    g.row(label("발신 연락처"), value(" / ".join(c for c in reply if c) or "—"))
    g.row(label("문서번호"), value(referral.number))
    g.row(label("송부일"), value(official_date(letter.production.produced_at.date())))
    urgency_style = st.VALUE if referral.urgency.value == "normal" else st.ALERT_TEXT
    g.row(label("긴급도"), value(labels.URGENCY[referral.urgency], style=urgency_style))
    g.row(label("회신 기한"), value(official_date(referral.reply_due) if referral.reply_due else "—"))
    width = st.CONTENT_WIDTH - 40 * mm
    parts: list[Flowable] = [
        *(DeferredText(_count(doc_key, text, part), st.VALUE, width) for text, part in (
            ("1. 표지 ({pages}쪽)", COVER),
            ("2. 연계 의뢰서 ({pages}쪽)", LETTER),
            ("3. 개인정보 수집·이용 및 제공 동의서 사본 ({pages}쪽)", CONSENT_COPY),
            ("4. 사례 요약 ({pages}쪽)", SUMMARY),
        )),
        DeferredText(_count(doc_key, "총 {pages}쪽", None), st.BODY_BOLD, width),
    ]  # fmt: skip
    g.row(label("구성"), value(parts))
    out.append(g.build())
    out.append(Spacer(0, 10 * mm))
    out.append(Stamp(("cover-notice", sender.center_phone), lambda: [referral_letter.notice_box([
        "이 문서에는 범죄피해자의 개인정보가 포함되어 있습니다. 지정된 담당자 외에는 열람하지 마십시오.",
        "연계 목적 외의 사용·복사·제공을 금하며, 목적을 달성한 후에는 지체 없이 파기하여 주십시오"
        "(「개인정보 보호법」 제21조, 「범죄피해자 보호법」 제39조).",
        f"잘못 전달된 경우 열람하지 말고 즉시 발신기관({phone(sender.center_phone)})에 알린 뒤 파기하여 주십시오.",
        "이 표지에는 대상자의 개인정보를 기재하지 않습니다.",
    ], st.COVER_NOTICE, heading="취급 주의")]))  # fmt: skip
    return out


def summary(packet: Packet) -> list[Flowable]:
    letter = packet.letter
    d = letter.disclosure
    items = letter.referral.items
    out: list[Flowable] = [paragraph("사례 요약", st.TITLE), Spacer(0, 4 * mm)]
    if d.contact_warning:
        out += [referral_letter.warning_box(d.contact_warning), Spacer(0, 2 * mm)]

    def shown(text: str | None, item: DataItem) -> str:
        if text:
            return text
        return "기재 없음" if item in items else WITHHELD

    g = Grid((27 * mm, 60 * mm, 27 * mm, 60 * mm))
    g.row(label("사례번호"), value(d.case_number), label("접수일"), value(official_date(d.intake_date)))
    birth = None
    if d.birth_date is not None:
        birth = official_date(d.birth_date) + (f" (만 {d.age}세)" if d.age is not None else "")
    g.row(label("성명"), _maybe(shown(d.name, DataItem.NAME), d.name), label("생년월일(만 나이)"),
          _maybe(shown(birth, DataItem.BIRTH_DATE), birth))  # fmt: skip
    crimes = ", ".join(labels.CRIME_TYPE[c] for c in sorted(d.crime_types, key=list(labels.CRIME_TYPE).index)) \
        if d.crime_types is not None else None  # fmt: skip
    risk = labels.RISK_LEVEL[d.risk_level] if d.risk_level is not None else None
    g.row(label("피해 유형"), _maybe(shown(crimes, DataItem.CRIME_TYPE), crimes), label("위기도"),
          _maybe(shown(risk, DataItem.RISK), risk))  # fmt: skip
    counseling_sessions = packet.summary_counseling_sessions
    days = sorted(day for day, _ in counseling_sessions)
    span = f"{official_date(days[0])} ~ {official_date(days[-1])}" if days else "—"
    g.row(label("상담 횟수"), value(f"{len(counseling_sessions)}회"), label("상담 기간"), value(span))
    if d.services is not None:
        total = sum(s.amount_krw or 0 for s in d.services)
        text = f"{len(d.services)}건" + (f" (지원 금액 합계 {money(total)})" if total else "")
        g.row(label("기 지원 내역"), value(text, 3))
    out.append(g.build())

    out.append(paragraph("상담 경과 (일자와 방식)", st.SECTION))
    out.append(_counseling_sessions_table(counseling_sessions))
    out.append(Spacer(0, 3 * mm))
    out.append(para("※ 상담 내용은 기재하지 않았습니다. 상담 일자와 방식만 적었으며, 필요한 경우 담당자에게 "
                    "문의하여 주십시오.", st.NOTICE))  # fmt: skip
    if packet.takedown_items:
        out.extend(takedown_pdf.section(packet.takedown_items))
    return out


def _maybe(text: str, raw: str | None) -> Cell:
    return value(text) if raw else value(text, style=st.WITHHELD)


def _counseling_sessions_table(counseling_sessions: tuple[tuple[date, str], ...]) -> Flowable:
    """One row per session; more than 12 sessions go in two side-by-side halves to stay on one page."""
    if not counseling_sessions:
        return para("기록된 상담 없음")
    rows = [
        (str(i), official_date(day), mode)
        for i, (day, mode) in enumerate(sorted(counseling_sessions, key=lambda s: s[0]), 1)
    ]
    columns = 2 if len(rows) > 12 else 1
    half = (len(rows) + 1) // 2 if columns == 2 else len(rows)
    g = Grid((14 * mm, 32 * mm, 41 * mm) * 2 if columns == 2 else (14 * mm, 40 * mm, st.CONTENT_WIDTH - 54 * mm))
    head = [label(text, style=st.LABEL_CENTER) for text in ("회차", "상담일", "방식")]
    g.row(*(head * columns))
    for i in range(half):
        cells = []
        for column in range(columns):
            index = i + column * half
            if index < len(rows):
                number, day, mode = rows[index]
                cells += [value(number, style=st.VALUE_CENTER), value(day, style=st.VALUE_CENTER), value(mode)]
            else:
                cells += [value(""), value(""), value("")]
        g.row(*cells)
    return g.build(repeat_rows=1)
