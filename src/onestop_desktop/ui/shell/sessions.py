"""The sessions of one window: a slot per logged-in user (their session, workspace and the windows hidden while
they are locked), which one is active, and who was active most recently.

Several users may share this computer. Locking hides every window of the active user and drops their data key;
another user may then log in with a session of their own while the first user's workspace (with any unsaved
input) waits, hidden, until they log in again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from ...services.session import Session
from ...services.vault import Vault
from ..errors import role_label
from ..gate_page import LockedUser
from ..window_guard import close_all
from ..workspace import Workspace


@dataclass
class SessionSlot:
    session: Session
    workspace: Workspace
    center_name: str
    hidden_windows: list[QWidget] = field(default_factory=list)
    deferred: list[Callable[[], None]] = field(default_factory=list)

    def locked_user(self) -> LockedUser:
        user = self.session.user
        return LockedUser(user.username, user.display_name, role_label(user.role))


class WindowSessions:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.slots: dict[str, SessionSlot] = {}
        self.current: SessionSlot | None = None
        self._recent: list[str] = []  # user names, most recently active last
        self._pending: Session | None = None  # logged in, not yet given a workspace

    def authenticate(self, username: str, passphrase: str) -> None:
        """Unlock the user's locked session, or log them in (the new session waits in `take_pending`)."""
        slot = self.slots.get(username)
        if slot is not None:
            slot.session.unlock(passphrase)
        else:
            self._pending = self.vault.login(username, passphrase)

    def take_pending(self) -> Session | None:
        session, self._pending = self._pending, None
        return session

    def add(self, session: Session, workspace: Workspace, center_name: str) -> SessionSlot:
        slot = SessionSlot(session, workspace, center_name)
        self.slots[session.user.username] = slot
        return slot

    def make_current(self, slot: SessionSlot) -> None:
        self.current = slot
        name = slot.session.user.username
        self._recent = [n for n in self._recent if n != name] + [name]

    def unlocked(self) -> Session | None:
        """The active session, unless it is locked (or there is none)."""
        slot = self.current
        return slot.session if slot is not None and not slot.session.is_locked else None

    def most_recent_locked(self) -> LockedUser | None:
        for name in reversed(self._recent):
            slot = self.slots.get(name)
            if slot is not None and slot.session.is_locked:
                return slot.locked_user()
        return None

    def remove(self, slot: SessionSlot) -> None:
        """Forget a logged-out slot: its hidden windows are closed; the caller removes its workspace."""
        self.slots.pop(slot.session.user.username, None)
        self._recent = [n for n in self._recent if n != slot.session.user.username]
        close_all(slot.hidden_windows)
        if slot is self.current:
            self.current = None

    def deliver(self, session: Session, show: Callable[[], None]) -> None:
        """Show a background result now, or when its user is back at an unlocked screen."""
        slot = self.slots.get(session.user.username)
        if slot is None or slot.session is not session:
            return  # logged out meanwhile: nobody to tell
        if slot is self.current and not session.is_locked:
            show()
        else:
            slot.deferred.append(show)

    def log_everyone_out(self) -> None:
        """Log every user out (a locked session has already dropped its key) and close their windows."""
        for slot in list(self.slots.values()):
            slot.session.logout()
            close_all(slot.hidden_windows)
        self.slots.clear()
        self._recent.clear()
        self.current = None
        pending = self.take_pending()
        if pending is not None:
            pending.logout()
