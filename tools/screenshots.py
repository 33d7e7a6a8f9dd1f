"""Render every main window and dialog at 1366x768 with demo data into PNGs, to be looked at.

    python tools/screenshots.py OUTDIR [--only NAME ...] [--screen 1536x824 --dpr 1.25]

The windows come from tests/ui/window_catalog.py (the fit test opens the same ones). Each PNG is the window as
it opens on a 1366x728 work area (1366x768 less the taskbar); a window wider or taller than that is reported.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def offscreen_screen(width: int, height: int, dpr: float, folder: Path) -> None:
    """Qt's offscreen platform with one screen of this logical size (its default is 800x800): windows that
    size themselves to the screen's free area see a laptop's."""
    config = folder / "offscreen-screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": round(width * dpr), "height": round(height * dpr),
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": dpr}  # fmt: skip
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--only", nargs="*", default=[], help="catalog names to render (default: all)")
    parser.add_argument("--screen", default="1366x728", help="the screen's free area, logical pixels")
    parser.add_argument("--dpr", type=float, default=1.0, help="device pixel ratio (1.25: 125 %% scaling)")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.screen.split("x"))
    shots_tmp = tempfile.TemporaryDirectory(prefix="onestop-shots-")
    offscreen_screen(width, height, args.dpr, Path(shots_tmp.name))

    from PySide6.QtWidgets import QApplication
    from tests.ui.window_catalog import CATALOG, FULL_SCREEN, TITLE_BAR, demo_tour, oversized, settle

    from onestop_desktop.ui.i18n import Translators, register_fonts
    from onestop_desktop.ui.style import apply_style

    app = QApplication.instance() or QApplication(["onestop-screenshots"])
    assert isinstance(app, QApplication)
    apply_style(app)
    register_fonts()
    translators = Translators("ko")
    args.outdir.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with shots_tmp as tmp, demo_tour(Path(tmp)) as tour:
        for name, (_cls, opener) in CATALOG.items():
            if args.only and name not in args.only:
                continue
            try:
                window = opener(tour)
                settle()
                if window is tour.window:
                    window.resize(width, height - TITLE_BAR)  # maximized, below its title bar
                settle()
                if name not in FULL_SCREEN and oversized(window, width, height):
                    problems.append(f"{name}: {oversized(window, width, height)}")
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
