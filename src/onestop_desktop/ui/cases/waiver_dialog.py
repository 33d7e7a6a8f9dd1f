"""해당 없음: a legal deadline marked not applicable to this case, with the counselor's reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QWidget

from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.field_errors import FieldErrors
from ..common.fields import text_edit
from ..common.form_submit import submit_form
from ..common.forms import buddy_label
from ..common.widgets import MessageLabel, paragraph


class WaiverDialog(QDialog):
    def __init__(self, session: Session, case_id: str, rule: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.rule = rule
        self.setObjectName("waiverDialog")
        self.setWindowTitle(self.tr("Not applicable"))
        self.errors = FieldErrors()
        self.reason = text_edit(self, "waiverReason", self.tr("Reason"), max_length=500)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Reason:"), self.reason, self), self.errors.wrap("reason", self.reason, self))
        self.message = MessageLabel(self, object_name="waiverMessage")
        buttons = confirm_buttons(self, self.tr("&Mark not applicable"), "waiverOk", self.submit)
        text = self.tr("“{what}” is no longer listed in My tasks or by the deadlines command for this case.").format(
            what=what
        )
        dialog_column(self, paragraph(text, self), form, self.message, buttons)
        self.setMinimumWidth(480)

    def submit(self) -> None:
        def waive() -> bool:
            self.session.safety.waive(self.case_id, self.rule, self.reason.text())
            return True

        if submit_form(self.message, self.errors, waive):
            self.accept()
