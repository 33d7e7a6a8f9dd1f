"""위험성 평가 문항 (administrators): the danger checklist's questions, their weights, which ones alone make the
level at least high, and the score cut-offs, published as a new version. Assessments already made keep the
version and cut-offs they were scored with, so earlier scores stay comparable among themselves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ErrorCode, OneStopError
from ...domain.safety import Checklist, ChecklistItem, Cutoffs
from ...services.session import Session
from ..common.forms import buddy_label, named_button
from ..common.text import day, problem_text
from ..common.waiting import waiting
from ..common.widgets import MessageLabel
from ..errors import error_text

CODE, CATEGORY, WEIGHT, ESCALATES, KOREAN, ENGLISH = range(6)


class ChecklistEditorDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("checklistEditor")
        self.setWindowTitle(self.tr("Danger checklist"))
        self.version = QLabel(self)
        self.version.setObjectName("checklistVersion")
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("checklistItems")
        self.table.setAccessibleName(self.tr("Questions"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Category"), self.tr("Weight"), self.tr("Alone: high"),
             self.tr("Question (Korean)"), self.tr("Question (English)")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (CODE, CATEGORY, WEIGHT, ESCALATES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KOREAN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ENGLISH, QHeaderView.ResizeMode.Stretch)
        self.cutoffs = {name: QSpinBox(self) for name in ("medium", "high", "critical")}
        for name, box in self.cutoffs.items():
            box.setObjectName(f"cutoff-{name}")
            box.setRange(1, 200)
        cut_form = QFormLayout()
        cut_form.addRow(buddy_label(self.tr("Medium from:"), self.cutoffs["medium"], self), self.cutoffs["medium"])
        cut_form.addRow(buddy_label(self.tr("High from:"), self.cutoffs["high"], self), self.cutoffs["high"])
        cut_form.addRow(buddy_label(self.tr("Critical from:"), self.cutoffs["critical"], self),
                        self.cutoffs["critical"])  # fmt: skip
        self.add_button = named_button(self, "addChecklistItem", self.tr("&Add a question"), self.add)
        self.remove_button = named_button(self, "removeChecklistItem", self.tr("&Remove"), self.remove)
        self.publish_button = named_button(self, "publishChecklist", self.tr("&Publish as a new version"),
                                           self.publish)  # fmt: skip
        self.publish_button.setObjectName("primary")
        close = named_button(self, "checklistEditorClose", self.tr("Close"), self.reject)
        self.message = MessageLabel(self, object_name="checklistMessage")
        tools = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.publish_button)
        tools.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.version)
        layout.addWidget(self.table, 1)
        layout.addLayout(cut_form)
        layout.addWidget(self.message)
        layout.addLayout(tools)
        self.resize(1100, 620)
        self.load()

    def load(self) -> None:
        try:
            checklist = self.session.safety.checklist()
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.show_checklist(checklist)

    def show_checklist(self, checklist: Checklist) -> None:
        self.version.setText(
            self.tr("Version {version}, published {date}").format(
                version=checklist.version, date=day(checklist.published_on)
            )
        )
        self.table.setRowCount(0)
        for item in checklist.items:
            self._append(item)
        self.cutoffs["medium"].setValue(checklist.cutoffs.medium)
        self.cutoffs["high"].setValue(checklist.cutoffs.high)
        self.cutoffs["critical"].setValue(checklist.cutoffs.critical)

    def _append(self, item: ChecklistItem) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((CODE, item.code), (CATEGORY, item.category), (KOREAN, item.text_ko),
                             (ENGLISH, item.text_en)):  # fmt: skip
            self.table.setItem(row, column, QTableWidgetItem(text))
        weight = QTableWidgetItem()
        weight.setData(Qt.ItemDataRole.EditRole, item.weight)
        self.table.setItem(row, WEIGHT, weight)
        alone = QTableWidgetItem()
        alone.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        alone.setCheckState(Qt.CheckState.Checked if item.escalates else Qt.CheckState.Unchecked)
        self.table.setItem(row, ESCALATES, alone)
        return row

    def items(self) -> tuple[ChecklistItem, ...]:
        def text(row: int, column: int) -> str:
            cell = self.table.item(row, column)
            return cell.text().strip() if cell is not None else ""

        found = []
        for row in range(self.table.rowCount()):
            weight = self.table.item(row, WEIGHT)
            value = weight.data(Qt.ItemDataRole.EditRole) if weight is not None else 0
            alone = self.table.item(row, ESCALATES)
            found.append(
                ChecklistItem(
                    text(row, CODE), text(row, CATEGORY) or "other",
                    int(value) if str(value).strip().isdigit() else 0, text(row, KOREAN), text(row, ENGLISH),
                    alone is not None and alone.checkState() == Qt.CheckState.Checked,
                )
            )  # fmt: skip
        return tuple(found)

    def add(self) -> None:
        row = self._append(ChecklistItem(f"item_{self.table.rowCount() + 1}", "other", 1, "", ""))
        self.table.setCurrentCell(row, KOREAN)
        cell = self.table.item(row, KOREAN)
        if cell is not None:
            self.table.editItem(cell)

    def remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def publish(self) -> None:
        cutoffs = Cutoffs(*(self.cutoffs[name].value() for name in ("medium", "high", "critical")))
        try:
            with waiting():
                self.session.safety.publish_checklist(self.items(), cutoffs)
        except OneStopError as err:
            problems = err.params.get("problems", []) if err.code is ErrorCode.INVALID_INPUT else []
            self.message.show_error("\n".join([error_text(err), *(problem_text(p) for p in problems)]))
            return
        self.load()
        self.message.show_success(self.tr("Published. New assessments use this version."))
