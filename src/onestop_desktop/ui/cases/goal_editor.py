"""The service plan: goals with a domain, a target date and a status, beside their form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from ...domain.casework import CaseFile, Goal, GoalForm
from ...domain.corrections import RemovableKind
from ...domain.roles import Permission
from ...domain.taxonomy import GOAL_STATUS_LABELS, SERVICE_DOMAIN_LABELS, GoalStatus, ServiceDomain
from ...services.session import Session
from ..common.fields import choice, date_edit, enum_combo, set_choice, text_edit
from ..common.forms import buddy_label
from ..common.text import iso_day
from ..models.goal_table_model import GoalTableModel
from .record_editor import RecordEditor


class GoalEditor(RecordEditor[GoalForm, Goal]):
    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(GoalTableModel(), "goalTable", 1, parent)
        self.table.setAccessibleName(self.tr("Plan goals"))
        self.new_button.setText(self.tr("New goal"))
        self.session = session
        self.case_id = case_id
        self.enable_removal(session, case_id, RemovableKind.GOAL)
        self.domain = enum_combo(
            self, "goalDomain", self.tr("Domain"), SERVICE_DOMAIN_LABELS, none_text=self.tr("No particular domain")
        )
        self.goal = text_edit(self, "goalText", self.tr("Goal"), max_length=500)
        self.target = date_edit(self, "goalTarget", self.tr("Target date"))
        self.status = enum_combo(self, "goalStatus", self.tr("Status"), GOAL_STATUS_LABELS)
        e = self.errors
        self.form.addRow(buddy_label(self.tr("Domain:"), self.domain, self), self.domain)
        self.form.addRow(buddy_label(self.tr("&Goal:"), self.goal, self), e.wrap("goal", self.goal, self))
        self.form.addRow(
            buddy_label(self.tr("Target date:"), self.target, self), e.wrap("target_date", self.target, self)
        )
        self.form.addRow(buddy_label(self.tr("Status:"), self.status, self), self.status)
        self.watch(self.domain, self.goal, self.target, self.status)
        self.set_editable(
            session.can(Permission.CASE_EDIT), self.domain, self.goal, self.target, self.status, self.new_button
        )

    def title(self) -> str:
        return self.tr("Plan goal")

    def records_of(self, case_file: CaseFile) -> Sequence[Goal]:
        return case_file.goals

    def form_of(self, record: Goal) -> GoalForm:
        return GoalForm(
            domain=record.domain, goal=record.goal, target_date=iso_day(record.target_date), status=record.status
        )

    def blank(self) -> GoalForm:
        return GoalForm()

    def create_record(self, form: GoalForm) -> str:
        return self.session.cases.add_goal(self.case_id, form)

    def update_record(self, record_id: str, form: GoalForm, stamp: str | None) -> None:
        self.session.cases.update_goal(self.case_id, record_id, form)

    def heading_text(self, record: Goal | None) -> str:
        return self.tr("New goal") if record is None else self.tr("Goal")

    def current_form(self) -> GoalForm:
        domain = choice(self.domain)
        return GoalForm(
            domain=ServiceDomain(domain) if domain else None,
            goal=self.goal.text(),
            target_date=self.target.text(),
            status=GoalStatus(choice(self.status)),
        )

    def show_form(self, form: GoalForm) -> None:
        set_choice(self.domain, form.domain)
        self.goal.setText(form.goal)
        self.target.setText(form.target_date)
        set_choice(self.status, form.status)

    def focus_form(self) -> None:
        self.goal.setFocus()
