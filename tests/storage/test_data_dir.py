"""Where the data folder is: --data-dir, then ONESTOP_DATA_DIR, then portable mode, then the per-user folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from onestop_desktop.storage.data_dir import (
    ENV_VAR,
    default_data_dir,
    executable_dir,
    is_portable,
    resolve_data_dir,
)


def test_from_python_there_is_no_executable_folder_and_no_portable_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert executable_dir() is None
    assert not is_portable()
    assert resolve_data_dir() == default_data_dir()


def test_a_portable_marker_beside_the_executable_puts_the_data_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    exe_dir = tmp_path / "onestop"
    exe_dir.mkdir()
    assert not is_portable(exe_dir)
    assert resolve_data_dir(exe_dir=exe_dir) == default_data_dir()
    (exe_dir / "portable").touch()
    assert is_portable(exe_dir)
    assert resolve_data_dir(exe_dir=exe_dir) == exe_dir / "data"
    # the explicit choices still win
    assert resolve_data_dir(tmp_path / "cli", exe_dir=exe_dir) == (tmp_path / "cli").resolve()
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env"))
    assert resolve_data_dir(exe_dir=exe_dir) == (tmp_path / "env").resolve()


def test_a_folder_named_portable_is_not_the_marker(tmp_path: Path) -> None:
    (tmp_path / "portable").mkdir()
    assert not is_portable(tmp_path)


def test_a_frozen_program_finds_the_marker_beside_its_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    exe = tmp_path / "onestop"
    exe.touch()
    (tmp_path / "portable").touch()
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", str(exe))
    assert executable_dir() == tmp_path.resolve()
    assert is_portable()
    assert resolve_data_dir() == tmp_path.resolve() / "data"
