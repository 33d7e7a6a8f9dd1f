"""What printed documents may show, decided before anything is drawn.

`disclose()` turns a client and case into a `Disclosure` holding only the items a referral
may carry (everything else is None), so the PDF templates in `export/` cannot print what
the client did not agree to: they only ever see the disclosure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .casework import Case, Client, ServiceRecord
from .consent import DataItem
from .contact_privacy import address_text, contact_warning, texting_forbidden
from .contact_privacy import phone_text as printed_phone
from .korean import international_age
from .referrals import Agency, Referral
from .takedown import TakedownItem
from .taxonomy import CrimeType, Gender, PoliceReport, RiskLevel


@dataclass(frozen=True)
class Sender:
    center_name: str
    center_phone: str
    center_fax: str
    center_address: str
    counselor_name: str
    counselor_title: str
    counselor_phone: str
    counselor_email: str


@dataclass(frozen=True)
class Production:
    """Who produced the document, when and why (출력 사유): printed on every page's footer."""

    produced_by: str
    produced_at: datetime
    purpose: str


@dataclass(frozen=True)
class Disclosure:
    """The client and case as the receiving agency may see them. None = not disclosed."""

    case_number: str
    intake_date: date
    name: str | None
    birth_date: date | None
    age: int | None
    gender: Gender | None
    nationality: str | None
    interpreter_language: str | None
    disability: str | None
    phone: str | None  # formatted
    phone_instructions: str | None  # 문자 금지, 연락 가능 시간 …
    address: str | None  # decided by contact_privacy.address_text: "비공개 (센터로 연락)" when withheld
    contact_warning: str | None  # "가해자 동거 — …" when the offender lives with the client
    guardian: str | None  # "홍길순 (모), 010-…"
    crime_types: frozenset[CrimeType] | None
    incident_date: date | None
    incident_summary: str | None
    police_report: PoliceReport | None
    police_station: str | None
    police_case_number: str | None
    offender_relationship: str | None
    risk_level: RiskLevel | None
    services: tuple[ServiceRecord, ...] | None
    rrn: str | None  # only with a recorded legal basis


def disclose(
    client: Client,
    case: Case,
    services: tuple[ServiceRecord, ...],
    items: frozenset[DataItem],
    today: date,
    *,
    rrn: str | None = None,
    phone_text: str | None = None,
) -> Disclosure:
    """Keep what `items` allow. The address is never the raw field: `contact_privacy.address_text` decides it
    (주소 비공개 wins over any consent); the number carries "(문자 금지)" where no text may be sent, and the
    cohabiting-offender warning travels with every disclosure."""
    has = items.__contains__
    primary = client.phones[0] if client.phones else None
    instructions = None
    if primary is not None:
        notes = [
            n
            for n in (
                "문자 금지" if texting_forbidden(client, primary) else "",
                primary.call_hours and f"연락 가능 {primary.call_hours}",
                primary.instructions,
            )
            if n
        ]
        instructions = ", ".join(notes) or None
    number = phone_text or (primary.digits if primary else None)
    guardian = None
    if client.guardian_name:
        guardian = client.guardian_name + (f" ({client.guardian_relation})" if client.guardian_relation else "")
        if client.guardian_phone:
            guardian += f", {client.guardian_phone}"
    return Disclosure(
        case_number=case.case_number,
        intake_date=case.intake_date,
        name=client.name if has(DataItem.NAME) else None,
        birth_date=client.birth_date if has(DataItem.BIRTH_DATE) else None,
        age=international_age(client.birth_date, today) if has(DataItem.BIRTH_DATE) and client.birth_date else None,
        gender=client.gender if has(DataItem.GENDER) else None,
        nationality=client.nationality if has(DataItem.NATIONALITY) else None,
        interpreter_language=client.interpreter_language if has(DataItem.NATIONALITY) else None,
        disability=client.disability if has(DataItem.DISABILITY) else None,
        phone=printed_phone(client, primary, number) if has(DataItem.PHONE) and primary and number else None,
        phone_instructions=instructions if has(DataItem.PHONE) else None,
        address=address_text(client, has(DataItem.ADDRESS)),
        contact_warning=contact_warning(client),
        guardian=guardian if has(DataItem.GUARDIAN) else None,
        crime_types=case.crime_types if has(DataItem.CRIME_TYPE) else None,
        incident_date=case.incident_date if has(DataItem.INCIDENT) else None,
        incident_summary=case.incident_summary if has(DataItem.INCIDENT) else None,
        police_report=case.police_report if has(DataItem.POLICE) else None,
        police_station=case.police_station if has(DataItem.POLICE) else None,
        police_case_number=case.police_case_number if has(DataItem.POLICE) else None,
        offender_relationship=case.offender_relationship if has(DataItem.INCIDENT) else None,
        risk_level=case.risk_level if has(DataItem.RISK) else None,
        services=services if has(DataItem.SERVICES) else None,
        rrn=rrn,
    )


@dataclass(frozen=True)
class ReferralLetter:
    referral: Referral
    agency: Agency
    disclosure: Disclosure
    consent_dates: tuple[date, ...]  # the consents that authorize this provision
    sender: Sender
    production: Production
    signed_copy_attached: bool = False  # a scan of a signed authorizing consent is on file and goes with it


@dataclass(frozen=True)
class ConsentRecipient:
    agency_name: str
    purpose: str
    items: tuple[str, ...]  # labels, in Korean
    retention: str


@dataclass(frozen=True)
class ConsentFormData:
    """개인정보 수집·이용·제공 동의서: blank (client None) or pre-filled for one client."""

    center_name: str
    client_name: str | None
    client_birth_date: date | None
    minor: bool  # shows the 법정대리인 block as required
    guardian_is_suspect: bool
    required_items: tuple[str, ...]
    optional_items: tuple[str, ...]
    sensitive_items: tuple[str, ...]
    unique_id_items: tuple[str, ...]
    purpose: str
    retention: str
    recipients: tuple[ConsentRecipient, ...]
    rrn_legal_basis: str  # 주민등록번호: processed under this law, not on consent
    dated: date | None


@dataclass(frozen=True)
class Packet:
    """What goes to one agency for one referral: cover sheet, letter, consent copy, case summary."""

    letter: ReferralLetter
    consent_form: ConsentFormData
    summary_counseling_sessions: tuple[tuple[date, str], ...]  # (date, mode label) — never note text unless consented
    takedown_items: tuple[TakedownItem, ...] = ()  # only when the referral carries DataItem.TAKEDOWN
