"""The survey a client fills in themselves on the center's workstation: full screen, large type, and
nothing of the case on it (no name, no number, no counselor).

While it shows, it is the only window that takes input (application-modal, frameless, on top); it
cannot be closed by the window manager, Escape or Alt+F4, the comment box takes no pasted text (the
clipboard may hold case data), and nothing in it opens another window. It ends only with 제출 or
그만두기; the host then puts the counselor's screen behind the lock screen, so what was open before
comes back only with the counselor's passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ErrorCode, OneStopError
from ...domain.feedback import FeedbackMethod, SurveySubject, SurveyVersion
from ...services.session import Session
from ..common.text import problem_text
from ..errors import error_text
from .survey_form import SurveyForm

KIOSK_STYLE = """
#kiosk { background: #f5f7fa; }
#kiosk QLabel, #kiosk QRadioButton, #kiosk QComboBox, #kiosk QPlainTextEdit, #kiosk QPushButton { font-size: 19pt; }
#kiosk QLabel#kioskTitle { font-size: 28pt; font-weight: bold; color: #1d4e89; }
#kiosk QLabel#surveyQuestion { font-weight: bold; margin-top: 12px; }
#kiosk QLabel#kioskError { color: #b3261e; }
#kiosk QRadioButton::indicator { width: 26px; height: 26px; }
#kiosk QPushButton { padding: 14px 36px; }
"""


class KioskWindow(QWidget):
    finished = Signal(bool)  # True when answers were stored

    def __init__(
        self,
        session: Session,
        subject: SurveySubject,
        case_id: str,
        survey: SurveyVersion,
        language: str,
        enrolment_id: str | None = None,
    ) -> None:
        super().__init__(
            None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.session = session
        self.subject = subject
        self.case_id = case_id
        self.enrolment_id = enrolment_id
        self.survey = survey
        self.stored = False
        self._may_close = False
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("Satisfaction survey"))
        self.setStyleSheet(KIOSK_STYLE)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._questions_page(language))
        self.pages.addWidget(self._thanks_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _questions_page(self, language: str) -> QWidget:
        page = QWidget(self)
        title = QLabel(
            self.tr("How was your experience with the center?")
            if self.subject is SurveySubject.CASE
            else self.tr("How was the program?"),
            page,
        )
        title.setObjectName("kioskTitle")
        title.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Your answers are anonymous: they are stored without your name, and your counselor "
                "cannot see what you answered. Skip any question you prefer not to answer."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.form = SurveyForm(self.survey, language, page)
        scroll = self.questions = QScrollArea(page)
        scroll.setObjectName("kioskScroll")
        scroll.setAccessibleName(self.tr("Survey questions"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.error = QLabel(page)
        self.error.setObjectName("kioskError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.submit_button = QPushButton(self.tr("Submit"), page)
        self.submit_button.setObjectName("primary")
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Stop without answering"), page)
        self.cancel_button.setObjectName("kioskCancel")
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        column = QVBoxLayout(page)
        column.setContentsMargins(80, 40, 80, 30)
        column.setSpacing(16)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(scroll, 1)
        column.addWidget(self.error)
        column.addLayout(buttons)
        return page

    def _thanks_page(self) -> QWidget:
        page = QWidget(self)
        self.thanks = QLabel(page)
        self.thanks.setObjectName("kioskTitle")
        self.thanks.setWordWrap(True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(self.tr("Please let your counselor know that you have finished."), page)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        self.done_button = QPushButton(self.tr("Finish"), page)
        self.done_button.setObjectName("primary")
        self.done_button.clicked.connect(self.finish)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(self.thanks)
        column.addWidget(note)
        column.addSpacing(30)
        column.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(1)
        return page

    # -- showing -----------------------------------------------------------------------------------------
    def start(self) -> None:
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.questions.setFocus()  # no answer highlighted before the client chooses one

    def submit(self) -> None:
        self.error.setVisible(False)
        try:
            self.session.feedback.record_answers(
                self.subject, self.case_id, FeedbackMethod.KIOSK, self.survey.id, self.form.answers(), self.enrolment_id
            )
        except OneStopError as err:
            problems = list(err.params.get("problems", [])) if err.code is ErrorCode.INVALID_INPUT else []
            self.error.setText("\n".join(problem_text(p) for p in problems) if problems else error_text(err))
            self.error.setVisible(True)
            return
        self.stored = True
        self.thanks.setText(self.tr("Thank you for your answers."))
        self.pages.setCurrentIndex(1)
        self.done_button.setFocus()

    def cancel(self) -> None:
        self.thanks.setText(self.tr("The survey was stopped. Nothing was recorded."))
        self.pages.setCurrentIndex(1)
        self.done_button.setFocus()

    def finish(self) -> None:
        self._may_close = True
        self.close()
        self.finished.emit(self.stored)

    def abandon(self) -> None:
        """The screen is being locked (idle): close without recording anything not yet submitted."""
        if not self._may_close:
            self._may_close = True
            self.close()
            self.finished.emit(self.stored)

    # -- the only ways out are the buttons ---------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
