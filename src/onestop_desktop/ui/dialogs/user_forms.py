"""The small forms of user administration: add an account, change a role, set a temporary passphrase.

Each calls one service use case when confirmed and stays open with the reason if it is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QVBoxLayout, QWidget

from ...domain.errors import ErrorCode, OneStopError
from ...domain.roles import Role
from ...domain.users import User
from ...services.session import Session
from ..common.dialog_buttons import confirm_buttons
from ..common.forms import buddy_label, line_edit, passphrase_edit, username_edit
from ..common.username_hint import UsernameHint
from ..common.widgets import MessageLabel, paragraph
from ..dialog_fit import keep_fitted
from ..errors import role_label
from ..passphrase_feedback import PassphraseFeedback


def _run(message: MessageLabel, call: Callable[[], User]) -> User | None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return call()
    except OneStopError as err:
        message.show_error(err)
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()


def role_combo(parent: QWidget, current: Role, accessible_name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("role")
    combo.setAccessibleName(accessible_name)
    for role in Role:
        combo.addItem(role_label(role), str(role))
    combo.setCurrentIndex(combo.findData(str(current)))
    return combo


class AddUserDialog(QDialog):
    user_changed = Signal(object)  # the new User

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add a user"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._center = session.settings.center_name
        self.display_name = line_edit("displayName", self.tr("Name"), self, placeholder=self.tr("e.g. Kim Minji"))
        self.username = username_edit("username", self.tr("User name"), self)
        self.username.setPlaceholderText(self.tr("e.g. minji.kim"))
        self.role = role_combo(self, Role.COUNSELOR, self.tr("Role"))
        self.passphrase = passphrase_edit("temporaryPassphrase", self.tr("Temporary passphrase"), self)
        self.repeated = passphrase_edit("temporaryPassphraseRepeated", self.tr("Temporary passphrase again"), self)
        self.feedback = PassphraseFeedback(self.passphrase, self.repeated, self._personal, self)
        self.message = MessageLabel(self, object_name="addUserMessage")
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Name:"), self.display_name, self), self.display_name)
        form.addRow(buddy_label(self.tr("&User name:"), self.username, self), self.username)
        form.addRow("", UsernameHint(self.username, self))
        form.addRow(buddy_label(self.tr("&Role:"), self.role, self), self.role)
        form.addRow(buddy_label(self.tr("&Temporary passphrase:"), self.passphrase, self), self.passphrase)
        form.addRow(buddy_label(self.tr("Temporary passphrase &again:"), self.repeated, self), self.repeated)
        form.addRow("", self.feedback)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Give the temporary passphrase to the person yourself. They must replace it with their own "
                    "passphrase when they first log in."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        buttons = confirm_buttons(self, self.tr("A&dd user"), "addUserOk", self._apply)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        keep_fitted(self)  # the passphrase rules and the mismatch message take more lines

    def _personal(self) -> list[str]:
        return [self.username.text(), self.display_name.text(), self._center]

    def _apply(self) -> None:
        if self.passphrase.text() != self.repeated.text():
            self.message.show_error(OneStopError(ErrorCode.PASSPHRASE_MISMATCH))
            return
        role = Role(str(self.role.currentData()))
        user = _run(
            self.message,
            lambda: self.session.users.add(
                self.username.text(), self.display_name.text(), role, self.passphrase.text()
            ),
        )
        if user is not None:
            self.user_changed.emit(user)
            self.accept()


class RoleDialog(QDialog):
    user_changed = Signal(object)

    def __init__(self, session: Session, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.user = user
        self.setObjectName("roleDialog")
        self.setWindowTitle(self.tr("Change role"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.role = role_combo(self, user.role, self.tr("New role"))
        self.message = MessageLabel(self, object_name="roleMessage")
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("New &role:"), self.role, self), self.role)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Role of {name} ({username}). The change takes effect at their next "
                    "login and is written to the audit trail."
                ).format(name=user.display_name, username=user.username),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        buttons = confirm_buttons(self, self.tr("&Change role"), "roleOk", self._apply)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _apply(self) -> None:
        role = Role(str(self.role.currentData()))
        user = _run(self.message, lambda: self.session.users.set_role(self.user.username, role))
        if user is not None:
            self.user_changed.emit(user)
            self.accept()


class TemporaryPassphraseDialog(QDialog):
    """Re-activating an account or resetting a forgotten passphrase: both set a temporary one."""

    user_changed = Signal(object)

    def __init__(self, session: Session, user: User, *, reactivate: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.user = user
        self.reactivate = reactivate
        self.setObjectName("temporaryPassphraseDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._center = session.settings.center_name
        if reactivate:
            self.setWindowTitle(self.tr("Re-activate an account"))
            intro = self.tr(
                "{name} ({username}) can log in again with this temporary passphrase and must then choose their own."
            )
            ok_text = self.tr("&Re-activate")
        else:
            self.setWindowTitle(self.tr("Reset a passphrase"))
            intro = self.tr(
                "{name} ({username}) logs in with this temporary passphrase and must then choose "
                "their own. Their old passphrase stops working."
            )
            ok_text = self.tr("&Reset passphrase")
        self.passphrase = passphrase_edit("temporaryPassphrase", self.tr("Temporary passphrase"), self)
        self.repeated = passphrase_edit("temporaryPassphraseRepeated", self.tr("Temporary passphrase again"), self)
        self.feedback = PassphraseFeedback(self.passphrase, self.repeated, self._personal, self)
        self.message = MessageLabel(self, object_name="temporaryPassphraseMessage")
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Temporary passphrase:"), self.passphrase, self), self.passphrase)
        form.addRow(buddy_label(self.tr("Temporary passphrase &again:"), self.repeated, self), self.repeated)
        form.addRow("", self.feedback)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(intro.format(name=user.display_name, username=user.username), self))
        layout.addLayout(form)
        layout.addWidget(self.message)
        buttons = confirm_buttons(self, ok_text, "temporaryPassphraseOk", self._apply)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        keep_fitted(self)

    def _personal(self) -> list[str]:
        return [self.user.username, self.user.display_name, self._center]

    def _apply(self) -> None:
        if self.passphrase.text() != self.repeated.text():
            self.message.show_error(OneStopError(ErrorCode.PASSPHRASE_MISMATCH))
            return
        users, name, passphrase = self.session.users, self.user.username, self.passphrase.text()
        call = (
            (lambda: users.enable(name, passphrase))
            if self.reactivate
            else (lambda: users.reset_passphrase(name, passphrase))
        )
        user = _run(self.message, call)
        if user is not None:
            self.user_changed.emit(user)
            self.accept()
