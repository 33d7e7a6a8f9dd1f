"""Choosing a reporting period: a month, a quarter, a year, or two dates (custom)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from ...domain import periods
from ...domain.periods import Period, PeriodKind


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, today: date | None = None, parent: QWidget | None = None,
                 kind: PeriodKind = PeriodKind.YEAR) -> None:  # fmt: skip
        super().__init__(parent)
        today = today or date.today()
        self.kind = QComboBox(self)
        self.kind.setObjectName("periodKind")
        self.kind.setAccessibleName(self.tr("Kind of period"))
        for value, text in ((PeriodKind.MONTH, self.tr("Month")), (PeriodKind.QUARTER, self.tr("Quarter")),
                            (PeriodKind.YEAR, self.tr("Year")), (PeriodKind.CUSTOM, self.tr("Custom")),):  # fmt: skip
            self.kind.addItem(text, str(value))
        self.year = QSpinBox(self)
        self.year.setObjectName("periodYear")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(periods.FIRST_YEAR, periods.LAST_YEAR)
        self.year.setValue(today.year)
        self.part = QComboBox(self)
        self.part.setObjectName("periodPart")
        self.part.setAccessibleName(self.tr("Quarter or month"))
        self.first = QDateEdit(QDate(today.year, 1, 1), self)
        self.last = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit, name, text in ((self.first, "periodFrom", self.tr("From")), (self.last, "periodTo", self.tr("To"))):
            edit.setObjectName(name)
            edit.setAccessibleName(text)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy. M. d.")
        self.dash = QLabel("~", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.year, self.part, self.first, self.dash, self.last):
            layout.addWidget(widget)
        self._today = today
        self.kind.setCurrentIndex(self.kind.findData(str(kind)))
        self._kind_changed()
        if kind is PeriodKind.MONTH:
            self.part.setCurrentIndex(today.month - 1)
        elif kind is PeriodKind.QUARTER:
            self.part.setCurrentIndex((today.month - 1) // 3)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.year.valueChanged, self.part.currentIndexChanged, self.first.dateChanged,
                       self.last.dateChanged):  # fmt: skip
            signal.connect(self.changed)

    def current_kind(self) -> PeriodKind:
        return PeriodKind(str(self.kind.currentData()))

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.part.blockSignals(True)
        self.part.clear()
        if kind is PeriodKind.QUARTER:
            self.part.addItems([self.tr("Quarter {n}").format(n=n) for n in range(1, 5)])
        elif kind is PeriodKind.MONTH:
            self.part.addItems([self.tr("Month {n}").format(n=n) for n in range(1, 13)])
        self.part.blockSignals(False)
        custom = kind is PeriodKind.CUSTOM
        self.year.setVisible(not custom)
        self.part.setVisible(kind in (PeriodKind.QUARTER, PeriodKind.MONTH))
        for widget in (self.first, self.dash, self.last):
            widget.setVisible(custom)
        self.changed.emit()

    def period(self) -> Period | None:
        """The chosen period; None for a custom range that ends before it starts."""
        kind, year = self.current_kind(), self.year.value()
        if kind is PeriodKind.YEAR:
            return periods.year(year)
        if kind is PeriodKind.QUARTER:
            return periods.quarter(year, max(0, self.part.currentIndex()) + 1)
        if kind is PeriodKind.MONTH:
            return periods.month(year, max(0, self.part.currentIndex()) + 1)
        first, last = self.first.date().toPython(), self.last.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return periods.custom(first, last) if first <= last else None

    def set_period(self, period: Period) -> None:
        self.kind.setCurrentIndex(self.kind.findData(str(period.kind)))
        if period.kind is PeriodKind.CUSTOM:
            self.first.setDate(QDate(period.start.year, period.start.month, period.start.day))
            last = period.last_day
            self.last.setDate(QDate(last.year, last.month, last.day))
            return
        self.year.setValue(period.start.year)
        if period.kind is PeriodKind.QUARTER:
            self.part.setCurrentIndex((period.start.month - 1) // 3)
        elif period.kind is PeriodKind.MONTH:
            self.part.setCurrentIndex(period.start.month - 1)
