"""Korean wording of the domain's vocabularies for printed documents.

Documents are Korean official forms, so they are written in Korean directly rather than
through Qt translation. The taxonomy wording matches translations/onestop_ko.ts (context
"Taxonomy"); tests/export checks that it stays so.
"""

from __future__ import annotations

from onestop_desktop.domain.consent import DataItem
from onestop_desktop.domain.population import AgeBand
from onestop_desktop.domain.referrals import ReferralStatus, Urgency
from onestop_desktop.domain.taxonomy import (
    CounselingMode,
    CrimeType,
    Gender,
    PoliceReport,
    RiskLevel,
    ServiceDomain,
    ServiceStatus,
)

CRIME_TYPE: dict[CrimeType, str] = {
    CrimeType.LIFE_BODY: "생명·신체 피해 범죄",
    CrimeType.DIGITAL_SEX: "디지털 성범죄",
    CrimeType.STALKING: "스토킹",
    CrimeType.DOMESTIC: "가정폭력",
    CrimeType.SEXUAL: "성폭력",
    CrimeType.OTHER: "기타",
}

SERVICE_DOMAIN: dict[ServiceDomain, str] = {
    ServiceDomain.SAFETY: "신변 보호",
    ServiceDomain.INVEST: "수사 지원",
    ServiceDomain.PSYCH: "심리 지원",
    ServiceDomain.LEGAL: "법률 지원",
    ServiceDomain.ECON: "경제적 지원",
    ServiceDomain.HOUSING: "주거 지원",
    ServiceDomain.EMPLOY: "고용 지원",
    ServiceDomain.WELFARE: "복지 서비스",
    ServiceDomain.FINANCE: "금융 지원",
    ServiceDomain.MEDICAL: "의료 연계",
    ServiceDomain.DIGITAL: "디지털 성범죄 영상물 삭제 지원",
}

RISK_LEVEL: dict[RiskLevel, str] = {
    RiskLevel.LOW: "위험 낮음",
    RiskLevel.MEDIUM: "위험 보통",
    RiskLevel.HIGH: "위험 높음",
    RiskLevel.CRITICAL: "위험 매우 높음",
}

GENDER: dict[Gender, str] = {
    Gender.FEMALE: "여성",
    Gender.MALE: "남성",
    Gender.OTHER: "기타",
    Gender.UNKNOWN: "기록 안 함",
}

POLICE_REPORT: dict[PoliceReport, str] = {
    PoliceReport.NOT_REPORTED: "미신고",
    PoliceReport.REPORTED: "신고함",
    PoliceReport.INVESTIGATING: "수사 중",
    PoliceReport.REFERRED: "송치·기소",
    PoliceReport.CLOSED: "수사 종결",
}

SERVICE_STATUS: dict[ServiceStatus, str] = {
    ServiceStatus.PLANNED: "계획",
    ServiceStatus.IN_PROGRESS: "진행 중",
    ServiceStatus.DONE: "제공함",
    ServiceStatus.CANCELLED: "취소됨",
}

COUNSELING_MODE: dict[CounselingMode, str] = {
    CounselingMode.VISIT: "대면",
    CounselingMode.PHONE: "전화",
    CounselingMode.OUTREACH: "현장 방문",
    CounselingMode.VIDEO: "화상 상담",
}

URGENCY: dict[Urgency, str] = {
    Urgency.NORMAL: "일반",
    Urgency.URGENT: "긴급",
    Urgency.IMMEDIATE: "즉시",
}

DATA_ITEM: dict[DataItem, str] = {
    DataItem.NAME: "성명",
    DataItem.BIRTH_DATE: "생년월일",
    DataItem.GENDER: "성별",
    DataItem.PHONE: "연락처",
    DataItem.ADDRESS: "주소",
    DataItem.NATIONALITY: "국적 및 통역 필요 여부",
    DataItem.DISABILITY: "장애 여부",
    DataItem.GUARDIAN: "법정대리인(보호자)",
    DataItem.CRIME_TYPE: "피해 유형",
    DataItem.INCIDENT: "피해 발생일 및 개요",
    DataItem.POLICE: "신고 여부 및 사건번호",
    DataItem.RISK: "위기도 평가",
    DataItem.SERVICES: "기 지원 내역",
    DataItem.HEALTH: "건강 정보(상해·치료)",
    DataItem.SEXUAL_HARM: "성폭력 피해 내용",
    DataItem.TAKEDOWN: "삭제 지원 대상 게시물 목록(주소 포함)",
    DataItem.COUNSELING: "상담 기록 요지",
    DataItem.FOREIGN_ID: "여권번호·외국인등록번호",
}

# The order items are listed in on a letter (the enum's own order).
DATA_ITEM_ORDER: tuple[DataItem, ...] = tuple(DataItem)

REFERRAL_STATUS: dict[ReferralStatus, str] = {
    ReferralStatus.DRAFT: "작성 중",
    ReferralStatus.SENT: "회신 대기",
    ReferralStatus.RECEIVED: "접수",
    ReferralStatus.IN_SUPPORT: "지원 중",
    ReferralStatus.COMPLETED: "완료",
    ReferralStatus.REJECTED: "반려",
    ReferralStatus.CANCELLED: "취소",
}

AGE_BAND: dict[AgeBand, str] = {
    AgeBand.CHILD: "13세 이하",
    AgeBand.TEEN: "14~18세",
    AgeBand.TWENTIES: "19~29세",
    AgeBand.THIRTIES: "30대",
    AgeBand.FORTIES: "40대",
    AgeBand.FIFTIES: "50대",
    AgeBand.SIXTIES: "60대",
    AgeBand.SEVENTY_PLUS: "70세 이상",
    AgeBand.UNKNOWN: "나이 미상",
}

# programs.kind (migration 0070)
PROGRAM_KIND: dict[str, str] = {
    "self_help": "자조 모임",
    "trauma_recovery": "트라우마 회복",
    "legal_info": "법률 정보",
    "family": "가족 지원",
    "other": "기타 프로그램",
}
