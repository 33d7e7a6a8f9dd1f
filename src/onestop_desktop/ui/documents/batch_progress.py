"""The progress of a batch (n / total packets) with a Cancel that stops it at the next packet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class ProgressRelay(QObject):
    """Carries progress from the worker thread; outlives the dialog if that is closed meanwhile."""

    progressed = Signal(int, int)


class BatchProgress(QObject):
    def __init__(self, parent: QWidget, cancel: Callable[[], None]) -> None:
        super().__init__(parent)
        self._cancel = cancel
        self.shown = 0
        self.dialog = QProgressDialog(
            self.tr("Gathering the referrals ready to send…"), self.tr("Cancel"), 0, 0, parent
        )
        self.dialog.setObjectName("batchProgress")
        self.dialog.setWindowTitle(self.tr("Batch output"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.canceled.connect(self._cancelled)
        self.dialog.show()

    def show_progress(self, done: int, total: int) -> None:
        # a modal QProgressDialog handles events inside setValue(): a later update may arrive meanwhile
        if self.dialog.wasCanceled() or done <= self.shown:
            return
        self.shown = done
        self.dialog.setMaximum(total)
        self.dialog.setLabelText(self.tr("Packet {done} of {total} drawn…").format(done=done, total=total))
        self.dialog.setValue(done)

    def _cancelled(self) -> None:
        self._cancel()

    def finish(self) -> None:
        self.dialog.canceled.disconnect(self._cancelled)
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()
