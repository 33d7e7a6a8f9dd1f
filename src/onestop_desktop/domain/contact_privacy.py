"""What any output may say about how to reach a client: the address text and the safety warnings.

One place decides, for every document that prints or saves (letter, packet, consent form, case summary, and any
added later): a client marked 주소 비공개 never has the address printed, whatever a consent covers — for a victim
hiding from the offender, the flag wins over the consent. The documents in `export/` never receive the client's
address fields: `disclose()` hands them only the text decided here.
"""

from __future__ import annotations

from .casework import Client, Phone

ADDRESS_WITHHELD = "비공개 (센터로 연락)"
OFFENDER_COHABITS_WARNING = "가해자 동거 — 연락 시 본인 확인, 문자·우편 금지"
NO_TEXT_MESSAGES = "문자 금지"


def address_text(client: Client, address_consented: bool) -> str | None:
    """The address an output may show: "비공개 (센터로 연락)" for a withheld address (consent or not), None when
    the address was not consented, else postal code, road address and detail as on file (None when empty)."""
    if client.address_private:
        return ADDRESS_WITHHELD
    if not address_consented:
        return None
    road = " ".join(p.strip() for p in (client.address_road or "", client.address_detail or "") if p.strip())
    postal = (client.postal_code or "").strip()
    if not road:
        return None
    return f"({postal}) {road}" if postal else road


def contact_warning(client: Client) -> str | None:
    """The warning every printed contact section carries when the offender lives with the client."""
    return OFFENDER_COHABITS_WARNING if client.offender_cohabits else None


def texting_forbidden(client: Client, phone: Phone) -> bool:
    """No text messages to this number: marked 문자 금지, or the offender lives with the client (shared phones,
    a message seen by the offender)."""
    return not phone.sms_ok or client.offender_cohabits


def phone_text(client: Client, phone: Phone, formatted: str) -> str:
    """The number as printed, with "(문자 금지)" beside it when no text message may be sent."""
    return f"{formatted} ({NO_TEXT_MESSAGES})" if texting_forbidden(client, phone) else formatted
