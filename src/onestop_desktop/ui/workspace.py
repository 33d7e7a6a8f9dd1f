"""One user's workspace: what they see after logging in, kept (hidden) while their screen is locked.

Case work arrives with the next release; until then the workspace greets the user, says
what this version does, offers the user's own actions as buttons, and holds a scratch note
that is never saved (it shows that locked work is kept, and is honest about it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..services.session import Session
from .errors import role_label
from .widgets import Card, paragraph


class Workspace(QScrollArea):
    def __init__(self, session: Session, center_name: str, idle_minutes: int, actions: list[QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName(f"workspace-{session.user.username}")
        self.setAccessibleName(self.tr("Workspace of {name}").format(name=session.user.display_name))
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(self)
        inner.setObjectName("workspace")
        inner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWidget(inner)
        user = session.user

        greeting = QLabel(self.tr("Hello, {name}.").format(name=user.display_name), inner)
        greeting.setObjectName("pageTitle")
        badge = QLabel(role_label(user.role), inner)
        badge.setObjectName("roleBadge")
        center = QLabel(center_name, inner)
        center.setObjectName("muted")
        header = QHBoxLayout()
        header.addWidget(greeting)
        header.addWidget(badge, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addStretch(1)
        header.addWidget(center)

        cases = Card(self.tr("Case files"), inner)
        cases.body.addWidget(paragraph(self.tr(
            "The case list, intake and case notes arrive with the next release of OneStop. This version "
            "sets up the encrypted store, the staff accounts, the screen lock, backups and the audit trail."),
            cases))
        cases.body.addStretch(1)

        security = Card(self.tr("Working safely"), inner)
        self.idle_note = paragraph("", security)
        self.set_idle_minutes(idle_minutes)
        security.body.addWidget(self.idle_note)
        security.body.addWidget(paragraph(self.tr(
            "Every login, lock, change of access and backup is written to the audit trail."), security,
            object_name="muted"))
        security.body.addStretch(1)

        quick = Card(self.tr("Quick actions"), inner)
        for action in actions:
            if action.isVisible():
                button = QToolButton(quick)
                button.setDefaultAction(action)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                quick.body.addWidget(button)
        quick.body.addStretch(1)

        notes = Card(self.tr("Scratch note"), inner)
        notes.body.addWidget(paragraph(self.tr(
            "For reminders while you work. The note is not saved: it is hidden while the screen is locked "
            "and discarded when you log out. Do not write a client's personal data here."), notes,
            object_name="muted"))
        self.note = QPlainTextEdit(notes)
        self.note.setObjectName("scratchNote")
        self.note.setAccessibleName(self.tr("Scratch note"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(120)
        notes.body.addWidget(self.note)

        grid = QGridLayout()
        grid.setSpacing(16)
        grid.addWidget(cases, 0, 0)
        grid.addWidget(security, 0, 1)
        grid.addWidget(quick, 0, 2)
        grid.addWidget(notes, 1, 0, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        column = QVBoxLayout(inner)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(16)
        column.addLayout(header)
        column.addLayout(grid)
        column.addStretch(1)

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_note.setText(self.tr(
            "Lock the screen with Ctrl+L whenever you leave the desk. OneStop also locks by itself after "
            "{minutes} minutes without input. Your work stays as it was until you unlock.").format(minutes=minutes))
