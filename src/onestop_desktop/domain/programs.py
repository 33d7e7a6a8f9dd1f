"""Programs the center runs itself (자조모임, 트라우마 회복 워크숍, 법률 정보 설명회, 가족 프로그램): their
meetings, the cases enrolled in them, attendance per meeting and completion.

An enrolment's id derives from (program, case) and an attendance mark's from (enrolment, meeting),
so two devices recording the same thing offline write the same row and merge per field.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .text import QT_TRANSLATE_NOOP

CONTEXT = "Programs"
_NAMESPACE = uuid.UUID("0b4f5c1e-7a2d-5e8f-9c3b-2d1e0f4a6b70")
MAX_CAPACITY = 500


class ProgramKind(StrEnum):
    SELF_HELP = "self_help"  # 자조모임
    TRAUMA_RECOVERY = "trauma_recovery"  # 트라우마 회복 워크숍
    LEGAL_INFO = "legal_info"  # 법률 정보 설명회
    FAMILY = "family"  # 가족 프로그램
    OTHER = "other"


PROGRAM_KIND_LABELS: dict[ProgramKind, str] = {
    ProgramKind.SELF_HELP: QT_TRANSLATE_NOOP("Programs", "Self-help group"),
    ProgramKind.TRAUMA_RECOVERY: QT_TRANSLATE_NOOP("Programs", "Trauma-recovery workshop"),
    ProgramKind.LEGAL_INFO: QT_TRANSLATE_NOOP("Programs", "Legal information session"),
    ProgramKind.FAMILY: QT_TRANSLATE_NOOP("Programs", "Family program"),
    ProgramKind.OTHER: QT_TRANSLATE_NOOP("Programs", "Other program"),
}


class FacilitatorKind(StrEnum):
    IN_HOUSE = "in_house"  # 센터 직원
    AGENCY = "agency"  # 협력 기관


FACILITATOR_KIND_LABELS: dict[FacilitatorKind, str] = {
    FacilitatorKind.IN_HOUSE: QT_TRANSLATE_NOOP("Programs", "Center staff"),
    FacilitatorKind.AGENCY: QT_TRANSLATE_NOOP("Programs", "Partner agency"),
}


class ProgramStatus(StrEnum):
    PLANNED = "planned"  # 모집·준비
    RUNNING = "running"  # 진행 중
    FINISHED = "finished"  # 종료
    CANCELLED = "cancelled"  # 취소


PROGRAM_STATUS_LABELS: dict[ProgramStatus, str] = {
    ProgramStatus.PLANNED: QT_TRANSLATE_NOOP("Programs", "Planned"),
    ProgramStatus.RUNNING: QT_TRANSLATE_NOOP("Programs", "Running"),
    ProgramStatus.FINISHED: QT_TRANSLATE_NOOP("Programs", "Finished"),
    ProgramStatus.CANCELLED: QT_TRANSLATE_NOOP("Programs", "Cancelled"),
}
OPEN_FOR_ENROLMENT = frozenset({ProgramStatus.PLANNED, ProgramStatus.RUNNING})


class EnrolmentStatus(StrEnum):
    ENROLLED = "enrolled"  # 참여 중
    COMPLETED = "completed"  # 수료
    DROPPED = "dropped"  # 중단


ENROLMENT_STATUS_LABELS: dict[EnrolmentStatus, str] = {
    EnrolmentStatus.ENROLLED: QT_TRANSLATE_NOOP("Programs", "Enrolled"),
    EnrolmentStatus.COMPLETED: QT_TRANSLATE_NOOP("Programs", "Completed"),
    EnrolmentStatus.DROPPED: QT_TRANSLATE_NOOP("Programs", "Dropped out"),
}
ENROLMENT_TRANSITIONS: dict[EnrolmentStatus, frozenset[EnrolmentStatus]] = {
    EnrolmentStatus.ENROLLED: frozenset({EnrolmentStatus.COMPLETED, EnrolmentStatus.DROPPED}),
    EnrolmentStatus.COMPLETED: frozenset({EnrolmentStatus.ENROLLED}),  # completion recorded by mistake
    EnrolmentStatus.DROPPED: frozenset({EnrolmentStatus.ENROLLED}),  # comes back
}


class AttendanceStatus(StrEnum):
    PRESENT = "present"  # 출석
    ABSENT = "absent"  # 결석
    EXCUSED = "excused"  # 사유 결석


ATTENDANCE_LABELS: dict[AttendanceStatus, str] = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("Programs", "Present"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("Programs", "Absent"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("Programs", "Excused"),
}

NEED_NAME = QT_TRANSLATE_NOOP("Validation", "Give the program a name.")
BAD_CAPACITY = QT_TRANSLATE_NOOP("Validation", "A number of places between 1 and 500, or empty for no limit.")
ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The end date is before the start date.")
NEED_FACILITATOR_AGENCY = QT_TRANSLATE_NOOP("Validation", "Choose the partner agency that runs the program.")
BAD_TIME = QT_TRANSLATE_NOOP("Validation", "Write the time as HH:MM, for example 14:00.")
MEETING_OUTSIDE = QT_TRANSLATE_NOOP("Validation", "The session lies outside the program's dates.")
NOT_HELD_YET = QT_TRANSLATE_NOOP("Validation", "Attendance can be recorded once the session has taken place.")
PROGRAM_CLOSED = QT_TRANSLATE_NOOP("Validation", "This program no longer takes enrolments ({status}).")
PROGRAM_FULL = QT_TRANSLATE_NOOP("Validation", "The program is full ({capacity} places).")
ALREADY_ENROLLED = QT_TRANSLATE_NOOP("Validation", "The client is already enrolled in this program.")
NOT_ENROLLED = QT_TRANSLATE_NOOP("Validation", "Attendance is recorded only for clients still taking part.")


def enrolment_id(program_id: str, case_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"enrolment:{program_id}:{case_id}"))


def attendance_id(enrolment: str, meeting_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"attendance:{enrolment}:{meeting_id}"))


def can_move(current: EnrolmentStatus, target: EnrolmentStatus) -> bool:
    return target in ENROLMENT_TRANSITIONS[current]


def status_on(starts_on: date, ends_on: date | None, today: date) -> ProgramStatus:
    """The status a program's dates suggest (the demo uses it; a person may set another)."""
    if starts_on > today:
        return ProgramStatus.PLANNED
    if ends_on is not None and ends_on < today:
        return ProgramStatus.FINISHED
    return ProgramStatus.RUNNING


