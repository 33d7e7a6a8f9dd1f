"""`onestop-admin init`: first-run setup from a terminal, and how it refuses."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from onestop_desktop.cli import main
from onestop_desktop.cli.commands import derive_device_code
from onestop_desktop.services.vault import Vault

from ..conftest import ADMIN_PASSPHRASE, FAST_KDF
from .conftest import RECOVERY_KEY, Installation, Run, init_args


def test_init_sets_up_an_encrypted_store_and_prints_the_recovery_key_once(installed: Installation) -> None:
    database = installed.data_dir / "onestop.db"
    assert database.stat().st_size >= 8192
    assert not database.read_bytes().startswith(b"SQLite format 3")
    key = Vault(installed.data_dir, kdf=FAST_KDF).unwrap_with_recovery_key(installed.recovery_key)
    assert len(key) == 32
    assert installed.admin("check").code == 0


def test_init_labels_the_recovery_key_in_korean_by_default(tmp_path: Path, run: Run) -> None:
    result = run(*init_args(tmp_path / "d"), stdin=f"{ADMIN_PASSPHRASE}\n")
    assert result.code == 0, result
    assert "복구 키" in result.out and "오프라인" in result.out
    assert len(RECOVERY_KEY.findall(result.out)) == 1
    assert ADMIN_PASSPHRASE not in result.out + result.err


def test_init_reads_the_passphrase_from_the_environment(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ONESTOP_PASSPHRASE", ADMIN_PASSPHRASE)
    assert run(*init_args(tmp_path / "d")).code == 0
    Vault(tmp_path / "d").login("admin", ADMIN_PASSPHRASE).logout()


def test_a_second_line_that_differs_is_refused(tmp_path: Path, run: Run) -> None:
    result = run("--lang", "en", *init_args(tmp_path / "d"), stdin=f"{ADMIN_PASSPHRASE}\nHaneul-9-Baram-8\n")
    assert result.code == 2
    assert "not the same" in result.one_error_line()
    assert not (tmp_path / "d" / "keys.json").exists()


def test_a_weak_passphrase_is_refused_with_the_reason(tmp_path: Path, run: Run) -> None:
    result = run("--lang", "en", *init_args(tmp_path / "d"), stdin="password1\n")
    assert result.code == 2
    assert "too weak" in result.one_error_line()


def test_no_passphrase_on_stdin_is_a_usage_error(tmp_path: Path, run: Run) -> None:
    result = run("--lang", "en", *init_args(tmp_path / "d"), stdin="")
    assert result.code == 2
    assert "ONESTOP_PASSPHRASE" in result.one_error_line()


def test_a_passphrase_is_never_taken_from_the_command_line(tmp_path: Path, run: Run) -> None:
    result = run(*init_args(tmp_path / "d", "--passphrase", ADMIN_PASSPHRASE), stdin=f"{ADMIN_PASSPHRASE}\n")
    assert result.code == 2
    result.one_error_line()
    assert not (tmp_path / "d").exists()


def test_init_twice_is_refused(installed: Installation, run: Run) -> None:
    result = run("--lang", "en", *init_args(installed.data_dir), stdin=f"{ADMIN_PASSPHRASE}\n")
    assert result.code == 4
    assert "already holds" in result.one_error_line()


def test_init_in_an_unwritable_place_is_one_line(tmp_path: Path, run: Run) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run(*init_args(blocker / "data"), stdin=f"{ADMIN_PASSPHRASE}\n")
    assert result.code == 4
    result.one_error_line()


def test_explicit_device_code(tmp_path: Path, run: Run) -> None:
    result = run("--lang", "en", *init_args(tmp_path / "d", "--device-code", "pc7"), stdin=f"{ADMIN_PASSPHRASE}\n")
    assert result.code == 0 and "(PC7)" in result.out
    bad = run("--lang", "en", *init_args(tmp_path / "e", "--device-code", "X"), stdin=f"{ADMIN_PASSPHRASE}\n")
    assert bad.code == 2 and "device code" in bad.one_error_line()


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("desk1", "DESK1"),
        ("상담실 PC 1", "PC1"),
        ("상담실", "D1"),
        ("Counseling room 12", "COUNSELI"),
        ("ＰＣ２", "PC2"),
    ],
)
def test_device_code_from_the_device_name(name: str, code: str) -> None:
    assert derive_device_code(name) == code


def test_undecodable_input_is_a_usage_error(tmp_path: Path) -> None:
    cp949 = io.TextIOWrapper(io.BytesIO("한글암호-1234\n".encode("cp949")), encoding="utf-8")
    assert main(init_args(tmp_path / "d"), stdin=cp949, kdf=FAST_KDF) == 2
    assert not (tmp_path / "d").exists()
