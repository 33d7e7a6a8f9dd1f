"""위험성 평가: the center's checklist (its current version), each item answered 예 / 아니오 / 모름, the score and
the level it gives shown as the counselor answers, the day, and an override of the level with its reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from ...domain.safety import ANSWER_LABELS, Answer, Assessment, Checklist, needs_safety_review, score
from ...domain.taxonomy import RISK_LEVEL_LABELS, RiskLevel
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons, dialog_column
from ..common.field_errors import FieldErrors
from ..common.fields import date_edit, enum_combo, text_edit
from ..common.form_submit import submit_form
from ..common.forms import buddy_label
from ..common.text import label
from ..common.widgets import MessageLabel

_ANSWERS = (Answer.YES, Answer.NO, Answer.UNKNOWN)


class AssessmentDialog(QDialog):
    def __init__(self, session: Session, case_id: str, checklist: Checklist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.checklist = checklist
        self.made: Assessment | None = None
        self.setObjectName("assessmentDialog")
        self.setWindowTitle(self.tr("Danger assessment"))
        korean = QCoreApplication.translate("Safety", "Yes") == "예"
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.groups: dict[str, QButtonGroup] = {}
        for row, item in enumerate(checklist.items):
            text = QLabel(f"{row + 1}. {item.text_ko if korean else item.text_en}", self)
            text.setWordWrap(True)
            text.setToolTip(self.tr("Weight {weight}").format(weight=item.weight))
            grid.addWidget(text, row, 0)
            group = QButtonGroup(self)
            for column, answer in enumerate(_ANSWERS, 1):
                button = QRadioButton(QCoreApplication.translate("Safety", ANSWER_LABELS[answer]), self)
                button.setObjectName(f"answer-{item.code}-{answer}")
                button.setAccessibleName(f"{text.text()}: {button.text()}")
                group.addButton(button, column)
                grid.addWidget(button, row, column)
            group.idClicked.connect(lambda _id: self._rescore())
            self.groups[item.code] = group
        grid.setColumnStretch(0, 1)
        items = QWidget(self)
        items.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Checklist items"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(items)
        scroll.setMinimumHeight(360)
        self.score_label = QLabel(self)
        self.score_label.setObjectName("assessmentScore")
        self.errors = FieldErrors()
        self.assessed_on = date_edit(self, "assessedOn", self.tr("Assessed on"))
        self.assessed_on.setText(date.today().isoformat())
        self.override = enum_combo(
            self, "riskOverride", self.tr("Level set by the counselor"), RISK_LEVEL_LABELS, none_text=self.tr("(score)")
        )
        self.reason = text_edit(self, "overrideReason", self.tr("Reason for the level"), max_length=500)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Assessed on:"), self.assessed_on, self),
                    self.errors.wrap("assessed_on", self.assessed_on, self))  # fmt: skip
        form.addRow(buddy_label(self.tr("&Level instead:"), self.override, self), self.override)
        form.addRow(buddy_label(self.tr("&Reason:"), self.reason, self),
                    self.errors.wrap("override_reason", self.reason, self))  # fmt: skip
        self.message = MessageLabel(self, object_name="assessmentMessage")
        buttons = confirm_buttons(self, self.tr("&Record"), "assessmentOk", self.submit)
        dialog_column(self, scroll, self.score_label, form, self.message, buttons)
        self.resize(760, 640)
        self._rescore()

    def answers(self) -> dict[str, Answer]:
        chosen = {code: group.checkedId() for code, group in self.groups.items()}
        return {code: _ANSWERS[i - 1] for code, i in chosen.items() if i > 0}

    def _rescore(self) -> None:
        answers = self.answers()
        total, level = score(self.checklist, answers)
        left = len(self.checklist.items) - len(answers)
        text = self.tr("Score {score} of {max}: {level}").format(
            score=total, max=self.checklist.max_score, level=label(RISK_LEVEL_LABELS, level)
        )
        if left:
            text += " · " + self.tr("{count} questions not answered").format(count=left)
        self.score_label.setText(text)

    def chosen_override(self) -> RiskLevel | None:
        value = self.override.currentData()
        return RiskLevel(value) if value else None

    def submit(self) -> None:
        made = submit_form(
            self.message,
            self.errors,
            lambda: self.session.safety.assess(
                self.case_id,
                self.answers(),
                self.assessed_on.text(),
                override=self.chosen_override(),
                override_reason=self.reason.text(),
            ),
        )
        if made is not None:
            self.made = made
            self.accept()

    @staticmethod
    def prompts_review(made: Assessment) -> bool:
        return needs_safety_review(made.level)