@dataclass(frozen=True)
class Program:
    id: str
    name: str
    kind: ProgramKind
    description: str
    facilitator_kind: FacilitatorKind
    facilitator_user_id: str | None
    facilitator_agency_id: str | None
    facilitator_name: str  # the staff member's or agency's name as shown, or free text
    place: str
    online: bool
    capacity: int | None
    starts_on: date
    ends_on: date | None
    status: ProgramStatus
    meeting_count: int
    enrolled_count: int  # taking part or completed (what counts against capacity)
    updated_at: str


@dataclass
class ProgramForm:
    """A program as typed: text fields stay text until the service validates them."""

    name: str = ""
    kind: ProgramKind = ProgramKind.SELF_HELP
    description: str = ""
    facilitator_kind: FacilitatorKind = FacilitatorKind.IN_HOUSE
    facilitator_user_id: str | None = None
    facilitator_agency_id: str | None = None
    facilitator_name: str = ""
    place: str = ""
    online: bool = False
    capacity: str = ""
    starts_on: str = ""
    ends_on: str = ""
    status: ProgramStatus = ProgramStatus.PLANNED


@dataclass(frozen=True)
class ProgramMeeting:
    id: str
    program_id: str
    held_on: date
    start_time: str  # HH:MM or ""
    topic: str
    present_count: int


@dataclass
class ProgramMeetingForm:
    held_on: str = ""
    start_time: str = ""
    topic: str = ""


@dataclass(frozen=True)
class ProgramQuery:
    text: str = ""
    kind: ProgramKind | None = None
    status: ProgramStatus | None = None


@dataclass(frozen=True)
class Enrolment:
    """A case's place in a program, as both the case tab and the program's roster show it."""

    id: str
    program_id: str
    program_name: str
    program_kind: ProgramKind
    program_status: ProgramStatus
    case_id: str
    case_number: str
    client_display_name: str
    enrolled_on: date
    status: EnrolmentStatus
    completed_on: date | None
    meetings_held: int  # held so far since enrolment, and any earlier one marked for this client
    meetings_present: int
    surveyed: bool  # a program survey was answered or declined (never what was answered)
    updated_at: str


def attendance_rate(enrolment: Enrolment) -> float | None:
    return enrolment.meetings_present / enrolment.meetings_held if enrolment.meetings_held else None
