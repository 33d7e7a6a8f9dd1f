"""Composition root: read the command line, prepare Qt (font, language, style), open the data folder
and start the UI. `--demo` first builds a throwaway demo center in a temporary folder."""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from . import APP_NAME, __version__, self_test
from .services.demo import DEMO_ADMIN, DEMO_PASSPHRASE, DEMO_STAFF, create_demo_installation
from .services.vault import Vault
from .storage.data_dir import ENV_VAR, is_portable, resolve_data_dir
from .storage.key_wrap import DEFAULT_KDF, KdfParams
from .ui.controller import AppController
from .ui.demo_hint import DemoHint
from .ui.demo_splash import DemoSplash
from .ui.errors import role_label
from .ui.i18n import Translators, register_fonts
from .ui.main_window import MainWindow
from .ui.style import apply_style

DEMO_CLIENTS = 200
DEMO_COUNSELING_SESSIONS_PER_CASE = 4
T = TypeVar("T")


@dataclass(frozen=True)
class Options:
    data_dir: Path
    qt_args: list[str]
    demo: bool = False


def parse_args(argv: Sequence[str]) -> Options:
    parser = argparse.ArgumentParser(prog="onestop", description="OneStop Desktop")
    parser.add_argument(
        "--data-dir", metavar="FOLDER", help=f"data folder (default: ${ENV_VAR}, else the per-user data folder)"
    )
    parser.add_argument(
        "--demo", action="store_true", help="start on a throwaway demo center with fictional cases (removed at exit)"
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    known, rest = parser.parse_known_args(list(argv))
    return Options(resolve_data_dir(known.data_dir), rest, known.demo)


@dataclass
class DemoFolder:
    """A demo installation in a temporary folder; `remove()` deletes it (also at interpreter exit)."""

    root: Path
    vault: Vault
    removed: bool = field(default=False)

    def remove(self) -> None:
        if not self.removed:
            shutil.rmtree(self.root, ignore_errors=True)
            self.removed = True


def make_demo_folder(
    kdf: KdfParams = DEFAULT_KDF,
    clients: int = DEMO_CLIENTS,
    counseling_sessions_per_case: int = DEMO_COUNSELING_SESSIONS_PER_CASE,
    parent: Path | None = None,
) -> DemoFolder:
    root = Path(tempfile.mkdtemp(prefix="onestop-demo-", dir=parent))
    try:
        vault = create_demo_installation(
            root / "data", kdf, clients=clients, counseling_sessions_per_case=counseling_sessions_per_case
        )
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    folder = DemoFolder(root, vault)
    atexit.register(folder.remove)
    return folder


def demo_hint() -> DemoHint:
    """What the login screen says about the demo accounts (in the current language)."""
    return DemoHint(DEMO_ADMIN, DEMO_PASSPHRASE, tuple((name, role_label(role)) for name, _, role in DEMO_STAFF))


def run_with_splash(work: Callable[[], T]) -> T:
    """Run `work` on a thread while a small window says what is happening; the GUI stays responsive."""
    splash = DemoSplash()
    splash.show()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="onestop-demo") as pool:
        future = pool.submit(work)
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(50)
        timer.timeout.connect(lambda: loop.quit() if future.done() else None)
        timer.start()
        if not future.done():
            loop.exec()
        timer.stop()
    splash.close()
    splash.deleteLater()
    return future.result()


@dataclass
class Running:
    app: QApplication
    controller: AppController
    translators: Translators
    demo: DemoFolder | None = None


def start(
    options: Options,
    vault: Vault | None = None,
    *,
    idle_interval_ms: int | None = None,
    demo_kdf: KdfParams = DEFAULT_KDF,
    demo_clients: int = DEMO_CLIENTS,
) -> Running:
    """Everything `main` does except entering the event loop (tests call this)."""
    os.umask(0o077)  # every file OneStop writes is readable by this user only
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "onestop", *options.qt_args])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    apply_style(app)
    register_fonts()
    demo: DemoFolder | None = None
    if options.demo:
        translators = Translators("ko")  # the demo center is Korean
        demo = run_with_splash(lambda: make_demo_folder(demo_kdf, demo_clients))
        vault = demo.vault
    else:
        vault = vault or Vault(options.data_dir)
        translators = Translators(vault.language)
    controller = AppController(vault, idle_interval_ms=idle_interval_ms, demo=demo_hint() if demo is not None else None)
    controller.quit_requested.connect(app.quit)
    app.aboutToQuit.connect(controller.shutdown)
    if demo is not None:
        app.aboutToQuit.connect(demo.remove)
    controller.start()
    return Running(app, controller, translators, demo)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if self_test.wanted(args):  # --self-test [--self-test-report FILE]
        return self_test.main(args)
    MainWindow.portable = is_portable()  # data beside the executable: the title bar says so
    running = start(parse_args(args))
    return int(running.app.exec())
