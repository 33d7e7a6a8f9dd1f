"""The one question asked before unsaved input could be lost: save, don't save, or cancel — or, for a dialog
that saves only through its own button, close or keep writing."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QWidget


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget, text: str, answered: Callable[[Answer], None]) -> QMessageBox:
    """Ask without blocking; `answered` is called once with the choice (Esc means cancel)."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Unsaved", "Unsaved changes"),
        text,
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
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


def ask_close_unsaved(parent: QWidget, answered: Callable[[bool], None]) -> QMessageBox:
    """Ask without blocking whether to close a dialog with typed input: 닫기 (`answered(True)`, the input is
    lost) or 계속 작성 (`answered(False)`; the default, and what Esc means)."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Unsaved", "Unsaved changes"),
        QCoreApplication.translate("Unsaved", "There is unsaved input. Close without saving it?"),
        buttons.Discard | buttons.Cancel,
        parent,
    )
    box.setObjectName("unsavedChanges")
    box.button(buttons.Discard).setText(QCoreApplication.translate("Unsaved", "Close"))
    box.button(buttons.Cancel).setText(QCoreApplication.translate("Unsaved", "Keep writing"))
    box.setDefaultButton(buttons.Cancel)
    box.setEscapeButton(buttons.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: QAbstractButton) -> None:
        answered(box.standardButton(button) == buttons.Discard)

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def close_or_ask(dialog: QDialog, has_input: bool, close: Callable[[], None]) -> None:
    """For a dialog's `reject()` (Esc, ×, 취소): `close` at once when nothing was typed, else ask first.

    Locking the screen only hides dialogs (it never rejects them), so it neither asks nor discards.
    """
    if not has_input:
        close()
        return
    if any(box.isVisible() for box in dialog.findChildren(QMessageBox, "unsavedChanges")):
        return  # already asking

    def answered(closing: bool) -> None:
        if closing:
            close()

    ask_close_unsaved(dialog, answered)


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
