"""The center's vocabularies: crime types, service domains (the kinds of support a center gives or refers to; a
need, a service and a referral each name one), levels and statuses.

Codes are stored; labels are translatable English with the Korean in the .ts file.
"""

from __future__ import annotations

from enum import StrEnum

from .text import QT_TRANSLATE_NOOP


class CrimeType(StrEnum):
    LIFE_BODY = "life_body"  # 생명·신체 범죄
    DIGITAL_SEX = "digital_sex"  # 디지털 성범죄
    STALKING = "stalking"  # 스토킹
    DOMESTIC = "domestic"  # 가정폭력
    SEXUAL = "sexual"  # 성폭력
    OTHER = "other"  # 기타


CRIME_TYPE_LABELS: dict[CrimeType, str] = {
    CrimeType.LIFE_BODY: QT_TRANSLATE_NOOP("Taxonomy", "Crime against life or body"),
    CrimeType.DIGITAL_SEX: QT_TRANSLATE_NOOP("Taxonomy", "Digital sex crime"),
    CrimeType.STALKING: QT_TRANSLATE_NOOP("Taxonomy", "Stalking"),
    CrimeType.DOMESTIC: QT_TRANSLATE_NOOP("Taxonomy", "Domestic violence"),
    CrimeType.SEXUAL: QT_TRANSLATE_NOOP("Taxonomy", "Sexual violence"),
    CrimeType.OTHER: QT_TRANSLATE_NOOP("Taxonomy", "Other"),
}


class ServiceDomain(StrEnum):
    SAFETY = "SAFETY"
    INVEST = "INVEST"
    PSYCH = "PSYCH"
    LEGAL = "LEGAL"
    ECON = "ECON"
    HOUSING = "HOUSING"
    EMPLOY = "EMPLOY"
    WELFARE = "WELFARE"
    FINANCE = "FINANCE"
    MEDICAL = "MEDICAL"
    DIGITAL = "DIGITAL"


SERVICE_DOMAIN_LABELS: dict[ServiceDomain, str] = {
    ServiceDomain.SAFETY: QT_TRANSLATE_NOOP("Taxonomy", "Personal protection"),
    ServiceDomain.INVEST: QT_TRANSLATE_NOOP("Taxonomy", "Investigation support"),
    ServiceDomain.PSYCH: QT_TRANSLATE_NOOP("Taxonomy", "Psychological support"),
    ServiceDomain.LEGAL: QT_TRANSLATE_NOOP("Taxonomy", "Legal support"),
    ServiceDomain.ECON: QT_TRANSLATE_NOOP("Taxonomy", "Financial aid"),
    ServiceDomain.HOUSING: QT_TRANSLATE_NOOP("Taxonomy", "Housing support"),
    ServiceDomain.EMPLOY: QT_TRANSLATE_NOOP("Taxonomy", "Employment support"),
    ServiceDomain.WELFARE: QT_TRANSLATE_NOOP("Taxonomy", "Welfare services"),
    ServiceDomain.FINANCE: QT_TRANSLATE_NOOP("Taxonomy", "Financial services"),
    ServiceDomain.MEDICAL: QT_TRANSLATE_NOOP("Taxonomy", "Medical referral"),
    ServiceDomain.DIGITAL: QT_TRANSLATE_NOOP("Taxonomy", "Digital sex crime content removal"),
}


