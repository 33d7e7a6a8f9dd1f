"""주소 비공개 wins over any consent in every output the export layer can make (the issue's first promise).

A client marked 주소 비공개 with a third-party consent covering the address had the address printed in the letter
and the packet. The property renders every output over random clients, consents and flags and reads the PDFs back
with pypdf: with the flag set the road address, its detail and the postal code never appear, and the address
field reads "비공개 (센터로 연락)". Without the flag and with the address consented the address does appear (so the
test can fail). A meta-test makes a new output in `export/` join the property before it can ship.
"""

from __future__ import annotations

import ast
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import openpyxl
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import onestop_desktop.export as export
from onestop_desktop.domain.access_record import AccessRecord, omissions, person_table
from onestop_desktop.domain.appointments import AgendaEntry, Appointment, AppointmentKind, PlaceKind, Series, expand_all
from onestop_desktop.domain.casework import Client, Phone
from onestop_desktop.domain.consent import DataItem
from onestop_desktop.domain.contact_privacy import (
    ADDRESS_WITHHELD,
    OFFENDER_COHABITS_WARNING,
    address_text,
    phone_text,
)
from onestop_desktop.domain.day_sheet import DaySheet, day_sheet_rows
from onestop_desktop.domain.documents import Packet, Production
from onestop_desktop.domain.periods import parse_period
from onestop_desktop.domain.reporting import ActivityReport, PublishedTable
from onestop_desktop.domain.safety import SafetyCard
from onestop_desktop.domain.takedown import FoundBy, ItemKind, ItemStatus, TakedownItem

from . import factories as f
from .pdfcheck import squeezed, text

HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)


@dataclass(frozen=True)
class Address:
    road: str
    detail: str
    postal: str


addresses = st.builds(
    Address,
    road=st.builds(
        lambda name, n: f"서울특별시 {name}대로 {n}", st.text(HANGUL, min_size=3, max_size=4), st.integers(100, 999)
    ),
    detail=st.builds(lambda a, b: f"{a}동 {b}호", st.integers(700, 799), st.integers(1000, 9999)),
    postal=st.builds(str, st.integers(97000, 97999)),  # no other number on the documents has these digits
)
items = st.frozensets(st.sampled_from(sorted(DataItem)))
phones = st.lists(st.booleans(), min_size=0, max_size=2).map(
    lambda sms: tuple(
        Phone(id=f"p{i}", digits=f"0105555{1000 + i}", sms_ok=ok, is_primary=i == 0) for i, ok in enumerate(sms)
    )
)


def _client(address: Address, private: bool, cohabits: bool, client_phones: tuple[Phone, ...]) -> Client:
    return f.client(address_road=address.road, address_detail=address.detail, postal_code=address.postal,
                    address_private=private, offender_cohabits=cohabits, phones=client_phones)  # fmt: skip


def _packet(client: Client, consented: frozenset[DataItem]) -> Packet:
    letter = f.letter(consented, the_client=client)
    return f.packet(letter)


def _report() -> ActivityReport:
    table = PublishedTable("t", "표 — 신규 사례", "구분", ("건수",), (("스토킹", (7,)), ("합계", (7,))))
    production = Production("김상담", datetime(2026, 11, 26, 9, 0), "실적 보고")
    return ActivityReport("센터", parse_period("2026"), 5, (table,), production, ())


def _day_sheet(packets: list[Packet]) -> DaySheet:
    entries = []
    clients = {}
    for index, client in enumerate(VISITED.values()):
        case_id = f"k{index}"
        series = Series(case_id, datetime(2026, 12, 22, 10 + index), 60)
        visit = Appointment(series, case_id, f"D1-2026-0000{index}", AppointmentKind.VISIT, PlaceKind.HOME, "", "",
                            ("u",), False)  # fmt: skip
        entries.append(AgendaEntry(expand_all(series)[0], visit))
        clients[case_id] = client
    return DaySheet(date(2026, 12, 22), "김현장", "센터", day_sheet_rows(entries, clients), f.PRODUCTION)


def _takedown_list() -> export.TakedownList:
    day = date(2026, 12, 1)
    item = TakedownItem("i1", "k0", "동영상사이트", "https://video.example.invalid/watch/1", "", ItemKind.VIDEO, day,
                        FoundBy.CLIENT, ItemStatus.FOUND, day, None, None, "")  # fmt: skip
    return export.TakedownList("D1-2026-00001", (item,), f.PRODUCTION)


def _access_record(client: Client) -> AccessRecord:
    """The 열람 자료 of one client: its contact section is decided by the same rule (the person's own record, so
    no consent gates the address, but 주소 비공개 still does)."""
    return AccessRecord("센터", client.name, "D1-2026-00001", f.PRODUCTION, (person_table(client, gender="여성"),),
                        omissions(client, offender_named=False))  # fmt: skip


def _zip_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def _xlsx_text(data: bytes) -> str:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    return "\n".join(str(c.value) for s in workbook.worksheets for row in s.iter_rows() for c in row if c.value)


