"""Every window and dialog of the app, opened with demo data: the screenshot script and the fit test share it.

`CATALOG` names one or more ways of opening each top-level class (a QDialog, QWizard, QMainWindow or a widget
that is its own window); `window_classes()` walks `onestop_desktop.ui` for those classes so a test fails when a
new dialog is not in the catalog. Openers go through the app's own actions where that is cheap (menus,
workspace and case page methods) and construct the dialog directly otherwise.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QPushButton, QTableView, QWidget, QWizard

import onestop_desktop.ui as ui_package
from onestop_desktop.app import DemoFolder, make_demo_folder
from onestop_desktop.domain.casework import CaseQuery, IntakeForm
from onestop_desktop.domain.feedback import FeedbackMethod, SurveySubject
from onestop_desktop.domain.periods import parse_period
from onestop_desktop.domain.taxonomy import CrimeType, Gender
from onestop_desktop.services.consents import ConsentScan
from onestop_desktop.services.demo import DEMO_ADMIN, DEMO_PASSPHRASE
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.cases.case_view import CaseView
from onestop_desktop.ui.cases.client_editor import client_form
from onestop_desktop.ui.cases.requests_page import RequestsPage
from onestop_desktop.ui.dialog_fit import TITLE_BAR
from onestop_desktop.ui.main_window import MainWindow
from onestop_desktop.ui.workspace import Workspace

from ..conftest import FAST_KDF

SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 728  # 1366x768 less a 40 px taskbar
WINDOW_HEIGHT = SCREEN_HEIGHT - TITLE_BAR  # a window's own height: its title bar takes the rest
FULL_SCREEN = {"kiosk"}  # takes the whole screen, whatever its size (offscreen's screen is 800x800)
LONG_NAME = "김" + "가나다라마바사아자차카타파하" * 4 + "가" * 3  # 60 characters
assert len(LONG_NAME) == 60
# A 1x1 PNG: the takedown evidence and the consent scan viewers need an image.
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082"
)


@dataclass
class Tour:
    """A demo center, its main window logged in as the administrator, and a case open in a tab."""

    folder: DemoFolder
    window: MainWindow
    case_id: str = ""
    opened: list[QWidget] = field(default_factory=list)

    @property
    def vault(self) -> Vault:
        return self.folder.vault

    @property
    def session(self) -> Session:
        slot = self.window.current
        assert slot is not None
        return slot.session

    @property
    def workspace(self) -> Workspace:
        slot = self.window.current
        assert slot is not None
        return slot.workspace

    def case_view(self, tab: str = "overview") -> CaseView:
        view = self.workspace.open_case(self.case_id, tab)
        assert view is not None
        settle()
        return view

    def close_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible() and widget.isWindow():
                if isinstance(widget, QDialog):
                    widget.reject()
                widget.close()
        settle()
        self.workspace.show_list()


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def newest_window(before: set[int], action: Callable[[], object]) -> QWidget:
    """Run `action` and return the top-level window it opened."""
    result = action()
    settle()
    if isinstance(result, QWidget) and result.isWindow():
        return result
    opened = [
        w
        for w in QApplication.topLevelWidgets()
        if id(w) not in before and w.isVisible() and w.windowType() not in (Qt.WindowType.ToolTip, Qt.WindowType.Popup)
    ]
    assert opened, f"nothing opened by {action}"
    return opened[-1]


def visible_ids() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def opened_by(action: Callable[[], object]) -> QWidget:
    return newest_window(visible_ids(), action)


def select_first(table: QTableView) -> None:
    model = table.model()
    assert model is not None and model.rowCount() > 0, f"{table.objectName()} has no rows"
    table.selectionModel().setCurrentIndex(
        model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    settle()


def show(dialog: QWidget) -> QWidget:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if isinstance(dialog, QDialog):
        dialog.open()
    else:
        dialog.show()
    settle()
    return dialog


# -- openers -----------------------------------------------------------------------------------------------------
def _main(tour: Tour) -> QWidget:
    tour.workspace.show_list()
    return tour.window


def _list_after_case(tour: Tour) -> QWidget:
    """Back on the list with the long-named case still open in its tab (the list once stayed too wide)."""
    tour.case_view("overview")
    tour.workspace.show_list()
    settle()
    return tour.window


def _case(tab: str) -> Callable[[Tour], QWidget]:
    def open_tab(tour: Tour) -> QWidget:
        tour.case_view(tab)
        return tour.window

    return open_tab


def _action(name: str) -> Callable[[Tour], QWidget]:
    return lambda tour: opened_by(getattr(tour.window.menu_actions, name).trigger)


def _workspace(method: str) -> Callable[[Tour], QWidget]:
    return lambda tour: opened_by(getattr(tour.workspace, method))


def _page(tab: str, method: str, table: str = "", *args: object) -> Callable[[Tour], QWidget]:
    def open_from_page(tour: Tour) -> QWidget:
        view = tour.case_view(tab)
        page = view.pages[tab]
        if table:
            select_first(getattr(page, table))
        return opened_by(lambda: getattr(page, method)(*args))

    return open_from_page


def _scan_viewer(tour: Tour) -> QWidget:
    from onestop_desktop.ui.cases.scan_viewer import ScanViewer

    view = tour.case_view("consents")
    consents = tour.session.consents.for_case(tour.case_id)
    scan = ConsentScan("동의서-스캔.png", "image/png", TINY_PNG)
    return show(ScanViewer(tour.session, tour.case_id, consents[0].id, scan, view))


def _evidence(tour: Tour) -> QWidget:
    from onestop_desktop.ui.cases.takedown_page import TakedownEvidenceDialog

    return show(TakedownEvidenceDialog("화면캡처-2026-03-02.png", TINY_PNG, tour.window))


def _programs(method: str = "", table: str = "") -> Callable[[Tour], QWidget]:
    def open_programs(tour: Tour) -> QWidget:
        window = tour.workspace.show_programs()
        settle()
        if not method:
            return window
        select_first(window.table)
        if table:
            select_first(getattr(window, table))
        return opened_by(getattr(window, method))

    return open_programs


def _users(method: str) -> Callable[[Tour], QWidget]:
    def open_users(tour: Tour) -> QWidget:
        admin = opened_by(tour.window.menu_actions.users.trigger)
        select_first(admin.table)  # type: ignore[attr-defined]
        return opened_by(getattr(admin, method))

    return open_users


def _survey_entry(tour: Tour) -> QWidget:
    from onestop_desktop.ui.feedback.survey_entry_dialog import SurveyEntryDialog

    survey = tour.session.feedback.current_survey(SurveySubject.CASE)
    dialog = SurveyEntryDialog(
        tour.session, SurveySubject.CASE, tour.case_id, FeedbackMethod.PHONE, survey, "ko", None, tour.window
    )
    return show(dialog)


def _survey_start(tour: Tour) -> QWidget:
    view = tour.case_view()
    return opened_by(lambda: view.survey_flow.start(SurveySubject.CASE, tour.case_id, "사례 종결 만족도 조사"))


def _device_code(tour: Tour) -> QWidget:
    from onestop_desktop.ui.sync.device_enrolment_dialog import DeviceEnrolmentCodeDialog

    return show(
        DeviceEnrolmentCodeDialog("현장 노트북 2", "K7Q2-9XMD-4PLA", "/media/usb/현장노트북2.onestop-kit", tour.window)
    )


def _revoke(tour: Tour) -> QWidget:
    from onestop_desktop.ui.sync.revoke_dialog import RevokeDialog

    device = tour.session.sync.devices()[0]
    return show(RevokeDialog(tour.session, device, tour.window))


def _setup_wizard(tour: Tour) -> QWidget:
    from onestop_desktop.ui.setup_wizard import SetupWizard

    empty = Vault(tour.folder.root / "empty-setup", kdf=FAST_KDF)
    return show(SetupWizard(empty))


def _kiosk(tour: Tour) -> QWidget:
    from onestop_desktop.ui.feedback.kiosk import KioskWindow

    survey = tour.session.feedback.current_survey(SurveySubject.CASE)
    kiosk = KioskWindow(tour.session, SurveySubject.CASE, tour.case_id, survey, "ko", None)
    kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    kiosk.resize(SCREEN_WIDTH, SCREEN_HEIGHT)  # full screen in use
    kiosk.start()
    settle()
    return kiosk


def _splash(tour: Tour) -> QWidget:
    from onestop_desktop.ui.demo_splash import DemoSplash

    return show(DemoSplash())


def _dispatch(tour: Tour) -> QWidget:
    from onestop_desktop.ui.documents.dispatch_dialog import DispatchDialog

    referrals = tour.session.referrals.for_case(tour.case_id)
    return show(DispatchDialog(tour.session, (referrals[0].id,), tour.window))


def _output(tour: Tour) -> QWidget:
    return opened_by(lambda: tour.workspace.outputs.safety_card(tour.case_id))


def _waiver(tour: Tour) -> QWidget:
    from onestop_desktop.ui.cases.waiver_dialog import WaiverDialog

    view = tour.case_view("safety")
    return show(WaiverDialog(tour.session, tour.case_id, "statement_recording", "진술 녹화 기한", view))


def _status_note(tour: Tour) -> QWidget:
    from onestop_desktop.domain.referrals import ReferralStatus
    from onestop_desktop.ui.cases.status_note_dialog import StatusNoteDialog

    return show(StatusNoteDialog("의뢰-2026-0042", ReferralStatus.IN_SUPPORT, tour.window))


def _audit_review(tour: Tour) -> QWidget:
    from onestop_desktop.ui.dialogs.audit_review_dialog import AuditReviewDialog

    audit = opened_by(tour.window.menu_actions.audit.trigger)
    return show(AuditReviewDialog(tour.session, audit))  # the app runs it with exec()


def _passphrase_mismatch(opener: Opener, new: str, repeated: str) -> Opener:
    """The dialog after a strong passphrase was typed twice differently and submitted."""

    def open_with_mismatch(tour: Tour) -> QWidget:
        dialog = opener(tour)
        getattr(dialog, new).setText("Bom-Haneul-2026!x")
        getattr(dialog, repeated).setText("Bom-Haneul-2026!y")
        settle()
        ok = next(b for b in dialog.findChildren(QPushButton) if b.objectName().endswith("Ok"))
        ok.click()
        settle()
        return dialog

    return open_with_mismatch


def _report_saved(tour: Tour) -> QWidget:
    """The report dialog after saving, with its success message (the save itself is not repeated here)."""
    dialog = opened_by(tour.workspace.show_report_dialog)
    dialog.message.show_success(  # type: ignore[attr-defined]
        "C:/Users/상담원/Documents/실적보고-2026-Q3.pdf에 저장했습니다. 출력 대장에 출력 사유와 함께 기록했습니다."
    )
    settle()
    return dialog


def _print_preview(tour: Tour) -> QWidget:
    """The preview of a real output (the year's period report), as the output dialog's Print button opens it."""
    from onestop_desktop.ui.documents.print_job import PrintJob

    document = tour.session.reports.render(parse_period("2026"), "pdf", "실적 보고")
    job = PrintJob(document, tour.window)
    job.start()
    QTest.qWait(500)  # QPdfView renders the pages on a thread of its own
    return job.preview


def _busy_status_bar(tour: Tour) -> QWidget:
    """The case list with everything the sync part of the status bar can say at once (the longest it gets)."""
    from onestop_desktop.services.sync import SyncStatus

    tour.workspace.show_list()
    status = SyncStatus(
        last_sync_at="2026-12-07T09:41:00+00:00",
        pending_changes=5619,
        devices=(),
        gaps=(("현장 노트북 2", 41), ("상담실 PC 3", 7), ("현장 노트북 5", 12)),  # type: ignore[arg-type]
        conflicts=3,
        quarantined=(object(),),  # type: ignore[arg-type]
        waiting_rows=0,
        digest="",
        folder="\\\\nas-onestop\\sync\\원스톱 동기화 폴더",
    )
    tour.window.sync_status.show_status(status, admin=True)
    settle()
    return tour.window


def _appointment(tour: Tour) -> QWidget:
    from onestop_desktop.ui.calendar.appointment_dialog import AppointmentDialog

    return show(AppointmentDialog(tour.session, tour.window, case_id=tour.case_id))


def _requests_page(tour: Tour) -> RequestsPage:
    """The 요구 tab of the long-named case with an answered 열람 request and an open 정정·삭제 request (logged here
    the first time)."""
    from onestop_desktop.domain.subject_requests import AnswerForm, RequestForm, RequestKind, RequestOutcome

    requests = tour.session.subject_requests
    if not requests.for_case(tour.case_id):
        received = (date.today() - timedelta(days=30)).isoformat()
        access = requests.log(tour.case_id, RequestForm(RequestKind.ACCESS, received, "상담 기록 전체의 열람"))
        answered = (date.today() - timedelta(days=26)).isoformat()
        requests.answer(access, AnswerForm(RequestOutcome.GRANTED, answered, "열람 자료(PDF)를 직접 전달함"))
        received = (date.today() - timedelta(days=8)).isoformat()
        requests.log(
            tour.case_id, RequestForm(RequestKind.CORRECTION, received, "주소와 연락처를 바로잡아 달라는 요구")
        )
    view = tour.case_view("requests")
    view.requests.refresh(view.case_file.case.case_number)  # the case may have been open before the requests
    settle()
    return view.requests


def _requests_tab(tour: Tour) -> QWidget:
    _requests_page(tour)
    return tour.window


def _answer(tour: Tour) -> QWidget:
    page = _requests_page(tour)
    model = page.model
    row = next(r for r in range(model.rowCount()) if (found := model.record_at(r)) is not None and found.is_open)
    page.table.selectRow(row)
    settle()
    return opened_by(page.answer)


def _similar_clients(tour: Tour) -> None:
    """Two clients who are likely one person (same name and birth date), the second typed in with other details:
    the duplicates list has a pair and the merge dialog many differing fields."""
    session = tour.session
    if session.clients.duplicates():
        return
    form = IntakeForm(name="한가람", birth_date="1988-11-02", phone="010-4417-2093", crime_types={CrimeType.STALKING})
    session.intake.create(form)
    second = session.intake.create(form)
    client = client_form(session.cases.open(second).client)
    other = dataclasses.replace(
        client, alias="가람", gender=Gender.FEMALE, nationality="베트남", interpreter_language="베트남어",
        disability="청각 장애(보청기 사용)", address_road="서울특별시 서대문구 통일로 484 (홍제동, 무악현대아파트)",
        address_detail="112동 1504호", postal_code="03655", address_private=True,
    )  # fmt: skip
    session.cases.update_client(second, other)


def _duplicates(tour: Tour) -> QWidget:
    _similar_clients(tour)
    return opened_by(tour.window.case_actions.duplicates.trigger)


def _merge(tour: Tour) -> QWidget:
    duplicates = _duplicates(tour)
    duplicates.table.selectRow(0)  # type: ignore[attr-defined]
    return opened_by(duplicates.merge_selected)  # type: ignore[attr-defined]


def _retention(tour: Tour) -> QWidget:
    """The retention window with two closed cases past their retention on the 파기 대상 list."""
    from onestop_desktop.domain.case_status import ClosingReason

    session = tour.session
    if not session.retention.due():
        for name, closed in (("파기대상일", date(2020, 6, 1)), ("파기대상이", date(2021, 1, 4))):
            form = IntakeForm(name=name, birth_date="1979-04-20", crime_types={CrimeType.DOMESTIC},
                              intake_date=(closed - timedelta(days=120)).isoformat())  # fmt: skip
            session.cases.close(session.intake.create(form), ClosingReason.GOALS_MET, today=closed)
    return opened_by(tour.window.menu_actions.retention.trigger)


Opener = Callable[[Tour], QWidget]

# name -> (class name, opener). The class name ties the entry to `window_classes()`.
CATALOG: dict[str, tuple[str, Opener]] = {
    "main-case-list": ("MainWindow", _main),
    "main-status-bar-busy": ("MainWindow", _busy_status_bar),
    "main-case-overview": ("MainWindow", _case("overview")),
    "main-case-needs": ("MainWindow", _case("needs")),
    "main-case-sessions": ("MainWindow", _case("sessions")),
    "main-case-services": ("MainWindow", _case("services")),
    "main-case-consents": ("MainWindow", _case("consents")),
    "main-case-referrals": ("MainWindow", _case("referrals")),
    "main-case-takedown": ("MainWindow", _case("takedown")),
    "main-case-safety": ("MainWindow", _case("safety")),
    "main-case-programs": ("MainWindow", _case("programs")),
    "main-case-followups": ("MainWindow", _case("followups")),
    "main-case-appointments": ("MainWindow", _case("appointments")),
    "main-case-history": ("MainWindow", _case("history")),
    "main-list-after-case": ("MainWindow", _list_after_case),
    "dashboard": ("DashboardWindow", _workspace("show_dashboard")),
    "calendar": ("CalendarWindow", _workspace("show_calendar")),
    "programs": ("ProgramsWindow", _programs()),
    "program-edit": ("ProgramDialog", _programs("edit_program")),
    "program-meeting": ("ProgramMeetingDialog", _programs("add_meeting")),
    "report": ("ReportDialog", _workspace("show_report_dialog")),
    "report-saved": ("ReportDialog", _report_saved),
    "agency-directory": ("AgencyDirectoryDialog", _workspace("show_agencies")),
    "checklist-editor": ("ChecklistEditorDialog", _workspace("show_checklist_editor")),
    "survey-editor": ("SurveyEditorDialog", _workspace("show_survey_editor")),
    "intake": ("IntakeDialog", _workspace("new_intake")),
    "ready-batch": ("OutputDialog", _workspace("print_ready_batch")),
    "safety-card": ("OutputDialog", _output),
    "print-preview": ("PdfPreviewDialog", _print_preview),
    "about": ("AboutDialog", _action("about")),
    "settings": ("SettingsDialog", _action("settings")),
    "change-passphrase": ("ChangePassphraseDialog", _action("change_passphrase")),
    "change-passphrase-mismatch": (
        "ChangePassphraseDialog",
        _passphrase_mismatch(_action("change_passphrase"), "new", "repeated"),
    ),
    "users": ("UserAdminDialog", _action("users")),
    "user-add": ("AddUserDialog", _users("_add")),
    "user-add-mismatch": ("AddUserDialog", _passphrase_mismatch(_users("_add"), "passphrase", "repeated")),
    "user-role": ("RoleDialog", _users("_change_role")),
    "user-reset": ("TemporaryPassphraseDialog", _users("_reset")),
    "audit": ("AuditDialog", _action("audit")),
    "register": ("RegisterDialog", _action("register")),
    "sync-folder": ("SyncFolderDialog", _action("sync_folder")),
    "sync-conflicts": ("ConflictDialog", _action("conflicts")),
    "devices": ("DevicesDialog", _action("devices")),
    "device-enrolment": ("DeviceEnrolmentDialog", lambda t: opened_by(opened_by(t.window.show_devices).enrol)),  # type: ignore[attr-defined]
    "device-code": ("DeviceEnrolmentCodeDialog", _device_code),
    "device-revoke": ("RevokeDialog", _revoke),
    "setup-wizard": ("SetupWizard", _setup_wizard),
    "kiosk": ("KioskWindow", _kiosk),
    "demo-splash": ("DemoSplash", _splash),
    "audit-review": ("AuditReviewDialog", _audit_review),
    "consent-record": ("ConsentDialog", _page("consents", "record")),
    "consent-withdraw": ("WithdrawDialog", _page("consents", "withdraw", "table")),
    "consent-scan": ("ScanViewer", _scan_viewer),
    "referral-new": ("ReferralDialog", _page("referrals", "new_referral")),
    "referral-status-note": ("StatusNoteDialog", _status_note),
    "dispatch": ("DispatchDialog", _dispatch),
    "safety-assess": ("AssessmentDialog", _page("safety", "assess")),
    "safety-plan": ("SafetyPlanDialog", _page("safety", "edit_plan")),
    "safety-measure": ("MeasureDialog", _page("safety", "edit_measure", "", True)),
    "safety-waiver": ("WaiverDialog", _waiver),
    "close-case": ("CloseCaseDialog", lambda t: opened_by(t.case_view().overview.status.close_case)),  # type: ignore[attr-defined]
    "phone-add": ("PhoneDialog", lambda t: opened_by(t.case_view().overview.contacts.add)),  # type: ignore[attr-defined]
    "rrn": ("RrnDialog", lambda t: opened_by(t.case_view().overview.rrn.record)),  # type: ignore[attr-defined]
    "rrn-reveal": ("RevealDialog", lambda t: opened_by(t.case_view().overview.rrn.reveal)),  # type: ignore[attr-defined]
    "takedown-item": ("TakedownItemDialog", _page("takedown", "add")),
    "takedown-request": ("TakedownRequestDialog", _page("takedown", "request", "table")),
    "takedown-status": ("TakedownStatusDialog", _page("takedown", "change_status", "table")),
    "takedown-evidence": ("TakedownEvidenceDialog", _evidence),
    "program-enrol": ("ProgramEnrolmentDialog", _page("programs", "enrol")),
    "program-attendance": ("EnrolmentAttendanceDialog", _page("programs", "attendance", "table")),
    "survey-start": ("SurveyStartDialog", _survey_start),
    "survey-entry": ("SurveyEntryDialog", _survey_entry),
    "appointment": ("AppointmentDialog", _appointment),
    "agency-form": ("AgencyFormDialog", lambda t: opened_by(opened_by(t.workspace.show_agencies).add)),  # type: ignore[attr-defined]
    "main-case-requests": ("MainWindow", _requests_tab),
    "request-log": ("RequestDialog", lambda t: opened_by(_requests_page(t).log_request)),
    "request-answer": ("AnswerDialog", _answer),
    "access-export": ("AccessExportDialog", lambda t: opened_by(_requests_page(t).access_record)),
    "remove-record": ("RemoveRecordDialog", _page("consents", "remove", "table")),
    "duplicates": ("DuplicatesDialog", _duplicates),
    "merge": ("MergeDialog", _merge),
    "retention": ("RetentionDialog", _retention),
}


def oversized(window: QWidget, screen_width: int = SCREEN_WIDTH, screen_height: int = SCREEN_HEIGHT) -> str:
    """How `window` does not fit the screen's free area (its size, or the least size its layout allows, with
    the title bar), or "" when it fits."""
    size, least = window.size(), window.minimumSizeHint().expandedTo(window.minimumSize())
    width, height = max(size.width(), least.width()), max(size.height(), least.height())
    if width <= screen_width and height + TITLE_BAR <= screen_height:
        return ""
    return f"{size.width()}x{size.height()}, at least {least.width()}x{least.height()}"


def window_classes() -> dict[str, type[QWidget]]:
    """Every class in onestop_desktop.ui that is a window of its own: dialogs, wizards, main windows, and
    widgets constructed with the Qt.Window flag (found in their source)."""
    found: dict[str, type[QWidget]] = {}
    for module_info in pkgutil.walk_packages(ui_package.__path__, ui_package.__name__ + "."):
        module = importlib.import_module(module_info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, QWidget):
                continue
            if issubclass(cls, QDialog | QMainWindow | QWizard) or _own_window(cls):
                found[name] = cls
    return found


def _own_window(cls: type[QWidget]) -> bool:
    try:
        source = inspect.getsource(cls.__init__)
    except (OSError, TypeError):
        return False
    return any(flag in source for flag in ("WindowType.Window", "WindowType.SplashScreen", "WindowType.Dialog"))


@contextmanager
def demo_tour(parent: Path | None = None, clients: int = 40) -> Iterator[Tour]:
    """A demo center (the `--demo` seeding), a main window at 1366x728 logged in as the administrator, and a
    case whose client has a 60-character name."""
    folder = make_demo_folder(FAST_KDF, clients=clients, counseling_sessions_per_case=2, parent=parent)
    window = MainWindow(folder.vault, tick_ms=50)
    try:
        window.show()
        settle()
        window.gate.username.setText(DEMO_ADMIN)
        window.gate.passphrase.setText(DEMO_PASSPHRASE)
        window.gate.submit.click()
        settle()
        assert window.current is not None, "the demo administrator could not log in"
        tour = Tour(folder, window)
        tour.case_id = _long_named_case(tour.session)
        tour.workspace.list_page.refresh()
        settle()
        yield tour
    finally:
        window.end_all_sessions()
        window.close()
        window.runner.shutdown()
        folder.remove()


def _long_named_case(session: Session) -> str:
    """A case with consents, referrals and takedown items, its client renamed to 60 characters."""
    for row in session.cases.page(CaseQuery(), 0, 200):
        case_id = row.id
        if not (session.takedown.has_items(case_id) and session.referrals.for_case(case_id)):
            continue
        if not session.consents.for_case(case_id) or not session.programs.for_case(case_id):
            continue
        client = session.cases.open(case_id).client
        session.cases.update_client(
            case_id, client_form(client).__class__(**{**client_form(client).__dict__, "name": LONG_NAME, "alias": ""})
        )
        return case_id
    raise AssertionError("the demo data has no case with consents, referrals, programs and takedown items")
