"""The installed `onestop-admin` command in a real process, with the real Argon2id cost (~0.4 s a call)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from onestop_desktop import __version__

from ..conftest import ADMIN_PASSPHRASE, CENTER

_SCRIPT = Path(sys.executable).with_name("onestop-admin")
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "onestop_desktop.cli"]


def admin(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ONESTOP_")}
    return subprocess.run(
        [*COMMAND, *argv], input=stdin, capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_version_through_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "onestop_desktop.cli", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"onestop-admin {__version__}"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("entry") / "data"
    init = admin(
        "--data-dir", str(folder), "init", "--center", CENTER, "--device", "desk1",
        "--admin", "admin", "--admin-name", "관리자", stdin=f"{ADMIN_PASSPHRASE}\n{ADMIN_PASSPHRASE}\n",
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    assert "복구 키" in init.stdout
    return folder


def test_check_with_the_passphrase_on_stdin(data_dir: Path) -> None:
    result = admin("--data-dir", str(data_dir), "--user", "admin", "check", stdin=f"{ADMIN_PASSPHRASE}\n")
    assert (result.returncode, result.stderr) == (0, ""), result.stderr


def test_a_wrong_passphrase_is_one_line_and_exit_3(data_dir: Path) -> None:
    result = admin("--data-dir", str(data_dir), "--user", "admin", "check", stdin="Wrong-Passphrase-1\n")
    assert result.returncode == 3
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