# Every output export/ can make, as (name, its text read back) for two clients' packets.
OUTPUTS: dict[str, Callable[[list[Packet]], str]] = {
    "render_referral_letter": lambda packets: text(export.render_referral_letter(packets[0].letter)),
    "render_consent_form": lambda packets: text(
        export.render_consent_form(packets[0].consent_form, production=f.PRODUCTION)
    ),
    "render_packet": lambda packets: text(export.render_packet(packets[0])),
    "render_batch": lambda packets: text(export.render_batch(packets)),
    "render_activity_report": lambda packets: text(export.render_activity_report(_report())),
    "activity_report_xlsx": lambda packets: _xlsx_text(export.activity_report_xlsx(_report())),
    "render_day_sheet": lambda packets: text(export.render_day_sheet(_day_sheet(packets))),
    # These two take no client at all (the agency's item list, the discreet card): the address cannot reach them.
    "takedown_list_xlsx": lambda packets: _xlsx_text(export.takedown_list_xlsx(_takedown_list())),
    "render_safety_card": lambda packets: text(
        export.render_safety_card(SafetyCard("02-555-0100", "", "파란 우산", "언니"))
    ),
    # The person's own 열람 자료 (PDF, and the JSON inside the zip): the first client's.
    "render_access_record": lambda packets: text(export.render_access_record(_access_record(VISITED["0"]))),
    "render_access_archive": lambda packets: _zip_text(export.render_access_archive(_access_record(VISITED["0"]))),
}
# The outputs with a client's address field, and how many of the two clients' packets each draws.
RENDERED = {"render_referral_letter": "1", "render_packet": "1", "render_batch": "12", "render_access_record": "1",
            "render_access_archive": "1"}  # fmt: skip
VISITED: dict[str, Client] = {}  # the day sheet visits both clients at home (its rows need the clients)


def _absent(body: str, address: Address) -> bool:
    flat = squeezed(body)
    return all(squeezed(part) not in flat for part in (address.road, address.detail, address.postal))


@settings(max_examples=15, deadline=None)
@given(
    first=addresses,
    second=addresses,
    private=st.tuples(st.booleans(), st.booleans()),
    cohabits=st.tuples(st.booleans(), st.booleans()),
    consented=st.tuples(items, items),
    client_phones=st.tuples(phones, phones),
)
def test_a_withheld_address_never_appears_in_any_output(
    first: Address,
    second: Address,
    private: tuple[bool, bool],
    cohabits: tuple[bool, bool],
    consented: tuple[frozenset[DataItem], frozenset[DataItem]],
    client_phones: tuple[tuple[Phone, ...], tuple[Phone, ...]],
) -> None:
    assume(_absent(" ".join((second.postal, second.road, second.detail)), first))
    assume(_absent(" ".join((first.postal, first.road, first.detail)), second))
    clients = [
        _client(a, p, c, ph) for a, p, c, ph in zip((first, second), private, cohabits, client_phones, strict=True)
    ]
    packets = [_packet(c, i) for c, i in zip(clients, consented, strict=True)]
    VISITED.clear()
    VISITED.update({str(i): c for i, c in enumerate(clients)})
    for name, render in OUTPUTS.items():
        body = render(packets)
        shown = squeezed(body)
        for address, client in zip((first, second), clients, strict=True):
            if client.address_private:
                assert _absent(body, address), (name, address)
        if name == "render_day_sheet":  # the center's own worker: home addresses print unless withheld
            for address, client in zip((first, second), clients, strict=True):
                expected = ADDRESS_WITHHELD if client.address_private else address.road
                assert squeezed(expected) in shown, (name, expected)
                if client.offender_cohabits:
                    assert squeezed(OFFENDER_COHABITS_WARNING) in shown, name
        drawn = range(len(RENDERED.get(name, "")))
        for index in drawn:
            client = clients[index]
            if client.address_private:
                assert squeezed(ADDRESS_WITHHELD) in shown, name
            elif DataItem.ADDRESS in consented[index]:
                assert squeezed((first, second)[index].road) in shown, (name, "a consented address must print")
            if client.offender_cohabits:
                assert squeezed(OFFENDER_COHABITS_WARNING) in shown, name


def test_the_deciding_function_lets_the_flag_win_over_any_consent() -> None:
    hidden = f.client(address_private=True)
    assert address_text(hidden, True) == ADDRESS_WITHHELD == address_text(hidden, False)
    shown = f.client()
    assert address_text(shown, False) is None
    assert address_text(shown, True) == "(05510) 서울특별시 송파구 올림픽로 35가길 11 101동 1203호"
    assert address_text(replace(shown, address_road=None, address_detail=None), True) is None


def test_every_output_of_export_is_in_the_property() -> None:
    """A new output in export/ fails here until the address property renders it too."""
    makers = {name for name in export.__all__ if name.startswith("render_") or name.endswith("_xlsx")}
    assert makers == set(OUTPUTS)


EXPORT_DIR = Path(export.__file__).parent
RAW_FIELDS = re.compile(r"\b(address_road|address_detail|postal_code|address_private|Client)\b")


def test_export_never_sees_the_raw_address() -> None:
    """Templates get the decided text only (Disclosure.address): no module of export/ names the client's fields."""
    for module in sorted(EXPORT_DIR.glob("*.py")):
        source = module.read_text("utf-8")
        tree = ast.parse(source)
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
        names |= {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
        assert not {n for n in names if RAW_FIELDS.fullmatch(n)}, module.name


def test_no_texts_is_printed_beside_the_number_and_a_cohabiting_offender_forbids_them_everywhere() -> None:
    open_phone = Phone(id="p1", digits="01011112222", sms_ok=True, is_primary=True)
    alone = f.client(phones=(open_phone,))
    assert phone_text(alone, open_phone, "010-1111-2222") == "010-1111-2222"
    closed = replace(open_phone, sms_ok=False)
    assert phone_text(alone, closed, "010-1111-2222") == "010-1111-2222 (문자 금지)"
    together = f.client(phones=(open_phone,), offender_cohabits=True)
    assert phone_text(together, open_phone, "010-1111-2222") == "010-1111-2222 (문자 금지)"
    body = squeezed(text(export.render_referral_letter(f.letter(f.FULL_ITEMS, the_client=together))))
    assert squeezed("010-2345-6789 (문자 금지)") in body and squeezed(OFFENDER_COHABITS_WARNING) in body
