"""일정: one person's or the team's week (or day), keyboard first.

←/→ the previous or next week (day), T today, N a new appointment, D the day view, W the week view, P the day
sheet of the selected day; ↑/↓ move through the hours. Each shown range is one date-range query (see week_model.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from ...domain.appointments import AgendaEntry, week_start
from ...domain.errors import OneStopError
from ...domain.roles import Permission
from ...services.documents import RenderedDocument
from ...services.session import Session
from ..common.forms import named_button
from ..common.tables import record_table
from ..common.widgets import MessageLabel
from ..documents.output_dialog import OutputDialog
from ..ops import BackgroundRunner
from .appointment_dialog import AppointmentDialog, conflict_text
from .week_model import WeekModel

TEAM = "*team*"


class CalendarWindow(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, runner: BackgroundRunner | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.setObjectName("calendarWindow")
        self.setWindowTitle(self.tr("Appointments"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.days = 7
        self.first = week_start(date.today())
        self.person = QComboBox(self)
        self.person.setObjectName("calendarPerson")
        self.person.setAccessibleName(self.tr("Whose appointments"))
        self.person.addItem(self.tr("My appointments"), session.user.id)
        self.person.addItem(self.tr("The whole team"), TEAM)
        try:
            for user in session.cases.colleagues():
                if user.active and user.id != session.user.id:
                    self.person.addItem(user.display_name, user.id)
        except OneStopError:
            pass
        self.person.currentIndexChanged.connect(lambda _: self.reload())
        self.range_label = QLabel(self)
        self.range_label.setObjectName("sectionTitle")
        self.message = MessageLabel(self, object_name="calendarMessage")
        self.model = WeekModel(self._fetch, self)
        self.table = record_table(self, "calendarGrid", self.tr("Appointments by day and hour"), self.model)
        self.table.setSelectionBehavior(self.table.SelectionBehavior.SelectItems)
        self.table.verticalHeader().setVisible(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(self.table.fontMetrics().height() * 2 + 10)
        buttons = QHBoxLayout()
        buttons.addWidget(self.person)
        buttons.addWidget(named_button(self, "calendarPrevious", self.tr("◀ Previous"), lambda: self.step(-1)))
        buttons.addWidget(named_button(self, "calendarToday", self.tr("&Today (T)"), self.today))
        buttons.addWidget(named_button(self, "calendarNext", self.tr("Next ▶"), lambda: self.step(1)))
        self.week_button = named_button(self, "calendarWeek", self.tr("&Week (W)"), lambda: self.set_days(7))
        self.day_button = named_button(self, "calendarDay", self.tr("&Day (D)"), lambda: self.set_days(1))
        buttons.addWidget(self.week_button)
        buttons.addWidget(self.day_button)
        buttons.addStretch(1)
        buttons.addWidget(self.range_label)
        buttons.addStretch(1)
        self.names = QCheckBox(self.tr("Names on the sheet"), self)
        self.names.setObjectName("daySheetNames")
        self.names.setToolTip(self.tr("Print clients' names on the day sheet (otherwise the alias or nothing)."))
        can_print = runner is not None and session.can(Permission.DOCUMENTS)
        self.sheet_button = named_button(self, "daySheet", self.tr("Day &sheet… (P)"), self.day_sheet, can_print)
        self.names.setVisible(can_print)
        buttons.addWidget(self.names)
        buttons.addWidget(self.sheet_button)
        new = named_button(self, "calendarNew", self.tr("&New appointment… (N)"), self.new_appointment)
        new.setObjectName("primary")
        buttons.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        hint = QLabel(
            self.tr("Keys: ←/→ previous or next, T today, N new, W week, D day, P day sheet, ↑/↓ hours."), self
        )
        hint.setObjectName("muted")
        layout.addWidget(hint)
        self.keys: dict[int, Callable[[], object]] = {
            Qt.Key.Key_Left: lambda: self.step(-1),
            Qt.Key.Key_Right: lambda: self.step(1),
            Qt.Key.Key_T: self.today,
            Qt.Key.Key_N: self.new_appointment,
            Qt.Key.Key_W: lambda: self.set_days(7),
            Qt.Key.Key_D: lambda: self.set_days(1),
            Qt.Key.Key_P: self.day_sheet,
        }
        self.table.installEventFilter(self)
        self.setFocusProxy(self.table)
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The grid's own keys (plain, without modifiers): ←/→ change the range instead of the column."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = self.keys.get(event.key())
            if action is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                action()
                return True
        return super().eventFilter(watched, event)

    def _fetch(self, first: date, days: int) -> list[AgendaEntry]:
        who = str(self.person.currentData() or self.session.user.id)
        if who == TEAM:
            return self.session.appointments.agenda(first, days, team=True)
        return self.session.appointments.agenda(first, days, user_id=who)

    def reload(self) -> None:
        try:
            self.model.load(self.first, self.days)
        except OneStopError as err:
            self.message.show_error(err)
            return
        last = self.first + timedelta(days=self.days - 1)
        text = f"{self.first:%Y-%m-%d}" if self.days == 1 else f"{self.first:%Y-%m-%d} – {last:%Y-%m-%d}"
        count = len(self.model.entries)
        clashes = sum(1 for e in self.model.entries if self.model.has_clash(e))
        summary = self.tr("{count} appointments").format(count=count)
        if clashes:
            summary += " · " + self.tr("{count} in conflict").format(count=clashes)
        self.range_label.setText(f"{text}  ·  {summary}")
        self.message.clear_message()

    def step(self, direction: int) -> None:
        self.first += timedelta(days=direction * self.days)
        self.reload()

    def today(self) -> None:
        self.first = week_start(date.today()) if self.days == 7 else date.today()
        self.reload()

    def set_days(self, days: int) -> None:
        current = self.table.currentIndex()
        focus = self.model.day_of(current.column()) if current.isValid() else date.today()
        if days == 1 and not (self.first <= focus < self.first + timedelta(days=self.days)):
            focus = self.first
        self.days = days
        self.first = focus if days == 1 else week_start(focus)
        self.reload()

    def day_sheet(self) -> OutputDialog | None:
        """The outreach day sheet of the selected day (or the first shown) for the person shown, to save or print."""
        if self.runner is None or not self.sheet_button.isVisible():
            return None
        who = str(self.person.currentData() or self.session.user.id)
        if who == TEAM:
            self.message.show_info(self.tr("Choose one person: a day sheet is one worker's day."))
            return None
        current = self.table.currentIndex()
        day = self.model.day_of(current.column()) if current.isValid() else self.first
        names = self.names.isChecked()
        appointments = self.session.appointments

        def make(purpose: str, _progress: object) -> RenderedDocument:
            return appointments.render_day_sheet(appointments.day_sheet(day, purpose, user_id=who, show_names=names))

        dialog = OutputDialog(self.session, self.runner, self.tr("Day sheet"),
                              self.tr("Outreach day sheet of {day}").format(day=day.isoformat()),
                              f"day-sheet-{day.isoformat()}", make, self,
                              suggestions=[self.tr("Outreach visits"), self.tr("Home visits")])  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_appointment(self) -> AppointmentDialog:
        dialog = AppointmentDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._scheduled(dialog))
        dialog.open()
        return dialog

    def _scheduled(self, dialog: AppointmentDialog) -> None:
        self.reload()
        if dialog.scheduled is not None and dialog.scheduled.conflicts:
            self.message.show_info(conflict_text(dialog.scheduled))
        else:
            self.message.show_success(self.tr("The appointment is scheduled."))
