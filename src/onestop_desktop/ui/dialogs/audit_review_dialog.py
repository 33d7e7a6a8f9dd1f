"""Record the monthly access-log review (접속기록 점검): the month covered and what was found."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QWidget

from ...domain.errors import OneStopError
from ...domain.oversight import AuditReview, Month
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.fields import note_edit
from ..common.forms import buddy_label, line_edit
from ..common.widgets import MessageLabel, paragraph


class AuditReviewDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.recorded: AuditReview | None = None
        self.setObjectName("auditReviewDialog")
        self.setWindowTitle(self.tr("Record the monthly access-log review"))
        self.month = line_edit("reviewMonth", self.tr("Month reviewed"), self, placeholder="YYYY-MM", max_length=7)
        self.month.setText(Month.of(today or date.today()).previous().key)
        self.month.setMaximumWidth(120)
        self.findings = note_edit(self, "reviewFindings", self.tr("Findings"), lines=5)
        self.findings.setPlaceholderText(self.tr("e.g. 이상 없음; or what was unusual and what was done about it"))
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Month:"), self.month, self), self.month)
        form.addRow(buddy_label(self.tr("&Findings:"), self.findings, self), self.findings)
        intro = paragraph(
            self.tr(
                "The safety-measures standard asks for the access records to be reviewed every month. This records "
                "who reviewed which month, when, and what was found; the record is itself in the audit trail."
            ),
            self,
            object_name="muted",
        )
        self.message = MessageLabel(self, object_name="reviewMessage")
        buttons = confirm_buttons(self, self.tr("&Record"), "reviewRecord", self._record)
        dialog_column(self, intro, form, self.message, buttons)
        self.setMinimumWidth(520)

    def _record(self) -> None:
        try:
            self.recorded = self.session.audit.record_review(self.month.text(), self.findings.toPlainText())
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.accept()
