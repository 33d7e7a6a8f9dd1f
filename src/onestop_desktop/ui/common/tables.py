"""Read-only tables as the case screens use them: whole rows selected, Enter or a double click opens."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .elided_cells import ElidedTipDelegate


def record_table(
    parent: QWidget,
    object_name: str,
    accessible_name: str,
    model: QAbstractItemModel,
    *,
    stretch_column: int | None = None,
) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setItemDelegate(ElidedTipDelegate(table))  # a cut-off cell shows its whole text as a tooltip
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch_column is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table


def selected_id(table: QTableView) -> str:
    """The id (Qt.UserRole) of the current row, or ""."""
    index = table.currentIndex()
    if not index.isValid():
        return ""
    value = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
    return str(value) if value else ""


def select_row(table: QTableView, row: int) -> None:
    model = table.model()
    if 0 <= row < model.rowCount(QModelIndex()):
        table.selectRow(row)
        table.setCurrentIndex(model.index(row, 0))
