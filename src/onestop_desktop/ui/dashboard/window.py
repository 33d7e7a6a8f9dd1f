"""현황: the dashboard window. One period for every chart; the figures are computed on the background worker
(aggregate SQL, well under a second at benchmark size) and each chart can turn into its table."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget
from shiboken6 import isValid

from ...domain.dashboard import Dashboard, FigureKey
from ...domain.errors import OneStopError
from ...domain.periods import PeriodKind
from ...domain.roles import Permission
from ...domain.safety import REMIND_DEADLINE_DAYS
from ...services.session import Session
from ..dialog_fit import size_within_screen
from ..errors import error_text
from ..ops import BackgroundRunner
from .chart_panel import ChartPanel
from .period_picker import PeriodPicker
from .report_dialog import ReportDialog

ORDER = (FigureKey.NEW_CASES, FigureKey.NEW_PEOPLE, FigureKey.CASELOAD, FigureKey.SERVICES, FigureKey.OVERDUE,
         FigureKey.REFERRALS, FigureKey.REFERRAL_DAYS, FigureKey.COVERAGE, FigureKey.FEEDBACK)  # fmt: skip


class DashboardWindow(QWidget):
    def __init__(self, session: Session, runner: BackgroundRunner, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.runner = runner
        self.today = today
        self.busy = False
        self.stale = False
        self.dashboard: Dashboard | None = None
        self.setObjectName("dashboardWindow")
        self.setWindowTitle(self.tr("Dashboard (현황)"))
        self.picker = PeriodPicker(today, self, kind=PeriodKind.YEAR)
        self.picker.changed.connect(self.refresh)
        self.scope = QLabel(self)
        self.scope.setObjectName("dashboardScope")
        self.status = QLabel(self)
        self.status.setObjectName("dashboardStatus")
        self.status.setAccessibleName(self.tr("Dashboard status"))
        self.deadlines = QLabel(self)
        self.deadlines.setObjectName("dashboardDeadlines")
        self.report_button = QPushButton(self.tr("Period &report…"), self)
        self.report_button.setObjectName("periodReport")
        self.report_button.setVisible(session.can(Permission.REPORTS))
        self.report_button.clicked.connect(self.open_report)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:"), self))
        top.addWidget(self.picker)
        top.addWidget(self.scope)
        top.addStretch(1)
        top.addWidget(self.deadlines)
        top.addWidget(self.status)
        top.addWidget(self.report_button)
        self.panels: dict[FigureKey, ChartPanel] = {}
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        for index, key in enumerate(ORDER):
            panel = ChartPanel(key, session.vault.data_dir.root, grid_host)
            panel.setVisible(False)
            self.panels[key] = panel
            grid.addWidget(panel, index // 2, index % 2)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Charts"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        size_within_screen(self, 1280, 680)
        self.refresh()

    def refresh(self) -> None:
        period = self.picker.period()
        if period is None:
            self.status.setText(self.tr("The end of the period is before its start."))
            return
        if self.busy:  # one computation at a time; the newest period is computed when it returns
            self.stale = True
            return
        self.busy, self.stale = True, False
        self.status.setText(self.tr("Computing…"))
        dashboard, today = self.session.dashboard, self.today
        self.runner.run(lambda: dashboard.compute(period, today), self._show, self._failed)

    def _show(self, dashboard: Dashboard) -> None:
        if not isValid(self):
            return
        self.busy = False
        if self.stale:
            self.refresh()
            return
        self.dashboard = dashboard
        self.scope.setText(self.tr("Center-wide") if dashboard.center_wide else self.tr("Your own caseload"))
        for key, panel in self.panels.items():
            figure = dashboard.figure(key)
            panel.setVisible(figure is not None)
            if figure is not None:
                panel.set_figure(figure)
        self.status.setText(dashboard.period.label)
        self._show_deadlines()

    def _show_deadlines(self) -> None:
        """Legal deadlines and measure expiries of the next 30 days in this user's scope: a count, the first
        ones in the tooltip (case numbers only)."""
        try:
            due = self.session.safety.due(REMIND_DEADLINE_DAYS, today=self.today)
        except OneStopError:
            self.deadlines.setText("")
            return
        self.deadlines.setText(self.tr("Deadlines in the next 30 days: {count}").format(count=len(due)))
        lines = [f"{d.due.isoformat()}  {d.case_number}  {QCoreApplication.translate(d.context, d.label)}"
                 for d in due[:15]]  # fmt: skip
        self.deadlines.setToolTip("\n".join(lines))

    def _failed(self, err: OneStopError) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.status.setText(error_text(err))

    def open_report(self) -> ReportDialog:
        dialog = ReportDialog(self.session, self.runner, self, period=self.picker.period())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
