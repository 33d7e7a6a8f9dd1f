"""`backup FILE` and `restore FILE [--recovery-key]`: atomic, verified, and never a half-restore."""

from __future__ import annotations

import errno
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from ..conftest import ADMIN_PASSPHRASE
from .conftest import ATOMIC, TEMP_PASSPHRASE, Installation, Run, fill_disk_for, flip_bytes


def _backup(installed: Installation, target: Path) -> None:
    result = installed.admin("backup", str(target))
    assert result.code == 0, result
    assert str(target) in result.out


def _add_kim(installed: Installation) -> None:
    stdin = f"{ADMIN_PASSPHRASE}\n{TEMP_PASSPHRASE}\n"
    assert installed.admin("users", "add", "kim", "--name", "김상담", "--role", "staff", stdin=stdin).code == 0


def test_backup_is_encrypted_and_round_trips(installed: Installation, tmp_path: Path) -> None:
    target = tmp_path / "b.bak"
    _backup(installed, target)
    assert target.stat().st_size >= 8192
    assert b"SQLite format 3" not in target.read_bytes()[:64]
    _add_kim(installed)
    assert installed.usernames() == {"admin", "kim"}

    restored = installed.admin("restore", str(target))
    assert restored.code == 0, restored
    assert "Restored" in restored.out and "previous database was kept" in restored.out
    assert installed.usernames() == {"admin"}
    assert installed.admin("check").code == 0


def test_restore_with_the_recovery_key(installed: Installation, tmp_path: Path) -> None:
    target = tmp_path / "b.bak"
    _backup(installed, target)
    _add_kim(installed)
    result = installed.admin("restore", str(target), "--recovery-key", stdin=installed.recovery_key.lower() + "\n")
    assert result.code == 0, result
    assert installed.usernames() == {"admin"}


def test_wrong_secrets_restore_nothing(installed: Installation, tmp_path: Path) -> None:
    target = tmp_path / "b.bak"
    _backup(installed, target)
    _add_kim(installed)
    wrong = installed.admin("restore", str(target), stdin="Wrong-Passphrase-1\n")
    assert wrong.code == 3 and "wrong" in wrong.one_error_line()
    bad_key = installed.admin("restore", str(target), "--recovery-key", stdin="AAAA-BBBB\n")
    assert bad_key.code == 3 and "recovery key" in bad_key.one_error_line()
    time.sleep(1.1)  # the wrong passphrase on restore is throttled like a login: 1 s before the next attempt
    assert installed.usernames() == {"admin", "kim"}


def test_a_corrupted_backup_is_refused_and_the_live_data_stays(installed: Installation, tmp_path: Path) -> None:
    target = tmp_path / "b.bak"
    _backup(installed, target)
    _add_kim(installed)
    flip_bytes(target, target.stat().st_size // 2, 1)
    result = installed.admin("restore", str(target))
    assert result.code == 4
    assert "damaged" in result.one_error_line()
    assert installed.usernames() == {"admin", "kim"}
    assert installed.admin("check").code == 0
    assert not [p for p in installed.data_dir.iterdir() if p.name.startswith(".restore")]


def test_restore_needs_no_login_to_a_damaged_live_database(installed: Installation, tmp_path: Path) -> None:
    target = tmp_path / "b.bak"
    _backup(installed, target)
    flip_bytes(installed.data_dir / "onestop.db", 4096 + 100)
    assert installed.admin("check").code == 4
    assert installed.admin("restore", str(target)).code == 0
    assert installed.admin("check").code == 0


def test_restore_onto_a_new_machine(installed: Installation, tmp_path: Path, run: Run) -> None:
    target = tmp_path / "b.bak"
    _backup(installed, target)
    fresh = tmp_path / "new-machine"
    args = ["--lang", "en", "--data-dir", str(fresh), "--user", "admin"]
    assert run(*args, "restore", str(target), stdin=f"{ADMIN_PASSPHRASE}\n").code == 0
    assert run(*args, "check", stdin=f"{ADMIN_PASSPHRASE}\n").code == 0


def test_only_an_administrator_in_the_backup_may_restore_it(installed: Installation, tmp_path: Path) -> None:
    _add_kim(installed)
    target = tmp_path / "b.bak"
    _backup(installed, target)
    result = installed.as_user("kim", TEMP_PASSPHRASE, "restore", str(target))
    assert result.code == 3
    assert "administrator" in result.one_error_line()


def test_restore_of_a_missing_or_foreign_file(installed: Installation, tmp_path: Path) -> None:
    missing = installed.admin("restore", str(tmp_path / "nothing.bak"))
    assert missing.code == 4 and "does not exist" in missing.one_error_line()
    foreign = tmp_path / "photo.jpg"
    foreign.write_bytes(b"\xff\xd8\xff" + os.urandom(20000))
    result = installed.admin("restore", str(foreign))
    assert result.code == 4 and "not a OneStop backup" in result.one_error_line()


def test_backup_into_an_unwritable_place(installed: Installation, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = installed.admin("backup", str(blocker / "b.bak"))
    assert result.code == 4
    result.one_error_line()


def test_backup_on_a_full_disk_leaves_no_file(
    installed: Installation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    fill_disk_for(monkeypatch, "b.bak")
    result = installed.admin("backup", str(out / "b.bak"))
    monkeypatch.undo()
    assert result.code == 4
    line = result.one_error_line()
    assert "disk is full" in line and str(out / "b.bak") in line
    assert list(out.iterdir()) == []
    assert not [p for p in installed.data_dir.iterdir() if p.name.startswith(".backup")]
    assert installed.admin("check").code == 0


def test_backup_when_permission_is_denied(
    installed: Installation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests run as root, where chmod does not stop writes; the refusal is simulated where it happens."""

    real_mkstemp = tempfile.mkstemp

    def denied(*args: Any, **kwargs: Any) -> tuple[int, str]:
        if str(kwargs.get("prefix", "")).startswith(".b.bak."):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        fd, name = real_mkstemp(*args, **kwargs)
        return fd, name

    monkeypatch.setattr(f"{ATOMIC}.tempfile.mkstemp", denied)
    result = installed.admin("backup", str(tmp_path / "b.bak"))
    monkeypatch.undo()
    assert result.code == 4
    line = result.one_error_line()
    assert "permission denied" in line and str(tmp_path) in line
