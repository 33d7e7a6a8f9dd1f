"""Under a user-name field: what a user name may hold, said as soon as something else is typed.

The field keeps what was typed (no silent lower-casing, no dropped keys); this line says which characters are
not allowed, and the service refuses the name if it is submitted anyway.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain.users import username_capitals, username_strangers
from .widgets import MessageLabel


class UsernameHint(MessageLabel):
    def __init__(self, edit: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent, object_name="usernameHint")
        self.edit = edit
        edit.setAccessibleDescription(self.rule())
        edit.textChanged.connect(self._check)

    def rule(self) -> str:
        return self.tr("3 to 32 lower-case Latin letters, digits, '.', '-' or '_', starting with a letter.")

    def _check(self, text: str) -> None:
        capitals, strangers = username_capitals(text), username_strangers(text)
        problems = []
        if capitals:
            problems.append(self.tr("Type {letters} in lower case.").format(letters=", ".join(capitals)))
        if strangers:
            shown = ", ".join(self.tr("space") if c == " " else c for c in strangers)
            problems.append(self.tr("A user name cannot hold {characters}.").format(characters=shown))
        elif text and not text[0].isalpha():
            problems.append(self.tr("A user name starts with a letter."))
        if problems:
            self.show_error(" ".join([*problems, self.rule()]))
        else:
            self.clear_message()
