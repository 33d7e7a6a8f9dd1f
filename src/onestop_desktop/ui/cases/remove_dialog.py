"""삭제: removing a session, service, plan goal, follow-up or consent entered by mistake, with the reason.

The record leaves the case but not the history: the change log and the audit trail keep that it was removed, by
whom, when and why. Its author may remove it within a day of entering it, an administrator at any time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QWidget

from ...domain.corrections import REASON_LABELS, RemovableKind, RemovalReason
from ...domain.errors import ErrorCode, OneStopError
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.field_errors import FieldErrors
from ..common.fields import choice, text_edit
from ..common.forms import buddy_label
from ..common.waiting import waiting
from ..common.widgets import MessageLabel, paragraph
from ..dialog_fit import keep_fitted


class RemoveRecordDialog(QDialog):
    removed = Signal()

    def __init__(
        self, session: Session, case_id: str, kind: RemovableKind, row_id: str, what: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.session, self.case_id, self.kind, self.row_id = session, case_id, kind, row_id
        self.setObjectName("removeRecordDialog")
        self.setWindowTitle(self.tr("Remove a record entered by mistake"))
        self.errors = FieldErrors()
        self.reason = QComboBox(self)
        self.reason.setObjectName("removeReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        for reason, text in REASON_LABELS.items():
            self.reason.addItem(QCoreApplication.translate("Corrections", text), str(reason))
        self.note = text_edit(self, "removeNote", self.tr("Note"),
                              placeholder=self.tr("e.g. belongs to another client's case"), max_length=500)  # fmt: skip
        self.message = MessageLabel(self, object_name="removeMessage")
        form = QFormLayout()
        form.addRow(self.tr("Record:"), paragraph(what, self))
        form.addRow(buddy_label(self.tr("&Reason:"), self.reason, self), self.errors.wrap("reason", self.reason, self))
        form.addRow(buddy_label(self.tr("&Note:"), self.note, self), self.errors.wrap("note", self.note, self))
        explanation = paragraph(
            self.tr(
                "The record leaves this case. The case history and the audit trail keep that it was removed, by whom, "
                "when and why. You can remove what you entered yourself within a day; after that, or for someone "
                "else's record, ask an administrator."
            ),
            self,
        )
        buttons = confirm_buttons(self, self.tr("&Remove"), "removeOk", self.submit, cancel_is_default=True)
        dialog_column(self, explanation, form, self.message, buttons)
        self.setMinimumWidth(520)
        keep_fitted(self)

    def submit(self) -> None:
        self.errors.clear()
        reason = RemovalReason(choice(self.reason))
        try:
            with waiting():
                self.session.corrections.remove(self.case_id, self.kind, self.row_id, reason, self.note.text())
        except OneStopError as err:
            if err.code is ErrorCode.INVALID_INPUT:
                self.errors.show(list(err.params.get("problems", [])))
            self.message.show_error(err)
            return
        self.removed.emit()
        self.accept()
