"""Case-work records as the services hand them to the UI, the CLI and documents.

Plain frozen dataclasses; dates are `datetime.date`, times ISO strings. Forms (what a person
typed) are separate from records (what is stored) so that validation can refuse a form
without losing it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .case_status import CaseStatus, ClosingReason
from .consent import ConsentKind, ConsentMethod, DataItem
from .taxonomy import (
    CounselingMode,
    CrimeType,
    Gender,
    GoalStatus,
    IntakeChannel,
    NeedLevel,
    PoliceReport,
    RiskLevel,
    ServiceDomain,
    ServiceStatus,
)


@dataclass(frozen=True)
class Phone:
    id: str
    digits: str
    label: str = ""
    sms_ok: bool = True  # False = 문자 금지
    call_hours: str = ""  # 연락 가능 시간
    instructions: str = ""
    is_primary: bool = False


@dataclass(frozen=True)
class Client:
    id: str
    name: str
    alias: str | None
    gender: Gender
    birth_date: date | None
    nationality: str
    interpreter_language: str | None
    disability: str | None
    address_road: str | None
    address_detail: str | None
    postal_code: str | None
    address_private: bool
    offender_cohabits: bool
    guardian_name: str | None
    guardian_relation: str | None
    guardian_phone: str | None
    guardian_is_suspect: bool
    phones: tuple[Phone, ...]
    rrn_masked: str | None  # 900101-1****** when a number is on file
    updated_at: str

    @property
    def display_name(self) -> str:
        """The alias (가명) when one is set: what shows on screen."""
        return self.alias or self.name


@dataclass(frozen=True)
class Need:
    domain: ServiceDomain
    level: NeedLevel
    note: str


@dataclass(frozen=True)
class Goal:
    id: str
    domain: ServiceDomain | None
    goal: str
    target_date: date | None
    status: GoalStatus


@dataclass(frozen=True)
class CounselingSession:
    id: str
    started_at: str  # local "YYYY-MM-DDTHH:MM"
    mode: CounselingMode
    place: str
    duration_minutes: int
    counselor_id: str | None
    counselor_name: str
    note: str  # empty when the reader's role may not see notes
    next_steps: str
    updated_at: str


@dataclass(frozen=True)
class ServiceRecord:
    id: str
    domain: ServiceDomain
    service: str
    provider_kind: str  # "in_house" | "agency"
    provider_name: str
    provided_on: date | None
    amount_krw: int | None
    status: ServiceStatus


@dataclass(frozen=True)
class Followup:
    id: str
    case_id: str
    case_number: str
    client_display_name: str
    title: str
    due_date: date
    assignee_id: str | None
    assignee_name: str
    done_on: date | None


@dataclass(frozen=True)
class Case:
    id: str
    case_number: str
    client_id: str
    intake_date: date
    intake_channel: IntakeChannel
    referring_agency: str | None
    incident_date: date | None
    incident_summary: str
    police_report: PoliceReport
    police_station: str | None
    police_case_number: str | None
    offender_relationship: str | None
    risk_level: RiskLevel | None
    risk_assessed_on: date | None
    risk_assessed_by: str | None
    status: CaseStatus
    closed_on: date | None
    closing_reason: ClosingReason | None
    lead_counselor_id: str | None
    crime_types: frozenset[CrimeType]
    team_ids: frozenset[str]
    updated_at: str


@dataclass(frozen=True)
class CaseFile:
    """Everything the workspace shows for one case."""

    case: Case
    client: Client
    needs: tuple[Need, ...]
    goals: tuple[Goal, ...]
    counseling_sessions: tuple[CounselingSession, ...]
    services: tuple[ServiceRecord, ...]
    followups: tuple[Followup, ...]
    notes_visible: bool  # False for roles that may not read session notes


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: str
    case_number: str
    client_display_name: str
    status: CaseStatus
    crime_types: frozenset[CrimeType]
    risk_level: RiskLevel | None
    lead_counselor_name: str
    intake_date: date
    last_activity_at: str
    open_followups: int
    overdue_followups: int


class CaseSort(StrEnum):
    ACTIVITY = "activity"
    INTAKE_DATE = "intake_date"
    CASE_NUMBER = "case_number"
    CLIENT_NAME = "client_name"
    RISK = "risk"


@dataclass(frozen=True)
class CaseQuery:
    """Filters and sort of the case list; every one is pushed into SQL."""

    statuses: frozenset[CaseStatus] = frozenset()
    crime_type: CrimeType | None = None
    lead_counselor_id: str | None = None
    mine_only: bool = False
    min_risk: RiskLevel | None = None
    overdue_only: bool = False
    text: str = ""
    sort: CaseSort = CaseSort.ACTIVITY
    descending: bool = True


@dataclass(frozen=True)
class NoteHit:
    counseling_session_id: str
    case_id: str
    case_number: str
    client_display_name: str
    started_at: str
    snippet: str


@dataclass(frozen=True)
class HistoryEntry:
    at: str  # HLC wall time as ISO
    username: str
    table: str
    row_id: str
    op: str
    fields: tuple[str, ...]
    removal_reason: str = ""  # a record removed by mistake: why (a RemovalReason code), from its tombstone


# -- forms: what a person typed, before validation ---------------------------------------------


@dataclass
class IntakeForm:
    """신규 접수: the few facts known at first contact."""

    name: str = ""
    alias: str = ""
    gender: Gender = Gender.UNKNOWN
    birth_date: str = ""  # as typed
    phone: str = ""  # as typed
    sms_ok: bool = True
    call_hours: str = ""
    channel: IntakeChannel = IntakeChannel.VISIT
    referring_agency: str = ""
    crime_types: set[CrimeType] = field(default_factory=set)
    incident_date: str = ""
    summary: str = ""
    risk_level: RiskLevel | None = None
    lead_counselor_id: str | None = None
    intake_date: str = ""  # defaults to today


@dataclass(frozen=True)
class FieldProblem:
    field: str  # the form field's name
    message: str  # translatable English (context "Validation")
    params: dict[str, str] = dataclasses.field(default_factory=dict)


@dataclass
class ClientForm:
    """The client's details as typed in the overview tab."""

    name: str = ""
    alias: str = ""
    gender: Gender = Gender.UNKNOWN
    birth_date: str = ""
    nationality: str = "대한민국"
    interpreter_language: str = ""
    disability: str = ""
    address_road: str = ""
    address_detail: str = ""
    postal_code: str = ""
    address_private: bool = False
    offender_cohabits: bool = False
    guardian_name: str = ""
    guardian_relation: str = ""
    guardian_phone: str = ""
    guardian_is_suspect: bool = False


