"""The staff accounts as a table: user name, display name, role, status, passphrase state."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ...domain.users import User
from ..common.alert_mark import MUTED
from ..errors import role_label

_ModelIndex = QModelIndex | QPersistentModelIndex
USER_ROLE = Qt.ItemDataRole.UserRole


class Column(IntEnum):
    USERNAME = 0
    DISPLAY_NAME = 1
    ROLE = 2
    STATUS = 3
    PASSPHRASE = 4


class UserTableModel(QAbstractTableModel):
    """Rows are `User` objects; `Qt.UserRole` on any cell gives the user name."""

    def __init__(self, users: Sequence[User] = (), *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users: list[User] = list(users)

    def set_users(self, users: Sequence[User]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> User | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def row_of(self, username: str) -> int:
        for row, user in enumerate(self._users):
            if user.username == username:
                return row
        return -1

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._users) or index.column() >= len(Column):
            return None
        user = self._users[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(user, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.PASSPHRASE and user.must_change_passphrase:
            return self.tr("The user must choose a new passphrase at the next login.")
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QBrush(MUTED)
        if role == USER_ROLE:
            return user.username
        return None

    def _text(self, user: User, column: Column) -> str:
        if column is Column.USERNAME:
            return user.username
        if column is Column.DISPLAY_NAME:
            return user.display_name
        if column is Column.ROLE:
            return role_label(user.role)
        if column is Column.STATUS:
            return self.tr("Active") if user.active else self.tr("Deactivated")
        if not user.active:
            return ""
        return self.tr("Temporary") if user.must_change_passphrase else self.tr("Set by the user")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return (self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Status"), self.tr("Passphrase"))[
            section
        ]

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
