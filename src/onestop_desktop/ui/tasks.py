"""Long session work run in the background with a busy dialog: backup and the data check.

Results are delivered through `deliver(session, show)`, which the main window holds back
while that session's screen is locked, so no result appears over the lock screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..domain.errors import OneStopError
from ..services.session import Session
from .errors import error_text
from .ops import BackgroundRunner
from .save_dialog import ask_save_path

Deliver = Callable[[Session, Callable[[], None]], None]
ChoosePath = Callable[[QWidget, Path], Path | None]
BACKUP_SUFFIX = ".onestop-backup"


def default_backup_name(now: datetime | None = None) -> str:
    return f"onestop-{(now or datetime.now()).strftime('%Y%m%d-%H%M')}{BACKUP_SUFFIX}"


def ask_backup_path(parent: QWidget, suggested: Path) -> Path | None:
    return ask_save_path(
        parent,
        QCoreApplication.translate("SessionTasks", "Save the backup as"),
        suggested,
        QCoreApplication.translate("SessionTasks", "OneStop backups (*{suffix})").format(suffix=BACKUP_SUFFIX),
        BACKUP_SUFFIX,
    )


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


class SessionTasks(QObject):
    def __init__(
        self, window: QWidget, runner: BackgroundRunner, deliver: Deliver, choose_path: ChoosePath = ask_backup_path
    ) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.deliver = deliver
        self.choose_path = choose_path
        self.last_message: QMessageBox | None = None

    def _busy(self, text: str) -> QProgressDialog:
        dialog = QProgressDialog(text, "", 0, 0, self.window)
        dialog.setObjectName("busyDialog")
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.show()
        return dialog

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("taskResult")
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_message = box
        box.open()

    def _finish(self, session: Session, busy: QProgressDialog, show: Callable[[], None]) -> None:
        busy.close()
        busy.deleteLater()
        self.deliver(session, show)

    # -- backup ----------------------------------------------------------------------------------
    def backup(self, session: Session) -> None:
        target = self.choose_path(self.window, Path.home() / default_backup_name())
        if target is None:
            return
        busy = self._busy(self.tr("Writing the encrypted backup…"))
        title = self.tr("Backup")

        def done(size: int) -> None:
            self._finish(
                session,
                busy,
                lambda: self._tell(
                    QMessageBox.Icon.Information,
                    title,
                    self.tr(
                        "The backup is complete: {path} ({size}). It opens with the recovery key or with the "
                        "passphrase of an administrator at the time of the backup."
                    ).format(path=target, size=human_size(size))
                    + "\n\n"
                    + self.tr(
                        "A backup keeps what the database holds today: cases destroyed later remain in it until the "
                        "backup itself is destroyed."
                    ),
                ),
            )

        def failed(err: OneStopError) -> None:
            self._finish(
                session,
                busy,
                lambda: self._tell(
                    QMessageBox.Icon.Warning, title, self.tr("The backup was not made.") + "\n" + error_text(err)
                ),
            )

        self.runner.run(lambda: session.backups.create(target, overwrite=True), done, failed)

    # -- data check ------------------------------------------------------------------------------
    def check(self, session: Session) -> None:
        busy = self._busy(self.tr("Checking the database and the audit trail…"))
        title = self.tr("Data check")

        def done(problems: list[str]) -> None:
            if problems:
                text = (
                    self.tr("The check found {count} problems. Restore from a backup or contact support:").format(
                        count=len(problems)
                    )
                    + "\n\n"
                    + "\n".join(problems[:30])
                )
                show = lambda: self._tell(QMessageBox.Icon.Warning, title, text)  # noqa: E731
            else:
                show = lambda: self._tell(  # noqa: E731
                    QMessageBox.Icon.Information,
                    title,
                    self.tr(
                        "The check is complete: encryption, database structure, links and the audit trail are all "
                        "intact."
                    ),
                )
            self._finish(session, busy, show)

        def failed(err: OneStopError) -> None:
            self._finish(session, busy, lambda: self._tell(QMessageBox.Icon.Warning, title, error_text(err)))

        self.runner.run(session.maintenance.check, done, failed)
