"""The resident registration number: shown masked (900101-1******), recorded only with a legal basis,
revealed only to an administrator who gives a reason (written to the audit trail)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.casework import CaseFile
from ...domain.errors import ErrorCode, OneStopError
from ...domain.roles import Permission
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons
from ..common.field_errors import FieldErrors
from ..common.fields import text_edit, value_label
from ..common.forms import buddy_label
from ..common.waiting import waiting
from ..common.widgets import MessageLabel, paragraph


class RrnDialog(QDialog):
    """Record a number (a new one replaces the old, which stays in the history)."""

    recorded = Signal()

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.setObjectName("rrnDialog")
        self.setWindowTitle(self.tr("Record the resident registration number"))
        self.errors = FieldErrors()
        self.number = text_edit(
            self, "rrnNumber", self.tr("Resident registration number"), placeholder="900101-1234567", max_length=14
        )
        self.basis = text_edit(
            self,
            "rrnLegalBasis",
            self.tr("Legal basis"),
            placeholder=self.tr("e.g. application for the crime victim relief fund"),
            max_length=200,
        )
        self.message = MessageLabel(self, object_name="rrnMessage")
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Number:"), self.number, self), self.errors.wrap("rrn", self.number, self))
        form.addRow(
            buddy_label(self.tr("&Legal basis:"), self.basis, self), self.errors.wrap("legal_basis", self.basis, self)
        )
        buttons = confirm_buttons(self, self.tr("&Record"), "rrnOk", self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Keep a resident registration number only where a law requires or allows it, and name that basis. "
                    "The number is never shown in full except to an administrator who gives a reason."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        try:
            with waiting():
                self.session.cases.set_rrn(self.case_id, self.number.text(), self.basis.text())
        except OneStopError as err:
            if err.code is ErrorCode.INVALID_INPUT:
                self.errors.show(list(err.params.get("problems", [])))
            self.message.show_error(err)
            return
        self.recorded.emit()
        self.accept()


class RevealDialog(QDialog):
    """Asks why; then shows the full number once, in this dialog."""

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.setObjectName("revealRrnDialog")
        self.setWindowTitle(self.tr("Show the full number"))
        self.reason = text_edit(
            self,
            "revealReason",
            self.tr("Reason"),
            placeholder=self.tr("e.g. relief fund application form"),
            max_length=100,
        )
        self.shown = value_label(self, "revealedRrn")
        self.shown.setVisible(False)
        self.message = MessageLabel(self, object_name="revealMessage")
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Reason:"), self.reason, self), self.reason)
        form.addRow(self.shown)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Show"))
        ok.setObjectName("revealOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.reveal)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr("The reason is written to the audit trail with your name."), self))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def reveal(self) -> None:
        try:
            number = self.session.cases.reveal_rrn(self.case_id, self.reason.text())
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.message.clear_message()
        self.shown.setText(number or self.tr("No number is on file."))
        self.shown.setVisible(True)
        self.reason.setReadOnly(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)


class RrnBox(QWidget):
    changed = Signal()

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.masked = value_label(self, "rrnMasked")
        self.record_button = QPushButton(self.tr("Record…"), self)
        self.record_button.setObjectName("recordRrn")
        self.record_button.clicked.connect(self.record)
        self.record_button.setVisible(session.can(Permission.CASE_EDIT))
        self.reveal_button = QPushButton(self.tr("Show…"), self)
        self.reveal_button.setObjectName("revealRrn")
        self.reveal_button.clicked.connect(self.reveal)
        self.reveal_button.setVisible(session.can(Permission.RRN_REVEAL))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.masked, 1)
        row.addWidget(self.record_button)
        row.addWidget(self.reveal_button)

    def refresh(self, case_file: CaseFile) -> None:
        masked = case_file.client.rrn_masked
        self.masked.setText(masked or self.tr("Not recorded"))
        self.reveal_button.setEnabled(masked is not None)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def record(self) -> None:
        dialog = RrnDialog(self.session, self.case_id, self)
        dialog.recorded.connect(self.changed)
        self._open(dialog)

    def reveal(self) -> None:
        self._open(RevealDialog(self.session, self.case_id, self))
