"""Synthetic, obviously fictional case content for demos and benchmarks (no real person in it).

Names combine common surnames with given names drawn from nature words (하늘, 바다, 구름 …)
plus a "(가상)" alias on a share of clients, so a screenshot can never be mistaken for a
real record. Notes are assembled from short counseling phrases per crime type.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from .taxonomy import CrimeType, ServiceDomain

SURNAMES = (
    "김",
    "이",
    "박",
    "최",
    "정",
    "강",
    "조",
    "윤",
    "장",
    "임",
    "한",
    "오",
    "서",
    "신",
    "권",
    "황",
    "안",
    "송",
    "전",
    "홍",
    "남궁",
    "제갈",
    "선우",
)
GIVEN = (
    "하늘",
    "바다",
    "구름",
    "별빛",
    "이슬",
    "노을",
    "새벽",
    "솔잎",
    "단풍",
    "보라",
    "햇살",
    "여울",
    "가람",
    "나래",
    "다솜",
    "라온",
    "마루",
    "바람",
    "시내",
    "아라",
    "온새",
    "윤슬",
    "은빛",
    "초롱",
    "한결",
    "해솔",
)
PLACES = ("센터 상담실 2", "센터 상담실 3", "내담자 자택 인근 카페", "○○병원 병실", "행정복지센터 회의실", "전화")
POLICE = ("동작경찰서", "영등포경찰서", "관악경찰서", "마포경찰서", "서초경찰서", "강서경찰서")
RELATIONS = ("전 연인", "배우자", "지인", "직장 동료", "모르는 사람", "온라인에서 알게 된 사람", "친족")

SUMMARIES: dict[CrimeType, tuple[str, ...]] = {
    CrimeType.STALKING: (
        "전 연인이 집 앞과 직장 주변을 반복적으로 찾아옴",
        "모르는 사람이 수개월째 메시지와 선물을 보냄",
    ),
    CrimeType.DOMESTIC: (
        "배우자의 반복된 폭언과 폭행, 자녀와 함께 긴급피난처 입소",
        "부모의 폭력으로 가출 후 지인 집에 머묾",
    ),
    CrimeType.SEXUAL: ("지인에 의한 성폭력 피해, 해바라기센터 연계 후 내방", "직장 내 성추행 피해, 신고 여부 고민 중"),
    CrimeType.DIGITAL_SEX: ("불법촬영물 유포 협박을 받음, 삭제지원 요청", "메신저로 합성 사진이 유포됨"),
    CrimeType.LIFE_BODY: (
        "길거리 폭행으로 전치 6주 부상, 치료비 지원 필요",
        "강도 피해 후 외출이 어려울 정도의 불안 호소",
    ),
    CrimeType.OTHER: ("보이스피싱 피해 이후 심리적 불안과 생계 곤란", "주거 침입 피해 후 이사 희망"),
}
NOTE_PHRASES = (
    "내담자는 {rel}의 연락이 다시 시작되어 불안하다고 호소함.",
    "{police} 피해자 전담경찰관과 통화하여 신변보호 조치 진행 상황을 확인함.",
    "수면 곤란과 악몽이 계속되어 스마일센터 심리치료 연계를 안내함.",
    "국선변호사 선정 절차와 진술 시 동석 가능 여부를 설명함.",
    "긴급생계비 신청 서류(통장 사본, 진단서)를 함께 정리함.",
    "스마트워치 반납 기한이 다가와 연장 신청 방법을 안내함.",
    "자녀의 학교 전학 문제로 교육청 담당자와 연락하기로 함.",
    "법원 출석일에 동행하기로 하고 일정을 확정함.",
    "가해자가 재판 과정에서 합의를 요구하여 대응 방법을 상담함.",
    "임시숙소 이용 기간 만료 전 주거지원 신청을 검토함.",
    "직장 복귀에 대한 부담을 이야기함. 고용센터 상담 연계 예정.",
    "삭제지원센터에 추가 유포 URL을 전달하고 처리 결과를 공유함.",
    "안전 계획을 다시 점검하고 비상 연락처를 휴대폰에 저장하도록 도움.",
    "지난 회기 이후 기분이 조금 나아졌다고 함. 다음 회기에 목표 재설정.",
)
NEXT_STEPS = (
    "다음 주 같은 시간 전화 상담",
    "심리치료 첫 회기 결과 확인",
    "구조금 신청 결과 확인",
    "법원 동행",
    "주거지원 서류 제출",
    "경찰 수사 진행 상황 확인",
)
DOMAINS_BY_CRIME: dict[CrimeType, tuple[ServiceDomain, ...]] = {
    CrimeType.STALKING: (ServiceDomain.SAFETY, ServiceDomain.INVEST, ServiceDomain.PSYCH, ServiceDomain.HOUSING),
    CrimeType.DOMESTIC: (ServiceDomain.SAFETY, ServiceDomain.HOUSING, ServiceDomain.WELFARE, ServiceDomain.LEGAL),
    CrimeType.SEXUAL: (ServiceDomain.MEDICAL, ServiceDomain.PSYCH, ServiceDomain.LEGAL, ServiceDomain.INVEST),
    CrimeType.DIGITAL_SEX: (ServiceDomain.DIGITAL, ServiceDomain.PSYCH, ServiceDomain.LEGAL),
    CrimeType.LIFE_BODY: (ServiceDomain.ECON, ServiceDomain.MEDICAL, ServiceDomain.PSYCH, ServiceDomain.LEGAL),
    CrimeType.OTHER: (ServiceDomain.FINANCE, ServiceDomain.PSYCH, ServiceDomain.WELFARE, ServiceDomain.EMPLOY),
}
SERVICES: dict[ServiceDomain, tuple[str, int | None]] = {
    ServiceDomain.SAFETY: ("스마트워치 지급 연계", None),
    ServiceDomain.INVEST: ("피해자 전담경찰관 연계", None),
    ServiceDomain.PSYCH: ("스마일센터 심리치료", None),
    ServiceDomain.LEGAL: ("피해자 국선변호사 선정 지원", None),
    ServiceDomain.ECON: ("긴급생계비 지원", 500_000),
    ServiceDomain.HOUSING: ("임시숙소 제공", None),
    ServiceDomain.EMPLOY: ("고용센터 취업 상담 연계", None),
    ServiceDomain.WELFARE: ("긴급복지 생계지원 연계", 1_200_000),
    ServiceDomain.FINANCE: ("서민금융 채무조정 상담", None),
    ServiceDomain.MEDICAL: ("치료비 지원", 800_000),
    ServiceDomain.DIGITAL: ("불법촬영물 삭제지원", None),
}


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def phone(rng: random.Random, serial: int) -> str:
    return f"010{9000 + serial // 10000 % 1000:04d}{serial % 10000:04d}"


def birth_date(rng: random.Random, today: date) -> date:
    age_days = int(rng.triangular(8 * 365, 80 * 365, 32 * 365))
    return today - timedelta(days=age_days)


def note(rng: random.Random) -> str:
    picks = rng.sample(NOTE_PHRASES, rng.randint(2, 4))
    return " ".join(p.format(rel=rng.choice(RELATIONS), police=rng.choice(POLICE)) for p in picks)


# -- programs and feedback -----------------------------------------------------------------------------
# (name, kind, topics of the sessions in order); the kind decides who facilitates and what helps most.
PROGRAMS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "스토킹 피해자 자조모임 '함께 걷기'",
        "self_help",
        ("마음 열기", "경험 나누기", "일상 회복 계획", "서로에게 편지 쓰기"),
    ),
    (
        "트라우마 회복 마음챙김 워크숍",
        "trauma_recovery",
        ("몸의 감각 알아차리기", "호흡과 안정화", "안전한 장소 만들기", "감정 조절", "자기 돌봄 계획", "마무리"),
    ),
    ("형사절차 이해 법률 설명회", "legal_info", ("고소부터 재판까지", "피해자 국선변호사 제도", "배상명령과 구조금")),
    (
        "가정폭력 피해 가족 회복 프로그램",
        "family",
        ("가족 안의 안전", "자녀와 대화하기", "양육 스트레스 다루기", "가족 나들이 계획"),
    ),
    ("디지털성범죄 피해자 회복 모임", "self_help", ("피해 이후의 일상", "온라인 안전 점검", "회복 이야기")),
    ("범죄피해구조금 신청 안내 설명회", "legal_info", ("구조금 종류와 요건", "신청 서류 준비")),
    (
        "미술치료 집단 프로그램 '다시 봄'",
        "trauma_recovery",
        ("색으로 마음 표현하기", "나의 안전지대", "콜라주 작업", "희망 나무 그리기", "작품 나누기"),
    ),
    ("보호자를 위한 자녀 피해 이해 교육", "family", ("아이의 반응 이해하기", "함께 회복하는 가족")),
)
PROGRAM_PLACES = ("센터 교육실", "센터 집단상담실", "서울여성플라자 세미나실", "스마일센터 프로그램실")
COMMENTS = (
    "상담 선생님이 끝까지 들어 주셔서 큰 위로가 되었습니다.",
    "처음 방문했을 때 어디로 가야 할지 몰랐는데 한곳에서 다 안내받아 좋았습니다.",
    "법률 지원 연계가 빨라서 재판 준비에 도움이 되었습니다.",
    "대기 시간이 조금 길었습니다.",
    "전화 연락이 늦게 와서 불안했던 적이 있었어요.",
    "같은 경험을 한 분들과 이야기하며 혼자가 아니라는 걸 느꼈습니다.",
    "주말에도 이용할 수 있으면 좋겠습니다.",
    "안전하게 보호받는다는 느낌이 들었습니다.",
    "서류가 너무 많아서 힘들었지만 직원분이 도와주셨어요.",
    "프로그램 시간이 직장 때문에 맞추기 어려웠습니다.",
)


def score(rng: random.Random, mood: int) -> int:
    """A 1..5 answer around the person's overall mood (mostly satisfied, as such surveys are)."""
    return max(1, min(5, mood + rng.choice((-1, 0, 0, 0, 1))))


def mood(rng: random.Random) -> int:
    return rng.choices((5, 4, 3, 2), (45, 35, 14, 6))[0]
