"""Time and size of one referral letter and of a 200-referral batch packet (issue 4).

    python benchmarks/documents.py [--packets 200] [--repeat 5] [--out DIR]

Synthetic domain objects (no database): varied names, agencies, sessions and services, as a
center's "ready to send" list would be. Fonts are loaded before anything is timed, as they
are once per process in the app. Targets: one letter under 60 ms, the batch under 5 s and
under 10 MB, every font embedded.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from onestop_desktop.domain.case_status import CaseStatus
from onestop_desktop.domain.casework import Case, Client, Phone, ServiceRecord
from onestop_desktop.domain.consent import DataItem
from onestop_desktop.domain.documents import (
    ConsentFormData,
    ConsentRecipient,
    Packet,
    Production,
    ReferralLetter,
    Sender,
    disclose,
)
from onestop_desktop.domain.referrals import Agency, Direction, Referral, ReferralStatus, Urgency
from onestop_desktop.domain.taxonomy import (
    CrimeType,
    Gender,
    IntakeChannel,
    PoliceReport,
    RiskLevel,
    ServiceDomain,
    ServiceStatus,
)
from onestop_desktop.export import ensure_fonts, render_batch, render_referral_letter

TODAY = date(2026, 11, 26)
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
SYLLABLES = "민서지현수진영하은준우예도윤채아시연호주원경혜정"
AGENCIES = (
    ("서울동부스마일센터", "심리치료팀", {ServiceDomain.PSYCH, ServiceDomain.HOUSING}),
    ("서울해바라기센터(통합)", "상담지원팀", {ServiceDomain.MEDICAL, ServiceDomain.PSYCH}),
    ("대한법률구조공단 서울중앙지부", "법률상담과", {ServiceDomain.LEGAL}),
    ("서울동부범죄피해자지원센터", "경제지원팀", {ServiceDomain.ECON}),
    ("한국여성인권진흥원 디지털성범죄피해자지원센터", "삭제지원팀", {ServiceDomain.DIGITAL}),
    ("송파경찰서", "피해자보호전담관", {ServiceDomain.SAFETY, ServiceDomain.INVEST}),
    ("서울특별시 송파구 잠실본동 행정복지센터", "맞춤형복지팀", {ServiceDomain.WELFARE}),
    ("서울동부고용센터", "취업지원과", {ServiceDomain.EMPLOY}),
    ("서민금융진흥원 서울중앙센터", "상담팀", {ServiceDomain.FINANCE}),
    ("여성긴급전화 1366 서울센터", "긴급지원팀", {ServiceDomain.SAFETY}),
)
MODES = ("대면", "전화", "현장 방문", "화상 상담")
SENDER = Sender("서울동부 범죄피해자 원스톱지원센터", "0221234567", "0221234568", "서울특별시 송파구 중대로 1, 3층",
                "김상담", "상담팀장", "01098765432", "counsel@example.or.kr")  # fmt: skip
PRODUCTION = Production("김상담", datetime(2026, 11, 26, 14, 5), "연계 기관 일괄 발송")
ITEMS_BASE = frozenset({DataItem.NAME, DataItem.BIRTH_DATE, DataItem.GENDER, DataItem.CRIME_TYPE, DataItem.INCIDENT})
ITEMS_OPTIONAL = (DataItem.PHONE, DataItem.ADDRESS, DataItem.POLICE, DataItem.RISK, DataItem.SERVICES,
                  DataItem.NATIONALITY, DataItem.GUARDIAN, DataItem.DISABILITY)  # fmt: skip


def synthetic_packet(rng: random.Random, n: int) -> Packet:
    name = rng.choice(SURNAMES) + "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2, 3))))
    birth = date(rng.randint(1950, 2018), rng.randint(1, 12), rng.randint(1, 28))
    minor = (TODAY - birth).days < 14 * 365
    client = Client(
        id=f"c{n}", name=name, alias=None, gender=rng.choice((Gender.FEMALE, Gender.MALE)), birth_date=birth,
        nationality="대한민국", interpreter_language=None, disability=rng.choice((None, None, "지체장애 3급")),
        address_road=f"서울특별시 송파구 올림픽로 {rng.randint(1, 400)}", address_detail=f"{rng.randint(1, 30)}층",
        postal_code="05510", address_private=rng.random() < 0.2, offender_cohabits=False,
        guardian_name="박보호" if minor else None, guardian_relation="모" if minor else None,
        guardian_phone="010-5555-6666" if minor else None, guardian_is_suspect=minor and rng.random() < 0.3,
        phones=(Phone(id="p", digits=f"010{rng.randint(10_000_000, 99_999_999)}", sms_ok=rng.random() < 0.7,
                      is_primary=True),),
        rrn_masked=None, updated_at="",
    )  # fmt: skip
    crimes = frozenset(rng.sample(list(CrimeType), rng.choice((1, 1, 2))))
    case = Case(
        id=f"k{n}", case_number=f"D1-2026-{n:05d}", client_id=client.id, intake_date=TODAY - timedelta(days=60),
        intake_channel=IntakeChannel.VISIT, referring_agency=None, incident_date=TODAY - timedelta(days=70),
        incident_summary="귀가 중 폭행을 당해 상해를 입음. 이후 불안과 불면을 호소함.",
        police_report=PoliceReport.INVESTIGATING,
        police_station="송파경찰서", police_case_number=f"2026-{rng.randint(1, 99999):06d}",
        offender_relationship=rng.choice(("모르는 사람", "전 배우자", "직장 동료", "이웃")),
        risk_level=rng.choice(list(RiskLevel)), risk_assessed_on=None, risk_assessed_by=None, status=CaseStatus.ACTIVE,
        closed_on=None, closing_reason=None, lead_counselor_id=None, crime_types=crimes, team_ids=frozenset(),
        updated_at="",
    )  # fmt: skip
    services = tuple(
        ServiceRecord(id=f"s{n}-{i}", domain=rng.choice(list(ServiceDomain)), service="긴급 생계비 지원",
                      provider_kind=rng.choice(("in_house", "agency")), provider_name="서울동부스마일센터",
                      provided_on=TODAY - timedelta(days=10 * i), amount_krw=rng.choice((None, 500_000, 1_234_000)),
                      status=ServiceStatus.DONE)
        for i in range(rng.randint(0, 4))
    )  # fmt: skip
    items = ITEMS_BASE | frozenset(rng.sample(ITEMS_OPTIONAL, rng.randint(0, len(ITEMS_OPTIONAL))))
    agency_name, department, domains = rng.choice(AGENCIES)
    agency = Agency(id=f"a{n}", name=agency_name, department=department, domains=frozenset(domains), phone="0234567890",
                    fax="0234567891", email="partner@example.or.kr", address="서울특별시", contact_person="이담당",
                    notes="", last_verified=TODAY, active=True)  # fmt: skip
    referral = Referral(
        id=f"r{n}", number=f"D1-연계-2026-{n:05d}", case_id=case.id, agency_id=agency.id, direction=Direction.OUTGOING,
        domain=next(iter(domains)), requested_services="전문 심리치료 및 관련 지원",
        reason="사건 이후 일상생활이 어려워 지원이 필요함.",
        urgency=rng.choice(list(Urgency)), reply_due=TODAY + timedelta(days=14), contact_person="이담당", items=items,
        include_rrn=False, rrn_legal_basis=None, status=ReferralStatus.DRAFT, created_on=TODAY, created_by="u1",
        events=(), updated_at="",
    )  # fmt: skip
    disclosure = disclose(client, case, services, items, TODAY)
    letter = ReferralLetter(referral, agency, disclosure, (TODAY - timedelta(days=30),), SENDER, PRODUCTION)
    form = ConsentFormData(
        center_name=SENDER.center_name, client_name=name, client_birth_date=birth, minor=minor,
        guardian_is_suspect=client.guardian_is_suspect,
        required_items=("성명", "생년월일", "성별", "연락처", "피해 유형", "피해 발생일 및 개요"),
        optional_items=("주소", "국적 및 통역 필요 여부", "장애 여부", "법정대리인(보호자)"),
        sensitive_items=("건강 정보(상해·치료)", "성폭력 피해 내용", "상담 기록 요지"),
        unique_id_items=("여권번호", "외국인등록번호"), purpose="범죄피해자 상담, 보호·지원 및 관계 기관 연계",
        retention="지원 종료 후 3년",
        recipients=(ConsentRecipient(agency_name, "범죄피해자 지원 연계", ("성명", "생년월일", "연락처", "피해 유형"),
                                     "지원 종료 시까지"),),
        rrn_legal_basis="「범죄피해자 보호법 시행령」 제3조의2", dated=None,
    )  # fmt: skip
    counseling_sessions = tuple((TODAY - timedelta(days=7 * i), rng.choice(MODES)) for i in range(rng.randint(1, 14)))
    return Packet(letter, form, counseling_sessions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packets", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, help="also write letter.pdf and batch.pdf here")
    args = parser.parse_args()

    start = time.perf_counter()
    ensure_fonts()
    print(f"fonts loaded in {(time.perf_counter() - start) * 1000:.0f} ms")
    rng = random.Random(2026)
    packets = [synthetic_packet(rng, n) for n in range(args.packets)]

    render_referral_letter(packets[0].letter)  # first render builds the font subset tables
    times = []
    for packet in packets[1 : 1 + args.repeat * 4]:
        start = time.perf_counter()
        letter = render_referral_letter(packet.letter)
        times.append(time.perf_counter() - start)
    print(f"one referral letter: median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms, "
          f"{letter.pages} pages, {len(letter) / 1024:.0f} KiB (over {len(times)} letters)")  # fmt: skip

    batch_times = []
    done: list[int] = []

    def progress(finished: int, total: int) -> bool:
        done.append(finished)
        return True

    for _ in range(max(1, args.repeat // 2)):
        done.clear()
        start = time.perf_counter()
        batch = render_batch(packets, progress=progress)
        batch_times.append(time.perf_counter() - start)
    print(f"{args.packets}-referral batch packet: median {statistics.median(batch_times):.2f} s, "
          f"{batch.pages} pages, {len(batch) / 1024 / 1024:.2f} MiB, progress called {len(done)} times")  # fmt: skip
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "letter.pdf").write_bytes(letter)
        (args.out / "batch.pdf").write_bytes(batch)
        print(f"wrote {args.out / 'letter.pdf'} and {args.out / 'batch.pdf'}")


if __name__ == "__main__":
    main()
