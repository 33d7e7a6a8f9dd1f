"""Consent under PIPA (개인정보 보호법): what a client agreed to, how, and what it allows.

Separate consents per purpose (제22조①): collection and use (required / optional items),
sensitive information (제23조), unique identifiers (제24조), provision to each named third
party (제17조), and receiving criminal-procedure information (시행령 제10조②). A resident
registration number is never processed on consent (제24조의2): only with a legal basis.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .text import QT_TRANSLATE_NOOP


class ConsentKind(StrEnum):
    COLLECTION = "collection"  # 수집·이용 (필수)
    COLLECTION_OPTIONAL = "collection_optional"  # 수집·이용 (선택)
    SENSITIVE = "sensitive"  # 민감정보 처리
    UNIQUE_ID = "unique_id"  # 고유식별정보 처리 (여권·외국인등록번호 등)
    THIRD_PARTY = "third_party"  # 제3자 제공, one per recipient agency
    PROCEDURE_INFO = "procedure_info"  # 형사절차 관련 정보 수령


CONSENT_KIND_LABELS: dict[ConsentKind, str] = {
    ConsentKind.COLLECTION: QT_TRANSLATE_NOOP("Consent", "Collection and use (required)"),
    ConsentKind.COLLECTION_OPTIONAL: QT_TRANSLATE_NOOP("Consent", "Collection and use (optional)"),
    ConsentKind.SENSITIVE: QT_TRANSLATE_NOOP("Consent", "Processing of sensitive information"),
    ConsentKind.UNIQUE_ID: QT_TRANSLATE_NOOP("Consent", "Processing of unique identifiers"),
    ConsentKind.THIRD_PARTY: QT_TRANSLATE_NOOP("Consent", "Provision to a third party"),
    ConsentKind.PROCEDURE_INFO: QT_TRANSLATE_NOOP("Consent", "Receipt of criminal-procedure information"),
}


class ConsentMethod(StrEnum):
    SIGNED_PAPER = "signed_paper"  # 서면 서명
    PHONE = "phone"  # 전화
    SIGNED_ON_SCREEN = "signed_on_screen"  # 화면 서명
    LEGAL_BASIS = "legal_basis"  # not consent: a law allows it, and that basis is recorded instead


CONSENT_METHOD_LABELS: dict[ConsentMethod, str] = {
    ConsentMethod.SIGNED_PAPER: QT_TRANSLATE_NOOP("Consent", "Signed paper form"),
    ConsentMethod.PHONE: QT_TRANSLATE_NOOP("Consent", "By phone"),
    ConsentMethod.SIGNED_ON_SCREEN: QT_TRANSLATE_NOOP("Consent", "Signed on screen"),
    ConsentMethod.LEGAL_BASIS: QT_TRANSLATE_NOOP("Consent", "Legal basis instead of consent"),
}


class DataItem(StrEnum):
    """What a referral may carry to an agency. Sensitive and identifying items are marked."""

    NAME = "name"
    BIRTH_DATE = "birth_date"
    GENDER = "gender"
    PHONE = "phone"
    ADDRESS = "address"
    NATIONALITY = "nationality"  # incl. interpreter need
    DISABILITY = "disability"
    GUARDIAN = "guardian"
    CRIME_TYPE = "crime_type"
    INCIDENT = "incident"  # date and summary
    POLICE = "police"  # report status, station, case number
    RISK = "risk"
    SERVICES = "services"  # support already given by the center
    HEALTH = "health"  # 민감: injuries, treatment, mental health
    SEXUAL_HARM = "sexual_harm"  # 민감: details of sexual violence
    TAKEDOWN = "takedown"  # 민감: the 삭제 지원 item list (where the images are online, addresses included)
    COUNSELING = "counseling"  # 민감: the gist of counseling records
    FOREIGN_ID = "foreign_id"  # 고유식별: passport / alien registration number


SENSITIVE_ITEMS = frozenset({DataItem.HEALTH, DataItem.SEXUAL_HARM, DataItem.TAKEDOWN, DataItem.COUNSELING})
UNIQUE_ID_ITEMS = frozenset({DataItem.FOREIGN_ID})

DATA_ITEM_LABELS: dict[DataItem, str] = {
    DataItem.NAME: QT_TRANSLATE_NOOP("Consent", "Name"),
    DataItem.BIRTH_DATE: QT_TRANSLATE_NOOP("Consent", "Date of birth"),
    DataItem.GENDER: QT_TRANSLATE_NOOP("Consent", "Gender"),
    DataItem.PHONE: QT_TRANSLATE_NOOP("Consent", "Phone number"),
    DataItem.ADDRESS: QT_TRANSLATE_NOOP("Consent", "Address"),
    DataItem.NATIONALITY: QT_TRANSLATE_NOOP("Consent", "Nationality and interpreter need"),
    DataItem.DISABILITY: QT_TRANSLATE_NOOP("Consent", "Disability"),
    DataItem.GUARDIAN: QT_TRANSLATE_NOOP("Consent", "Legal guardian"),
    DataItem.CRIME_TYPE: QT_TRANSLATE_NOOP("Consent", "Type of harm"),
    DataItem.INCIDENT: QT_TRANSLATE_NOOP("Consent", "Incident date and summary"),
    DataItem.POLICE: QT_TRANSLATE_NOOP("Consent", "Police report and case number"),
    DataItem.RISK: QT_TRANSLATE_NOOP("Consent", "Risk assessment"),
    DataItem.SERVICES: QT_TRANSLATE_NOOP("Consent", "Support already provided"),
    DataItem.HEALTH: QT_TRANSLATE_NOOP("Consent", "Health information (injuries, treatment)"),
    DataItem.SEXUAL_HARM: QT_TRANSLATE_NOOP("Consent", "Details of sexual harm"),
    DataItem.TAKEDOWN: QT_TRANSLATE_NOOP("Consent", "Online items to be removed (addresses included)"),
    DataItem.COUNSELING: QT_TRANSLATE_NOOP("Consent", "Summary of counseling records"),
    DataItem.FOREIGN_ID: QT_TRANSLATE_NOOP("Consent", "Passport or alien registration number"),
}

# What a standard referral offers by default (the checklist starts from these, minus what the client withheld).
DEFAULT_REFERRAL_ITEMS = frozenset(
    {DataItem.NAME, DataItem.BIRTH_DATE, DataItem.GENDER, DataItem.PHONE, DataItem.CRIME_TYPE, DataItem.INCIDENT}
)


@dataclass(frozen=True)
class Consent:
    id: str
    client_id: str
    kind: ConsentKind
    agency_id: str | None  # the recipient, for THIRD_PARTY
    agreed: bool  # False records a refusal (asked, said no)
    items: frozenset[DataItem]
    purpose: str
    retention: str  # e.g. "지원 종료 후 3년"
    given_on: date
    method: ConsentMethod
    taken_by: str  # user id
    form_version: str  # sha256 of the exact rendered form shown/signed
    by_guardian: bool
    guardian_name: str | None
    guardian_relation: str | None
    legal_basis: str | None  # when METHOD is LEGAL_BASIS (e.g. guardian is the suspected offender)
    legal_basis_reason: str | None
    withdrawn_on: date | None
    withdrawal_note: str | None
    attachment_id: str | None

    def active_on(self, day: date) -> bool:
        return self.agreed and self.given_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)
