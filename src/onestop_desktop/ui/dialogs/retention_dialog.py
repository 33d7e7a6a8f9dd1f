"""보존 기간과 파기 (administrators): the 파기 대상 list and its destruction, an early destruction at the client's
request, the orders waiting for a second administrator, the 파기 기록, the retention schedule, and the backups that
still hold what was destroyed. Cases are named by number only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OneStopError
from ...domain.retention import MAXIMUM_YEARS, MINIMUM_YEARS, RecordKind
from ...domain.settings import (
    DESTRUCTION_SECOND_ADMIN,
    RETENTION_ACCESS_CHANGES_YEARS,
    RETENTION_ACCESS_LOG_YEARS,
    RETENTION_CASE_YEARS,
)
from ...services.session import Session
from ..common.dialog_buttons import dialog_column
from ..common.forms import buddy_label, line_edit, named_button
from ..common.tables import record_table
from ..common.text import local_moment
from ..common.widgets import MessageLabel, paragraph
from ..models.destruction_table_model import DestructionTableModel
from ..models.due_case_table_model import DueCaseTableModel


def _ask(parent: QWidget, title: str, text: str) -> bool:
    """A destruction cannot be undone: 취소 is the default answer."""
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def _left(button: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


class RetentionDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.confirm: Callable[[str], bool] = lambda text: _ask(self, self.windowTitle(), text)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Retention and destruction"))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("retentionTabs")
        self.tabs.setAccessibleName(self.tr("Sections of retention and destruction"))
        self.tabs.addTab(self._due_tab(), self.tr("Due for destruction"))
        self.tabs.addTab(self._log_tab(), self.tr("Destruction records"))
        self.tabs.addTab(self._schedule_tab(), self.tr("Retention schedule"))
        self.backups_note = paragraph("", self, object_name="muted")
        self.backups_note.setObjectName("backupsNote")
        self.message = MessageLabel(self, object_name="retentionMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        dialog_column(self, self.tabs, self.backups_note, self.message, close)
        self.resize(900, 600)
        self.reload()

    # -- the tabs ---------------------------------------------------------------------------------------------
    def _due_tab(self) -> QWidget:
        page = QWidget(self)
        intro = paragraph(
            self.tr(
                "Closed cases whose retention has ended must be destroyed without delay (개인정보 보호법 제21조). "
                "Destroying removes the case, its client when no other case of theirs remains, every record, "
                "attachment and search entry of it and its history, here and on every device at its next sync. "
                "A destruction record without personal data is kept."
            ),
            page,
            object_name="muted",
        )
        self.due_model = DueCaseTableModel(parent=self)
        self.due_table = record_table(page, "dueTable", self.tr("Cases due for destruction"), self.due_model)
        self.due_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.due_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.reason = line_edit("destructionReason", self.tr("Reason for the destruction"), page, max_length=200)
        self.reason.setPlaceholderText(self.tr("e.g. 보존 기간 경과"))
        self.destroy_button = named_button(page, "destroySelected", self.tr("&Destroy the selected cases…"),
                                           self._destroy_selected)  # fmt: skip
        self.early_number = line_edit("earlyCaseNumber", self.tr("Case number to destroy early"), page, max_length=40)
        self.early_number.setPlaceholderText("D1-2026-00001")
        self.early_button = named_button(page, "destroyEarly", self.tr("Destroy &early…"), self._destroy_early)
        self.pending_model = DestructionTableModel(parent=self)
        self.pending_table = record_table(
            page, "pendingTable", self.tr("Destructions waiting for a second administrator"), self.pending_model
        )
        self.pending_table.setMaximumHeight(120)
        self.pending_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.confirm_button = named_button(page, "confirmPending", self.tr("Con&firm the selected order…"),
                                           self._confirm_pending)  # fmt: skip
        # The reason serves both destructions: it comes first, each button beside what it destroys (not
        # stretched across the window, where one read as the other's).
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Reason:"), self.reason, page), self.reason)
        form.addRow("", _left(self.destroy_button))
        early_row = QHBoxLayout()
        early_row.addWidget(self.early_number, 1)
        early_row.addWidget(self.early_button)
        form.addRow(buddy_label(self.tr("At the client's request (제36조), case &number:"), self.early_number, page),
                    early_row)  # fmt: skip
        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addWidget(self.due_table, 1)
        column.addLayout(form)
        column.addSpacing(6)
        column.addWidget(buddy_label(self.tr("&Waiting for confirmation:"), self.pending_table, page))
        column.addWidget(self.pending_table)
        column.addLayout(_left(self.confirm_button))
        return page

    def _log_tab(self) -> QWidget:
        page = QWidget(self)
        self.log_model = DestructionTableModel(parent=self)
        self.log_table = record_table(page, "destructionLog", self.tr("Destruction records"), self.log_model,
                                      stretch_column=DestructionTableModel.REASON)  # fmt: skip
        self.log_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        column = QVBoxLayout(page)
        column.addWidget(self.log_table)
        return page

    def _schedule_tab(self) -> QWidget:
        page = QWidget(self)
        self.years: dict[RecordKind, QSpinBox] = {}
        form = QFormLayout()
        texts = {
            RecordKind.CASE: self.tr("&Case records (years after closing):"),
            RecordKind.ACCESS_LOG: self.tr("&Access records (years, at least 2):"),
            RecordKind.ACCESS_CHANGES: self.tr("Access-right c&hanges (years, at least 3):"),
        }
        for kind, text in texts.items():
            spin = QSpinBox(page)
            spin.setObjectName(f"years_{kind.value}")
            spin.setAccessibleName(text.replace("&", ""))
            spin.setRange(MINIMUM_YEARS[kind], MAXIMUM_YEARS)
            self.years[kind] = spin
            form.addRow(buddy_label(text, spin, page), spin)
        self.second_admin = QCheckBox(self.tr("A &second administrator confirms each destruction (when there are two)"),
                                      page)  # fmt: skip
        self.second_admin.setObjectName("secondAdmin")
        form.addRow(self.second_admin)
        note = paragraph(
            self.tr("Consents and the documents register are kept as long as their case."), page, object_name="muted"
        )
        save = named_button(page, "saveSchedule", self.tr("Sa&ve the schedule"), self._save_schedule)
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addWidget(note)
        column.addLayout(_left(save))
        column.addStretch(1)
        return page

    # -- reading ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        retention = self.session.retention
        try:
            self.due_model.set_records(retention.due())
            self.pending_model.set_records(retention.pending())
            self.log_model.set_records(retention.log())
            schedule = retention.schedule()
            older = retention.backups_before_last_destruction()
        except OneStopError as err:
            self.message.show_error(err)
            return
        for kind, spin in self.years.items():
            spin.setValue(schedule.years(kind))
        self.second_admin.setChecked(bool(self.session.settings.get(DESTRUCTION_SECOND_ADMIN)))
        text = self.tr(
            "Backups made before a destruction still hold the destroyed data: keep them locked away and destroy "
            "them when their own retention ends."
        )
        if older:
            listed = ", ".join(f"{local_moment(b.at)} {b.detail.split(',')[0]}" for b in older[:5])
            text += " " + self.tr("Made before the last destruction: {count} ({backups}).").format(
                count=len(older), backups=listed + (" …" if len(older) > 5 else "")
            )
        self.backups_note.setText(text)

    # -- acting -----------------------------------------------------------------------------------------------
    def _selected_numbers(self) -> list[str]:
        rows = sorted({i.row() for i in self.due_table.selectionModel().selectedRows()})
        return [r.case_number for row in rows if (r := self.due_model.record_at(row)) is not None]

    def _destroy_selected(self) -> None:
        numbers = self._selected_numbers()
        if not numbers:
            self.message.show_info(self.tr("Select the cases to destroy in the list."))
            return
        self._destroy(numbers, early=False)

    def _destroy_early(self) -> None:
        number = self.early_number.text().strip()
        if not number:
            self.message.show_info(self.tr("Enter the number of the case the client asked to delete."))
            return
        self._destroy([number], early=True)

    def _destroy(self, numbers: list[str], *, early: bool) -> None:
        question = self.tr(
            "Destroy {count} case(s) ({cases})? This cannot be undone; every device removes them at its next sync."
        ).format(count=len(numbers), cases=", ".join(numbers))
        if not self.confirm(question):
            return
        try:
            outcomes = self.session.retention.destroy(numbers, self.reason.text(), early=early)
        except OneStopError as err:
            self.message.show_error(err)
            return
        if all(o.done for o in outcomes):
            self.message.show_info(self.tr("Destroyed: {cases}.").format(cases=", ".join(numbers)))
        else:
            self.message.show_info(self.tr("Ordered; another administrator confirms: {cases}.").format(
                cases=", ".join(numbers)))  # fmt: skip
        self.early_number.clear()
        self.reload()

    def _confirm_pending(self) -> None:
        record = self.pending_model.record_at(self.pending_table.currentIndex().row())
        if record is None:
            self.message.show_info(self.tr("Select an order waiting for confirmation."))
            return
        if not self.confirm(self.tr("Confirm the destruction of case {case}? This cannot be undone.").format(
                case=record.case_number)):  # fmt: skip
            return
        try:
            self.session.retention.confirm([record.case_number])
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.message.show_info(self.tr("Destroyed: {cases}.").format(cases=record.case_number))
        self.reload()

    def _save_schedule(self) -> None:
        settings = self.session.settings
        try:
            settings.set(RETENTION_CASE_YEARS, self.years[RecordKind.CASE].value())
            settings.set(RETENTION_ACCESS_LOG_YEARS, self.years[RecordKind.ACCESS_LOG].value())
            settings.set(RETENTION_ACCESS_CHANGES_YEARS, self.years[RecordKind.ACCESS_CHANGES].value())
            settings.set(DESTRUCTION_SECOND_ADMIN, self.second_admin.isChecked())
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.message.show_info(self.tr("The retention schedule was saved."))
        self.reload()
