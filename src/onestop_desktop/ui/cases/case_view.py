"""One open case: a header (name, case number, status, risk; the satisfaction survey once closed) over
tabs 개요, 욕구·계획, 상담 기록, 지원 내역, 동의, 요구 (열람·정정·삭제·처리정지), 연계, 삭제 지원 (digital sex-crime
cases), 프로그램, 할 일, 이력.

The case is read once when opened (a "view" in the audit trail) and again after each save,
so the forms hold the current version; a form with unsaved edits keeps them through a re-read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...domain.case_status import CASE_STATUS_LABELS, CaseStatus
from ...domain.casework import CaseFile
from ...domain.errors import OneStopError
from ...domain.feedback import SurveySubject
from ...domain.roles import Permission
from ...domain.taxonomy import RISK_LEVEL_LABELS, CrimeType, RiskLevel
from ...services.session import Session
from ..common.elided_label import ElidedLabel
from ..common.text import label
from ..common.waiting import waiting
from ..common.widgets import MessageLabel
from ..feedback.survey_flow import SurveyFlow
from ..ops import BackgroundRunner
from .appointments_page import AppointmentsPage
from .consents_page import ConsentsPage
from .counseling_sessions_page import CounselingSessionsPage
from .followups_page import FollowupsPage
from .history_page import HistoryPage
from .needs_page import NeedsPage
from .overview_page import OverviewPage
from .page import CasePage
from .people import People
from .programs_page import ProgramsPage
from .referrals_page import ReferralsPage
from .requests_page import RequestsPage
from .safety_page import SafetyPage
from .services_page import ServicesPage
from .takedown_page import TakedownPage

DIRTY_MARK = "• "


TAB_NAME_CHARACTERS = 16  # a case's tab shows this much of the client's name


class CaseView(QWidget):
    dirty_changed = Signal()
    changed = Signal(str)  # this case was written: lists showing it are out of date
    kiosk_requested = Signal(object)  # a survey the client fills in on this computer (KioskWindow)
    conflicts_requested = Signal()  # the banner's link to the sync conflict list

    def __init__(
        self,
        session: Session,
        runner: BackgroundRunner,
        case_file: CaseFile,
        people: People,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_file.case.id
        self.case_file = case_file
        self.setObjectName(f"case-{self.case_id}")
        self.name = ElidedLabel("", self)  # a 60-character name must not widen the window
        self.name.setObjectName("caseTitle")
        self.number = QLabel(self)
        self.number.setObjectName("muted")
        self.status_badge = QLabel(self)
        self.status_badge.setObjectName("roleBadge")
        self.risk_badge = QLabel(self)
        self.risk_badge.setObjectName("riskBadge")
        self.message = MessageLabel(self, object_name="caseMessage")
        self.survey_flow = SurveyFlow(session, self)
        self.survey_flow.recorded.connect(self._survey_recorded)
        self.survey_flow.failed.connect(lambda err: self.message.show_error(err))
        self.survey_flow.kiosk_requested.connect(self.kiosk_requested)
        self.survey_button = QPushButton(self.tr("Satis&faction survey…"), self)
        self.survey_button.setObjectName("caseSurvey")
        self.survey_button.setToolTip(
            self.tr("The case is closed: ask the client about the center's support (or record that they declined).")
        )
        self.survey_button.clicked.connect(self.start_survey)
        self.survey_button.setVisible(False)
        self.conflict_banner = QLabel(self)
        self.conflict_banner.setObjectName("conflictBanner")
        self.conflict_banner.setWordWrap(True)
        self.conflict_banner.setTextFormat(Qt.TextFormat.RichText)
        self.conflict_banner.setStyleSheet(
            "QLabel#conflictBanner { background: #fdecea; color: #8c1d18; "
            "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 10px; }"
        )
        self.conflict_banner.setText(
            self.tr(
                "This case has a sync conflict: the same information was changed on two devices. "
                '<a href="conflicts">Show the sync conflicts</a>'
            )
        )
        self.conflict_banner.setAccessibleName(self.tr("This case has a sync conflict"))
        self.conflict_banner.linkActivated.connect(lambda _link: self.conflicts_requested.emit())
        self.conflict_banner.setVisible(False)
        self.cohabit_banner = QLabel(self)
        self.cohabit_banner.setObjectName("cohabitBanner")
        self.cohabit_banner.setWordWrap(True)
        self.cohabit_banner.setStyleSheet(
            "QLabel#cohabitBanner { background: #9b1c1c; color: white; font-weight: bold; "
            "border-radius: 4px; padding: 6px 10px; }"
        )
        self.cohabit_banner.setText(
            self.tr(
                "The offender lives with the client — confirm who answers before speaking; no text messages, no mail."
            )
        )
        self.cohabit_banner.setVisible(False)
        header = QHBoxLayout()
        header.setContentsMargins(12, 8, 12, 0)
        header.addWidget(self.name, 1)
        header.addWidget(self.number)
        header.addWidget(self.status_badge)
        header.addWidget(self.risk_badge)
        header.addWidget(self.survey_button)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setAccessibleName(self.tr("Sections of the case"))
        self.tabs.setDocumentMode(True)
        self.overview = OverviewPage(session, self.case_id, people, self)
        self.needs = NeedsPage(session, self.case_id, self)
        self.counseling_sessions = (
            CounselingSessionsPage(session, self.case_id, people, self) if session.can(Permission.NOTES_READ) else None
        )
        self.services = ServicesPage(session, self.case_id, self)
        self.consents = ConsentsPage(session, runner, self.case_id, self)
        self.requests = RequestsPage(session, runner, self.case_id, self)
        self.referrals = ReferralsPage(session, runner, self.case_id, self)
        self.programs = ProgramsPage(session, self.case_id, self)
        self.takedown = TakedownPage(session, self.case_id, self)
        self.takedown.hide()  # until `_show_takedown` puts it in the tabs
        self.safety = SafetyPage(session, runner, self.case_id, self)
        self.followups = FollowupsPage(session, self.case_id, people, self)
        self.appointments = AppointmentsPage(session, self.case_id, {u.id: u.display_name for u in people.users}, self)
        self.history = HistoryPage(session, self.case_id, people, self)
        self.pages: dict[str, QWidget] = {"overview": self.overview, "needs": self.needs}
        if self.counseling_sessions is not None:
            self.pages["sessions"] = self.counseling_sessions
        self.pages.update(
            services=self.services,
            consents=self.consents,
            requests=self.requests,
            referrals=self.referrals,
            takedown=self.takedown,
            safety=self.safety,
            programs=self.programs,
            followups=self.followups,
            appointments=self.appointments,
            history=self.history,
        )
        for name, page in self.pages.items():
            if page is not self.takedown:  # added by `_show_takedown` for the cases it applies to
                self.tabs.addTab(page, self._tab_title(name))
            if isinstance(page, CasePage):
                page.saved.connect(self.reload)
                page.reload_requested.connect(self.reload)
                page.dirty_changed.connect(self._dirty_changed)
        self.overview.changed.connect(self.reload)
        self.followups.ticked.connect(self.reload)
        self.consents.changed.connect(self.reload)
        self.requests.changed.connect(self.reload)
        self.referrals.changed.connect(self.reload)
        self.programs.changed.connect(self.reload)
        self.safety.changed.connect(self.reload)
        self.appointments.changed.connect(self.reload)
        self.takedown.changed.connect(lambda: self.changed.emit(self.case_id))
        self.programs.kiosk_requested.connect(self.kiosk_requested)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.cohabit_banner)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.apply(case_file)

    def _tab_title(self, name: str) -> str:
        return {
            "overview": self.tr("&Overview"),
            "needs": self.tr("Needs && &plan"),
            "sessions": self.tr("&Sessions"),
            "services": self.tr("Ser&vices"),
            "consents": self.tr("Consen&ts"),
            "requests": self.tr("Re&quests"),
            "referrals": self.tr("R&eferrals"),
            "takedown": self.tr("Takedo&wn"),
            "safety": self.tr("S&afety"),
            "programs": self.tr("Pro&grams"),
            "followups": self.tr("Follow-&ups"),
            "appointments": self.tr("Appoint&ments"),
            "history": self.tr("Histor&y"),
        }[name]

    # -- reading ------------------------------------------------------------------------------------
    def apply(self, case_file: CaseFile) -> None:
        self.case_file = case_file
        case, client = case_file.case, case_file.client
        self.name.setText(client.display_name + (self.tr(" (alias)") if client.alias else ""))
        self.number.setText(case.case_number)
        self.status_badge.setText(label(CASE_STATUS_LABELS, case.status))
        self.risk_badge.setText(label(RISK_LEVEL_LABELS, case.risk_level, self.tr("Risk not assessed")))
        self.cohabit_banner.setVisible(client.offender_cohabits)
        self.risk_badge.setProperty("level", str(case.risk_level or ""))
        self.risk_badge.setProperty("alert", case.risk_level in (RiskLevel.HIGH, RiskLevel.CRITICAL))
        self.risk_badge.style().unpolish(self.risk_badge)
        self.risk_badge.style().polish(self.risk_badge)
        for page in self.pages.values():
            if isinstance(page, CasePage):
                page.refresh(case_file)
        self.consents.refresh(case_file)
        self.referrals.refresh(case_file)
        self.requests.refresh(case.case_number)
        self.programs.refresh()
        self._show_takedown()
        self.safety.refresh()
        self._show_survey_button()
        if self.history.loaded:
            self.history.load()
        self.show_conflict_marker()

    def _show_takedown(self) -> None:
        """The 삭제 지원 tab: for digital sex-crime cases, and for any case that already has items."""
        try:
            shown = CrimeType.DIGITAL_SEX in self.case_file.case.crime_types or self.session.takedown.has_items(
                self.case_id
            )
        except OneStopError:
            shown = False
        index = self.tabs.indexOf(self.takedown)
        if shown and index < 0:  # a tab of its own only where it applies: other cases keep their tab order
            self.tabs.insertTab(self.tabs.indexOf(self.referrals) + 1, self.takedown, self._tab_title("takedown"))
        elif not shown and index >= 0:
            self.tabs.removeTab(index)
            self.takedown.hide()
        if shown:
            self.takedown.refresh()

    def show_conflict_marker(self) -> None:
        try:
            in_conflict = self.case_id in self.session.sync.conflict_case_ids()
        except OneStopError:
            in_conflict = False
        self.conflict_banner.setVisible(in_conflict)

    # -- the satisfaction survey of a closed case -------------------------------------------------------
    def _show_survey_button(self) -> None:
        closed = self.case_file.case.status is CaseStatus.CLOSED
        if not closed or not self.session.can(Permission.FEEDBACK_RECORD):
            self.survey_button.setVisible(False)
            return
        try:
            asked = any(r.subject is SurveySubject.CASE for r in self.session.feedback.status_for_case(self.case_id))
        except OneStopError:
            asked = True
        self.survey_button.setVisible(not asked)

    def start_survey(self) -> QWidget:
        return self.survey_flow.start(SurveySubject.CASE, self.case_id, self.tr("the center's support in this case"))

    def _survey_recorded(self, text: str) -> None:
        self._show_survey_button()
        self.message.show_success(text)

    def reload(self, notify: bool = True) -> None:
        try:
            with waiting():
                case_file = self.session.cases.open(self.case_id)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.message.clear_message()
        self.apply(case_file)
        if notify:
            self.changed.emit(self.case_id)

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.appointments:
            self.appointments.load()
        if self.tabs.widget(index) is self.history and not self.history.loaded:
            self.history.load()

    # -- unsaved edits --------------------------------------------------------------------------------
    def _dirty_changed(self) -> None:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            name = next(n for n, p in self.pages.items() if p is page)
            dirty = isinstance(page, CasePage) and page.is_dirty()
            self.tabs.setTabText(index, (DIRTY_MARK if dirty else "") + self._tab_title(name))
        self.dirty_changed.emit()

    def case_pages(self) -> list[CasePage]:
        return [p for p in self.pages.values() if isinstance(p, CasePage)]

    def is_dirty(self) -> bool:
        return any(page.is_dirty() for page in self.case_pages())

    def dirty_titles(self) -> list[str]:
        return [title for page in self.case_pages() for title in page.dirty_titles()]

    def save_current(self) -> bool:
        page = self.tabs.currentWidget()
        return page.save() if isinstance(page, CasePage) else True

    def save_all(self) -> bool:
        """Save every tab; stops on the first refusal and shows that tab."""
        for page in self.case_pages():
            if page.is_dirty() and not page.save():
                self.tabs.setCurrentWidget(page)
                return False
        return True

    def show_tab(self, name: str) -> None:
        page = self.pages.get(name)
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def title(self) -> str:
        return f"{self.case_file.client.display_name} · {self.case_file.case.case_number}"

    def short_title(self) -> str:
        """The tab's text: a long name shortened (the tab's tooltip has `title()` in full)."""
        name = self.case_file.client.display_name
        if len(name) > TAB_NAME_CHARACTERS:
            name = name[: TAB_NAME_CHARACTERS - 1] + "…"
        return f"{name} · {self.case_file.case.case_number}"
