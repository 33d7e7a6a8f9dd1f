"""The center's staff as the case screens need them: names by id, and choosers for people."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ...domain.roles import Role
from ...domain.users import User

CASE_ROLES = (Role.ADMIN, Role.COUNSELOR, Role.OUTREACH)  # who can lead a case or write a session


class People:
    def __init__(self, users: Iterable[User] = ()) -> None:
        self.users = sorted(users, key=lambda u: u.display_name)
        self._by_id = {u.id: u for u in self.users}
        self._by_username = {u.username: u for u in self.users}

    def name(self, user_id: str | None) -> str:
        user = self._by_id.get(user_id or "")
        return user.display_name if user is not None else ""

    def by_username(self, username: str) -> str:
        user = self._by_username.get(username)
        return f"{user.display_name} ({username})" if user is not None else username

    def active(self, roles: Iterable[Role] | None = None) -> list[User]:
        wanted = set(roles) if roles is not None else set(Role)
        return [u for u in self.users if u.active and u.role in wanted]

    def combo(
        self,
        parent: QWidget,
        object_name: str,
        accessible_name: str,
        *,
        roles: Iterable[Role] | None = None,
        none_text: str | None = None,
    ) -> QComboBox:
        """A chooser of active people (item data: user id; "" for `none_text`)."""
        combo = QComboBox(parent)
        combo.setObjectName(object_name)
        combo.setAccessibleName(accessible_name)
        if none_text is not None:
            combo.addItem(none_text, "")
        for user in self.active(roles):
            combo.addItem(user.display_name, user.id)
        return combo


def select_user(combo: QComboBox, user_id: str | None, display_name: str = "") -> None:
    """Choose `user_id`; a person no longer active is added so the record still shows them."""
    index = combo.findData(user_id or "")
    if index < 0 and user_id:
        combo.addItem(display_name or QCoreApplication.translate("People", "(former staff)"), user_id)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def chosen_user(combo: QComboBox) -> str | None:
    value = combo.currentData()
    return str(value) if value else None
