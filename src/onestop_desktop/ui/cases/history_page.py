"""이력: who changed what in this case and when, read from the change log (loaded when first shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import OneStopError
from ...services.session import Session
from ..common.history_labels import worth_showing
from ..common.tables import record_table
from ..common.widgets import MessageLabel
from ..models.history_table_model import HistoryTableModel
from .people import People


class HistoryPage(QWidget):
    def __init__(self, session: Session, case_id: str, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.session = session
        self.case_id = case_id
        self.loaded = False
        self.model = HistoryTableModel(
            people={u.id: u.display_name for u in people.users},
            user_names={u.username: people.by_username(u.username) for u in people.users},
            parent=self,
        )
        self.table = record_table(self, "historyTable", self.tr("Case history"), self.model, stretch_column=2)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel(
            self.tr("Newest first. Times are local. Values are not shown here, only which fields changed."), self
        )
        self.note.setObjectName("muted")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshHistory")
        self.refresh_button.clicked.connect(self.load)
        self.message = MessageLabel(self, object_name="historyMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)

    def load(self) -> None:
        try:
            entries = self.session.cases.history(self.case_id)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.message.clear_message()
        self.model.set_records([e for e in entries if worth_showing(e)])
        self.loaded = True
