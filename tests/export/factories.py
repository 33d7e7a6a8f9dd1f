"""Domain objects for the document tests: built directly, as the services would hand them over."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from onestop_desktop.domain.case_status import CaseStatus
from onestop_desktop.domain.casework import Case, Client, Phone, ServiceRecord
from onestop_desktop.domain.consent import DEFAULT_REFERRAL_ITEMS, DataItem
from onestop_desktop.domain.documents import (
    ConsentFormData,
    ConsentRecipient,
    Packet,
    Production,
    ReferralLetter,
    Sender,
    disclose,
)
from onestop_desktop.domain.referrals import Agency, Direction, Referral, ReferralEvent, ReferralStatus, Urgency
from onestop_desktop.domain.taxonomy import (
    CrimeType,
    Gender,
    IntakeChannel,
    PoliceReport,
    RiskLevel,
    ServiceDomain,
    ServiceStatus,
)

TODAY = date(2026, 11, 26)
CENTER = "서울동부 범죄피해자 원스톱지원센터"
ADDRESS = "서울특별시 송파구 올림픽로 35가길 11, 101동 1203호"
PHONE_DIGITS = "01023456789"
PHONE_TEXT = "010-2345-6789"
RRN = "150304-4123456"
LONG_AGENCY = (
    "한국가정법률상담소 부설 서울남부 성폭력·가정폭력 피해자 통합지원 상담센터(법률구조 및 심리치료 연계 전담)"
)
LONG_NAME = "응우옌티투이푸엉레호앙안"  # 12 syllables, no spaces

SENDER = Sender(
    center_name=CENTER,
    center_phone="0221234567",
    center_fax="0221234568",
    center_address="서울특별시 송파구 중대로 1, 3층",
    counselor_name="김상담",
    counselor_title="상담팀장",
    counselor_phone="01098765432",
    counselor_email="counsel@example.or.kr",
)
PRODUCTION = Production(produced_by="김상담", produced_at=datetime(2026, 11, 26, 14, 5), purpose="연계 기관 발송")


def client(**changes: object) -> Client:
    base = Client(
        id="c1",
        name="홍길동",
        alias=None,
        gender=Gender.FEMALE,
        birth_date=date(1990, 5, 17),
        nationality="대한민국",
        interpreter_language=None,
        disability=None,
        address_road="서울특별시 송파구 올림픽로 35가길 11",
        address_detail="101동 1203호",
        postal_code="05510",
        address_private=False,
        offender_cohabits=False,
        guardian_name=None,
        guardian_relation=None,
        guardian_phone=None,
        guardian_is_suspect=False,
        phones=(Phone(id="p1", digits=PHONE_DIGITS, sms_ok=False, call_hours="평일 10~17시", is_primary=True),),
        rrn_masked=None,
        updated_at="2026-11-20T10:00:00",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def case(**changes: object) -> Case:
    base = Case(
        id="k1",
        case_number="D1-2026-00042",
        client_id="c1",
        intake_date=date(2026, 10, 2),
        intake_channel=IntakeChannel.VISIT,
        referring_agency=None,
        incident_date=date(2026, 9, 28),
        incident_summary="귀가 중 모르는 사람에게 폭행을 당해 전치 3주의 상해를 입음.",
        police_report=PoliceReport.INVESTIGATING,
        police_station="송파경찰서",
        police_case_number="2026-012345",
        offender_relationship="모르는 사람",
        risk_level=RiskLevel.HIGH,
        risk_assessed_on=date(2026, 10, 2),
        risk_assessed_by="u1",
        status=CaseStatus.ACTIVE,
        closed_on=None,
        closing_reason=None,
        lead_counselor_id="u1",
        crime_types=frozenset({CrimeType.LIFE_BODY}),
        team_ids=frozenset(),
        updated_at="2026-11-20T10:00:00",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


SERVICES = (
    ServiceRecord(id="s1", domain=ServiceDomain.ECON, service="긴급 생계비 지원", provider_kind="in_house",
                  provider_name="", provided_on=date(2026, 10, 10), amount_krw=1_234_000, status=ServiceStatus.DONE),
    ServiceRecord(id="s2", domain=ServiceDomain.PSYCH, service="초기 심리 상담 4회", provider_kind="agency",
                  provider_name="서울동부스마일센터", provided_on=None, amount_krw=None,
                  status=ServiceStatus.IN_PROGRESS),
)  # fmt: skip


def agency(**changes: object) -> Agency:
    base = Agency(
        id="a1",
        name="서울동부스마일센터",
        department="심리치료팀",
        domains=frozenset({ServiceDomain.PSYCH, ServiceDomain.HOUSING}),
        phone="0234567890",
        fax="0234567891",
        email="smile-east@example.or.kr",
        address="서울특별시 강동구 천호대로 1",
        contact_person="이담당",
        notes="",
        last_verified=date(2026, 9, 1),
        active=True,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def referral(items: frozenset[DataItem], **changes: object) -> Referral:
    base = Referral(
        id="r1",
        number="D1-연계-2026-00012",
        case_id="k1",
        agency_id="a1",
        direction=Direction.OUTGOING,
        domain=ServiceDomain.PSYCH,
        requested_services="트라우마 심리치료, 임시 주거 지원 상담",
        reason="사건 이후 불면과 불안을 호소하며 일상생활이 어려워 전문 심리치료가 필요함.",
        urgency=Urgency.URGENT,
        reply_due=date(2026, 12, 10),
        contact_person="이담당",
        items=items,
        include_rrn=False,
        rrn_legal_basis=None,
        status=ReferralStatus.SENT,
        created_on=date(2026, 11, 20),
        created_by="u1",
        events=(ReferralEvent(ReferralStatus.SENT, date(2026, 11, 25), "", "김상담"),),
        updated_at="2026-11-25T09:00:00",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


ALL_ITEMS = frozenset(DataItem)
FULL_ITEMS = frozenset(DataItem) - {DataItem.HEALTH, DataItem.SEXUAL_HARM, DataItem.COUNSELING, DataItem.FOREIGN_ID}


def letter(items: frozenset[DataItem] = FULL_ITEMS, *, the_client: Client | None = None,
           the_case: Case | None = None, the_agency: Agency | None = None, rrn: str | None = None,
           **referral_changes: object) -> ReferralLetter:  # fmt: skip
    the_client = the_client or client()
    the_case = the_case or case()
    disclosure = disclose(the_client, the_case, SERVICES, items, TODAY, rrn=rrn,
                          phone_text=PHONE_TEXT if the_client.phones else None)  # fmt: skip
    changes: dict[str, object] = {"include_rrn": rrn is not None,
                                  "rrn_legal_basis": "범죄피해자 보호법 시행령 제3조의2" if rrn else None}  # fmt: skip
    changes.update(referral_changes)
    return ReferralLetter(
        referral=referral(items, **changes),
        agency=the_agency or agency(),
        disclosure=disclosure,
        consent_dates=(date(2026, 10, 2), date(2026, 11, 1)),
        sender=SENDER,
        production=PRODUCTION,
    )


WITHHELD_ITEMS = DEFAULT_REFERRAL_ITEMS - {DataItem.PHONE}  # name, birth date, gender, crime type, incident


def minor_client() -> Client:
    return client(name="김민지", birth_date=date(2015, 3, 4), guardian_name="박보호", guardian_relation="모",
                  guardian_phone="010-5555-6666")  # fmt: skip


def suspect_guardian_client() -> Client:
    return client(name="이서준", gender=Gender.MALE, birth_date=date(2016, 8, 9), guardian_name="이가해",
                  guardian_relation="부", guardian_phone="010-7777-8888", guardian_is_suspect=True)  # fmt: skip


RECIPIENTS = (
    ConsentRecipient("서울동부스마일센터", "트라우마 심리치료 및 임시 주거 지원",
                     ("성명", "생년월일", "연락처", "피해 유형", "건강 정보(상해·치료)"), "지원 종료 후 3년"),
    ConsentRecipient(LONG_AGENCY, "무료 법률 상담 및 소송 대리", ("성명", "연락처", "피해 발생일 및 개요"),
                     "사건 종결 시까지"),
)  # fmt: skip


def consent_form(*, client_name: str | None = "홍길동", birth: date | None = date(1990, 5, 17), minor: bool = False,
                 guardian_is_suspect: bool = False, recipients: tuple[ConsentRecipient, ...] = RECIPIENTS,
                 dated: date | None = None) -> ConsentFormData:  # fmt: skip
    return ConsentFormData(
        center_name=CENTER,
        client_name=client_name,
        client_birth_date=birth,
        minor=minor,
        guardian_is_suspect=guardian_is_suspect,
        required_items=("성명", "생년월일", "성별", "연락처", "피해 유형", "피해 발생일 및 개요"),
        optional_items=("주소", "국적 및 통역 필요 여부", "장애 여부", "법정대리인(보호자)"),
        sensitive_items=("건강 정보(상해·치료)", "성폭력 피해 내용", "상담 기록 요지"),
        unique_id_items=("여권번호", "외국인등록번호"),
        purpose="범죄피해자 상담, 보호·지원 및 관계 기관 연계",
        retention="지원 종료 후 3년",
        recipients=recipients,
        rrn_legal_basis="「범죄피해자 보호법 시행령」 제3조의2",
        dated=dated,
    )


COUNSELING_SESSIONS = tuple(
    (date(2026, 10, 2 + 3 * i), mode) for i, mode in enumerate(("대면", "전화", "대면", "화상", "전화"))
)


def packet(the_letter: ReferralLetter | None = None, form: ConsentFormData | None = None) -> Packet:
    the_letter = the_letter or letter()
    name = the_letter.disclosure.name
    return Packet(letter=the_letter, consent_form=form or consent_form(client_name=name, recipients=RECIPIENTS[:1]),
                  summary_counseling_sessions=COUNSELING_SESSIONS)  # fmt: skip
