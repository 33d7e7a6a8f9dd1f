"""신규 접수: a client and a case from the few facts known at first contact, in one transaction."""

from __future__ import annotations

from datetime import date

from ..domain.audit import AuditAction
from ..domain.casework import FieldProblem, IntakeForm
from ..domain.errors import ErrorCode, OneStopError
from ..domain.roles import Permission
from ..domain.taxonomy import IntakeChannel
from ..domain.validation import NEED_AGENCY, NEED_CRIME_TYPE, Validator
from ..storage import repos
from ..storage.store import WriteTx
from ._auth import requires
from .case_access import record
from .session import Session


def check_intake(form: IntakeForm, today: date) -> tuple[list[FieldProblem], dict[str, object]]:
    """Every problem of the form (all at once), and the cleaned values when there are none."""
    v = Validator(today)
    name = v.person_name("name", form.name, required=True)
    alias = v.text("alias", form.alias, max_length=60)  # a pseudonym may hold digits
    birth = v.past_date("birth_date", form.birth_date)
    phone = v.phone("phone", form.phone)
    call_hours = v.text("call_hours", form.call_hours, max_length=100)
    agency = v.text("referring_agency", form.referring_agency, max_length=100)
    if (
        form.channel is IntakeChannel.AGENCY
        and agency is None
        and not any(p.field == "referring_agency" for p in v.problems)
    ):
        v.fail("referring_agency", NEED_AGENCY)
    if not form.crime_types:
        v.fail("crime_types", NEED_CRIME_TYPE)
    incident = v.past_date("incident_date", form.incident_date, not_before=birth)
    intake_day = v.past_date("intake_date", form.intake_date) if form.intake_date.strip() else today
    summary = v.text("summary", form.summary, max_length=4000)
    return v.problems, {
        "name": name,
        "alias": alias,
        "birth": birth,
        "phone": phone,
        "call_hours": call_hours or "",
        "agency": agency,
        "incident": incident,
        "intake_day": intake_day,
        "summary": summary or "",
    }


class Intake:
    def __init__(self, session: Session) -> None:
        self.session = session

    @requires(Permission.CASE_EDIT)
    def create(self, form: IntakeForm, today: date | None = None) -> str:
        """Create the client and the case; returns the case id. Refuses the whole form on any problem."""
        today = today or date.today()
        problems, clean = check_intake(form, today)
        if problems:
            raise OneStopError(ErrorCode.INVALID_INPUT, count=len(problems), problems=problems)
        with self.session.store.write(self.session.actor) as tx:
            client_id = repos.clients.insert(
                tx,
                {
                    "name": clean["name"],
                    "alias": clean["alias"],
                    "gender": str(form.gender),
                    "birth_date": clean["birth"].isoformat() if isinstance(clean["birth"], date) else None,
                },
            )
            if clean["phone"]:
                repos.clients.add_phone(
                    tx,
                    client_id,
                    str(clean["phone"]),
                    label="휴대전화",
                    sms_ok=form.sms_ok,
                    call_hours=str(clean["call_hours"]),
                    is_primary=True,
                )
            case_id = self._open_case(tx, client_id, form, clean, today)
        return case_id

    @requires(Permission.CASE_EDIT)
    def create_for_client(self, client_id: str, form: IntakeForm, today: date | None = None) -> str:
        """A new case for a client the center already has (a returning person, found by the intake's likely
        matches): the client's record, its consents still valid included, serves the new case; a phone number
        typed that the client does not have yet is added. Returns the case id."""
        today = today or date.today()
        problems, clean = check_intake(form, today)
        if problems:
            raise OneStopError(ErrorCode.INVALID_INPUT, count=len(problems), problems=problems)
        with self.session.store.write(self.session.actor) as tx:
            if repos.clients.get(tx.conn, client_id) is None or repos.client_merges.merged_into(tx.conn, client_id):
                raise OneStopError(ErrorCode.NOT_FOUND)
            phone = clean["phone"]
            if phone and all(p.digits != phone for p in repos.clients.phones(tx.conn, client_id)):
                repos.clients.add_phone(
                    tx, client_id, str(phone), label="휴대전화", sms_ok=form.sms_ok, call_hours=str(clean["call_hours"])
                )
            case_id = self._open_case(tx, client_id, form, clean, today, "intake: returning client")
        return case_id

    def _open_case(
        self,
        tx: WriteTx,
        client_id: str,
        form: IntakeForm,
        clean: dict[str, object],
        today: date,
        detail: str = "intake",
    ) -> str:
        store = self.session.store
        lead = form.lead_counselor_id or self.session.user.id
        intake_day = clean["intake_day"]
        assert isinstance(intake_day, date)
        number = repos.cases.next_case_number(
            tx, repos.devices.code_of(tx.conn, store.device.device_id), intake_day.year
        )
        incident = clean["incident"]
        case_id = repos.cases.insert(
            tx,
            {
                "case_number": number,
                "client_id": client_id,
                "intake_date": intake_day.isoformat(),
                "intake_channel": str(form.channel),
                "referring_agency": clean["agency"],
                "incident_date": incident.isoformat() if isinstance(incident, date) else None,
                "incident_summary": clean["summary"],
                "lead_counselor_id": lead,
            },
        )
        repos.cases.set_crime_types(tx, case_id, set(form.crime_types))
        if form.risk_level is not None:
            repos.cases.set_risk(tx, case_id, form.risk_level, today, self.session.user.id)
        record(tx, self.session, AuditAction.CREATE, case_id, detail)
        return case_id
