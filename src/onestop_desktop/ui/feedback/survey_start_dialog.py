"""만족도 조사: how this survey is taken — by the client on this computer, by phone, from a paper form —
or that the client declined (recorded once; they are not asked again)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.feedback import FeedbackMethod
from ..common.dialog_buttons import confirm_buttons

DECLINED = "declined"


class SurveyStartDialog(QDialog):
    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyStartDialog")
        self.setWindowTitle(self.tr("Satisfaction survey"))
        intro = QLabel(
            self.tr(
                "Survey about: {what}. Each client is asked once; the answers are stored without "
                "the client's name and nobody can read them one by one."
            ).format(what=what),
            self,
        )
        intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.options: dict[str, QRadioButton] = {}
        column = QVBoxLayout(self)
        column.addWidget(intro)
        for key, text in (
            (
                str(FeedbackMethod.KIOSK),
                self.tr("The client answers on this computer (full screen; your screen is locked afterwards)"),
            ),
            (str(FeedbackMethod.PHONE), self.tr("I take the answers by phone")),
            (str(FeedbackMethod.PAPER), self.tr("I type in a paper form")),
            (DECLINED, self.tr("The client does not want to answer")),
        ):
            button = QRadioButton(text, self)
            button.setObjectName(f"surveyOption-{key}")
            self.group.addButton(button)
            self.options[key] = button
            column.addWidget(button)
        self.asked_label = QLabel(self.tr("Asked:"), self)
        self.asked = QComboBox(self)
        self.asked.setObjectName("surveyDeclinedHow")
        self.asked.setAccessibleName(self.tr("How the client was asked"))
        for method, text in (
            (FeedbackMethod.KIOSK, self.tr("In person at the center")),
            (FeedbackMethod.PHONE, self.tr("By phone")),
            (FeedbackMethod.PAPER, self.tr("With a paper form")),
        ):
            self.asked.addItem(text, str(method))
        self.asked_label.setBuddy(self.asked)
        column.addWidget(self.asked_label)
        column.addWidget(self.asked)
        self.options[str(FeedbackMethod.KIOSK)].setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self._update())
        buttons = confirm_buttons(self, self.tr("&Continue"), "surveyStartOk", self.accept)
        column.addWidget(buttons)
        self._update()
        self.setMinimumWidth(520)

    def _update(self) -> None:
        declined = self.options[DECLINED].isChecked()
        self.asked_label.setVisible(declined)
        self.asked.setVisible(declined)

    def choice(self) -> tuple[FeedbackMethod, bool]:
        """(method, declined)."""
        if self.options[DECLINED].isChecked():
            return FeedbackMethod(str(self.asked.currentData())), True
        chosen = next(key for key, button in self.options.items() if button.isChecked())
        return FeedbackMethod(chosen), False

    def choose(self, key: str) -> None:
        self.options[key].setChecked(True)
