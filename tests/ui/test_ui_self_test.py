"""`onestop --self-test`: the same checks the bundle runs after every build, here from the source tree."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from onestop_desktop import self_test
from onestop_desktop.app import main
from onestop_desktop.ui.i18n import Translators
from onestop_desktop.ui.main_window import MainWindow

from .helpers import WindowFactory


def test_self_test_passes_and_writes_its_report(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "self-test.txt"
    before = os.umask(0o022)
    try:
        assert main(["--self-test", "--self-test-report", str(report)]) == 0
    finally:
        os.umask(before)
        Translators("en")
    lines = report.read_text("utf-8").splitlines()
    assert lines == capsys.readouterr().out.splitlines()
    steps = [name for name, _ in self_test.STEPS] + ["cleanup"]
    assert [line.split(":")[1].strip() for line in lines[:-1]] == steps
    assert all(line.startswith("ok: ") for line in lines[:-1]), lines
    assert lines[-1] == "self-test passed"
    assert not list(tmp_path.glob("onestop-self-test-*"))


def test_a_failing_step_fails_the_self_test(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(ctx: self_test.Context) -> str:
        raise RuntimeError("the disk is on fire")

    monkeypatch.setattr(self_test, "STEPS", (("database", broken), *self_test.STEPS[2:4]))
    assert self_test.run() == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "FAILED: database: RuntimeError: the disk is on fire"
    assert out[1].startswith("FAILED: migrations: RuntimeError: not run")
    assert out[-1] == "self-test FAILED: 3 step(s)"


def test_self_test_is_recognised_only_by_its_own_flags() -> None:
    assert self_test.wanted(["--self-test"])
    assert self_test.wanted(["--self-test-report", "x.txt"])
    assert self_test.wanted(["--self-test-report=x.txt"])
    assert not self_test.wanted(["--data-dir", "--self-test-ish"])


def test_portable_mode_says_so_in_the_title(
    make_window: WindowFactory, ready_vault: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "portable", True)
    window = make_window(ready_vault)  # type: ignore[arg-type]
    assert window.windowTitle() == "OneStop (portable mode)"
