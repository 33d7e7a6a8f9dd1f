"""관리 → 중복 내담자 (administrators): the likely pairs of client records that are one person, each named by a case
number of either client and the reason; 병합… opens the merge dialog for the chosen pair."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.client_matching import CONTEXT, REASON_LABELS
from ...domain.errors import OneStopError
from ...services.client_records import DuplicatePair
from ...services.session import Session
from ..common.forms import named_button
from ..common.waiting import waiting
from ..common.widgets import MessageLabel, paragraph
from .merge_dialog import MergeDialog


class DuplicatesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Duplicate clients"))
        self.pairs: list[DuplicatePair] = []
        intro = paragraph(
            self.tr(
                "Client records that are likely one person. Merging moves the cases, phone numbers, consents, "
                "referrals, program enrolments and history of one client to the other; both cases remain."
            ),
            self,
        )
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("duplicatePairs")
        self.table.setAccessibleName(self.tr("Likely duplicate clients"))
        self.table.setHorizontalHeaderLabels([self.tr("Case (kept)"), self.tr("Case (merged)"), self.tr("Reason")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.merge_selected())
        self.merge_button = named_button(self, "mergeClients", self.tr("&Merge…"), self.merge_selected)
        self.merge_button.setEnabled(False)
        close = named_button(self, "closeDuplicates", self.tr("&Close"), self.accept)
        self.message = MessageLabel(self, object_name="duplicatesMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.table, 1)
        column.addWidget(self.message)
        column.addLayout(buttons)
        self.resize(760, 480)
        self.reload()

    def reload(self) -> None:
        try:
            with waiting():
                self.pairs = self.session.clients.duplicates()
        except OneStopError as err:
            self.message.show_error(err)
            self.pairs = []
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            reason = QCoreApplication.translate(CONTEXT, REASON_LABELS[pair.reason])
            for column, text in enumerate((pair.first_case, pair.second_case, reason)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if not self.pairs:
            self.message.show_info(self.tr("No likely duplicates."))
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.merge_button.setEnabled(self.table.currentRow() >= 0 and bool(self.table.selectedItems()))

    def merge_selected(self) -> MergeDialog | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.pairs):
            return None
        pair = self.pairs[row]
        dialog = MergeDialog(self.session, pair.first_case, pair.second_case, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        dialog.open()
        return dialog

    def _merged(self, text: str) -> None:
        self.reload()
        self.message.show_success(text)
