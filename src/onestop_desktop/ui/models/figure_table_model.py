"""The numbers behind one dashboard chart, as a table: a row per category, a column per series, and a total
column for counts that add up. Copy and export read the same cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ...domain.dashboard import Figure, Unit
from ..common.alert_mark import WARNING, warning_icon
from ..dashboard import labels

_ModelIndex = QModelIndex | QPersistentModelIndex
FLAG = WARNING


def number_text(value: float | None, unit: Unit) -> str:
    if value is None:
        return "—"
    if unit is Unit.COUNT:
        return f"{int(value):,}"
    return f"{value:.1f}" if unit is not Unit.SCORE else f"{value:.2f}"


class FigureTableModel(QAbstractTableModel):
    def __init__(self, figure: Figure | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._figure = figure

    def set_figure(self, figure: Figure | None) -> None:
        self.beginResetModel()
        self._figure = figure
        self.endResetModel()

    @property
    def figure(self) -> Figure | None:
        return self._figure

    def _with_total(self) -> bool:
        return self._figure is not None and self._figure.unit is Unit.COUNT and self._figure.stacked

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() or self._figure is None else len(self._figure.rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._figure is None:
            return 0
        return len(self._figure.columns) + (2 if self._with_total() else 1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        figure = self._figure
        if figure is None or role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return labels.title_of_rows(figure)
        if section <= len(figure.columns):
            return labels.label(figure.column_axis, figure.columns[section - 1])
        return self.tr("Total")

    def cell(self, row: int, column: int) -> str:
        figure = self._figure
        assert figure is not None
        if column == 0:
            return labels.label(figure.row_axis, figure.rows[row])
        values = figure.values[row]
        if column <= len(values):
            return number_text(values[column - 1], figure.unit)
        return number_text(sum(v for v in values if v is not None), figure.unit)

    def _flagged(self, row: int, column: int) -> bool:
        figure = self._figure
        if figure is None or not figure.flagged or column == 0 or column > len(figure.columns):
            return False
        gender = figure.columns[column - 1].split("_")[0]
        return f"{figure.rows[row]}:{gender}" in figure.flagged and figure.columns[column - 1].endswith("_intake")

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._figure is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.cell(row, column)
            if role == Qt.ItemDataRole.AccessibleTextRole and self._flagged(row, column):
                return self.tr("{value}, well below its share of the population").format(value=text)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._flagged(row, column):
            return QBrush(FLAG)
        if role == Qt.ItemDataRole.DecorationRole and self._flagged(row, column):  # not by colour alone
            return warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole and self._flagged(row, column):
            return self.tr("Well below this group's share of Seoul's population")
        return None

    def as_rows(self) -> list[list[str]]:
        """Header and cells as shown, for copy (tab-separated) and export (CSV)."""
        columns = range(self.columnCount())
        header = [str(self.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
        return [header, *([self.cell(r, c) for c in columns] for r in range(self.rowCount()))]
