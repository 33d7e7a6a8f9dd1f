"""`session.safety`: danger assessments over time, safety plan versions, protective measures with expiry, legal
deadlines (with waivers) and the discreet safety card.

Every method checks the permission (decorator) and that this user may see the case; writes are one transaction
with their audit entry. The plan's code word and contacts are sensitive: they go to the card only, never to a
referral letter (documents.py draws letters from consented items alone).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .. import export
from ..domain.audit import AuditAction
from ..domain.casework import FieldProblem
from ..domain.errors import ErrorCode, OneStopError
from ..domain.ids import new_id
from ..domain.korean import format_phone
from ..domain.legal_deadlines import RULES_BY_CODE, Deadline, deadlines
from ..domain.outputs import OutputKind
from ..domain.roles import Permission
from ..domain.safety import (
    REMIND_DEADLINE_DAYS,
    REMIND_MEASURE_DAYS,
    REMIND_PLAN_REVIEW_DAYS,
    Answer,
    Assessment,
    Checklist,
    ChecklistItem,
    Cutoffs,
    DueKind,
    Measure,
    MeasureKind,
    PlanSection,
    SafetyCard,
    SafetyDue,
    SafetyPlan,
    measure_reminder,
    score,
    within,
)
from ..domain.settings import CENTER_NAME, CENTER_PHONE
from ..domain.taxonomy import RiskLevel
from ..domain.text import QT_TRANSLATE_NOOP
from ..domain.validation import Validator
from ..storage import repos
from ..storage.atomic_file import write_atomic
from ..storage.audit_log import AuditRecord
from ..storage.repos.case_list import Visibility
from ._auth import requires
from .case_access import record, require_case, visibility
from .case_editing import refuse
from .documents import NEED_PURPOSE, RenderedDocument, register_output
from .output_target import check_output_target
from .session import Session

NEED_REASON = QT_TRANSLATE_NOOP("Validation", "Give the reason.")
NEED_ANSWERS = QT_TRANSLATE_NOOP("Validation", "Answer every question (yes, no or don't know).")
EXPIRES_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The end date is before the start date.")
UNKNOWN_RULE = QT_TRANSLATE_NOOP("Validation", "There is no such deadline rule.")
PLAN_REVIEW = QT_TRANSLATE_NOOP("Safety", "Review the safety plan")
BAD_ITEMS = QT_TRANSLATE_NOOP(
    "Validation", "Give every question its own code (Latin letters, digits and _), and at least one question."
)
BAD_ITEM = QT_TRANSLATE_NOOP("Validation", "Every question needs a Korean and an English text and a weight of 1 to 10.")
BAD_CUTOFFS = QT_TRANSLATE_NOOP("Validation", "The cut-offs must rise: medium < high < critical.")


class Safety:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- danger assessment --------------------------------------------------------------------------------------
    @requires(Permission.USE_APP)
    def checklist(self) -> Checklist:
        with self.session.store.read() as conn:
            found = repos.safety.current_checklist(conn)
        if found is None:
            raise OneStopError(ErrorCode.NOT_FOUND)
        return found

    @requires(Permission.SURVEYS_EDIT)
    def publish_checklist(self, items: tuple[ChecklistItem, ...], cutoffs: Cutoffs, today: date | None = None) -> str:
        """A new checklist version (center-wide); assessments keep the version they were scored with."""
        problems = (
            [] if 0 < cutoffs.medium < cutoffs.high < cutoffs.critical else [FieldProblem("cutoffs", BAD_CUTOFFS)]
        )
        codes = [item.code for item in items]
        if not items or len(set(codes)) != len(codes) or not all(c.isidentifier() and c.isascii() for c in codes):
            problems.append(FieldProblem("items", BAD_ITEMS))
        if any(not (1 <= item.weight <= 10) or not item.text_ko.strip() or not item.text_en.strip() for item in items):
            problems.append(FieldProblem("items", BAD_ITEM))
        refuse(problems)
        with self.session.store.write(self.session.actor) as tx:
            checklist_id = repos.safety.publish_checklist(tx, items, cutoffs, today or date.today())
            user = self.session.user
            tx.audit(AuditRecord(user.id, user.username, AuditAction.SETTINGS_CHANGE, "danger_checklist", checklist_id))
        return checklist_id

    @requires(Permission.USE_APP)
    def assessments(self, case_id: str) -> list[Assessment]:
        """Every assessment of the case, oldest first."""
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            return repos.safety.assessments(conn, case_id)

    @requires(Permission.CASE_EDIT)
    def assess(
        self,
        case_id: str,
        answers: dict[str, Answer],
        assessed_on: str,
        *,
        override: RiskLevel | None = None,
        override_reason: str = "",
        today: date | None = None,
    ) -> Assessment:
        """Score the current checklist, keep the assessment and set the case's risk level from it (or from the
        counselor's override, which needs a reason)."""
        v = Validator(today or date.today())
        on = v.past_date("assessed_on", assessed_on, required=True)
        reason = v.text("override_reason", override_reason, max_length=500) or ""
        checklist = self.checklist()
        if any(item.code not in answers for item in checklist.items):
            v.fail("answers", NEED_ANSWERS)
        if override is not None and not reason:
            v.fail("override_reason", NEED_REASON)
        refuse(v.problems)
        assert on is not None
        total, computed = score(checklist, answers)
        assessment = Assessment(
            new_id(), case_id, checklist.id, checklist.version, {i.code: answers[i.code] for i in checklist.items},
            total, checklist.max_score, computed, override or computed, reason if override else "", on,
            self.session.user.id, self.session.user.display_name,
        )  # fmt: skip
        with self.session.store.write(self.session.actor) as tx:
            require_case(self.session, tx.conn, case_id)
            repos.safety.add_assessment(tx, assessment)
            record(tx, self.session, AuditAction.CREATE, case_id, "danger_assessment")
        return assessment

    # -- safety plan ----------------------------------------------------------------------------------------------
    @requires(Permission.USE_APP)
    def plans(self, case_id: str) -> list[SafetyPlan]:
        """Every version, newest first."""
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            return repos.safety.plans(conn, case_id)

    @requires(Permission.CASE_EDIT)
    def save_plan(
        self,
        case_id: str,
        sections: dict[PlanSection, str],
        review_on: str,
        *,
        card_names_center: bool = False,
        today: date | None = None,
    ) -> SafetyPlan:
        """A new version of the plan (earlier versions stay)."""
        today = today or date.today()
        v = Validator(today)
        review = v.any_date("review_on", review_on)
        cleaned = {s: (v.text(str(s), text, max_length=2000) or "") for s, text in sections.items()}
        refuse(v.problems)
        with self.session.store.write(self.session.actor) as tx:
            require_case(self.session, tx.conn, case_id)
            plan = repos.safety.add_plan(tx, case_id, cleaned, review, card_names_center, today)
            record(tx, self.session, AuditAction.CREATE, case_id, f"safety_plan v{plan.version}")
        return plan

    # -- protective measures --------------------------------------------------------------------------------------
    @requires(Permission.USE_APP)
    def measures(self, case_id: str) -> list[Measure]:
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            return repos.safety.measures(conn, case_id)

    @requires(Permission.CASE_EDIT)
    def save_measure(
        self,
        case_id: str,
        kind: MeasureKind,
        starts_on: str,
        expires_on: str,
        *,
        decided_by: str = "",
        reference: str = "",
        note: str = "",
        ended_on: str = "",
        measure_id: str | None = None,
        expected_updated_at: str | None = None,
        today: date | None = None,
    ) -> Measure:
        """Add a measure, or change one (an extension moves `expires_on`; `ended_on` when it was returned)."""
        v = Validator(today or date.today())
        start = v.any_date("starts_on", starts_on, required=True)
        end = v.any_date("expires_on", expires_on)
        ended = v.any_date("ended_on", ended_on)
        if start and end and end < start:
            v.fail("expires_on", EXPIRES_BEFORE_START)
        measure = Measure(
            measure_id or new_id(), case_id, kind, start or date.min, end, v.text("decided_by", decided_by) or "",
            v.text("reference", reference, max_length=100) or "", ended, v.text("note", note, max_length=1000) or "",
        )  # fmt: skip
        refuse(v.problems)
        with self.session.store.write(self.session.actor) as tx:
            require_case(self.session, tx.conn, case_id)
            values = repos.safety.measure_values(measure)
            if measure_id is None:
                tx.insert("protective_measures", {"id": measure.id, "case_id": case_id, **values})
                action = AuditAction.CREATE
            else:
                current = repos.safety.measure(tx.conn, measure_id)
                if current is None or current.case_id != case_id:
                    raise OneStopError(ErrorCode.NOT_FOUND)
                if expected_updated_at is not None and current.updated_at != expected_updated_at:
                    raise OneStopError(ErrorCode.EDIT_CONFLICT)
                tx.update("protective_measures", measure_id, values)
                action = AuditAction.UPDATE
            record(tx, self.session, action, case_id, f"protective_measure {kind}")
        return measure

    # -- legal deadlines --------------------------------------------------------------------------------------------
    @requires(Permission.USE_APP)
    def case_deadlines(self, case_id: str) -> list[Deadline]:
        """Every deadline the case's dates give, soonest first, waived ones with their reason."""
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            return deadlines(repos.safety.case_dates(conn, case_id), repos.safety.waivers(conn, case_id))

    @requires(Permission.USE_APP)
    def case_dates(self, case_id: str) -> tuple[date | None, date | None, date | None]:
        """(incident, learned of the harm as recorded, 구조금 decision served)."""
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            dates = repos.safety.case_dates(conn, case_id)
        return dates.incident, dates.harm_learned, dates.relief_decision

    @requires(Permission.CASE_EDIT)
    def set_dates(self, case_id: str, harm_learned_on: str, relief_decision_on: str, today: date | None = None) -> None:
        """The date the victim learned of the harm (empty: the incident date) and the service date of a 구조금
        decision (the 재심 deadline runs from it)."""
        v = Validator(today or date.today())
        learned = v.past_date("harm_learned_on", harm_learned_on)
        decision = v.past_date("relief_decision_on", relief_decision_on)
        refuse(v.problems)
        with self.session.store.write(self.session.actor) as tx:
            require_case(self.session, tx.conn, case_id)
            values = {"harm_learned_on": learned, "relief_decision_on": decision}
            tx.update("cases", case_id, {k: d.isoformat() if d else None for k, d in values.items()})
            record(tx, self.session, AuditAction.UPDATE, case_id, "deadline dates")

    @requires(Permission.CASE_EDIT)
    def waive(self, case_id: str, rule: str, reason: str | None) -> None:
        """Mark a deadline not applicable with a reason; `reason` None makes it applicable again."""
        v = Validator(date.today())
        if rule not in RULES_BY_CODE:
            v.fail("rule", UNKNOWN_RULE)
        cleaned = None if reason is None else v.text("reason", reason, required=True, max_length=500)
        refuse(v.problems)
        with self.session.store.write(self.session.actor) as tx:
            require_case(self.session, tx.conn, case_id)
            repos.safety.set_waiver(tx, case_id, rule, cleaned)
            record(tx, self.session, AuditAction.UPDATE, case_id, f"deadline {rule} {'waived' if cleaned else 'open'}")

    # -- what is due ------------------------------------------------------------------------------------------------
    def _due(self, scope: Visibility, today: date, days: int | None) -> list[SafetyDue]:
        until = date.max if days is None else date.fromordinal(today.toordinal() + days)
        found: list[SafetyDue] = []
        with self.session.store.read() as conn:
            for case in repos.safety.open_cases_with_dates(conn, scope):
                for d in deadlines(case.dates, case.waivers):
                    if d.open:
                        kind = DueKind.DEADLINE
                        found.append(SafetyDue(d.due, case.case_id, case.case_number, kind, d.rule.kind, d.rule.source))
            for number, m in repos.safety.expiring_measures(conn, scope, until):
                assert m.expires_on is not None
                found.append(
                    SafetyDue(m.expires_on, m.case_id, number, DueKind.MEASURE, measure_reminder(m.kind), "", m.id)
                )
            for case_id, number, review_on in repos.safety.plan_reviews(conn, scope, until):
                found.append(SafetyDue(review_on, case_id, number, DueKind.PLAN_REVIEW, PLAN_REVIEW))
        return within(found, today, days)

    @requires(Permission.USE_APP)
    def due(self, within_days: int | None = None, today: date | None = None) -> list[SafetyDue]:
        """Open deadlines, expiring measures and plan reviews in this user's scope, soonest first."""
        return self._due(visibility(self.session), today or date.today(), within_days)

    @requires(Permission.USE_APP)
    def my_reminders(self, today: date | None = None) -> list[SafetyDue]:
        """내 할 일: on my cases, deadlines within 30 days, measures within 14 days of expiry, plan reviews within
        a week."""
        today = today or date.today()
        mine = Visibility(self.session.user.id, False)
        limits = {
            DueKind.DEADLINE: REMIND_DEADLINE_DAYS,
            DueKind.MEASURE: max(REMIND_MEASURE_DAYS),
            DueKind.PLAN_REVIEW: REMIND_PLAN_REVIEW_DAYS,
        }
        return [i for i in self._due(mine, today, REMIND_DEADLINE_DAYS) if (i.due - today).days <= limits[i.kind]]

    # -- the safety card --------------------------------------------------------------------------------------------
    @requires(Permission.DOCUMENTS)
    def safety_card(self, case_id: str, purpose: str) -> RenderedDocument:
        """The discreet card from the latest plan (emergency numbers alone without one)."""
        cleaned = purpose.strip()[:200]
        if not cleaned:
            refuse([FieldProblem("purpose", NEED_PURPOSE)])
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            client_id = repos.cases.client_id_of(conn, case_id)
            plans = repos.safety.plans(conn, case_id)
        plan = plans[0] if plans else None
        phone = str(self.session.settings.get(CENTER_PHONE))
        name = str(self.session.settings.get(CENTER_NAME)) if plan and plan.card_names_center else ""
        card = SafetyCard(
            format_phone(phone) if phone else "",
            name,
            plan.text(PlanSection.CODE_WORD) if plan else "",
            plan.text(PlanSection.CONTACTS) if plan else "",
        )
        try:
            data = export.render_safety_card(card)
        except export.FontMissing as missing:
            raise OneStopError(ErrorCode.FONT_MISSING, font=str(missing)) from None
        return RenderedDocument("safety_card", data, 1, "", cleaned, (), client_id, case_id)

    @requires(Permission.DOCUMENTS)
    def save_card(self, document: RenderedDocument, target: Path, *, overwrite: bool = False) -> None:
        """Write the card where the user chose, register it (출력 사유) and audit the export."""
        check_output_target(target, self.session.vault.data_dir.root, OutputKind.PDF, overwrite=overwrite)
        write_atomic(target, document.data)
        register_output(self.session, document, "file")

    @requires(Permission.DOCUMENTS)
    def record_printed(self, document: RenderedDocument) -> None:
        register_output(self.session, document, "print")
