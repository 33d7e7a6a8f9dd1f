"""Composition root: read the command line, prepare Qt (font, language, style), open the data folder
and start the UI."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from . import APP_NAME, __version__
from .services.vault import Vault
from .storage.data_dir import ENV_VAR, resolve_data_dir
from .ui.controller import AppController
from .ui.i18n import Translators, register_fonts
from .ui.style import apply_style


@dataclass(frozen=True)
class Options:
    data_dir: Path
    qt_args: list[str]


def parse_args(argv: Sequence[str]) -> Options:
    parser = argparse.ArgumentParser(prog="onestop", description="OneStop Desktop")
    parser.add_argument("--data-dir", metavar="FOLDER",
                        help=f"data folder (default: ${ENV_VAR}, else the per-user data folder)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    known, rest = parser.parse_known_args(list(argv))
    return Options(resolve_data_dir(known.data_dir), rest)


@dataclass
class Running:
    app: QApplication
    controller: AppController
    translators: Translators


def start(options: Options, vault: Vault | None = None, *, idle_interval_ms: int | None = None) -> Running:
    """Everything `main` does except entering the event loop (tests call this)."""
    os.umask(0o077)  # every file OneStop writes is readable by this user only
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "onestop", *options.qt_args])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    apply_style(app)
    register_fonts()
    vault = vault or Vault(options.data_dir)
    translators = Translators(vault.language)
    controller = AppController(vault, idle_interval_ms=idle_interval_ms)
    controller.quit_requested.connect(app.quit)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    return Running(app, controller, translators)


def main(argv: Sequence[str] | None = None) -> int:
    running = start(parse_args(sys.argv[1:] if argv is None else argv))
    return int(running.app.exec())
