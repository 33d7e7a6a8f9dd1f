"""Korean words for the change log: which record, which field, what happened.

Bookkeeping columns (who/when/device, the parent's id, sort helpers) are never shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.casework import HistoryEntry
from ...domain.corrections import REASON_LABELS, RemovalReason
from ...domain.taxonomy import CRIME_TYPE_LABELS, SERVICE_DOMAIN_LABELS, CrimeType, ServiceDomain
from ...domain.text import QT_TRANSLATE_NOOP

HIDDEN = frozenset(
    {
        "case_id",
        "client_id",
        "deleted_at",
        "risk_rank",
        "last_activity_at",
        "import_key",
        "id",
        "updated_at",
        "updated_by",
        "created_at",
        "origin_device",
        "first_day",  # an appointment's indexed span, recomputed from its occurrences
        "last_day",
        "merged_client_id",  # a client merge names the other client by its case numbers, not by this id
        "merged_values",  # what the merged-away client held: the merge dialog's record, not a change
        "taken_fields",
    }
)

TABLES: dict[str, str] = {
    "clients": QT_TRANSLATE_NOOP("History", "Client"),
    "client_phones": QT_TRANSLATE_NOOP("History", "Phone number"),
    "client_rrns": QT_TRANSLATE_NOOP("History", "Resident registration number"),
    "cases": QT_TRANSLATE_NOOP("History", "Case"),
    "case_crime_types": QT_TRANSLATE_NOOP("History", "Crime type"),
    "case_team": QT_TRANSLATE_NOOP("History", "Team"),
    "needs": QT_TRANSLATE_NOOP("History", "Need"),
    "plan_goals": QT_TRANSLATE_NOOP("History", "Plan goal"),
    "case_sessions": QT_TRANSLATE_NOOP("History", "Counseling session"),
    "case_services": QT_TRANSLATE_NOOP("History", "Service"),
    "followups": QT_TRANSLATE_NOOP("History", "Follow-up"),
    "consents": QT_TRANSLATE_NOOP("History", "Consent"),
    "client_merges": QT_TRANSLATE_NOOP("History", "Client merge"),
    "referrals": QT_TRANSLATE_NOOP("History", "Referral"),
    "program_enrolments": QT_TRANSLATE_NOOP("History", "Program enrolment"),
    "appointments": QT_TRANSLATE_NOOP("History", "Appointment"),
    "feedback_requests": QT_TRANSLATE_NOOP("History", "Satisfaction survey"),
    "danger_assessments": QT_TRANSLATE_NOOP("History", "Danger assessment"),
    "safety_plans": QT_TRANSLATE_NOOP("History", "Safety plan"),
    "protective_measures": QT_TRANSLATE_NOOP("History", "Protective measure"),
    "deadline_waivers": QT_TRANSLATE_NOOP("History", "Deadline not applicable"),
    "subject_requests": QT_TRANSLATE_NOOP("History", "Data subject request"),
}

OPERATIONS: dict[str, str] = {
    "insert": QT_TRANSLATE_NOOP("History", "added"),
    "update": QT_TRANSLATE_NOOP("History", "changed"),
    "delete": QT_TRANSLATE_NOOP("History", "removed"),
}

FIELDS: dict[str, str] = {
    # clients
    "name": QT_TRANSLATE_NOOP("History", "name"),
    "alias": QT_TRANSLATE_NOOP("History", "alias"),
    "gender": QT_TRANSLATE_NOOP("History", "gender"),
    "birth_date": QT_TRANSLATE_NOOP("History", "date of birth"),
    "nationality": QT_TRANSLATE_NOOP("History", "nationality"),
    "interpreter_language": QT_TRANSLATE_NOOP("History", "interpreter"),
    "disability": QT_TRANSLATE_NOOP("History", "disability"),
    "address_road": QT_TRANSLATE_NOOP("History", "address"),
    "address_detail": QT_TRANSLATE_NOOP("History", "address details"),
    "postal_code": QT_TRANSLATE_NOOP("History", "postal code"),
    "address_private": QT_TRANSLATE_NOOP("History", "address withheld"),
    "offender_cohabits": QT_TRANSLATE_NOOP("History", "lives with the offender"),
    "guardian_name": QT_TRANSLATE_NOOP("History", "guardian's name"),
    "guardian_relation": QT_TRANSLATE_NOOP("History", "guardian's relation"),
    "guardian_phone": QT_TRANSLATE_NOOP("History", "guardian's phone"),
    "guardian_is_suspect": QT_TRANSLATE_NOOP("History", "guardian suspected"),
    # phones and registration numbers
    "digits": QT_TRANSLATE_NOOP("History", "number"),
    "label": QT_TRANSLATE_NOOP("History", "label"),
    "sms_ok": QT_TRANSLATE_NOOP("History", "text messages"),
    "call_hours": QT_TRANSLATE_NOOP("History", "hours to call"),
    "instructions": QT_TRANSLATE_NOOP("History", "contact instructions"),
    "is_primary": QT_TRANSLATE_NOOP("History", "main number"),
    "rrn": QT_TRANSLATE_NOOP("History", "number"),
    "legal_basis": QT_TRANSLATE_NOOP("History", "legal basis"),
    "valid_from": QT_TRANSLATE_NOOP("History", "valid from"),
    "superseded_at": QT_TRANSLATE_NOOP("History", "replaced on"),
    # cases
    "case_number": QT_TRANSLATE_NOOP("History", "case number"),
    "intake_date": QT_TRANSLATE_NOOP("History", "intake date"),
    "intake_channel": QT_TRANSLATE_NOOP("History", "intake channel"),
    "referring_agency": QT_TRANSLATE_NOOP("History", "referring agency"),
    "incident_date": QT_TRANSLATE_NOOP("History", "incident date"),
    "incident_summary": QT_TRANSLATE_NOOP("History", "incident summary"),
    "police_report": QT_TRANSLATE_NOOP("History", "police report"),
    "police_station": QT_TRANSLATE_NOOP("History", "police station"),
    "police_case_number": QT_TRANSLATE_NOOP("History", "police case number"),
    "offender_relationship": QT_TRANSLATE_NOOP("History", "relationship to the offender"),
    "risk_level": QT_TRANSLATE_NOOP("History", "risk"),
    "risk_assessed_on": QT_TRANSLATE_NOOP("History", "risk assessed on"),
    "risk_assessed_by": QT_TRANSLATE_NOOP("History", "risk assessed by"),
    "status": QT_TRANSLATE_NOOP("History", "status"),
    "closed_on": QT_TRANSLATE_NOOP("History", "closed on"),
    "closing_reason": QT_TRANSLATE_NOOP("History", "closing reason"),
    "closing_note": QT_TRANSLATE_NOOP("History", "closing note"),
    "lead_counselor_id": QT_TRANSLATE_NOOP("History", "lead counselor"),
    "crime_type": QT_TRANSLATE_NOOP("History", "crime type"),
    "user_id": QT_TRANSLATE_NOOP("History", "member"),
    # needs, plan, sessions, services, follow-ups
    "domain": QT_TRANSLATE_NOOP("History", "domain"),
    "level": QT_TRANSLATE_NOOP("History", "level"),
    "note": QT_TRANSLATE_NOOP("History", "note"),
    "goal": QT_TRANSLATE_NOOP("History", "goal"),
    "target_date": QT_TRANSLATE_NOOP("History", "target date"),
    "started_at": QT_TRANSLATE_NOOP("History", "date and time"),
    "mode": QT_TRANSLATE_NOOP("History", "mode"),
    "place": QT_TRANSLATE_NOOP("History", "place"),
    "duration_minutes": QT_TRANSLATE_NOOP("History", "duration"),
    # appointments
    "first_start": QT_TRANSLATE_NOOP("History", "first date and time"),
    "minutes": QT_TRANSLATE_NOOP("History", "duration"),
    "weekly_count": QT_TRANSLATE_NOOP("History", "repetitions"),
    "interval_weeks": QT_TRANSLATE_NOOP("History", "interval in weeks"),
    "place_kind": QT_TRANSLATE_NOOP("History", "place"),
    "counselor_id": QT_TRANSLATE_NOOP("History", "counselor"),
    "next_steps": QT_TRANSLATE_NOOP("History", "next steps"),
    "service": QT_TRANSLATE_NOOP("History", "service"),
    "provider_kind": QT_TRANSLATE_NOOP("History", "provider"),
    "provider_name": QT_TRANSLATE_NOOP("History", "provider's name"),
    "provided_on": QT_TRANSLATE_NOOP("History", "date provided"),
    "amount_krw": QT_TRANSLATE_NOOP("History", "amount"),
    "title": QT_TRANSLATE_NOOP("History", "task"),
    "due_date": QT_TRANSLATE_NOOP("History", "due date"),
    "assignee_id": QT_TRANSLATE_NOOP("History", "assignee"),
    "done_on": QT_TRANSLATE_NOOP("History", "done on"),
    # client merges
    "merged_into": QT_TRANSLATE_NOOP("History", "merged into another client"),
    "merged_at": QT_TRANSLATE_NOOP("History", "merged at"),
    "merged_on": QT_TRANSLATE_NOOP("History", "merged on"),
    "by_user": QT_TRANSLATE_NOOP("History", "by"),
    # consents and referrals
    "kind": QT_TRANSLATE_NOOP("History", "kind"),
    "agency_id": QT_TRANSLATE_NOOP("History", "agency"),
    "agreed": QT_TRANSLATE_NOOP("History", "agreed"),
    "items": QT_TRANSLATE_NOOP("History", "items"),
    "purpose": QT_TRANSLATE_NOOP("History", "purpose"),
    "retention": QT_TRANSLATE_NOOP("History", "retention"),
    "given_on": QT_TRANSLATE_NOOP("History", "given on"),
    "method": QT_TRANSLATE_NOOP("History", "method"),
    "taken_by": QT_TRANSLATE_NOOP("History", "taken by"),
    "form_version": QT_TRANSLATE_NOOP("History", "form version"),
    "by_guardian": QT_TRANSLATE_NOOP("History", "given by the guardian"),
    "legal_basis_reason": QT_TRANSLATE_NOOP("History", "reason for the legal basis"),
    "withdrawn_on": QT_TRANSLATE_NOOP("History", "withdrawn on"),
    "withdrawal_note": QT_TRANSLATE_NOOP("History", "withdrawal note"),
    "attachment_id": QT_TRANSLATE_NOOP("History", "attachment"),
    "number": QT_TRANSLATE_NOOP("History", "number"),
    "direction": QT_TRANSLATE_NOOP("History", "direction"),
    "requested_services": QT_TRANSLATE_NOOP("History", "requested services"),
    "reason": QT_TRANSLATE_NOOP("History", "reason"),
    "urgency": QT_TRANSLATE_NOOP("History", "urgency"),
    "reply_due": QT_TRANSLATE_NOOP("History", "reply due"),
    "contact_person": QT_TRANSLATE_NOOP("History", "contact person"),
    "include_rrn": QT_TRANSLATE_NOOP("History", "registration number included"),
    "rrn_legal_basis": QT_TRANSLATE_NOOP("History", "legal basis for the registration number"),
    "created_on": QT_TRANSLATE_NOOP("History", "created on"),
    "created_by": QT_TRANSLATE_NOOP("History", "created by"),
    # programs
    "enrolled_on": QT_TRANSLATE_NOOP("History", "enrolled on"),
    "completed_on": QT_TRANSLATE_NOOP("History", "completed on"),
    # safety
    "harm_learned_on": QT_TRANSLATE_NOOP("History", "learned of the harm on"),
    "relief_decision_on": QT_TRANSLATE_NOOP("History", "relief fund decision served on"),
    "starts_on": QT_TRANSLATE_NOOP("History", "start"),
    "expires_on": QT_TRANSLATE_NOOP("History", "expiry"),
    "ended_on": QT_TRANSLATE_NOOP("History", "ended on"),
    "decided_by": QT_TRANSLATE_NOOP("History", "decided by"),
    "reference": QT_TRANSLATE_NOOP("History", "decision number"),
    "active": QT_TRANSLATE_NOOP("History", "applies"),
    # a record removed by mistake, and the data subject's requests
    "deleted_reason": QT_TRANSLATE_NOOP("History", "reason for removal"),
    "deleted_note": QT_TRANSLATE_NOOP("History", "removal note"),
    "received_on": QT_TRANSLATE_NOOP("History", "received on"),
    "due_on": QT_TRANSLATE_NOOP("History", "due on"),
    "detail": QT_TRANSLATE_NOOP("History", "what was asked"),
    "outcome": QT_TRANSLATE_NOOP("History", "outcome"),
    "answer": QT_TRANSLATE_NOOP("History", "answer"),
    "answered_on": QT_TRANSLATE_NOOP("History", "answered on"),
    "received_by": QT_TRANSLATE_NOOP("History", "received by"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def visible_fields(entry: HistoryEntry) -> list[str]:
    return [f for f in entry.fields if f not in HIDDEN]


def worth_showing(entry: HistoryEntry) -> bool:
    """A bare "recent activity" bump of the case accompanies every change; it says nothing itself."""
    return entry.op != "update" or bool(visible_fields(entry))


def _member(entry: HistoryEntry, person: dict[str, str]) -> str:
    """Crime types, needs and team rows are keyed `<case id>:<value>`: name the value."""
    value = entry.row_id.rpartition(":")[2] if ":" in entry.row_id else ""
    if not value:
        return ""
    if entry.table == "case_crime_types" and value in CrimeType.__members__.values():
        return QCoreApplication.translate("Taxonomy", CRIME_TYPE_LABELS[CrimeType(value)])
    if entry.table == "needs" and value in ServiceDomain.__members__.values():
        return QCoreApplication.translate("Taxonomy", SERVICE_DOMAIN_LABELS[ServiceDomain(value)])
    if entry.table == "case_team":
        return person.get(value, "")
    return ""


def describe(entry: HistoryEntry, person: dict[str, str] | None = None) -> str:
    """e.g. "Client changed: name, date of birth" / "내담자 수정: 이름, 생년월일"."""
    what = _tr(TABLES[entry.table]) if entry.table in TABLES else entry.table
    member = _member(entry, person or {})
    if member:
        what = f"{what} ({member})"
    operation = _tr(OPERATIONS[entry.op]) if entry.op in OPERATIONS else entry.op
    text = QCoreApplication.translate("History", "{what} {operation}").format(what=what, operation=operation)
    if entry.op == "update":
        fields = [_tr(FIELDS[f]) if f in FIELDS else f for f in visible_fields(entry)]
        text += ": " + ", ".join(fields)
    if entry.op == "delete" and entry.removal_reason in RemovalReason.__members__.values():
        reason = QCoreApplication.translate("Corrections", REASON_LABELS[RemovalReason(entry.removal_reason)])
        text += ": " + reason
    return text
