"""Case work on an existing case: the list, the case file and its history, the client and case details (the
records kept in the file, plan to follow-ups, are in case_records.py).

Each method checks the permission (decorator) and that this user may see the case, validates
the whole form (refusing it with every problem at once), writes in one transaction with its
audit entry, and refuses an edit made against an out-of-date copy (`expected_updated_at`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from ..domain.audit import AuditAction
from ..domain.case_status import CaseStatus, ClosingReason, can_move
from ..domain.casework import (
    CaseDetailsForm,
    CaseFile,
    CaseQuery,
    CaseRow,
    CaseSort,
    ClientForm,
    FieldProblem,
    Followup,
    HistoryEntry,
    NoteHit,
    PhoneForm,
)
from ..domain.errors import ErrorCode, OneStopError
from ..domain.korean import normalize_rrn
from ..domain.roles import Permission
from ..domain.taxonomy import CrimeType, RiskLevel
from ..domain.users import User
from ..domain.validation import (
    BAD_RRN,
    BAD_TRANSITION,
    NEED_CRIME_TYPE,
    NEED_LEGAL_BASIS,
    Validator,
)
from ..storage import repos
from ._auth import requires
from .case_access import case_id_for, record, require_case, visibility
from .case_closing import CaseClosing
from .case_editing import iso, refuse

PAGE_SIZE = 100


class CaseWork(CaseClosing):
    """`session.cases`: the list, the case file and its history, the client and case details; the records kept
    in the file (plan, sessions, services, follow-ups) come from `CaseRecords`."""

    # -- reading ---------------------------------------------------------------------------------
    @requires(Permission.USE_APP)
    def page(
        self, query: CaseQuery, offset: int = 0, limit: int = PAGE_SIZE, today: date | None = None
    ) -> list[CaseRow]:
        with self.session.store.read() as conn:
            return repos.case_list.page(conn, query, visibility(self.session), today or date.today(), offset, limit)

    @requires(Permission.USE_APP)
    def count(self, query: CaseQuery, today: date | None = None) -> int:
        with self.session.store.read() as conn:
            return repos.case_list.count(conn, query, visibility(self.session), today or date.today())

    @requires(Permission.USE_APP)
    def numbers(self, statuses: frozenset[CaseStatus] = frozenset()) -> Iterator[CaseRow]:
        """Every case in this user's scope, by case number, a page at a time (for the command line)."""
        query = CaseQuery(statuses=statuses, sort=CaseSort.CASE_NUMBER, descending=False)
        offset = 0
        while page := self.page(query, offset, PAGE_SIZE):
            yield from page
            offset += len(page)

    @requires(Permission.USE_APP)
    def case_id(self, case_ref: str) -> str:
        """The internal id of a case named by its visible number (or its id), within this user's scope."""
        with self.session.store.read() as conn:
            return case_id_for(self.session, conn, case_ref)

    @requires(Permission.USE_APP)
    def open(self, case_id: str) -> CaseFile:
        """The whole case file; every opening is a "view" in the audit trail."""
        notes = self.session.can(Permission.NOTES_READ)
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            case = repos.cases.get(conn, case_id)
            assert case is not None
            client = repos.clients.get(conn, case.client_id)
            if client is None:
                raise OneStopError(ErrorCode.NOT_FOUND)
            case_file = CaseFile(
                case=case,
                client=client,
                needs=repos.case_items.needs(conn, case_id),
                goals=repos.case_items.goals(conn, case_id),
                counseling_sessions=repos.case_items.counseling_sessions(conn, case_id, with_notes=notes),
                services=repos.case_items.services(conn, case_id),
                followups=repos.case_items.followups(conn, case_id),
                notes_visible=notes,
            )
        self.session.record(AuditAction.VIEW, "case", case_id)
        return case_file

    @requires(Permission.USE_APP)
    def history(self, case_id: str) -> list[HistoryEntry]:
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            client_id = repos.cases.client_id_of(conn, case_id)
            return repos.history.case_history(conn, case_id, client_id or "")

    @requires(Permission.USE_APP)
    def colleagues(self) -> list[User]:
        """Every staff account (deactivated ones too, since old cases still name them): for choosing a
        lead counselor, team or assignee and for showing names. Read-only; accounts hold no secrets."""
        with self.session.store.read() as conn:
            return repos.users.list_users(conn, include_inactive=True)

    @requires(Permission.NOTES_READ)
    def search_notes(self, text: str, limit: int = 50) -> list[NoteHit]:
        with self.session.store.read() as conn:
            hits = repos.case_list.search_notes(conn, text, visibility(self.session), limit)
        self.session.record(AuditAction.VIEW, "notes", "", f"note search, {len(hits)} hits")
        return hits

    @requires(Permission.USE_APP)
    def due_followups(self, until: date | None = None, user_id: str | None = None) -> tuple[Followup, ...]:
        """Overdue and due-this-week follow-ups of one person (default: the current user)."""
        until = until or date.today() + timedelta(days=6 - date.today().weekday())
        scope_sql, scope_params = visibility(self.session).sql()
        with self.session.store.read() as conn:
            return repos.case_items.due_followups(conn, user_id or self.session.user.id, until, scope_sql, scope_params)

    # -- client -----------------------------------------------------------------------------------
    @requires(Permission.CASE_EDIT)
    def update_client(self, case_id: str, form: ClientForm, expected_updated_at: str | None = None) -> None:
        v = Validator(date.today())
        name = v.person_name("name", form.name, required=True)
        alias = v.text("alias", form.alias, max_length=60)  # a pseudonym may hold digits
        birth = v.past_date("birth_date", form.birth_date)
        guardian_phone = v.phone("guardian_phone", form.guardian_phone)
        texts = {
            key: v.text(key, getattr(form, key), max_length=limit)
            for key, limit in (
                ("nationality", 50),
                ("interpreter_language", 50),
                ("disability", 200),
                ("address_road", 200),
                ("address_detail", 100),
                ("postal_code", 5),
                ("guardian_relation", 30),
            )
        }
        guardian = v.person_name("guardian_name", form.guardian_name, required=False)
        refuse(v.problems)
        with self._editing(case_id, AuditAction.UPDATE, "client details") as tx:
            client_id = repos.cases.client_id_of(tx.conn, case_id)
            assert client_id is not None
            self._expect(tx, "clients", client_id, expected_updated_at)
            repos.clients.update(
                tx,
                client_id,
                {
                    "name": name,
                    "alias": alias,
                    "gender": str(form.gender),
                    "birth_date": iso(birth),
                    "nationality": texts["nationality"] or "대한민국",
                    "interpreter_language": texts["interpreter_language"],
                    "disability": texts["disability"],
                    "address_road": texts["address_road"],
                    "address_detail": texts["address_detail"],
                    "postal_code": texts["postal_code"],
                    "address_private": int(form.address_private),
                    "offender_cohabits": int(form.offender_cohabits),
                    "guardian_name": guardian,
                    "guardian_relation": texts["guardian_relation"],
                    "guardian_phone": guardian_phone,
                    "guardian_is_suspect": int(form.guardian_is_suspect),
                },
            )

    @requires(Permission.CASE_EDIT)
    def add_phone(self, case_id: str, form: PhoneForm) -> str:
        v = Validator(date.today())
        digits = v.phone("number", form.number, required=True)
        v.text("instructions", form.instructions, max_length=200)
        refuse(v.problems)
        with self._editing(case_id, AuditAction.UPDATE, "phone added") as tx:
            client_id = repos.cases.client_id_of(tx.conn, case_id)
            assert client_id is not None and digits is not None
            phone_id = repos.clients.add_phone(
                tx,
                client_id,
                digits,
                label=form.label.strip(),
                sms_ok=form.sms_ok,
                call_hours=form.call_hours.strip(),
                instructions=form.instructions.strip(),
                is_primary=form.is_primary,
            )
        return phone_id

    @requires(Permission.CASE_EDIT)
    def remove_phone(self, case_id: str, phone_id: str) -> None:
        self._check(case_id)
        with self.session.store.write(self.session.actor) as tx:
            repos.clients.remove_phone(tx, phone_id)
            record(tx, self.session, AuditAction.UPDATE, case_id, "phone removed")

    @requires(Permission.CASE_EDIT)
    def set_rrn(self, case_id: str, rrn_text: str, legal_basis: str, valid_from: date | None = None) -> None:
        """Keep a resident registration number: only with a recorded legal basis (PIPA 제24조의2)."""
        v = Validator(date.today())
        rrn = normalize_rrn(rrn_text)
        if rrn is None:
            v.fail("rrn", BAD_RRN)
        if not legal_basis.strip():
            v.fail("legal_basis", NEED_LEGAL_BASIS)
        refuse(v.problems)
        self._check(case_id)
        with self.session.store.write(self.session.actor) as tx:
            client_id = repos.cases.client_id_of(tx.conn, case_id)
            assert client_id is not None and rrn is not None
            repos.clients.set_rrn(tx, client_id, rrn, legal_basis.strip(), valid_from or date.today())
            record(tx, self.session, AuditAction.UPDATE, case_id, "resident registration number recorded")

    @requires(Permission.RRN_REVEAL)
    def reveal_rrn(self, case_id: str, reason: str) -> str | None:
        """The full number, for an administrator, with the reason in the audit trail."""
        if not reason.strip():
            raise OneStopError(ErrorCode.INVALID_VALUE, field="reason", reason="required")
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            client_id = repos.cases.client_id_of(conn, case_id)
            rrn = repos.clients.current_rrn(conn, client_id or "")
        self.session.record(AuditAction.VIEW, "case", case_id, f"rrn revealed: {reason.strip()[:100]}")
        return rrn

    # -- case details -------------------------------------------------------------------------------
    @requires(Permission.CASE_EDIT)
    def update_details(self, case_id: str, form: CaseDetailsForm, expected_updated_at: str | None = None) -> None:
        v = Validator(date.today())
        intake = v.past_date("intake_date", form.intake_date, required=True)
        incident = v.past_date("incident_date", form.incident_date)
        values = {
            key: v.text(key, getattr(form, key), max_length=limit)
            for key, limit in (
                ("referring_agency", 100),
                ("incident_summary", 4000),
                ("police_station", 100),
                ("police_case_number", 50),
                ("offender_relationship", 50),
            )
        }
        refuse(v.problems)
        self._check(case_id)
        with self.session.store.write(self.session.actor) as tx:
            self._expect(tx, "cases", case_id, expected_updated_at)
            repos.cases.update(
                tx,
                case_id,
                {
                    **values,
                    "incident_summary": values["incident_summary"] or "",
                    "intake_date": iso(intake),
                    "incident_date": iso(incident),
                    "intake_channel": str(form.intake_channel),
                    "police_report": str(form.police_report),
                    "lead_counselor_id": form.lead_counselor_id,
                },
            )
            record(tx, self.session, AuditAction.UPDATE, case_id, "case details")

    @requires(Permission.CASE_EDIT)
    def set_crime_types(self, case_id: str, types: set[CrimeType]) -> None:
        if not types:
            refuse([FieldProblem("crime_types", NEED_CRIME_TYPE)])
        with self._editing(case_id, AuditAction.UPDATE, "crime types") as tx:
            repos.cases.set_crime_types(tx, case_id, types)

    @requires(Permission.CASE_EDIT)
    def set_team(self, case_id: str, user_ids: set[str]) -> None:
        with self._editing(case_id, AuditAction.UPDATE, f"team: {len(user_ids)} members") as tx:
            repos.cases.set_team(tx, case_id, user_ids)

    @requires(Permission.CASE_EDIT)
    def assess_risk(self, case_id: str, level: RiskLevel, assessed_on: date | None = None) -> None:
        self._check(case_id)
        with self.session.store.write(self.session.actor) as tx:
            repos.cases.set_risk(tx, case_id, level, assessed_on or date.today(), self.session.user.id)
            record(tx, self.session, AuditAction.UPDATE, case_id, f"risk: {level}")

    @requires(Permission.CASE_EDIT)
    def change_status(self, case_id: str, status: CaseStatus, reason: ClosingReason | None = None) -> None:
        """Closing goes through `close` (open items get their defaults; a high-risk case needs `close` with a note)."""
        if status is CaseStatus.CLOSED:
            self.close(case_id, reason)
            return
        self._check(case_id)
        with self.session.store.write(self.session.actor) as tx:
            case = repos.cases.get(tx.conn, case_id)
            assert case is not None
            if case.status is status:
                return
            if not can_move(case.status, status):
                refuse([FieldProblem("status", BAD_TRANSITION)])
            repos.cases.set_status(tx, case_id, status, None, None)
            record(tx, self.session, AuditAction.UPDATE, case_id, f"status: {case.status} -> {status}")
