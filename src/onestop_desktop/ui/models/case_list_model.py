"""The case list, paged lazily: 100 rows at a time from `session.cases.page`, never all of them.

Filters, search and sort live in a `CaseQuery` that the service turns into SQL; the model only
holds the rows fetched so far. `set_query` starts again from the first page; the view asks
for more (`canFetchMore`/`fetchMore`) as the user scrolls towards the end.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ...domain.case_status import CASE_STATUS_LABELS
from ...domain.casework import CaseQuery, CaseRow, CaseSort
from ...domain.taxonomy import RISK_LEVEL_LABELS, RiskLevel
from ..common.alert_mark import WARNING, warning_icon
from ..common.text import crime_types_text, day, label, local_day, local_moment
from .paged_table_model import PagedTableModel

_ModelIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[CaseQuery, int, int], list[CaseRow]]
CASE_ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_SIZE = 100


class Column(IntEnum):
    CASE_NUMBER = 0
    NAME = 1
    STATUS = 2
    CRIME_TYPES = 3
    RISK = 4
    LEAD = 5
    INTAKE = 6
    ACTIVITY = 7
    FOLLOWUPS = 8


# Columns the service can sort by; the others are not sortable.
SORTS: dict[Column, CaseSort] = {
    Column.CASE_NUMBER: CaseSort.CASE_NUMBER,
    Column.NAME: CaseSort.CLIENT_NAME,
    Column.RISK: CaseSort.RISK,
    Column.INTAKE: CaseSort.INTAKE_DATE,
    Column.ACTIVITY: CaseSort.ACTIVITY,
}


class CaseListModel(PagedTableModel[CaseQuery, CaseRow]):
    def __init__(
        self, fetch: Fetch, *, page_size: int = PAGE_SIZE, query: CaseQuery | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(fetch, query or CaseQuery(), page_size, parent)
        self._conflicts: set[str] = set()
        self._conflict_icon: QIcon | None = None

    def set_conflict_cases(self, case_ids: set[str]) -> None:
        """Mark the cases with an open sync conflict (an icon and a tooltip on the name)."""
        if case_ids == self._conflicts:
            return
        self._conflicts = set(case_ids)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.NAME),
                self.index(len(self._rows) - 1, Column.NAME),
                [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole],
            )

    def in_conflict(self, case_id: str) -> bool:
        return case_id in self._conflicts

    def _marker(self) -> QIcon:
        if self._conflict_icon is None:
            style = QApplication.style()
            self._conflict_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else QIcon()
        return self._conflict_icon

    def row_at(self, row: int) -> CaseRow | None:
        return self.record_at(row)

    def row_of(self, case_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), -1)

    # -- QAbstractTableModel -------------------------------------------------------------------------
    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(Column):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole and column is Column.NAME and row.id in self._conflicts:
            return self.tr("{name} (sync conflict)").format(name=self._text(row, column))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == CASE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.NAME and row.id in self._conflicts:
            return self._marker()
        overdue = column is Column.FOLLOWUPS and row.overdue_followups > 0
        risky = column is Column.RISK and row.risk_level in (RiskLevel.HIGH, RiskLevel.CRITICAL)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(WARNING) if overdue or risky else None
        if role == Qt.ItemDataRole.DecorationRole and (overdue or risky):  # not by colour alone
            return warning_icon()
        if role == Qt.ItemDataRole.FontRole and column is Column.RISK and row.risk_level is RiskLevel.CRITICAL:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: CaseRow, column: Column) -> str:
        if column is Column.CASE_NUMBER:
            return row.case_number
        if column is Column.NAME:
            return row.client_display_name
        if column is Column.STATUS:
            return label(CASE_STATUS_LABELS, row.status)
        if column is Column.CRIME_TYPES:
            return crime_types_text(row.crime_types)
        if column is Column.RISK:
            return label(RISK_LEVEL_LABELS, row.risk_level, self.tr("Not assessed"))
        if column is Column.LEAD:
            return row.lead_counselor_name
        if column is Column.INTAKE:
            return day(row.intake_date)
        if column is Column.ACTIVITY:
            return local_day(row.last_activity_at)
        if not row.open_followups:
            return ""
        if row.overdue_followups:
            return self.tr("{open} ({overdue} late)").format(open=row.open_followups, overdue=row.overdue_followups)
        return str(row.open_followups)

    def _tooltip(self, row: CaseRow, column: Column) -> str | None:
        if column is Column.NAME and row.id in self._conflicts:
            return self.tr("This case has a sync conflict: two devices changed the same information.")
        if column is Column.ACTIVITY:
            return local_moment(row.last_activity_at)
        if column is Column.FOLLOWUPS and row.open_followups:
            return self.tr("{open} open follow-ups, {overdue} of them overdue").format(
                open=row.open_followups, overdue=row.overdue_followups
            )
        if column is Column.INTAKE:
            return self.tr("{days} days ago").format(days=(date.today() - row.intake_date).days)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Case no."),
                self.tr("Name"),
                self.tr("Status"),
                self.tr("Crime type"),
                self.tr("Risk"),
                self.tr("Lead counselor"),
                self.tr("Intake"),
                self.tr("Last activity"),
                self.tr("Follow-ups"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if Column(section) is Column.NAME:
                return self.tr("The alias is shown when the client has one.")
            if Column(section) in SORTS:
                return self.tr("Click to sort")
        return None

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
