"""The main window's status bar and title: sync state, the demo marker, who is logged in, the center.

The texts keep the translation context "MainWindow" they had when the window built its own status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from ... import APP_NAME
from ..common.elided_label import ElidedLabel
from ..errors import role_label
from ..sync.status_widget import SyncStatusWidget
from .sessions import SessionSlot


class MainStatusBar:
    def __init__(self, window: QMainWindow, *, demo: bool) -> None:
        self.window = window
        self.demo = demo
        self.user_status = ElidedLabel("", window)  # long names shorten instead of pushing the sync text out
        self.user_status.setObjectName("statusUser")
        self.center_status = ElidedLabel("", window)
        self.center_status.setObjectName("statusCenter")
        self.demo_status = QLabel(QCoreApplication.translate("MainWindow", "DEMO — fictional data"), window)
        self.demo_status.setObjectName("demoMarker")
        self.demo_status.setVisible(demo)
        self.sync_status = SyncStatusWidget(window)
        bar = window.statusBar()
        for widget in (self.sync_status, self.demo_status, self.user_status, self.center_status):
            bar.addPermanentWidget(widget)

    def show_slot(self, slot: SessionSlot | None, *, portable: bool) -> None:
        """Who is logged in (or locked, or nobody) in the status bar, and the center in the title."""
        center = ""
        if slot is None:
            self.user_status.setText(QCoreApplication.translate("MainWindow", "Not logged in"))
        elif slot.session.is_locked:
            self.user_status.setText(
                QCoreApplication.translate("MainWindow", "Locked: {name}").format(name=slot.session.user.display_name)
            )
        else:
            user = slot.session.user
            self.user_status.setText(
                QCoreApplication.translate("MainWindow", "{name} · {role}").format(
                    name=user.display_name, role=role_label(user.role)
                )
            )
            center = slot.center_name
        self.center_status.setText(center)
        self.window.setWindowTitle(self._title(center, portable))

    def _title(self, center: str, portable: bool) -> str:
        title = f"{center} — {APP_NAME}" if center else APP_NAME
        if portable:
            title = QCoreApplication.translate("MainWindow", "{title} (portable mode)").format(title=title)
        return QCoreApplication.translate("MainWindow", "[DEMO] {title}").format(title=title) if self.demo else title

    def show_message(self, text: str, timeout_ms: int) -> None:
        self.window.statusBar().showMessage(text, timeout_ms)
