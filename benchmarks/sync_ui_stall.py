"""GUI-thread stall while a large sync is applied: the window's event loop must keep turning.

Run:  QT_QPA_PLATFORM=offscreen python benchmarks/sync_ui_stall.py [--clients 5200] [--sessions 4]
A laptop writes `clients` demo cases (one bundle) into the sync folder; the workstation's main window then runs
its 동기화 action (applied on the background worker) while a 10 ms QTimer on the GUI thread records the longest
gap between its ticks. Prints the changes applied, the time taken and that longest gap.

Measured (2026-11-26), one bundle per run: 800 cases → 15,459 changes in 22.8 s, longest gap 1,022 ms; 5,200
cases → 101,632 changes in 165 s, longest gap 14.2 s (one json.loads / decrypt over the whole bundle held the GIL).
With bundles of at most 1,500 field writes: 800 cases → 19,594 changes in 12.4 s, longest gap 61 ms; 5,200 cases
→ 107,662 changes in 67-70 s, longest gap ~600 ms, then 126 ms (65.8 s) once the 내 할 일 table stopped measuring
every row to size its columns (see ARCHITECTURE.md). With one change-log row per change and bundles of at most
1,000 changes (migration 0100): 5,200 cases → 107,662 changes in 11.1 s, longest gap 112 ms.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from tests.ui.helpers import ADMIN, ADMIN_PASS
from tests.ui.sync_center import make_sync_center

from onestop_desktop.ui.main_window import MainWindow


def _pump(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=5200)
    parser.add_argument("--sessions", type=int, default=4)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        center = make_sync_center(Path(tmp))
        start = time.perf_counter()
        center.laptop.demo.seed(args.clients, args.sessions)
        center.laptop.sync.run()
        center.laptop.logout()
        print(f"laptop: {args.clients} cases written and bundled in {time.perf_counter() - start:.1f} s")
        window = MainWindow(center.desk_vault)
        window.resize(1366, 768)
        window.show()
        _pump(200)
        window.gate.username.setText(ADMIN)
        window.gate.passphrase.setText(ADMIN_PASS)
        window.gate.submit.click()
        _pump(500)
        ticks: list[int] = []
        clock = QElapsedTimer()
        clock.start()
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
        timer.start()
        start = time.perf_counter()
        window.menu_actions.sync.trigger()
        while window.sync.running:
            _pump(50)
        elapsed = time.perf_counter() - start
        timer.stop()
        report = window.sync.last_report
        worst = max((b - a for a, b in itertools.pairwise(ticks)), default=0)
        changes = report.changes if report else 0
        print(
            f"desk: {changes} changes applied in {elapsed:.1f} s; GUI thread longest gap {worst} ms "
            f"over {len(ticks)} ticks"
        )
        window.end_all_sessions()
        window.runner.shutdown()
    app.quit()


if __name__ == "__main__":
    main()
