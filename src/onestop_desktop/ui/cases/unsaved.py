"""The one question asked before unsaved input could be lost: save, don't save, or cancel."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget, text: str, answered: Callable[[Answer], None]) -> QMessageBox:
    """Ask without blocking; `answered` is called once with the choice (Esc means cancel)."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Unsaved", "Unsaved changes"), text,
                      buttons.Save | buttons.Discard | buttons.Cancel, parent)
    box.setObjectName("unsavedChanges")
    box.button(buttons.Save).setText(QCoreApplication.translate("Unsaved", "&Save"))
    box.button(buttons.Discard).setText(QCoreApplication.translate("Unsaved", "Do&n't save"))
    box.button(buttons.Cancel).setText(QCoreApplication.translate("Unsaved", "Cancel"))
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    choices = {buttons.Save: Answer.SAVE, buttons.Discard: Answer.DISCARD}

    def clicked(button: QAbstractButton) -> None:
        answered(choices.get(box.standardButton(button), Answer.CANCEL))

    box.buttonClicked.connect(clicked)
    box.open()
    return box


class HasUnsaved(Protocol):
    def unsaved(self) -> list[str]: ...

    def save_everything(self) -> bool: ...


def confirm_leaving(parent: QWidget, work: HasUnsaved, question: str, proceed: Callable[[], None]) -> None:
    """Run `proceed` at once when nothing is unsaved; otherwise ask, and run it after saving or discarding.

    `question` ends the message, e.g. "Save them before logging out?".
    """
    lines = work.unsaved()
    if not lines:
        proceed()
        return

    def answered(answer: Answer) -> None:
        if answer is Answer.DISCARD or (answer is Answer.SAVE and work.save_everything()):
            proceed()

    listed = "\n".join(f"• {line}" for line in lines)
    text = QCoreApplication.translate("Unsaved", "There are unsaved changes:") + f"\n\n{listed}\n\n{question}"
    ask_unsaved(parent, text, answered)
