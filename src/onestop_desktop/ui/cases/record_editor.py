"""A list of a case's records beside a form for one of them (sessions, services, plan goals).

Choosing a row opens that record in the form; "New" starts a blank one. Moving away from a
form with unsaved edits asks first (save, don't save, cancel). "Remove…" (where `enable_removal` was called)
removes the open record entered by mistake, with a reason (`RemoveRecordDialog`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.casework import CaseFile
from ...domain.corrections import RemovableKind
from ...domain.errors import OneStopError
from ...services.session import Session
from ..common.tables import record_table, select_row
from ..common.unsaved import Answer, ask_unsaved
from ..models.record_table_model import RecordTableModel
from .editor import FormEditor
from .remove_dialog import RemoveRecordDialog

F = TypeVar("F")
R = TypeVar("R")


class RecordEditor(FormEditor[F], Generic[F, R]):
    removed = Signal()  # a record was removed: the case is read again

    def __init__(
        self, model: RecordTableModel[R], table_name: str, stretch_column: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.page_save: Callable[[], bool] | None = None
        self.editing_id = ""  # "" while the form holds a new record
        self._stamp: str | None = None
        self._records: dict[str, R] = {}
        model.setParent(self)
        self.table = record_table(self, table_name, "", model, stretch_column=stretch_column)
        for column in range(model.columnCount()):
            if column != stretch_column:
                self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._chosen)
        self.table.clicked.connect(self._chosen)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName(f"{table_name}New")
        self.new_button.clicked.connect(lambda: self.request(""))
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        self.remove_button = QPushButton(self.tr("Re&move…"), self)
        self.remove_button.setObjectName(f"{table_name}Remove")
        self.remove_button.setToolTip(self.tr("Remove the open record, entered by mistake (with the reason)"))
        self.remove_button.clicked.connect(self._remove)
        self.remove_button.setVisible(False)
        self._removal: tuple[Session, str, RemovableKind] | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left_column.addLayout(buttons)
        left_column.addWidget(self.table, 1)
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionTitle")
        self.form_area = QWidget(self)
        right_column = QVBoxLayout(self.form_area)
        right_column.setContentsMargins(8, 0, 0, 0)
        right_column.addWidget(self.heading)
        self.form = QFormLayout()
        right_column.addLayout(self.form, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.form_area)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(12, 10, 12, 6)
        self.outer.addWidget(self.splitter)

    # -- what a subclass provides -------------------------------------------------------------------
    def records_of(self, case_file: CaseFile) -> Sequence[R]:
        raise NotImplementedError

    def form_of(self, record: R) -> F:
        raise NotImplementedError

    def blank(self) -> F:
        raise NotImplementedError

    def stamp_of(self, record: R) -> str | None:
        return None

    def create_record(self, form: F) -> str:
        raise NotImplementedError

    def update_record(self, record_id: str, form: F, stamp: str | None) -> None:
        raise NotImplementedError

    def heading_text(self, record: R | None) -> str:
        raise NotImplementedError

    # -- removing a record entered by mistake ---------------------------------------------------------------
    def enable_removal(self, session: Session, case_id: str, kind: RemovableKind) -> None:
        self._removal = (session, case_id, kind)
        self.remove_button.setVisible(True)
        self._update_remove()

    def _update_remove(self) -> None:
        if self._removal is None:
            return
        session, case_id, kind = self._removal
        try:
            allowed = bool(self.editing_id) and session.corrections.may_remove(case_id, kind, self.editing_id)
        except OneStopError:
            allowed = False
        self.remove_button.setEnabled(allowed)

    def _remove(self) -> None:
        record = self._records.get(self.editing_id)
        if self._removal is None or record is None:
            return
        session, case_id, kind = self._removal
        dialog = RemoveRecordDialog(session, case_id, kind, self.editing_id, self.heading_text(record), self)
        dialog.removed.connect(self._was_removed)
        dialog.open()

    def _was_removed(self) -> None:
        self.editing_id = ""
        self.load(self.blank())
        self.heading.setText(self.heading_text(None))
        self._update_remove()
        self.removed.emit()

    # -- FormEditor -------------------------------------------------------------------------------------
    def refresh(self, case_file: CaseFile) -> None:
        records = list(self.records_of(case_file))
        self._records = {self.model.record_id(r): r for r in records}
        self.model.set_records(records)
        record = self._records.get(self.editing_id)
        if self.editing_id and record is None:
            self.editing_id = ""  # removed meanwhile: what is typed stays, as a new record
        if record is None:
            fresh = self._baseline if self._baseline is not None and self.is_dirty() else self.blank()
            self.adopt(fresh)
        elif self.adopt(self.form_of(record)):
            self._stamp = self.stamp_of(record)
        self.heading.setText(self.heading_text(record))
        select_row(self.table, self.model.row_of(self.editing_id) if self.editing_id else -1)
        if not self.editing_id:
            self.table.clearSelection()
        self._update_remove()

    def commit(self) -> None:
        form = self.current_form()
        if self.editing_id:
            self.update_record(self.editing_id, form, self._stamp)
        else:
            self.editing_id = self.create_record(form)

    # -- choosing a record ---------------------------------------------------------------------------------
    def _chosen(self, index: QModelIndex) -> None:
        record = self.model.record_at(index.row())
        if record is not None:
            self.request(self.model.record_id(record))

    def request(self, record_id: str) -> None:
        """Open `record_id` ("" = a new record) in the form, asking first if that would drop edits."""
        if record_id == self.editing_id and record_id:
            return
        if not self.is_dirty():
            self.edit(record_id)
            return

        def answered(answer: Answer) -> None:
            if (answer is Answer.SAVE and self.page_save is not None and self.page_save()) or answer is Answer.DISCARD:
                self.edit(record_id)
            else:
                select_row(self.table, self.model.row_of(self.editing_id) if self.editing_id else -1)

        ask_unsaved(self, self.tr("The form has unsaved changes. Save them before opening another record?"), answered)

    def edit(self, record_id: str) -> None:
        record = self._records.get(record_id)
        self.editing_id = record_id if record is not None else ""
        self._stamp = self.stamp_of(record) if record is not None else None
        self.load(self.form_of(record) if record is not None else self.blank())
        self.heading.setText(self.heading_text(record))
        if record is None:
            self.table.clearSelection()
        self._update_remove()
        self.focus_form()

    def focus_form(self) -> None:
        """Where typing starts in the form."""
