"""The Cases menu: the counselor's keyboard shortcuts, the batch of referral packets and the partner
directory, acting on the active user's workspace. The programs and, for administrators, the survey
questions (Administration menu) are here too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ..domain.roles import Permission
from ..services.session import Session
from .workspace import Workspace

Target = Callable[[], Workspace | None]


class CaseActions(QObject):
    def __init__(self, parent: QObject, workspace: Target) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.new_intake = self._make("newIntake", self.tr("&New intake…"), lambda w: w.new_intake(), "Ctrl+N")
        self.search = self._make("findCase", self.tr("&Find a case"), lambda w: w.focus_search(), "Ctrl+F")
        self.search_notes = self._make(
            "findInNotes", self.tr("Search session &notes"), lambda w: w.focus_search(notes=True), "Ctrl+Shift+F"
        )
        self.tasks = self._make("myTasks", self.tr("My &tasks"), lambda w: w.show_tasks(), "Ctrl+T")
        self.case_list = self._make("caseList", self.tr("Case &list"), lambda w: w.show_list(), "Ctrl+1")
        self.refresh = self._make("refreshList", self.tr("&Refresh the list"), lambda w: w.list_page.refresh(), "F5")
        self.save = self._make("saveCase", self.tr("&Save"), lambda w: w.save_current(), "Ctrl+S")
        self.close_tab = self._make(
            "closeTab", self.tr("&Close the tab"), lambda w: w.close_current_tab(), "Ctrl+W", "Ctrl+F4"
        )
        self.next_tab = self._make("nextCase", self.tr("Ne&xt tab"), lambda w: w.step_tab(1), "Ctrl+Tab", "Ctrl+PgDown")
        self.previous_tab = self._make(
            "previousCase", self.tr("Pre&vious tab"), lambda w: w.step_tab(-1), "Ctrl+Shift+Tab", "Ctrl+PgUp"
        )
        self.programs = self._make(
            "programs", self.tr("Pr&ograms and workshops…"), lambda w: w.show_programs(), "Ctrl+Shift+P"
        )
        self.calendar = self._make(
            "calendar", self.tr("&Appointments (일정)…"), lambda w: w.show_calendar(), "Ctrl+Shift+K"
        )
        self.surveys = self._make(
            "surveys", self.tr("Satisfaction survey &questions…"), lambda w: w.show_survey_editor()
        )
        self.checklist = self._make(
            "dangerChecklist", self.tr("Danger &checklist…"), lambda w: w.show_checklist_editor()
        )
        self.duplicates = self._make(
            "duplicateClients", self.tr("&Duplicate clients (중복 내담자)…"), lambda w: w.show_duplicates()
        )
        self.program_actions = (self.programs, self.surveys, self.checklist, self.duplicates)
        self.batch = self._make(
            "printReadyBatch", self.tr("&Batch output of referrals ready to send…"), lambda w: w.print_ready_batch()
        )
        self.agencies = self._make("agencies", self.tr("&Partner agencies…"), lambda w: w.show_agencies())
        self.dashboard = self._make("dashboard", self.tr("&Dashboard (현황)"), lambda w: w.show_dashboard(), "Ctrl+D")
        self.report = self._make(
            "periodReport", self.tr("Period &report (실적 보고)…"), lambda w: w.show_report_dialog(), "Ctrl+Shift+R"
        )
        self.all = (
            self.new_intake,
            self.search,
            self.search_notes,
            self.tasks,
            self.case_list,
            self.refresh,
            self.save,
            self.close_tab,
            self.next_tab,
            self.previous_tab,
            self.batch,
            self.agencies,
            self.dashboard,
            self.report,
            self.calendar,
        )

    def _make(self, name: str, text: str, run: Callable[[Workspace], object], *shortcuts: str) -> QAction:
        action = QAction(text, self.parent())
        action.setObjectName(f"action_{name}")
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda: self._run(run))
        return action

    def _run(self, run: Callable[[Workspace], object]) -> None:
        workspace = self._workspace()
        if workspace is not None:
            run(workspace)

    def fill(self, menu: QMenu) -> None:
        menu.addActions([self.new_intake, self.search, self.search_notes, self.tasks, self.case_list, self.refresh])
        menu.addSeparator()
        menu.addActions([self.save, self.close_tab, self.next_tab, self.previous_tab])
        menu.addSeparator()
        menu.addActions([self.calendar, self.batch, self.agencies, self.programs])

    def apply(self, session: Session | None) -> None:
        unlocked = session is not None and not session.is_locked
        for action in (*self.all, *self.program_actions):
            action.setEnabled(unlocked)
        if session is not None:
            self.new_intake.setVisible(session.can(Permission.CASE_EDIT))
            self.surveys.setVisible(session.can(Permission.SURVEYS_EDIT))
            self.checklist.setVisible(session.can(Permission.SURVEYS_EDIT))
            self.duplicates.setVisible(session.can(Permission.MERGE_CLIENTS))
            self.search_notes.setVisible(session.can(Permission.NOTES_READ))
            self.batch.setVisible(session.can(Permission.DOCUMENTS))
            self.dashboard.setVisible(session.can(Permission.DASHBOARD))
            self.report.setVisible(session.can(Permission.REPORTS))

    def fill_reports(self, menu: QMenu) -> None:
        menu.addActions([self.dashboard, self.report])
