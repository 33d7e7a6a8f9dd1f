"""The 삭제지원 item list inside a referral packet: one row per item, the address written out in full (the agency
needs it to ask for removal), which is why it is drawn only when the referral carries that consented item."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from onestop_desktop.domain.takedown import ITEM_KIND_KO, ITEM_STATUS_KO, TakedownItem

from . import styles as st
from .grid import Grid, label, value
from .text import para, paragraph


def section(items: tuple[TakedownItem, ...]) -> list[Flowable]:
    number = {item.id: n for n, item in enumerate(items, start=1)}
    g = Grid((10 * mm, 30 * mm, st.CONTENT_WIDTH - 104 * mm, 18 * mm, 22 * mm, 24 * mm))
    head = ("연번", "플랫폼", "URL 또는 위치", "유형", "발견일", "상태")
    g.row(*(label(text, style=st.LABEL_CENTER) for text in head))
    for item in items:
        where = item.url or item.description  # a long address is split between characters (splitLongWords)
        if item.original_item_id in number:
            where += f" (재유포: {number[item.original_item_id or '']}번)"
        g.row(
            value(str(number[item.id]), style=st.VALUE_CENTER),
            value(item.platform),
            value(where),
            value(ITEM_KIND_KO[item.kind], style=st.VALUE_CENTER),
            value(item.found_on.isoformat(), style=st.VALUE_CENTER),
            value(ITEM_STATUS_KO[item.status], style=st.VALUE_CENTER),
        )
    return [
        Spacer(0, 5 * mm),
        paragraph("삭제 지원 대상 목록", st.SECTION),
        g.build(repeat_rows=1),
        Spacer(0, 2 * mm),
        para("※ 내담자가 제공에 동의한 항목입니다. 주소는 삭제 요청 목적으로만 사용하여 주십시오.", st.NOTICE),
    ]
