"""Render every main window and dialog at 1366x768 with demo data into PNGs, to be looked at.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUTDIR [--only NAME ...]

The windows come from tests/ui/window_catalog.py (the fit test opens the same ones). Each PNG is the window as
it opens on a 1366x728 work area (1366x768 less the taskbar); a window wider or taller than that is reported.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--only", nargs="*", default=[], help="catalog names to render (default: all)")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication
    from tests.ui.window_catalog import CATALOG, SCREEN_HEIGHT, SCREEN_WIDTH, demo_tour, settle

    from onestop_desktop.ui.i18n import Translators, register_fonts
    from onestop_desktop.ui.style import apply_style

    app = QApplication.instance() or QApplication(["onestop-screenshots"])
    assert isinstance(app, QApplication)
    apply_style(app)
    register_fonts()
    translators = Translators("ko")
    args.outdir.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="onestop-shots-") as tmp, demo_tour(Path(tmp)) as tour:
        for name, (_cls, opener) in CATALOG.items():
            if args.only and name not in args.only:
                continue
            try:
                window = opener(tour)
                settle()
                if window is tour.window:
                    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
                settle()
                size, least = window.size(), window.minimumSizeHint().expandedTo(window.minimumSize())
                if (
                    max(size.width(), least.width()) > SCREEN_WIDTH
                    or max(size.height(), least.height()) > SCREEN_HEIGHT
                ):
                    problems.append(
                        f"{name}: {size.width()}x{size.height()}, at least {least.width()}x{least.height()}"
                    )
                window.grab().save(str(args.outdir / f"{name}.png"))
                print(f"{name}: {window.width()}x{window.height()}")
            except Exception as err:
                traceback.print_exc()
                problems.append(f"{name}: {type(err).__name__}: {err}")
            finally:
                tour.close_windows()
    translators.remove()
    for problem in problems:
        print("PROBLEM", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
