"""What the application shows first: the setup wizard on an empty data folder, else the main window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..services.vault import SetupResult, Vault
from .demo_hint import DemoHint
from .main_window import MainWindow
from .ops import BackgroundRunner
from .setup_wizard import SetupWizard
from .tasks import ChoosePath, ask_backup_path


class AppController(QObject):
    """`quit_requested` is emitted when setup is cancelled (the app then exits)."""

    quit_requested = Signal()

    def __init__(
        self,
        vault: Vault,
        *,
        idle_interval_ms: int | None = None,
        choose_backup_path: ChoosePath = ask_backup_path,
        tick_ms: int = 250,
        demo: DemoHint | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.runner = BackgroundRunner(self)
        self._idle_interval_ms = idle_interval_ms
        self._choose_backup_path = choose_backup_path
        self._tick_ms = tick_ms
        self._demo = demo
        self.wizard: SetupWizard | None = None
        self.main_window: MainWindow | None = None

    def start(self) -> None:
        if self.vault.is_initialized():
            self.show_main_window()
            return
        self.wizard = SetupWizard(self.vault)
        self.wizard.completed.connect(self._setup_done)
        self.wizard.rejected.connect(self.quit_requested)
        self.wizard.show()

    def show_main_window(self) -> MainWindow:
        if self.main_window is None:
            self.main_window = MainWindow(
                self.vault,
                self.runner,
                idle_interval_ms=self._idle_interval_ms,
                choose_backup_path=self._choose_backup_path,
                tick_ms=self._tick_ms,
                demo=self._demo,
            )
        self.main_window.show()
        return self.main_window

    def _setup_done(self, result: SetupResult) -> None:
        window = self.show_main_window()
        window.adopt(result.session)
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None

    def shutdown(self) -> None:
        self.runner.shutdown()
