"""The outreach day sheet: what a worker carries for the day's visits, and nothing else.

Built here from domain objects so the rules hold for any output (PDF, screen): the client's name only when the
worker chose to print it (else the alias, else nothing), an address only for home visits and never for a client
marked 주소 비공개, and the safe-contact rules (문자 금지 per number, call hours, the offender lives with the client).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from .appointments import KIND_WORDS, PLACE_SHORT, AgendaEntry, PlaceKind
from .casework import Client
from .contact_privacy import ADDRESS_WITHHELD, OFFENDER_COHABITS_WARNING, address_text, texting_forbidden
from .documents import Production
from .korean import format_phone

NO_SMS = "문자 금지"
OFFENDER_COHABITS = OFFENDER_COHABITS_WARNING
__all__ = ["ADDRESS_WITHHELD", "NO_SMS", "OFFENDER_COHABITS", "DaySheet", "DaySheetRow", "day_sheet_rows"]
_KIND_KOREAN = {kind: word for word, kind in KIND_WORDS.items()}


@dataclass(frozen=True)
class DaySheetRow:
    start: datetime
    end: datetime
    case_number: str
    kind: str  # 방문, 전화 …
    who: str  # alias, or the name when chosen, or ""
    place: str  # the address for a home visit, ADDRESS_WITHHELD, or the place
    safe_contact: tuple[str, ...]


@dataclass(frozen=True)
class DaySheet:
    day: date
    worker: str
    center_name: str
    rows: tuple[DaySheetRow, ...]
    production: Production


def _place(entry: AgendaEntry, client: Client | None) -> str:
    appointment = entry.appointment
    if (client is not None and client.address_private) or appointment.address_private:
        return ADDRESS_WITHHELD if appointment.place_kind is not PlaceKind.NONE else ""
    if appointment.place_kind is PlaceKind.HOME and client is not None:
        return address_text(client, True) or PLACE_SHORT[PlaceKind.HOME]  # the center's own worker: no consent gate
    return appointment.place or PLACE_SHORT.get(appointment.place_kind, "")


def _safe_contact(client: Client | None) -> tuple[str, ...]:
    if client is None:
        return ()
    lines: list[str] = []
    for phone in client.phones:
        no_sms = NO_SMS if texting_forbidden(client, phone) else ""
        rules = [r for r in (no_sms, phone.call_hours and f"통화 {phone.call_hours}", phone.instructions) if r]
        if rules:
            lines.append(f"{format_phone(phone.digits)}: {', '.join(rules)}")
    if client.offender_cohabits:
        lines.append(OFFENDER_COHABITS)
    return tuple(lines)


def day_sheet_rows(
    entries: Iterable[AgendaEntry], clients: Mapping[str, Client], *, show_names: bool = False
) -> tuple[DaySheetRow, ...]:
    """One row per occurrence; `clients` by case id (a case whose client is unknown gets no address or rules)."""
    rows = []
    for entry in entries:
        appointment = entry.appointment
        client = clients.get(appointment.case_id)
        who = ""
        if client is not None:
            who = client.name if show_names else (client.alias or "")
        rows.append(DaySheetRow(entry.start, entry.end, appointment.case_number, _KIND_KOREAN[appointment.kind], who,
                                _place(entry, client), _safe_contact(client)))  # fmt: skip
    return tuple(rows)
