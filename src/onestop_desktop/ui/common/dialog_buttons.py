"""The button row of a dialog that asks for something and confirms it, and the column that ends with it.

Every such dialog has the same two buttons: a confirming one that names what happens ("기록", "저장") and runs
the dialog's own submit, and 취소, which goes through `reject()` (so a dialog with typed input can ask first).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QVBoxLayout, QWidget

Button = QDialogButtonBox.StandardButton


def confirm_buttons(
    dialog: QDialog,
    ok_text: str,
    ok_name: str,
    confirmed: Callable[[], object],
    *,
    ok_kind: Button = Button.Ok,
    cancel_text: str | None = None,
    cancel_is_default: bool = False,
) -> QDialogButtonBox:
    """`ok_text` on the confirming button (object name `ok_name`, it runs `confirmed`), 취소 on the other.

    `cancel_is_default` for a step that cannot be undone, so that Enter does not take it.
    """
    box = QDialogButtonBox(ok_kind | Button.Cancel, dialog)
    ok = box.button(ok_kind)
    ok.setText(ok_text)
    ok.setObjectName(ok_name)
    cancel = box.button(Button.Cancel)
    cancel.setText(cancel_text if cancel_text is not None else QCoreApplication.translate("DialogButtons", "Cancel"))
    if cancel_is_default:
        cancel.setDefault(True)
    box.accepted.connect(confirmed)
    box.rejected.connect(dialog.reject)
    return box


def dialog_column(dialog: QDialog, *parts: QWidget | QLayout) -> QVBoxLayout:
    """The dialog's layout: `parts` from top to bottom (usually the form, its message, the buttons)."""
    column = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    return column
