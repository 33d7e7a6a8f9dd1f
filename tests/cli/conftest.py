"""Run `onestop-admin` in-process with a cheap KDF and capture what a person would see."""

from __future__ import annotations

import errno
import io
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from onestop_desktop.cli import main
from onestop_desktop.services.vault import Vault

from ..conftest import ADMIN_PASSPHRASE, CENTER, FAST_KDF

RECOVERY_KEY = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{1,4}){12}\b")
TEMP_PASSPHRASE = "Byeol-4-Nara-8"
OWN_PASSPHRASE = "Gaeul-7-Sanchaek-3"  # what a user chooses in place of the temporary one
ATOMIC = "onestop_desktop.storage.atomic_file"  # where files are written (temp file, fsync, replace)


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()

    def one_error_line(self) -> str:
        """The contract for every failure: a non-zero exit and exactly one line on stderr."""
        assert self.code != 0, self
        assert "Traceback" not in self.out + self.err, self
        assert len(self.err_lines) == 1, self
        return self.err_lines[0]


Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ONESTOP_PASSPHRASE", "ONESTOP_NEW_PASSPHRASE", "ONESTOP_LANG", "ONESTOP_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def _run(*argv: str, stdin: str = "") -> Result:
        capsys.readouterr()
        code = main(list(argv), stdin=io.StringIO(stdin), kdf=FAST_KDF)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@dataclass
class Installation:
    data_dir: Path
    recovery_key: str
    run: Run

    def admin(self, *argv: str, stdin: str | None = None, lang: str = "en") -> Result:
        """A command as the administrator (English messages, so tests can read them)."""
        given = f"{ADMIN_PASSPHRASE}\n" if stdin is None else stdin
        return self.run("--lang", lang, "--data-dir", str(self.data_dir), "--user", "admin", *argv, stdin=given)

    def as_user(self, user: str, passphrase: str, *argv: str, extra: str = "") -> Result:
        return self.run(
            "--lang", "en", "--data-dir", str(self.data_dir), "--user", user, *argv, stdin=f"{passphrase}\n{extra}"
        )

    def choose_own(self, user: str, temporary: str = TEMP_PASSPHRASE, own: str = OWN_PASSPHRASE) -> Result:
        """`passphrase` as `user`: the temporary passphrase replaced by their own (stdin: current, new, new)."""
        return self.as_user(user, temporary, "passphrase", extra=f"{own}\n{own}\n")

    def vault(self) -> Vault:
        return Vault(self.data_dir, kdf=FAST_KDF)

    def usernames(self) -> set[str]:
        session = self.vault().login("admin", ADMIN_PASSPHRASE)
        try:
            return {u.username for u in session.users.list() if u.active}
        finally:
            session.logout()


def init_args(data_dir: Path, *extra: str) -> list[str]:
    return [
        "--data-dir", str(data_dir), "init", "--center", CENTER, "--device", "desk1",
        "--admin", "admin", "--admin-name", "관리자", *extra,
    ]  # fmt: skip


@pytest.fixture
def installed(tmp_path: Path, run: Run) -> Installation:
    data_dir = tmp_path / "data"
    result = run(*init_args(data_dir), stdin=f"{ADMIN_PASSPHRASE}\n{ADMIN_PASSPHRASE}\n")
    assert result.code == 0, result
    match = RECOVERY_KEY.search(result.out)
    assert match, result.out
    return Installation(data_dir, match.group(0), run)


def flip_bytes(path: Path, offset: int, count: int = 16) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        data = handle.read(count)
        handle.seek(offset)
        handle.write(bytes(b ^ 0xFF for b in data))


def fill_disk_for(monkeypatch: pytest.MonkeyPatch, file_name: str) -> None:
    """Make the atomic writer hit ENOSPC while writing `file_name`, and only that file.

    The temp file is made as expected and then its fsync fails, as when the disk fills mid-write;
    every other write (the login's own bookkeeping) goes through.
    """
    real_mkstemp, real_fsync = tempfile.mkstemp, os.fsync
    doomed: set[int] = set()

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        fd, name = real_mkstemp(*args, **kwargs)
        if Path(name).name.startswith(f".{file_name}."):
            doomed.add(fd)
        return fd, name

    def fsync(fd: int) -> None:
        if fd in doomed:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(f"{ATOMIC}.tempfile.mkstemp", mkstemp)
    monkeypatch.setattr(f"{ATOMIC}.os.fsync", fsync)
