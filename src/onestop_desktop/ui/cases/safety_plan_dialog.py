"""안전계획: the sections a counselor fills in with the client, the day to review it, and whether the safety card
may name the center. Saving makes a new version; earlier ones stay readable. Opened from the latest version."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QPlainTextEdit, QScrollArea, QWidget

from ...domain.safety import PLAN_SECTION_LABELS, PlanSection, SafetyPlan
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.field_errors import FieldErrors
from ..common.fields import date_edit, note_edit
from ..common.form_submit import submit_form
from ..common.forms import buddy_label
from ..common.text import iso_day
from ..common.widgets import MessageLabel, paragraph


class SafetyPlanDialog(QDialog):
    def __init__(
        self, session: Session, case_id: str, latest: SafetyPlan | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.made: SafetyPlan | None = None
        self.setObjectName("safetyPlanDialog")
        self.setWindowTitle(self.tr("Safety plan"))
        self.errors = FieldErrors()
        self.sections: dict[PlanSection, QPlainTextEdit] = {}
        form = QFormLayout()
        for section in PlanSection:
            title = QCoreApplication.translate("Safety", PLAN_SECTION_LABELS[section])
            lines = 1 if section is PlanSection.CODE_WORD else 2
            edit = note_edit(self, f"plan-{section}", title, lines=lines)
            edit.setPlainText(latest.text(section) if latest else "")
            self.sections[section] = edit
            form.addRow(buddy_label(title + ":", edit, self), self.errors.wrap(str(section), edit, self))
        self.review_on = date_edit(self, "planReviewOn", self.tr("Review on"))
        self.review_on.setText(iso_day(latest.review_on) if latest else "")
        form.addRow(buddy_label(self.tr("&Review on:"), self.review_on, self),
                    self.errors.wrap("review_on", self.review_on, self))  # fmt: skip
        self.names_center = QCheckBox(self.tr("Print the center's name on the safety card"), self)
        self.names_center.setObjectName("cardNamesCenter")
        self.names_center.setChecked(bool(latest and latest.card_names_center))
        form.addRow("", self.names_center)
        body = QWidget(self)
        body.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Safety plan"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        note = paragraph(
            self.tr(
                "The code word and the safe contacts go on the safety card only; they are never part of a referral "
                "letter. Saving keeps the earlier versions."
            ),
            self,
        )
        self.message = MessageLabel(self, object_name="planMessage")
        buttons = confirm_buttons(self, self.tr("&Save as a new version"), "planOk", self.submit)
        dialog_column(self, note, scroll, self.message, buttons)
        self.resize(760, 640)

    def submit(self) -> None:
        texts = {section: edit.toPlainText() for section, edit in self.sections.items()}
        made = submit_form(
            self.message,
            self.errors,
            lambda: self.session.safety.save_plan(
                self.case_id, texts, self.review_on.text(), card_names_center=self.names_center.isChecked()
            ),
        )
        if made is not None:
            self.made = made
            self.accept()
