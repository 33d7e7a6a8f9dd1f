"""The questions of one survey version as a form: five choices per 5-point item (none chosen means
not answered), the service that helped most, and a free comment. The kiosk shows it in large type;
a counselor uses the same form for answers given by phone or on paper."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.feedback import MAX_COMMENT, SCALE_LABELS, FeedbackAnswers, QuestionKind, SurveyVersion
from ...domain.taxonomy import SERVICE_DOMAIN_LABELS, ServiceDomain
from ..common.text import label


class PlainComment(QPlainTextEdit):
    """Typed text only: nothing can be pasted or dropped in (the clipboard may hold a case's data)."""

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return False

    def insertFromMimeData(self, source: QMimeData) -> None:
        return


class SurveyForm(QWidget):
    def __init__(self, survey: SurveyVersion, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.survey = survey
        self.setObjectName("surveyForm")
        self.groups: dict[str, QButtonGroup] = {}
        self.helped_most: QComboBox | None = None
        self.comment: PlainComment | None = None
        column = QVBoxLayout(self)
        column.setSpacing(14)
        for number, question in enumerate(survey.questions, 1):
            title = QLabel(f"{number}. {question.text(language)}", self)
            title.setObjectName("surveyQuestion")
            title.setWordWrap(True)
            column.addWidget(title)
            if question.kind is QuestionKind.SCALE5:
                column.addWidget(self._scale(question.code, question.text(language)))
            elif question.kind is QuestionKind.SERVICE:
                combo = QComboBox(self)
                combo.setObjectName("surveyHelpedMost")
                combo.setAccessibleName(question.text(language))
                combo.addItem(self.tr("(no answer)"), "")
                for domain in ServiceDomain:
                    combo.addItem(label(SERVICE_DOMAIN_LABELS, domain), str(domain))
                title.setBuddy(combo)
                self.helped_most = combo
                column.addWidget(combo)
            else:
                edit = PlainComment(self)
                edit.setObjectName("surveyComment")
                edit.setAccessibleName(question.text(language))
                edit.setTabChangesFocus(True)
                edit.setAcceptDrops(False)
                edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
                edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
                edit.textChanged.connect(lambda e=edit: self._limit(e))
                self.comment = edit
                column.addWidget(edit)
        column.addStretch(1)

    def _scale(self, code: str, text: str) -> QWidget:
        row = QWidget(self)
        row.setAccessibleName(text)
        grid = QGridLayout(row)
        grid.setContentsMargins(16, 0, 0, 0)
        group = QButtonGroup(row)
        for score, caption in SCALE_LABELS.items():
            button = QRadioButton(f"{score} {QCoreApplication.translate('Feedback', caption)}", row)
            button.setObjectName(f"survey-{code}-{score}")
            button.setAccessibleName(f"{text} {score}")
            group.addButton(button, score)
            grid.addWidget(button, 0, score - 1)
        self.groups[code] = group
        return row

    def _limit(self, edit: QPlainTextEdit) -> None:
        text = edit.toPlainText()
        if len(text) > MAX_COMMENT:
            edit.setPlainText(text[:MAX_COMMENT])

    def answers(self) -> FeedbackAnswers:
        scores = {code: group.checkedId() for code, group in self.groups.items() if group.checkedId() in range(1, 6)}
        chosen = self.helped_most.currentData() if self.helped_most is not None else ""
        return FeedbackAnswers(
            scores,
            ServiceDomain(chosen) if chosen else None,
            self.comment.toPlainText() if self.comment is not None else "",
        )

    def choose(self, code: str, score: int) -> None:
        button = self.groups[code].button(score)
        if button is not None:
            button.setChecked(True)
