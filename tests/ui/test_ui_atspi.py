"""What Orca reads on Linux: the case list through AT-SPI, row by row with its column names.

The app (tests/ui/atspi_app.py) runs in this venv under Xvfb with Qt's AT-SPI bridge on; the reader
(tests/ui/atspi_reader.py) runs under the system python3 with pyatspi on the same D-Bus session, as Orca would.
Skipped when Xvfb, dbus-launch, the AT-SPI bus launcher or python3-pyatspi is missing (apt: at-spi2-core
python3-pyatspi dbus-x11 xvfb; .ci/run installs them)."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")


def _missing() -> str | None:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is Linux only"
    for tool in ("Xvfb", "dbus-launch"):
        if shutil.which(tool) is None:
            return f"{tool} not installed"
    if not any(Path(p).exists() for p in BUS_LAUNCHERS):
        return "at-spi2-core not installed"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode != 0:
        return "python3-pyatspi not installed"
    return None


def _stop(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private X display and D-Bus session with the AT-SPI bus on it: the environment Orca works in."""
    reason = _missing()
    if reason:
        pytest.skip(reason)
    display = f":{90 + os.getpid() % 400}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    started = subprocess.run(["dbus-launch", "--sh-syntax"], capture_output=True, text=True, check=True).stdout
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    env.pop("QT_ACCESSIBILITY", None)
    for key in ("DBUS_SESSION_BUS_ADDRESS", "DBUS_SESSION_BUS_PID"):
        match = re.search(rf"{key}='?([^';\n]+)'?;", started)
        assert match, started
        env[key] = match.group(1)
    launcher = next(p for p in BUS_LAUNCHERS if Path(p).exists())
    bus = subprocess.Popen([launcher, "--launch-immediately"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    time.sleep(1.0)
    try:
        yield env
    finally:
        _stop(bus)
        os.kill(int(env["DBUS_SESSION_BUS_PID"]), signal.SIGTERM)
        _stop(xvfb)


def test_orca_reads_the_case_list_row_by_row_with_column_names(desktop: dict[str, str], tmp_path: Path) -> None:
    app = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "ui" / "atspi_app.py"), str(tmp_path / "data")],
        env=dict(desktop, PYTHONPATH=str(ROOT)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None
        assert app.stdout.readline().strip() == "ready", app.stderr.read() if app.stderr else ""
        reader = subprocess.run(
            [SYSTEM_PYTHON, str(ROOT / "tests" / "ui" / "atspi_reader.py"), "사례"],
            env=desktop,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert reader.returncode == 0, reader.stdout + reader.stderr
        tree = json.loads(reader.stdout)
    finally:
        _stop(app)
    assert tree["columns"] == [
        "사례번호",
        "이름",
        "상태",
        "피해 유형",
        "위기도",
        "담당 상담원",
        "접수일",
        "최근 활동",
        "할 일",
    ]
    rows = [dict(zip(tree["columns"], row, strict=True)) for row in tree["rows"]]
    assert len(rows) == 4
    by_name = {row["이름"]: row for row in rows}
    assert by_name["김철수"]["위기도"] == "위험 매우 높음"
    assert by_name["김영희"]["할 일"] == "1 (지남 1)"
    assert all(re.fullmatch(r"[A-Z0-9]+-\d{4}-\d+", row["사례번호"]) for row in rows), rows
