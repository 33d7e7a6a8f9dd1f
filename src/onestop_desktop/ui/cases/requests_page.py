"""요구: the client's requests about their data — 열람 (제35조), 정정·삭제 (제36조), 처리정지 (제37조) — each with the
day received, due 10 days later, and its answer; and the 열람 자료 made for an access request (PDF or zip).

Every action is saved at once (nothing is left unsaved on this tab); `changed` asks the case to be read again.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from ...domain.errors import OneStopError
from ...domain.roles import Permission
from ...domain.subject_requests import SubjectRequest
from ...services.session import Session
from ..common.forms import named_button
from ..common.tables import record_table
from ..common.widgets import MessageLabel, paragraph
from ..models.subject_request_table_model import SubjectRequestTableModel
from ..ops import BackgroundRunner
from .access_export_dialog import AccessExportDialog
from .request_dialogs import AnswerDialog, RequestDialog


class RequestsPage(QWidget):
    changed = Signal()

    def __init__(self, session: Session, runner: BackgroundRunner, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsPage")
        self.session, self.runner, self.case_id = session, runner, case_id
        self.case_number = ""
        self.model = SubjectRequestTableModel(parent=self)
        self.table = record_table(self, "requestTable", self.tr("Requests of the client"), self.model, stretch_column=5)
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        editable = session.can(Permission.CASE_EDIT)
        self.log_button = named_button(self, "logRequest", self.tr("&Log a request…"), self.log_request, editable)
        self.log_button.setObjectName("primary")
        self.answer_button = named_button(self, "answerRequest", self.tr("Record the &answer…"), self.answer, editable)
        may_export = all(session.can(p) for p in (Permission.DOCUMENTS, Permission.CASES_ALL, Permission.NOTES_READ))
        self.export_button = named_button(
            self, "accessExport", self.tr("Access &record for the client…"), self.access_record, may_export
        )
        self.message = MessageLabel(self, object_name="requestsMessage")
        tools = QHBoxLayout()
        tools.addWidget(self.log_button)
        tools.addWidget(self.answer_button)
        tools.addStretch(1)
        tools.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Requests to see (access), correct or delete, or stop the processing of the client's data. Each "
                    "must be answered within 10 days of receipt; open ones are on My tasks until the answer is "
                    "recorded. Red: due within 3 days or overdue."
                ),
                self,
                object_name="muted",
            )
        )
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._selected()

    def refresh(self, case_number: str) -> None:
        self.case_number = case_number
        try:
            requests = self.session.subject_requests.for_case(self.case_id)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.model.set_records(requests)
        self._selected()

    def selected(self) -> SubjectRequest | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def _selected(self, *_: QModelIndex) -> None:
        request = self.selected()
        self.answer_button.setEnabled(
            request is not None and request.is_open and self.session.can(Permission.CASE_EDIT)
        )

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def log_request(self) -> RequestDialog:
        dialog = RequestDialog(self.session, self.case_id, self)
        dialog.saved.connect(lambda: self._done(self.tr("The request is logged; the answer is due in 10 days.")))
        self._open(dialog)
        return dialog

    def answer(self) -> AnswerDialog | None:
        request = self.selected()
        if request is None:
            return None
        dialog = AnswerDialog(self.session, request, self)
        dialog.saved.connect(lambda: self._done(self.tr("The answer is recorded.")))
        self._open(dialog)
        return dialog

    def access_record(self) -> AccessExportDialog:
        dialog = AccessExportDialog(self.session, self.runner, self.case_id, self.case_number, self)
        self._open(dialog)
        return dialog

    def _done(self, text: str) -> None:
        self.message.show_success(text)
        self.changed.emit()
