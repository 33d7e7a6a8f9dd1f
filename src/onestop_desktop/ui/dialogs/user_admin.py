"""User administration: the accounts table and the actions an administrator takes on them."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OneStopError
from ...domain.users import User
from ...services.session import Session
from ..common.forms import named_button
from ..common.tables import record_table
from ..common.widgets import MessageLabel
from ..errors import role_label
from ..models.user_table_model import UserTableModel
from .user_forms import AddUserDialog, RoleDialog, TemporaryPassphraseDialog


class UserAdminDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("userAdminDialog")
        self.setWindowTitle(self.tr("User accounts"))
        self.model = UserTableModel(parent=self)
        self.table = record_table(self, "userTable", self.tr("User accounts"), self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.add_button = named_button(self, "addUser", self.tr("&Add…"), self._add)
        self.role_button = named_button(self, "changeRole", self.tr("Change &role…"), self._change_role)
        self.disable_button = named_button(self, "disableUser", self.tr("&Deactivate…"), self._disable)
        self.enable_button = named_button(self, "enableUser", self.tr("Re-ac&tivate…"), self._enable)
        self.reset_button = named_button(self, "resetPassphrase", self.tr("Reset &passphrase…"), self._reset)
        side = QVBoxLayout()
        for button in (self.add_button, self.role_button, self.disable_button, self.enable_button, self.reset_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        self.message = MessageLabel(self, object_name="userAdminMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(820, 460)
        self.reload()

    # -- state ---------------------------------------------------------------------------------
    def reload(self, select: str = "") -> None:
        selected = self.selected_user()
        current = select or (selected.username if selected is not None else "")
        try:
            self.model.set_users(self.session.users.list())
        except OneStopError as err:
            self.message.show_error(err)
        self.select(current)
        self._update_buttons()

    def select(self, username: str) -> None:
        row = self.model.row_of(username)
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.setCurrentIndex(self.model.index(row, 0))

    def selected_user(self) -> User | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.user_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected_user()
        myself = user is not None and user.username == self.session.user.username
        self.role_button.setEnabled(user is not None and user.active and not myself)
        self.disable_button.setEnabled(user is not None and user.active and not myself)
        self.enable_button.setEnabled(user is not None and not user.active)
        self.reset_button.setEnabled(user is not None and user.active)

    def _changed(self, user: User, text: str) -> None:
        self.reload(select=user.username)
        self.message.show_success(text)

    # -- actions -------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        dialog.open()

    def _add(self) -> None:
        dialog = AddUserDialog(self.session, self)
        dialog.user_changed.connect(
            lambda user: self._changed(
                user,
                self.tr("Added {name} ({username}) as {role}. Give them the temporary passphrase in person.").format(
                    name=user.display_name, username=user.username, role=role_label(user.role)
                ),
            )
        )
        self._open(dialog)

    def _change_role(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = RoleDialog(self.session, user, self)
        dialog.user_changed.connect(
            lambda changed: self._changed(
                changed,
                self.tr("{name} is now {role}.").format(name=changed.display_name, role=role_label(changed.role)),
            )
        )
        self._open(dialog)

    def _disable(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Deactivate account"),
            self.tr(
                "Deactivate the account of {name} ({username})? They can no longer log in on this computer. "
                "Their records and the audit trail are kept, and an administrator can re-activate the account."
            ).format(name=user.display_name, username=user.username),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmDisable")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Deactivate"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) != QMessageBox.StandardButton.Yes:
                return
            try:
                changed = self.session.users.disable(user.username)
            except OneStopError as err:
                self.message.show_error(err)
                return
            self._changed(changed, self.tr("The account of {name} is deactivated.").format(name=changed.display_name))

        box.buttonClicked.connect(answered)
        box.open()

    def _enable(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = TemporaryPassphraseDialog(self.session, user, reactivate=True, parent=self)
        dialog.user_changed.connect(
            lambda changed: self._changed(
                changed,
                self.tr("The account of {name} is active again with the temporary passphrase.").format(
                    name=changed.display_name
                ),
            )
        )
        self._open(dialog)

    def _reset(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = TemporaryPassphraseDialog(self.session, user, reactivate=False, parent=self)
        dialog.user_changed.connect(
            lambda changed: self._changed(
                changed,
                self.tr("The passphrase of {name} is reset. Give them the temporary passphrase in person.").format(
                    name=changed.display_name
                ),
            )
        )
        self._open(dialog)
