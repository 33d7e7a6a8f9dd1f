"""만족도 조사 문항 (administrators): edit the questions of the case or the program survey and publish
them as a new version. Answers already given stay tied to the version they answered; reports compare
items across versions by their code, so keep a code when only the wording changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ErrorCode, OneStopError
from ...domain.feedback import QUESTION_KIND_LABELS, SUBJECT_LABELS, Question, QuestionKind, SurveySubject
from ...domain.roles import Permission
from ...services.session import Session
from ..common.fields import choice
from ..common.forms import named_button
from ..common.text import day, problem_text
from ..common.waiting import waiting
from ..common.widgets import MessageLabel
from ..errors import error_text
from ..models.survey_question_model import SurveyQuestionModel
from ..programs.text import labelled_combo


class SurveyEditorDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("surveyEditor")
        self.setWindowTitle(self.tr("Satisfaction survey questions"))
        self.subject = labelled_combo(self, "surveySubject", self.tr("Survey"), SUBJECT_LABELS, "Feedback")
        self.subject.currentIndexChanged.connect(lambda _: self.load())
        subject_label = QLabel(self.tr("&Survey:"), self)
        subject_label.setBuddy(self.subject)
        self.version = QLabel(self)
        self.version.setObjectName("surveyVersion")
        self.model = SurveyQuestionModel(parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("surveyQuestions")
        self.table.setAccessibleName(self.tr("Questions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.new_kind: QComboBox = labelled_combo(
            self, "newQuestionKind", self.tr("Kind of the new question"), QUESTION_KIND_LABELS, "Feedback"
        )
        self.add_button = named_button(self, "addQuestion", self.tr("&Add a question"), self.add)
        self.remove_button = named_button(self, "removeQuestion", self.tr("&Remove"), self.remove)
        self.up_button = named_button(self, "questionUp", self.tr("Move &up"), lambda: self.move_question(-1))
        self.down_button = named_button(self, "questionDown", self.tr("Move do&wn"), lambda: self.move_question(1))
        self.publish_button = named_button(self, "publishSurvey", self.tr("&Publish as a new version"), self.publish)
        self.publish_button.setObjectName("primary")
        self.publish_button.setEnabled(session.can(Permission.SURVEYS_EDIT))
        close = named_button(self, "surveyEditorClose", self.tr("Close"), self.reject)
        hint = QLabel(
            self.tr(
                "Double-click a cell to edit it. Keep a question's code when only its wording changes, "
                "so answers to both versions are counted together."
            ),
            self,
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.message = MessageLabel(self, object_name="surveyEditorMessage")
        top = QHBoxLayout()
        top.addWidget(subject_label)
        top.addWidget(self.subject)
        top.addWidget(self.version, 1)
        edit_row = QHBoxLayout()
        for widget in (self.new_kind, self.add_button, self.remove_button, self.up_button, self.down_button):
            edit_row.addWidget(widget)
        edit_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.publish_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit_row)
        layout.addLayout(bottom)
        self.resize(1060, 560)
        self.load()

    def current_subject(self) -> SurveySubject:
        return SurveySubject(choice(self.subject))

    def load(self) -> None:
        try:
            survey = self.session.feedback.current_survey(self.current_subject())
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.model.set_questions(list(survey.questions))
        self.version.setText(
            self.tr("Version {version}, published {day}").format(version=survey.version, day=day(survey.published_on))
        )

    def add(self) -> None:
        kind = QuestionKind(choice(self.new_kind))
        taken = {q.code for q in self.model.questions()}
        code = next(f"q{n}" for n in range(1, 100) if f"q{n}" not in taken)
        row = self.model.add(Question(code, kind, "", ""))
        self.table.setCurrentIndex(self.model.index(row, 2))
        self.table.edit(self.model.index(row, 2))

    def remove(self) -> None:
        self.model.remove(self.table.currentIndex().row())

    def move_question(self, step: int) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            row = self.model.move(index.row(), step)
            self.table.setCurrentIndex(self.model.index(row, index.column()))

    def publish(self) -> bool:
        self.message.clear_message()
        try:
            with waiting():
                published = self.session.feedback.publish(self.current_subject(), self.model.questions())
        except OneStopError as err:
            problems = list(err.params.get("problems", [])) if err.code is ErrorCode.INVALID_INPUT else []
            self.message.show_error("\n".join([error_text(err), *(problem_text(p) for p in problems)]))
            return False
        self.load()
        self.message.show_success(
            self.tr("Version {version} is published. Surveys from now on use it.").format(version=published.version)
        )
        return True
