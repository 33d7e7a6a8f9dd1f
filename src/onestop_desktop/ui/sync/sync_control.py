"""Running a sync: by hand (menu, button, F9) with progress and cancel, or by itself when the sync folder is
reachable and nobody has touched the app for a while.

`session.sync.run` always runs on the background worker, so applying thousands of changes never blocks the
window; progress comes back through a queued signal. An automatic sync waits while a dialog is open or a form
holds unsaved input, and is silent unless something needs a person.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QProgressDialog, QWidget

from ...domain.errors import ErrorCode, OneStopError
from ...domain.roles import Permission
from ...services.session import Session
from ...services.sync import SyncReport, SyncStatus
from ..errors import error_text
from ..idle_lock import IdleTimer
from ..ops import BackgroundRunner
from .status_widget import SyncStatusWidget

ActiveSession = Callable[[], Session | None]
HasUnsavedInput = Callable[[], bool]
AUTO_SYNC_IDLE_MS = 2 * 60_000


class SyncControl(QObject):
    synced = Signal(object)  # SyncReport, on the GUI thread after a run
    revoked = Signal(object)  # Session whose device the center revoked (its data is gone)
    folder_requested = Signal()  # a sync was asked for with no sync folder set: let the person choose one
    _progress = Signal(int, int)

    def __init__(
        self,
        window: QWidget,
        runner: BackgroundRunner,
        status: SyncStatusWidget,
        active_session: ActiveSession,
        unsaved: HasUnsavedInput,
        *,
        idle_ms: int = AUTO_SYNC_IDLE_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.status = status
        self.active_session = active_session
        self.unsaved = unsaved
        self.running = False
        self.last_status: SyncStatus | None = None
        self.last_report: SyncReport | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.last_message: QMessageBox | None = None
        self._cancel = threading.Event()
        self._progress.connect(self._show_progress)
        self.idle = IdleTimer(idle_ms, self)
        self.idle.inactivity_detected.connect(self._idle)

    # -- when a session comes and goes ----------------------------------------------------------------
    def session_changed(self) -> None:
        """Show the active session's status and arm the automatic sync (or hide it all when locked)."""
        session = self.active_session()
        if session is None or not session.can(Permission.SYNC):
            self.idle.stop()
            self.last_status = None
            self.status.show_nothing()
            return
        self.idle.start()
        self.refresh_status()

    def stop(self) -> None:
        """No more automatic syncs (everyone is logging out); a run under way still finishes."""
        self.idle.stop()
        self.status.show_nothing()

    def refresh_status(self) -> None:
        session = self.active_session()
        if session is None or self.running:
            return
        admin = session.can(Permission.MANAGE_DEVICES)

        def done(status: SyncStatus) -> None:
            if self.active_session() is session:
                self.last_status = status
                self.status.show_status(status, admin)

        self.runner.run(lambda: session.sync.status(with_digest=False), done, lambda err: None)

    # -- running -----------------------------------------------------------------------------------------
    def sync_now(self) -> None:
        """A sync asked for by hand: progress with a cancel button, and a message if it fails."""
        self._start(automatic=False)

    def can_sync_automatically(self) -> bool:
        session = self.active_session()
        status = self.last_status
        return (
            session is not None
            and not self.running
            and not self.runner.busy
            and status is not None
            and bool(status.folder)
            and Path(status.folder).is_dir()
            and QApplication.activeModalWidget() is None
            and QApplication.activePopupWidget() is None
            and not self.unsaved()
        )

    def _idle(self) -> None:
        if self.can_sync_automatically():
            self._start(automatic=True)
        self.idle.start()  # try again after the next idle stretch

    def _start(self, automatic: bool) -> None:
        session = self.active_session()
        if session is None or self.running:
            return
        self.running = True
        self._cancel.clear()
        self.status.show_running()
        if not automatic:
            self.progress_dialog = self._progress_dialog()

        def progress(done: int, total: int) -> bool:  # on the worker thread
            self._progress.emit(done, total)
            return not self._cancel.is_set()

        self.runner.run(
            lambda: session.sync.run(None, progress),
            lambda report: self._done(session, report, automatic),
            lambda err: self._failed(session, err, automatic),
        )

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Synchronizing with the sync folder…"), self.tr("Cancel"), 0, 0, self.window)
        dialog.setObjectName("syncProgress")
        dialog.setWindowTitle(self.tr("Sync"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        return dialog

    def cancel(self) -> None:
        """Stop after the bundle being applied; this device's own changes are still written out."""
        self._cancel.set()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(self.tr("Stopping after the current bundle…"))

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        dialog.setLabelText(self.tr("Applying bundle {done} of {total}…").format(done=done + 1, total=total))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _done(self, session: Session, report: SyncReport, automatic: bool) -> None:
        self.running = False
        self._close_progress()
        self.last_report = report
        if self.active_session() is not session:
            return
        self.synced.emit(report)
        self.refresh_status()
        text = self.tr("Sync complete: {applied} bundles applied, {written} written, {conflicts} conflicts.").format(
            applied=report.applied, written=report.written, conflicts=report.conflicts
        )
        if report.refused:
            text += " " + self.tr("{count} files in the sync folder were refused.").format(count=len(report.refused))
        self.status.show_report(text)
        if report.refused and not automatic and isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text, 15_000)

    def _failed(self, session: Session, err: OneStopError, automatic: bool) -> None:
        self.running = False
        self._close_progress()
        if err.code is ErrorCode.DEVICE_REVOKED:
            self.revoked.emit(session)
            return
        if self.active_session() is not session:
            return
        self.refresh_status()
        if automatic:
            return  # the folder went away between the check and the run: the next idle stretch tries again
        if err.code is ErrorCode.SYNC_FOLDER_MISSING and not err.params.get("folder"):
            self._offer_folder()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Sync"), error_text(err), QMessageBox.StandardButton.Ok, self.window
        )
        box.setObjectName("syncFailed")
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_message = box
        box.open()

    def _offer_folder(self) -> None:
        """No folder set (a single computer, or not set up yet): say so and offer to choose one."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Sync"),
            self.tr("No sync folder is set on this computer, so there is nothing to synchronize with."),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setObjectName("syncNoFolder")
        box.setInformativeText(self.tr("Choose the folder the center's computers share to synchronize through it."))
        choose = box.addButton(self.tr("&Choose a folder…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(choose)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self.folder_requested)
        self.last_message = box
        box.open()
