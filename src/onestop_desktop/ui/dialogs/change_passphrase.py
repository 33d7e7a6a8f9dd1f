"""Changing one's own passphrase; forced right after a login with a temporary passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout, QWidget

from ...domain.errors import OneStopError
from ...services.session import Session
from ..common.dialog_buttons import Button, confirm_buttons
from ..common.forms import buddy_label, passphrase_edit
from ..common.widgets import MessageLabel, paragraph
from ..dialog_fit import keep_fitted
from ..passphrase_feedback import PassphraseFeedback


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: Session, *, forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.forced = forced
        self._center = session.settings.center_name
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Choose a new passphrase") if forced else self.tr("Change my passphrase"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        if forced:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "{name}, you logged in with a temporary passphrase from an administrator. Choose a passphrase "
                        "only you know before you continue. Cancelling logs you out."
                    ).format(name=session.user.display_name),
                    self,
                )
            )
        self.current = passphrase_edit("currentPassphrase", self.tr("Current passphrase"), self)
        self.new = passphrase_edit("newPassphrase", self.tr("New passphrase"), self)
        self.repeated = passphrase_edit("repeatedPassphrase", self.tr("New passphrase again"), self)
        self.feedback = PassphraseFeedback(self.new, self.repeated, self._personal, self)
        form = QFormLayout()
        current_text = self.tr("&Temporary passphrase:") if forced else self.tr("&Current passphrase:")
        form.addRow(buddy_label(current_text, self.current, self), self.current)
        form.addRow(buddy_label(self.tr("&New passphrase:"), self.new, self), self.new)
        form.addRow(buddy_label(self.tr("New passphrase &again:"), self.repeated, self), self.repeated)
        form.addRow("", self.feedback)
        layout.addLayout(form)
        self.message = MessageLabel(self, object_name="changePassphraseMessage")
        layout.addWidget(self.message)
        self.buttons = confirm_buttons(
            self,
            self.tr("C&hange passphrase"),
            "changePassphraseOk",
            self._apply,
            cancel_text=self.tr("Log &out") if forced else None,
        )
        self.buttons.button(Button.Cancel).setObjectName("changePassphraseCancel")
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        keep_fitted(self)  # the rules and the mismatch message below the fields take more lines

    def _personal(self) -> list[str]:
        return [self.session.user.username, self.session.user.display_name, self._center]

    def _apply(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.session.users.change_own_passphrase(self.current.text(), self.new.text(), self.repeated.text())
        except OneStopError as err:
            self.message.show_error(err)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        for edit in (self.current, self.new, self.repeated):
            edit.clear()
        self.accept()