@dataclass
class PhoneForm:
    number: str = ""
    label: str = ""
    sms_ok: bool = True
    call_hours: str = ""
    instructions: str = ""
    is_primary: bool = False


@dataclass
class CaseDetailsForm:
    intake_date: str = ""
    intake_channel: IntakeChannel = IntakeChannel.VISIT
    referring_agency: str = ""
    incident_date: str = ""
    incident_summary: str = ""
    police_report: PoliceReport = PoliceReport.NOT_REPORTED
    police_station: str = ""
    police_case_number: str = ""
    offender_relationship: str = ""
    lead_counselor_id: str | None = None


@dataclass
class CounselingSessionForm:
    started_at: str = ""  # "YYYY-MM-DD HH:MM"
    mode: CounselingMode = CounselingMode.VISIT
    place: str = ""
    duration_minutes: str = "50"
    counselor_id: str | None = None
    note: str = ""
    next_steps: str = ""


@dataclass
class ServiceForm:
    domain: ServiceDomain = ServiceDomain.PSYCH
    service: str = ""
    provider_kind: str = "in_house"
    provider_name: str = ""
    provided_on: str = ""
    amount_krw: str = ""
    status: ServiceStatus = ServiceStatus.PLANNED


@dataclass
class FollowupForm:
    title: str = ""
    due_date: str = ""
    assignee_id: str | None = None


@dataclass
class GoalForm:
    domain: ServiceDomain | None = None
    goal: str = ""
    target_date: str = ""
    status: GoalStatus = GoalStatus.OPEN


@dataclass
class ConsentForm:
    """A consent as recorded by the counselor (from a signed paper, a call, or on screen)."""

    kind: ConsentKind
    agreed: bool = True
    agency_id: str | None = None
    items: frozenset[DataItem] = frozenset()
    purpose: str = ""
    retention: str = "지원 종료 후 3년"
    given_on: str = ""
    method: ConsentMethod = ConsentMethod.SIGNED_PAPER
    by_guardian: bool = False
    guardian_name: str = ""
    guardian_relation: str = ""
    legal_basis: str = ""
    legal_basis_reason: str = ""
    form_version: str = ""


@dataclass
class ReferralForm:
    agency_id: str = ""
    domain: ServiceDomain = ServiceDomain.PSYCH
    requested_services: str = ""
    reason: str = ""
    urgency: str = "normal"
    reply_due: str = ""
    contact_person: str = ""
    items: frozenset[DataItem] = frozenset()
    include_rrn: bool = False
    rrn_legal_basis: str = ""
