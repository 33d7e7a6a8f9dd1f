"""The permanent sync part of the status bar: last successful sync, changes waiting to go out, missing
bundles, open conflicts (a click opens the list) and, for administrators, quarantined bundles."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...services.sync import SyncStatus
from ..common.elided_label import ElidedLabel
from .labels import when_text


class SyncStatusWidget(QWidget):
    sync_requested = Signal()
    conflicts_requested = Signal()
    quarantine_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.sync_button = QPushButton(self.tr("Sync"), self)
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setToolTip(self.tr("Synchronize now (F9)"))
        self.sync_button.clicked.connect(self.sync_requested)
        self.last = ElidedLabel("", self)  # the status bar shares 1366 px with the user and the center
        self.last.setObjectName("syncLast")
        self.pending = QLabel(self)
        self.pending.setObjectName("syncPending")
        self.gaps = ElidedLabel("", self)
        self.gaps.setObjectName("syncGaps")
        self.gaps.setStyleSheet("QLabel { color: #8a4b00; }")  # amber: something is missing, nothing is wrong yet
        self.conflicts = self._link("syncConflicts", self.conflicts_requested)
        self.quarantine = self._link("syncQuarantine", self.quarantine_requested)
        for widget in (self.sync_button, self.last, self.pending, self.gaps, self.conflicts, self.quarantine):
            layout.addWidget(widget)
        self.show_nothing()

    def _link(self, name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setFlat(True)
        button.setStyleSheet(
            "QPushButton { color: #b3261e; text-decoration: underline; border: none; padding: 0 2px; }"
        )
        button.clicked.connect(signal)
        button.setVisible(False)
        return button

    def show_nothing(self) -> None:
        """No unlocked session: nothing about sync is shown."""
        self.setVisible(False)

    def show_running(self) -> None:
        self.sync_button.setEnabled(False)
        self.last.setText(self.tr("Synchronizing…"))

    def show_report(self, text: str) -> None:
        """What the last run did, on the sync button (the bar has no room for a sentence)."""
        self.sync_button.setToolTip(self.tr("Synchronize now (F9)") + "\n" + text)

    def show_status(self, status: SyncStatus, admin: bool) -> None:
        self.setVisible(True)
        self.sync_button.setEnabled(True)
        if not status.folder:
            self.last.setText(self.tr("Sync folder not set"))
        elif status.last_sync_at:
            self.last.setText(self.tr("Last sync: {when}").format(when=when_text(status.last_sync_at)))
        else:
            self.last.setText(self.tr("Not synchronized yet"))
        self.last.setToolTip(self.tr("Sync folder: {folder}").format(folder=status.folder) if status.folder else "")
        self.pending.setText(
            self.tr("Waiting to go out: {count}").format(count=status.pending_changes)
            if status.pending_changes
            else self.tr("Nothing waiting to go out")
        )
        # alone (no folder, or no other computer enrolled) there is nobody to send changes to: no count
        self.pending.setVisible(bool(status.folder) and any(not d.is_this_device for d in status.devices))
        gaps = [self.tr("{device}: bundle {seq} missing").format(device=device, seq=seq) for device, seq in status.gaps]
        self.gaps.setText(" · ".join(gaps[:2]) + (" …" if len(gaps) > 2 else ""))
        self.gaps.setToolTip("\n".join(gaps))
        self.gaps.setVisible(bool(gaps))
        self.conflicts.setText(self.tr("Sync conflicts: {count}").format(count=status.conflicts))
        self.conflicts.setAccessibleName(self.conflicts.text())
        self.conflicts.setToolTip(self.tr("Show the sync conflicts"))
        self.conflicts.setVisible(status.conflicts > 0)
        count = len(status.quarantined)
        self.quarantine.setText(self.tr("Quarantined bundles: {count}").format(count=count))
        self.quarantine.setAccessibleName(self.quarantine.text())
        self.quarantine.setToolTip(self.tr("Show the devices and the quarantined bundles"))
        self.quarantine.setVisible(admin and count > 0)