class NeedLevel(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    URGENT = "urgent"


NEED_LEVEL_LABELS: dict[NeedLevel, str] = {
    NeedLevel.NONE: QT_TRANSLATE_NOOP("Taxonomy", "No need"),
    NeedLevel.LOW: QT_TRANSLATE_NOOP("Taxonomy", "Low"),
    NeedLevel.MEDIUM: QT_TRANSLATE_NOOP("Taxonomy", "Medium"),
    NeedLevel.HIGH: QT_TRANSLATE_NOOP("Taxonomy", "High"),
    NeedLevel.URGENT: QT_TRANSLATE_NOOP("Taxonomy", "Urgent"),
}


class RiskLevel(StrEnum):
    """위기도. Stored with an order so the list sorts by it."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


RISK_ORDER: dict[RiskLevel, int] = {RiskLevel.LOW: 1, RiskLevel.MEDIUM: 2, RiskLevel.HIGH: 3, RiskLevel.CRITICAL: 4}

RISK_LEVEL_LABELS: dict[RiskLevel, str] = {
    RiskLevel.LOW: QT_TRANSLATE_NOOP("Taxonomy", "Low risk"),
    RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("Taxonomy", "Medium risk"),
    RiskLevel.HIGH: QT_TRANSLATE_NOOP("Taxonomy", "High risk"),
    RiskLevel.CRITICAL: QT_TRANSLATE_NOOP("Taxonomy", "Critical risk"),
}


class IntakeChannel(StrEnum):
    VISIT = "visit"  # 방문
    PHONE = "phone"  # 전화
    OUTREACH = "outreach"  # 찾아가는 상담
    AGENCY = "agency"  # 기관 의뢰


INTAKE_CHANNEL_LABELS: dict[IntakeChannel, str] = {
    IntakeChannel.VISIT: QT_TRANSLATE_NOOP("Taxonomy", "Walk-in visit"),
    IntakeChannel.PHONE: QT_TRANSLATE_NOOP("Taxonomy", "Phone"),
    IntakeChannel.OUTREACH: QT_TRANSLATE_NOOP("Taxonomy", "Outreach"),
    IntakeChannel.AGENCY: QT_TRANSLATE_NOOP("Taxonomy", "Referred by an agency"),
}


class CounselingMode(StrEnum):
    VISIT = "visit"  # 방문
    PHONE = "phone"  # 전화
    OUTREACH = "outreach"  # 찾아가는 상담
    VIDEO = "video"  # 화상


COUNSELING_MODE_LABELS: dict[CounselingMode, str] = {
    CounselingMode.VISIT: QT_TRANSLATE_NOOP("Taxonomy", "In person"),
    CounselingMode.PHONE: QT_TRANSLATE_NOOP("Taxonomy", "Phone"),
    CounselingMode.OUTREACH: QT_TRANSLATE_NOOP("Taxonomy", "Outreach visit"),
    CounselingMode.VIDEO: QT_TRANSLATE_NOOP("Taxonomy", "Video call"),
}


class Gender(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"
    UNKNOWN = "U"


GENDER_LABELS: dict[Gender, str] = {
    Gender.FEMALE: QT_TRANSLATE_NOOP("Taxonomy", "Female"),
    Gender.MALE: QT_TRANSLATE_NOOP("Taxonomy", "Male"),
    Gender.OTHER: QT_TRANSLATE_NOOP("Taxonomy", "Other"),
    Gender.UNKNOWN: QT_TRANSLATE_NOOP("Taxonomy", "Not recorded"),
}


class PoliceReport(StrEnum):
    NOT_REPORTED = "not_reported"  # 미신고
    REPORTED = "reported"  # 신고
    INVESTIGATING = "investigating"  # 수사 중
    REFERRED = "referred"  # 송치·기소
    CLOSED = "closed"  # 종결(불송치·불기소 등)


POLICE_REPORT_LABELS: dict[PoliceReport, str] = {
    PoliceReport.NOT_REPORTED: QT_TRANSLATE_NOOP("Taxonomy", "Not reported"),
    PoliceReport.REPORTED: QT_TRANSLATE_NOOP("Taxonomy", "Reported"),
    PoliceReport.INVESTIGATING: QT_TRANSLATE_NOOP("Taxonomy", "Under investigation"),
    PoliceReport.REFERRED: QT_TRANSLATE_NOOP("Taxonomy", "Sent to prosecution / indicted"),
    PoliceReport.CLOSED: QT_TRANSLATE_NOOP("Taxonomy", "Investigation closed"),
}


class ServiceStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


SERVICE_STATUS_LABELS: dict[ServiceStatus, str] = {
    ServiceStatus.PLANNED: QT_TRANSLATE_NOOP("Taxonomy", "Planned"),
    ServiceStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Taxonomy", "In progress"),
    ServiceStatus.DONE: QT_TRANSLATE_NOOP("Taxonomy", "Provided"),
    ServiceStatus.CANCELLED: QT_TRANSLATE_NOOP("Taxonomy", "Cancelled"),
}


class GoalStatus(StrEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


GOAL_STATUS_LABELS: dict[GoalStatus, str] = {
    GoalStatus.OPEN: QT_TRANSLATE_NOOP("Taxonomy", "Open"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("Taxonomy", "Achieved"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("Taxonomy", "Dropped"),
}
