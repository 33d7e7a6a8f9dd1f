"""Encrypted backups: atomic, verified before restore, opened by a passphrase or the recovery key."""

from __future__ import annotations

import errno
import shutil
import time
from pathlib import Path

import pytest

from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage import atomic_file

from ..conftest import ADMIN_PASSPHRASE, CENTER, FAST_KDF


@pytest.fixture
def setup(vault: Vault, tmp_path: Path) -> tuple[Vault, str, Path]:
    result = vault.initialize(CENTER, "데스크", "D1", "admin", "관리자", ADMIN_PASSPHRASE)
    session = result.session
    session.users.add("kim", "김상담", Role.COUNSELOR, "Temp-Pass-1234")
    backup = tmp_path / "center.bak"
    session.backups.create(backup)
    session.users.add("lee", "이상담", Role.STAFF, "Temp-Pass-5678")  # after the backup
    session.logout()
    return vault, result.recovery_key, backup


def _usernames(vault: Vault) -> list[str]:
    session = vault.login("admin", ADMIN_PASSPHRASE)
    names = [u.username for u in session.users.list()]
    session.logout()
    return names


def test_backup_file_is_encrypted(setup: tuple[Vault, str, Path]) -> None:
    _, _, backup = setup
    data = backup.read_bytes()
    assert b"SQLite format 3" not in data
    assert "김상담".encode() not in data and CENTER.encode() not in data


def test_round_trip_restores_the_state_at_backup_time(setup: tuple[Vault, str, Path]) -> None:
    vault, _, backup = setup
    assert _usernames(vault) == ["admin", "kim", "lee"]
    result = vault.restore(backup, "admin", ADMIN_PASSPHRASE)
    assert _usernames(vault) == ["admin", "kim"]
    assert result.previous_kept_at is not None and result.previous_kept_at.exists()
    session = vault.login("admin", ADMIN_PASSPHRASE)
    assert session.maintenance.check() == []
    assert any(str(e.action) == "restore" for e in session.audit.recent(10))
    session.logout()


def test_restore_with_the_recovery_key_into_an_empty_folder(setup: tuple[Vault, str, Path], tmp_path: Path) -> None:
    _, recovery_key, backup = setup
    fresh = Vault(tmp_path / "replacement-pc", kdf=FAST_KDF)
    with pytest.raises(OneStopError) as wrong:
        fresh.restore(backup, "admin", recovery_key="0000-" * 12 + "0000")
    assert wrong.value.code is ErrorCode.WRONG_RECOVERY_KEY
    fresh.restore(backup, "admin", recovery_key=recovery_key)
    assert _usernames(fresh) == ["admin", "kim"]


def test_only_an_administrator_of_the_backup_may_restore(setup: tuple[Vault, str, Path]) -> None:
    vault, _, backup = setup
    with pytest.raises(OneStopError) as caught:
        vault.restore(backup, "kim", "Temp-Pass-1234")
    assert caught.value.code is ErrorCode.RESTORE_NOT_LIVE_ADMIN  # refused by the live database, before the backup
    with pytest.raises(OneStopError) as wrong:
        vault.restore(backup, "admin", "Wrong-Pass-0000")
    assert wrong.value.code is ErrorCode.WRONG_PASSPHRASE
    time.sleep(1.1)  # a wrong passphrase on restore is throttled like a login: 1 s before the next attempt
    assert _usernames(vault) == ["admin", "kim", "lee"]


@pytest.mark.parametrize("where", [0.001, 0.3, 0.5, 0.9, 0.9999])
def test_a_flipped_byte_anywhere_is_refused_and_changes_nothing(
    setup: tuple[Vault, str, Path], tmp_path: Path, where: float
) -> None:
    vault, _, backup = setup
    damaged = tmp_path / "damaged.bak"
    data = bytearray(backup.read_bytes())
    data[int(len(data) * where)] ^= 0x01
    damaged.write_bytes(bytes(data))
    before = (vault.data_dir.database).read_bytes()
    with pytest.raises(OneStopError) as caught:
        vault.restore(damaged, "admin", ADMIN_PASSPHRASE)
    assert caught.value.code in {ErrorCode.BACKUP_CORRUPT, ErrorCode.WRONG_PASSPHRASE, ErrorCode.UNKNOWN_USER}
    assert vault.data_dir.database.read_bytes() == before
    assert sorted(p.name for p in vault.data_dir.root.glob(".restore-*")) == []
    assert _usernames(vault) == ["admin", "kim", "lee"]


def test_a_truncated_backup_is_refused(setup: tuple[Vault, str, Path], tmp_path: Path) -> None:
    vault, _, backup = setup
    short = tmp_path / "short.bak"
    short.write_bytes(backup.read_bytes()[:-100])
    with pytest.raises(OneStopError) as caught:
        vault.restore(short, "admin", ADMIN_PASSPHRASE)
    assert caught.value.code is ErrorCode.BACKUP_CORRUPT


def test_a_full_disk_leaves_no_half_written_backup(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = vault.initialize(CENTER, "데스크", "D1", "admin", "관리자", ADMIN_PASSPHRASE).session
    target = tmp_path / "full.bak"
    target.write_bytes(b"the previous backup")
    real_fsync = atomic_file.os.fsync

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "fsync", no_space)
    with pytest.raises(OneStopError) as caught:
        session.backups.create(target, overwrite=True)  # replacing the previous one, confirmed
    monkeypatch.setattr(atomic_file.os, "fsync", real_fsync)
    assert caught.value.code is ErrorCode.DISK_FULL
    assert target.read_bytes() == b"the previous backup"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".full.bak")] == []
    session.logout()


def test_a_backup_from_a_copied_folder_restores_anywhere(setup: tuple[Vault, str, Path], tmp_path: Path) -> None:
    vault, _, backup = setup
    copy = tmp_path / "copy"
    shutil.copytree(vault.data_dir.root, copy)
    other = Vault(copy, kdf=FAST_KDF)
    other.restore(backup, "admin", ADMIN_PASSPHRASE)
    assert _usernames(other) == ["admin", "kim"]
