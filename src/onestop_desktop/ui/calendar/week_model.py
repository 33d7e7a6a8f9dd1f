"""The week (or day) grid: a column per day, a row per hour, each cell listing the appointments that start in it.

Fed by one date-range query per shown range (`fetch(first, days)`: the service reads candidate series through an
index and expands only those), never by loading every appointment. Conflicts among the shown entries (one worker
twice at once, visits without travel time between places) tint their cells and are listed in the tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.appointments import KIND_LABELS, PLACE_LABELS, AgendaEntry, ConflictKind, PlaceKind, conflicts

FIRST_HOUR, LAST_HOUR = 7, 21  # earlier and later appointments show in the first and last row
Fetch = Callable[[date, int], list[AgendaEntry]]
Index = QModelIndex | QPersistentModelIndex
_CONFLICT = QColor("#fde2e1")
_TODAY = QColor("#eef4fb")


def _kind(entry: AgendaEntry) -> str:
    return QCoreApplication.translate("Taxonomy", KIND_LABELS[entry.appointment.kind])


class WeekModel(QAbstractTableModel):
    def __init__(self, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fetch = fetch
        self.first = date.today()
        self.days = 7
        self.entries: list[AgendaEntry] = []
        self.cells: dict[tuple[int, int], list[AgendaEntry]] = {}
        self.clashes: dict[tuple[str, int], list[str]] = {}

    def load(self, first: date, days: int) -> None:
        """Show `days` days from `first` (raises what the service raises; the model keeps its old rows then)."""
        entries = self.fetch(first, days)
        self.beginResetModel()
        self.first, self.days, self.entries = first, days, entries
        self.cells = {}
        for entry in entries:
            hour = min(max(entry.start.hour, FIRST_HOUR), LAST_HOUR)
            key = (hour - FIRST_HOUR, (entry.start.date() - first).days)
            self.cells.setdefault(key, []).append(entry)
        self.clashes = {}
        for clash in conflicts(e.appointment.booking(e.occurrence) for e in entries):
            text = (self.tr("Clash: two appointments at once") if clash.kind is ConflictKind.OVERLAP
                    else self.tr("Less than 30 minutes to travel between two places"))  # fmt: skip
            for booking in (clash.first, clash.second):
                occurrence = (booking.occurrence.series_id, booking.occurrence.index)
                self.clashes.setdefault(occurrence, []).append(text)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else LAST_HOUR - FIRST_HOUR + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.days

    def day_of(self, column: int) -> date:
        return self.first + timedelta(days=column)

    def entries_at(self, index: Index) -> list[AgendaEntry]:
        return self.cells.get((index.row(), index.column()), [])

    def has_clash(self, entry: AgendaEntry) -> bool:
        return (entry.occurrence.series_id, entry.occurrence.index) in self.clashes

    def line(self, entry: AgendaEntry, *, full: bool | None = None) -> str:
        """One line per appointment; the week's narrow columns leave the clash mark (the cell is tinted), the end time
        and the place to the tooltip and the accessible text."""
        appointment = entry.appointment
        mark = "⚠ " if self.has_clash(entry) else ""
        if not (self.days == 1 if full is None else full):
            return f"{entry.start:%H:%M} {_kind(entry)} {appointment.case_number}"
        place = "" if appointment.place_kind is PlaceKind.NONE else (
            appointment.place or self.translate_place(appointment.place_kind))  # fmt: skip
        if appointment.address_private and place:
            place = self.tr("place withheld")
        text = f"{mark}{entry.start:%H:%M}–{entry.end:%H:%M} {_kind(entry)} {appointment.case_number}"
        return f"{text} · {place}" if place else text

    @staticmethod
    def translate_place(kind: PlaceKind) -> str:
        return QCoreApplication.translate("Taxonomy", PLACE_LABELS[kind])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entries = self.entries_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(self.line(e) for e in entries)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return "\n".join(self.line(e, full=True) for e in entries)
        if role == Qt.ItemDataRole.ToolTipRole and entries:
            lines = [self.line(e, full=True) for e in entries]
            lines += sorted(
                {t for e in entries for t in self.clashes.get((e.occurrence.series_id, e.occurrence.index), [])}
            )
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            if any(self.has_clash(e) for e in entries):
                return QBrush(_CONFLICT)
            if self.day_of(index.column()) == date.today():
                return QBrush(_TODAY)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return f"{FIRST_HOUR + section:02d}:00"
        day = self.day_of(section)
        weekday = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                   self.tr("Sun"))[day.weekday()]  # fmt: skip
        return f"{day.month}/{day.day} ({weekday})"
