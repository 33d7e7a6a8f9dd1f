"""A counselor types in the answers a client gave by phone or on a paper form."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...domain.errors import ErrorCode, OneStopError
from ...domain.feedback import METHOD_LABELS, FeedbackMethod, SurveySubject, SurveyVersion
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons
from ..common.text import problem_text
from ..common.waiting import waiting
from ..common.widgets import MessageLabel
from ..errors import error_text
from ..programs.text import feedback_label
from .survey_form import SurveyForm


class SurveyEntryDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        session: Session,
        subject: SurveySubject,
        case_id: str,
        method: FeedbackMethod,
        survey: SurveyVersion,
        language: str,
        enrolment_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.subject = subject
        self.case_id = case_id
        self.method = method
        self.survey = survey
        self.enrolment_id = enrolment_id
        self.setObjectName("surveyEntryDialog")
        self.setWindowTitle(self.tr("Survey answers ({method})").format(method=feedback_label(METHOD_LABELS, method)))
        note = QLabel(
            self.tr("Version {version}. Leave a question empty when it was not answered.").format(
                version=survey.version
            ),
            self,
        )
        note.setObjectName("muted")
        self.form = SurveyForm(survey, language, self)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Survey questions"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.message = MessageLabel(self, object_name="surveyEntryMessage")
        buttons = confirm_buttons(self, self.tr("&Save"), "surveyEntryOk", self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def submit(self) -> None:
        self.message.clear_message()
        try:
            with waiting():
                self.session.feedback.record_answers(
                    self.subject, self.case_id, self.method, self.survey.id, self.form.answers(), self.enrolment_id
                )
        except OneStopError as err:
            problems = list(err.params.get("problems", [])) if err.code is ErrorCode.INVALID_INPUT else []
            self.message.show_error("\n".join([error_text(err), *(problem_text(p) for p in problems)]))
            return
        self.saved.emit()
        self.accept()
