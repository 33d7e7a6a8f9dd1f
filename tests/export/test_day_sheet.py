"""The outreach day sheet PDF: drawn only from the DaySheet, so it carries the case number, the alias, the address of
a home visit or the withheld mark, and the safe-contact rules, and never a name that was not chosen."""

from __future__ import annotations

from datetime import date, datetime

from onestop_desktop.domain.appointments import (
    AgendaEntry,
    Appointment,
    AppointmentKind,
    PlaceKind,
    Series,
    expand_all,
)
from onestop_desktop.domain.casework import Client, Phone
from onestop_desktop.domain.day_sheet import ADDRESS_WITHHELD, DaySheet, day_sheet_rows
from onestop_desktop.domain.taxonomy import Gender
from onestop_desktop.export import render_day_sheet

from .factories import PRODUCTION
from .pdfcheck import squeezed, text

DAY = date(2026, 12, 22)
LONG_NUMBER = "DESK1-2026-00001"


def _client(name: str, *, private: bool, road: str) -> Client:
    phone = Phone("p", "01012345678", sms_ok=False, call_hours="18시 이후")
    return Client("c", name, None, Gender.FEMALE, None, "대한민국", None, None, road, None, None, private, True, None,
                  None, None, False, (phone,), None, "")  # fmt: skip


def _entry(case_id: str, number: str, start: datetime) -> AgendaEntry:
    series = Series(case_id, start, 60)
    appointment = Appointment(series, case_id, number, AppointmentKind.VISIT, PlaceKind.HOME, "", "", ("u",), False)
    return AgendaEntry(expand_all(series)[0], appointment)


def test_the_sheet_prints_numbers_rules_and_only_allowed_addresses() -> None:
    entries = [_entry("a", LONG_NUMBER, datetime(2026, 12, 22, 10)), _entry("b", "D1-2026-00002",
                                                                          datetime(2026, 12, 22, 13))]  # fmt: skip
    clients = {"a": _client("방문대상", private=False, road="서울특별시 중구 세종대로 110"),
               "b": _client("숨김대상", private=True, road="비밀로 1")}  # fmt: skip
    sheet = DaySheet(DAY, "김현장", "센터", day_sheet_rows(entries, clients), PRODUCTION)
    raw = text(bytes(render_day_sheet(sheet)))
    assert LONG_NUMBER in raw and "D1-2026-00002" in raw  # whole on one line, as pdftotext and a reader see it
    body = squeezed(raw)
    assert squeezed("세종대로 110") in body and squeezed(ADDRESS_WITHHELD) in body
    assert "비밀로" not in body and "방문대상" not in body and "숨김대상" not in body
    assert squeezed("문자 금지") in body and squeezed("가해자 동거") in body
    named = DaySheet(DAY, "김현장", "센터", day_sheet_rows(entries, clients, show_names=True), PRODUCTION)
    assert "방문대상" in squeezed(text(bytes(render_day_sheet(named))))


def test_an_empty_day_says_so() -> None:
    sheet = DaySheet(DAY, "김현장", "센터", (), PRODUCTION)
    assert squeezed("일정이 없습니다") in squeezed(text(bytes(render_day_sheet(sheet))))
