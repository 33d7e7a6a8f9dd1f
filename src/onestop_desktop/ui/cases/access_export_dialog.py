"""열람 자료: for the client's access request (개인정보 보호법 제35조), everything the center holds about them, saved as
a readable PDF or as a zip (the record as JSON with the kept files), after its purpose (출력 사유) is given.

The record is read and drawn on the background worker; it exists only in memory until saved where the person
chose. Saving writes the document register row and the audit entry.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QProgressBar, QPushButton, QWidget
from shiboken6 import isValid

from ...domain.casework import FieldProblem
from ...domain.errors import ErrorCode, OneStopError
from ...domain.outputs import OutputKind
from ...services.access_export import DEFAULT_PURPOSE
from ...services.documents import NEED_PURPOSE, RenderedDocument
from ...services.session import Session
from ..common.dialog_buttons import dialog_column
from ..common.field_errors import FieldErrors
from ..common.forms import buddy_label
from ..common.waiting import waiting
from ..common.widgets import MessageLabel, paragraph
from ..dialog_fit import keep_fitted
from ..ops import BackgroundRunner
from ..save_dialog import ask_save_path

ChoosePath = Callable[[QWidget, Path, OutputKind], Path | None]


def ask_path(parent: QWidget, suggested: Path, kind: OutputKind) -> Path | None:
    name_filter = (
        QCoreApplication.translate("AccessExportDialog", "PDF documents (*.pdf)")
        if kind is OutputKind.PDF
        else QCoreApplication.translate("AccessExportDialog", "Zip archives (*.zip)")
    )
    title = QCoreApplication.translate("AccessExportDialog", "Save the access record as")
    return ask_save_path(parent, title, suggested.with_suffix(f".{kind.value}"), name_filter, f".{kind.value}")


class AccessExportDialog(QDialog):
    def __init__(
        self, session: Session, runner: BackgroundRunner, case_id: str, case_number: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.session, self.runner, self.case_id, self.case_number = session, runner, case_id, case_number
        self.choose_path: ChoosePath = ask_path
        self.busy = False
        self.setObjectName("accessExportDialog")
        self.setWindowTitle(self.tr("Access record for the client"))
        self.errors = FieldErrors()
        self.purpose = QComboBox(self)
        self.purpose.setObjectName("accessPurpose")
        self.purpose.setAccessibleName(self.tr("Purpose of the output"))
        self.purpose.setEditable(True)
        self.purpose.addItems([DEFAULT_PURPOSE])
        edit = self.purpose.lineEdit()
        assert edit is not None
        edit.setMaxLength(200)
        self.format = QComboBox(self)
        self.format.setObjectName("accessFormat")
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("Readable PDF"), OutputKind.PDF.value)
        self.format.addItem(self.tr("Machine-readable zip (JSON and attached files)"), OutputKind.ZIP.value)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("accessBusy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setObjectName("accessClose")
        self.close_button.clicked.connect(self.reject)
        self.message = MessageLabel(self, object_name="accessMessage")
        form = QFormLayout()
        form.addRow(
            buddy_label(self.tr("P&urpose:"), self.purpose, self), self.errors.wrap("purpose", self.purpose, self)
        )
        form.addRow(buddy_label(self.tr("&Format:"), self.format, self), self.format)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_bar, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        explanation = paragraph(
            self.tr(
                "Everything the center holds about this client: their details, every case of theirs with its "
                "sessions, services and plan, consents, referrals (what was sent to whom and when), their requests, "
                "the document register and the access-log entries naming them. What protects another person (a "
                "guardian's details, the offender's) is left out with a note. The output is recorded in the document "
                "register with its purpose and in the audit trail."
            ),
            self,
        )
        dialog_column(self, explanation, form, self.message, buttons)
        self.setMinimumWidth(600)
        keep_fitted(self)

    def kind(self) -> OutputKind:
        return OutputKind(self.format.currentData())

    def start(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        self.message.clear_message()
        purpose = self.purpose.currentText().strip()
        if not purpose:
            self.errors.show([FieldProblem("purpose", NEED_PURPOSE)])
            return
        kind, access, case_id = self.kind(), self.session.access_export, self.case_id
        self._set_busy(True)

        def job() -> RenderedDocument:
            return access.render(case_id, access.record(case_id, purpose), kind)

        self.runner.run(job, lambda document: self._made(document, kind), self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (self.save_button, self.purpose, self.format):
            widget.setEnabled(not busy)

    def _failed(self, err: OneStopError) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        if err.code is ErrorCode.INVALID_INPUT:
            self.errors.show(list(err.params.get("problems", [])))
        self.message.show_error(err)

    def _made(self, document: RenderedDocument, kind: OutputKind) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        if self.session.is_locked or not self.isVisible():
            self.message.show_info(self.tr("The record is ready. Choose Save again."))
            return
        stem = f"열람자료-{self.case_number}-{date.today():%Y%m%d}"
        target = self.choose_path(self, Path.home() / stem, kind)
        if target is None:
            return
        try:
            with waiting():
                self.session.access_export.save(document, target, overwrite=True)  # the save dialog asked
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.message.show_success(
            self.tr("Saved to {path}. The output is recorded in the document register with its purpose.").format(
                path=target
            )
        )

    def reject(self) -> None:
        if not self.busy:
            super().reject()
