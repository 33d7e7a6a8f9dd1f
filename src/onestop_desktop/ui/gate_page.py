"""The login screen, which is also the lock screen: nothing of any session is visible here.

In *login* mode anyone types a user name and passphrase; in *unlock* mode the user whose
screen was locked types their passphrase, or chooses "log in as another user". The page
does not know about sessions: it calls `authenticate(username, passphrase)`, which raises
`OneStopError` when refused, and shows the growing delay the vault imposes after a failure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..domain import lockout
from ..domain.errors import ErrorCode, OneStopError
from .common.forms import buddy_label, passphrase_edit, username_edit
from .common.username_hint import UsernameHint
from .common.widgets import Card, MessageLabel, paragraph
from .countdown import Countdown
from .demo_hint import DemoHint


@dataclass(frozen=True)
class LockedUser:
    username: str
    display_name: str
    role_label: str


class GatePage(QWidget):
    authenticated = Signal(str)  # the user name that got in

    def __init__(
        self,
        authenticate: Callable[[str, str], None],
        usernames: Callable[[], list[str]],
        clock: Callable[[], float],
        parent: QWidget | None = None,
        *,
        tick_ms: int = 250,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gateBackground")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._authenticate = authenticate
        self._usernames = usernames
        self._unlock_user: LockedUser | None = None
        self._return_to: LockedUser | None = None
        self._demo: DemoHint | None = None
        self.countdown = Countdown(clock, tick_ms, self)
        self.countdown.ticked.connect(self._on_tick)
        self.countdown.finished.connect(self._on_wait_over)
        self._build()
        self.show_login()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        brand = QLabel(APP_NAME, self)
        brand.setObjectName("brand")
        subtitle = QLabel(self.tr("Case files of the crime-victim one-stop support center"), self)
        subtitle.setObjectName("brandSubtitle")
        self.card = Card("", self)
        self.card.setFixedWidth(470)
        self.heading = QLabel(self.card)
        self.heading.setObjectName("pageTitle")
        self.intro = paragraph("", self.card)
        self.username = username_edit("loginUsername", self.tr("User name"), self.card)
        self.username.setCompleter(QCompleter(QStringListModel(self._safe_usernames(), self), self.username))
        self.passphrase = passphrase_edit("loginPassphrase", self.tr("Passphrase"), self.card)
        form = QFormLayout()
        self.username_label = buddy_label(self.tr("&User name:"), self.username, self.card)
        form.addRow(self.username_label, self.username)
        self.username_hint = UsernameHint(self.username, self.card)
        form.addRow("", self.username_hint)
        form.addRow(buddy_label(self.tr("&Passphrase:"), self.passphrase, self.card), self.passphrase)
        self.message = MessageLabel(self.card, object_name="loginMessage")
        self.demo_hint = MessageLabel(self.card, object_name="demoHint")
        self.submit = QPushButton(self.card)
        self.submit.setObjectName("primary")
        self.submit.setAccessibleName(self.tr("Log in"))
        self.submit.setDefault(True)
        self.submit.clicked.connect(self._submit)
        self.other_user = QPushButton(self.tr("Log in as an&other user"), self.card)
        self.other_user.setObjectName("link")
        self.other_user.clicked.connect(lambda: self.show_login(return_to=self._unlock_user))
        self.back = QPushButton(self.card)
        self.back.setObjectName("link")
        self.back.clicked.connect(self._back_to_unlock)
        self.card.body.addWidget(self.heading)
        self.card.body.addWidget(self.intro)
        self.card.body.addLayout(form)
        self.card.body.addWidget(self.message)
        self.card.body.addWidget(self.submit)
        self.card.body.addWidget(self.demo_hint)
        links = QHBoxLayout()
        links.addWidget(self.other_user)
        links.addWidget(self.back)
        links.addStretch(1)
        self.card.body.addLayout(links)
        footer = QLabel(self.tr("Version {version}").format(version=__version__), self)
        footer.setObjectName("footer")

        column = QVBoxLayout()
        column.addStretch(2)
        column.addWidget(brand, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(subtitle, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(16)
        column.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(3)
        column.addWidget(footer, 0, Qt.AlignmentFlag.AlignHCenter)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column)
        outer.addStretch(1)
        self.username.returnPressed.connect(self.passphrase.setFocus)
        self.passphrase.returnPressed.connect(self._submit)
        self.setTabOrder(self.username, self.passphrase)
        self.setTabOrder(self.passphrase, self.submit)
        self.setTabOrder(self.submit, self.other_user)
        self.setTabOrder(self.other_user, self.back)

    def _safe_usernames(self) -> list[str]:
        try:
            return self._usernames()
        except OneStopError:
            return []

    # -- modes -------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return "unlock" if self._unlock_user is not None else "login"

    def show_demo(self, hint: DemoHint) -> None:
        """A demo: name the demo passphrase and accounts, and type the demo user name in for the user."""
        self._demo = hint
        self.demo_hint.show_info(hint.text())
        if self.mode == "login":
            self.username.setText(hint.username)
            self.passphrase.setFocus()

    def show_login(self, notice: str = "", *, return_to: LockedUser | None = None) -> None:
        self._unlock_user = None
        self._return_to = return_to
        self.heading.setText(self.tr("Log in"))
        self.intro.setText(self.tr("Enter your user name and passphrase."))
        self.username.setVisible(True)
        self.username_label.setVisible(True)
        self.username.clear()
        if self._demo is not None:
            self.username.setText(self._demo.username)
        completer = self.username.completer()
        if completer is not None:
            completer.setModel(QStringListModel(self._safe_usernames(), completer))
        self.other_user.setVisible(False)
        self.back.setVisible(return_to is not None)
        if return_to is not None:
            self.back.setText(self.tr("← &Back to the locked screen of {name}").format(name=return_to.display_name))
        self._reset_form(notice)
        if self.username.text():
            self.passphrase.setFocus()
        else:
            self.username.setFocus()

    def show_unlock(self, user: LockedUser, notice: str = "") -> None:
        self._unlock_user = user
        self._return_to = None
        self.heading.setText(self.tr("The screen is locked"))
        self.intro.setText(
            self.tr("{name} ({role}) is using this screen. Enter the passphrase to continue.").format(
                name=user.display_name, role=user.role_label
            )
        )
        self.username.setVisible(False)
        self.username_label.setVisible(False)
        self.username.setText(user.username)
        self.other_user.setVisible(True)
        self.back.setVisible(False)
        self._reset_form(notice)
        self.passphrase.setFocus()

    def _back_to_unlock(self) -> None:
        if self._return_to is not None:
            self.show_unlock(self._return_to)

    def _reset_form(self, notice: str) -> None:
        self.passphrase.clear()
        if notice:
            self.message.show_info(notice)
        else:
            self.message.clear_message()
        self._update_submit()

    def _update_submit(self) -> None:
        if self.countdown.running:
            return
        self.submit.setText(self.tr("&Unlock") if self.mode == "unlock" else self.tr("&Log in"))
        self.submit.setEnabled(True)

    # -- logging in --------------------------------------------------------------------------
    def _submit(self) -> None:
        if not self.submit.isEnabled():
            return
        username = self.username.text().strip()
        if not username:
            self.message.show_error(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._authenticate(username, self.passphrase.text())
        except OneStopError as err:
            self._refused(err)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.passphrase.clear()
        self.message.clear_message()
        self.authenticated.emit(username)

    def _refused(self, err: OneStopError) -> None:
        self.passphrase.clear()
        self.passphrase.setFocus()
        self.message.show_error(err)
        wait = 0
        if err.code is ErrorCode.WRONG_CREDENTIALS:
            wait = lockout.delay_after(int(err.params.get("failures", 0)))
        elif err.code is ErrorCode.TOO_SOON:
            wait = int(err.params.get("seconds", 0))
        if wait > 0:
            self.countdown.start(wait)

    def _on_tick(self, seconds: int) -> None:
        self.submit.setEnabled(False)
        self.submit.setText(self.tr("Try again in {seconds} s").format(seconds=seconds))

    def _on_wait_over(self) -> None:
        self._update_submit()
