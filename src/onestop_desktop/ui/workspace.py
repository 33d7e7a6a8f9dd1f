"""One user's workspace: the case list and the open cases in tabs, kept (hidden) while the screen is locked.

Several cases may be open at once. A tab with unsaved input is marked "•"; closing it asks
(save, don't save, cancel), and so does logging out or exiting. Locking never asks and never
discards anything: the workspace just waits, hidden, until the same user unlocks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabBar, QTabWidget, QVBoxLayout, QWidget

from ..domain.errors import OneStopError
from ..services.session import Session
from .calendar.calendar_window import CalendarWindow
from .cases.case_view import DIRTY_MARK, CaseView
from .cases.intake_dialog import IntakeDialog
from .cases.list_page import CaseListPage
from .cases.people import People
from .common.unsaved import Answer, ask_unsaved
from .common.waiting import waiting
from .common.widgets import MessageLabel
from .dashboard.report_dialog import ReportDialog
from .dashboard.window import DashboardWindow
from .dialog_fit import size_within_screen
from .dialogs.agency_directory import AgencyDirectoryDialog
from .dialogs.checklist_editor import ChecklistEditorDialog
from .dialogs.duplicates_dialog import DuplicatesDialog
from .dialogs.survey_editor import SurveyEditorDialog
from .documents.output_dialog import OutputDialog
from .documents.outputs import Outputs
from .ops import BackgroundRunner
from .programs.programs_window import ProgramsWindow


class Workspace(QWidget):
    kiosk_requested = Signal(object)  # a KioskWindow a case asks to show (the main window hosts it)
    conflicts_requested = Signal()  # a case's conflict banner asks for the sync conflict list

    def __init__(
        self,
        session: Session,
        runner: BackgroundRunner,
        center_name: str,
        idle_minutes: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.outputs = Outputs(session, runner, self)
        self.center_name = center_name
        self.setObjectName(f"workspace-{session.user.username}")
        self.setAccessibleName(self.tr("Workspace of {name}").format(name=session.user.display_name))
        try:
            self.people = People(session.cases.colleagues())
        except OneStopError:
            self.people = People()
        self.views: dict[str, CaseView] = {}
        self.intake: IntakeDialog | None = None
        self.programs_window: ProgramsWindow | None = None
        self.calendar_window: CalendarWindow | None = None
        self.list_page = CaseListPage(session, runner, self.people, self)
        self.list_page.open_case.connect(self.open_case)
        self.list_page.new_intake.connect(self.new_intake)
        self.list_page.todo.changed.connect(self._followup_ticked)
        self.list_page.set_idle_minutes(idle_minutes)
        self.idle_note = self.list_page.idle_note
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabsOuter")
        self.tabs.setAccessibleName(self.tr("Case list and open cases"))
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.tabs.addTab(self.list_page, self.tr("Case list"))
        self.tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.LeftSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.message = MessageLabel(self, object_name="workspaceMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.list_page.start()

    def set_idle_minutes(self, minutes: int) -> None:
        self.list_page.set_idle_minutes(minutes)

    # -- cases --------------------------------------------------------------------------------------
    def open_case(self, case_id: str, tab: str = "") -> CaseView | None:
        view = self.views.get(case_id)
        if view is None:
            try:
                with waiting():
                    case_file = self.session.cases.open(case_id)
            except OneStopError as err:
                self.message.show_error(err)
                return None
            self.message.clear_message()
            view = CaseView(self.session, self.runner, case_file, self.people, self.tabs)
            view.dirty_changed.connect(lambda v=view: self._update_title(v))
            view.changed.connect(self._case_changed)
            view.kiosk_requested.connect(self.kiosk_requested)
            view.conflicts_requested.connect(self.conflicts_requested)
            self.views[case_id] = view
            self.tabs.addTab(view, view.short_title())
            self.tabs.setTabToolTip(self.tabs.indexOf(view), view.title())
        self.tabs.setCurrentWidget(view)
        if tab:
            view.show_tab(tab)
        view.tabs.currentWidget().setFocus()
        return view

    def current_view(self) -> CaseView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, CaseView) else None

    def _update_title(self, view: CaseView) -> None:
        index = self.tabs.indexOf(view)
        if index >= 0:
            self.tabs.setTabText(index, (DIRTY_MARK if view.is_dirty() else "") + view.short_title())
            self.tabs.setTabToolTip(index, view.title())

    def _case_changed(self, case_id: str) -> None:
        self.list_page.refresh()
        view = self.views.get(case_id)
        if view is not None:
            self._update_title(view)

    def _followup_ticked(self, case_id: str) -> None:
        self.list_page.apply_query(force=True)
        view = self.views.get(case_id)
        if view is not None:
            view.reload(notify=False)

    def after_sync(self, reread_cases: bool) -> None:
        """Show what a sync brought: the list again, and open cases re-read unless they hold unsaved input."""
        self.list_page.refresh()
        for view in self.views.values():
            if reread_cases and not view.is_dirty():
                view.reload(notify=False)
                self._update_title(view)
            else:
                view.show_conflict_marker()

    def new_intake(self) -> None:
        if self.intake is not None:
            self.intake.raise_()
            self.intake.activateWindow()
            return
        dialog = IntakeDialog(self.session, self.people, self)
        dialog.created.connect(self._intake_created)
        dialog.finished.connect(self._intake_closed)
        self.intake = dialog
        # not modal: the counselor on the phone can look the person up in the case list while it is open
        dialog.setModal(False)
        dialog.show()

    def _intake_created(self, case_id: str) -> None:
        self.list_page.refresh()
        self.open_case(case_id)

    def _intake_closed(self) -> None:
        if self.intake is not None:
            self.intake.deleteLater()
            self.intake = None

    # -- tabs -------------------------------------------------------------------------------------------
    def close_tab(self, index: int) -> None:
        view = self.tabs.widget(index)
        if not isinstance(view, CaseView):
            return
        if not view.is_dirty():
            self._remove(view)
            return
        self.tabs.setCurrentWidget(view)

        def answered(answer: Answer) -> None:
            if answer is Answer.DISCARD or (answer is Answer.SAVE and view.save_all()):
                self._remove(view)

        ask_unsaved(
            self,
            self.tr("{case} has unsaved changes ({what}). Save them before closing?").format(
                case=view.title(), what=", ".join(view.dirty_titles())
            ),
            answered,
        )

    def close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def _remove(self, view: CaseView) -> None:
        self.views.pop(view.case_id, None)
        self.tabs.removeTab(self.tabs.indexOf(view))
        view.deleteLater()

    def step_tab(self, step: int) -> None:
        if self.tabs.count() > 1:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def show_list(self) -> None:
        self.tabs.setCurrentWidget(self.list_page)

    def focus_search(self, notes: bool = False) -> None:
        self.show_list()
        self.list_page.focus_search(notes)

    def show_tasks(self) -> None:
        self.show_list()
        self.list_page.todo.reload()
        self.list_page.todo.focus_table()

    def save_current(self) -> bool:
        view = self.current_view()
        return view.save_current() if view is not None else True

    # -- programs and the survey questions --------------------------------------------------------------
    def show_programs(self) -> ProgramsWindow:
        """One programs window per workspace, brought to the front when asked for again."""
        if self.programs_window is None:
            self.programs_window = ProgramsWindow(self.session, self)
            self.programs_window.destroyed.connect(self._programs_closed)
            self.programs_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.programs_window.show()
        self.programs_window.raise_()
        self.programs_window.activateWindow()
        return self.programs_window

    def _programs_closed(self) -> None:
        self.programs_window = None

    def show_calendar(self) -> CalendarWindow:
        """One calendar window per workspace (일정), brought to the front when asked for again."""
        if self.calendar_window is None:
            self.calendar_window = CalendarWindow(self.session, self, self.runner)
            self.calendar_window.destroyed.connect(self._calendar_closed)
            self.calendar_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            size_within_screen(self.calendar_window, 1280, 680)
        self.calendar_window.show()
        self.calendar_window.raise_()
        self.calendar_window.activateWindow()
        return self.calendar_window

    def _calendar_closed(self) -> None:
        self.calendar_window = None

    def show_survey_editor(self) -> SurveyEditorDialog:
        dialog = SurveyEditorDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_checklist_editor(self) -> ChecklistEditorDialog:
        dialog = ChecklistEditorDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self.list_page.refresh())
        dialog.open()
        return dialog

    # -- the partner directory and the batch of referral packets ----------------------------------------------
    def show_agencies(self) -> AgencyDirectoryDialog:
        dialog = AgencyDirectoryDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_dashboard(self) -> DashboardWindow:
        window = DashboardWindow(self.session, self.runner, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def show_report_dialog(self) -> ReportDialog:
        dialog = ReportDialog(self.session, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_ready_batch(self) -> OutputDialog:
        return self.outputs.ready_batch()

    # -- before logging out or exiting ----------------------------------------------------------------------
    def unsaved(self) -> list[str]:
        """What would be lost: one line per case (and the intake form) with unsaved input."""
        lines = [f"{view.title()}: {', '.join(view.dirty_titles())}" for view in self.views.values() if view.is_dirty()]
        if self.intake is not None and self.intake.has_input():
            lines.append(self.tr("New intake (not registered yet)"))
        return lines

    def save_everything(self) -> bool:
        """Save all unsaved input; False (and the refused form shown) if anything is refused."""
        for view in list(self.views.values()):
            if view.is_dirty() and not view.save_all():
                self.tabs.setCurrentWidget(view)
                return False
        if self.intake is not None and self.intake.has_input():
            self.intake.submit()
            if self.intake is not None and self.intake.isVisible():
                return False
        return True
