"""Status and risk of a case: 접수 → 진행 → (보류) → 종결 with a closing reason, and 위기도 with the
date and assessor. Each change is saved at once (nothing to leave unsaved)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from ...domain.case_status import (
    ALLOWED_TRANSITIONS,
    CASE_STATUS_LABELS,
    CLOSING_REASON_LABELS,
    CaseStatus,
    ClosingReason,
)
from ...domain.casework import CaseFile
from ...domain.errors import OneStopError
from ...domain.roles import Permission
from ...domain.taxonomy import RISK_LEVEL_LABELS, RiskLevel
from ...services.session import Session
from ..common.fields import choice, enum_combo, set_choice, value_label
from ..common.forms import buddy_label
from ..common.text import day, label
from ..common.waiting import waiting
from ..common.widgets import MessageLabel
from .close_case_dialog import CloseCaseDialog
from .people import People


class StatusBox(QWidget):
    changed = Signal()

    def __init__(self, session: Session, case_id: str, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.people = people
        editable = self.editable = session.can(Permission.CASE_EDIT)
        self.status = value_label(self, "caseStatus")
        self.transitions = QHBoxLayout()
        self.buttons: dict[CaseStatus, QPushButton] = {}
        for target, text in (
            (CaseStatus.ACTIVE, self.tr("Start work")),
            (CaseStatus.ON_HOLD, self.tr("Put on hold")),
            (CaseStatus.CLOSED, self.tr("Close…")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"status-to-{target}")
            button.clicked.connect(lambda _=False, t=target: self.move_to(t))
            button.setVisible(editable)
            self.buttons[target] = button
            self.transitions.addWidget(button)
        self.transitions.addStretch(1)
        self.risk = value_label(self, "caseRisk")
        self.risk_choice = enum_combo(self, "riskChoice", self.tr("New risk assessment"), RISK_LEVEL_LABELS)
        self.assess_button = QPushButton(self.tr("Record assessment"), self)
        self.assess_button.setObjectName("assessRisk")
        self.assess_button.clicked.connect(self.assess)
        assess = QHBoxLayout()
        assess.addWidget(self.risk_choice)
        assess.addWidget(self.assess_button)
        assess.addStretch(1)
        self.risk_choice.setVisible(editable)
        self.assess_button.setVisible(editable)
        self.message = MessageLabel(self, object_name="statusMessage")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow("", self.transitions)
        form.addRow(self.tr("Risk:"), self.risk)
        form.addRow(buddy_label(self.tr("Reassess:"), self.risk_choice, self), assess)
        form.addRow(self.message)
        self._status = CaseStatus.INTAKE

    def refresh(self, case_file: CaseFile) -> None:
        case = case_file.case
        self._status = case.status
        text = label(CASE_STATUS_LABELS, case.status)
        if case.status is CaseStatus.CLOSED:
            text += " · " + self.tr("closed {date}: {reason}").format(
                date=day(case.closed_on), reason=label(CLOSING_REASON_LABELS, case.closing_reason)
            )
        self.status.setText(text)
        allowed = ALLOWED_TRANSITIONS[case.status]
        for target, button in self.buttons.items():
            button.setVisible(self.editable and target in allowed)
        self.buttons[CaseStatus.ACTIVE].setText(
            self.tr("Reopen")
            if case.status is CaseStatus.CLOSED
            else self.tr("Resume")
            if case.status is CaseStatus.ON_HOLD
            else self.tr("Start work")
        )
        if case.risk_level is None:
            self.risk.setText(self.tr("Not assessed"))
        else:
            self.risk.setText(
                self.tr("{level} · assessed {date} by {name}").format(
                    level=label(RISK_LEVEL_LABELS, case.risk_level),
                    date=day(case.risk_assessed_on),
                    name=self.people.name(case.risk_assessed_by) or "—",
                )
            )
        set_choice(self.risk_choice, case.risk_level or RiskLevel.MEDIUM)

    def move_to(self, target: CaseStatus) -> None:
        if target is CaseStatus.CLOSED:
            self.close_case()
            return
        self._change(target, None)

    def close_case(self) -> CloseCaseDialog | None:
        """The close dialog, fed by what is still open on the case; it closes the case itself."""
        self.message.clear_message()
        try:
            review = self.session.cases.closing_review(self.case_id)
        except OneStopError as err:
            self.message.show_error(err)
            return None
        dialog = CloseCaseDialog(self.session, review, self)
        dialog.accepted.connect(self.changed.emit)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _change(self, target: CaseStatus, reason: ClosingReason | None) -> None:
        self._run(lambda: self.session.cases.change_status(self.case_id, target, reason))

    def assess(self) -> None:
        level = RiskLevel(choice(self.risk_choice))
        self._run(lambda: self.session.cases.assess_risk(self.case_id, level))

    def _run(self, call: Callable[[], None]) -> None:
        self.message.clear_message()
        try:
            with waiting():
                call()
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.changed.emit()
