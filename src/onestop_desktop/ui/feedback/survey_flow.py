"""Taking one survey from a case: ask how (start dialog), then record a refusal, open the counselor's
entry form (phone, paper), or hand the screen to the client (kiosk) through `kiosk_requested`, which
the main window answers by showing the kiosk and locking the counselor's screen when it ends."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from ...domain.errors import OneStopError
from ...domain.feedback import FeedbackMethod, SurveySubject
from ...services.session import Session
from ..common.waiting import waiting
from ..programs.text import survey_language
from .kiosk import KioskWindow
from .survey_entry_dialog import SurveyEntryDialog
from .survey_start_dialog import SurveyStartDialog


class SurveyFlow(QObject):
    recorded = Signal(str)  # a message for the case screen
    failed = Signal(object)  # OneStopError
    kiosk_requested = Signal(object)  # a KioskWindow to show

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.host = parent

    def start(
        self, subject: SurveySubject, case_id: str, what: str, enrolment_id: str | None = None
    ) -> SurveyStartDialog:
        dialog = SurveyStartDialog(what, self.host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._chosen(dialog.choice(), subject, case_id, enrolment_id))
        dialog.open()
        return dialog

    def _chosen(
        self, chosen: tuple[FeedbackMethod, bool], subject: SurveySubject, case_id: str, enrolment_id: str | None
    ) -> None:
        method, declined = chosen
        try:
            if declined:
                with waiting():
                    self.session.feedback.record_declined(subject, case_id, method, enrolment_id)
                self.recorded.emit(
                    self.tr("Recorded that the client declined the survey; they will not be asked again.")
                )
                return
            survey = self.session.feedback.current_survey(subject)
        except OneStopError as err:
            self.failed.emit(err)
            return
        if method is FeedbackMethod.KIOSK:
            kiosk = KioskWindow(self.session, subject, case_id, survey, survey_language(), enrolment_id)
            kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            kiosk.finished.connect(
                lambda stored: self.recorded.emit(
                    self.tr("The client's answers are recorded.") if stored else self.tr("The survey was stopped.")
                )
            )
            self.kiosk_requested.emit(kiosk)
            if not kiosk.isVisible():  # nobody hosts it (a window of its own): show it here
                kiosk.start()
            return
        entry = SurveyEntryDialog(
            self.session, subject, case_id, method, survey, survey_language(), enrolment_id, self.host
        )
        entry.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        entry.saved.connect(lambda: self.recorded.emit(self.tr("The answers are recorded.")))
        entry.open()
