"""`check` and `audit verify|export`, and every way logging in or the database can fail."""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from onestop_desktop.services.maintenance import Maintenance
from onestop_desktop.storage.db import connect

from ..conftest import ADMIN_PASSPHRASE
from .conftest import Installation, Run, fill_disk_for, flip_bytes

PAGE = 4096


def _tamper_audit(installed: Installation) -> None:
    key = installed.vault().unwrap_with_recovery_key(installed.recovery_key)
    conn = connect(installed.data_dir / "onestop.db", key)
    try:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET detail = 'edited' WHERE seq = 1")
    finally:
        conn.close()


def _copy(installed: Installation, tmp_path: Path, name: str = "copy") -> Installation:
    target = tmp_path / name
    shutil.copytree(installed.data_dir, target)
    return Installation(target, installed.recovery_key, installed.run)


def test_check_and_verify_pass_on_a_fresh_database(installed: Installation) -> None:
    check = installed.admin("check")
    assert (check.code, check.err) == (0, "")
    assert check.out.startswith("OK")
    verify = installed.admin("audit", "verify")
    assert verify.code == 0 and "intact" in verify.out


def test_an_edited_audit_row_is_reported(installed: Installation) -> None:
    _tamper_audit(installed)
    check = installed.admin("check")
    assert check.code == 1
    assert any(line.startswith("problem: audit:") and "altered" in line for line in check.out.splitlines())
    verify = installed.admin("audit", "verify")
    assert verify.code == 1 and "altered" in verify.out
    assert "Traceback" not in check.err + verify.err


def test_wrong_passphrase(installed: Installation) -> None:
    result = installed.admin("check", stdin="Wrong-Passphrase-1\n")
    assert result.code == 3
    assert "wrong" in result.one_error_line()


def test_the_cli_waits_out_the_short_delay_after_a_failure(installed: Installation) -> None:
    assert installed.admin("check", stdin="Wrong-Passphrase-1\n").code == 3
    assert installed.admin("check").code == 0  # 1 s later, not "please wait"


def test_unknown_user(installed: Installation) -> None:
    result = installed.as_user("nobody", ADMIN_PASSPHRASE, "check")
    assert result.code == 3
    assert "nobody" in result.one_error_line()


def test_missing_user_option(installed: Installation, run: Run) -> None:
    result = run("--data-dir", str(installed.data_dir), "check", stdin=f"{ADMIN_PASSPHRASE}\n")
    assert result.code == 2
    assert "--user" in result.one_error_line()


def test_empty_folder(tmp_path: Path, run: Run) -> None:
    result = run("--lang", "en", "--data-dir", str(tmp_path / "none"), "--user", "admin", "check", stdin="x\n")
    assert result.code == 4
    assert "No OneStop data" in result.one_error_line()


def test_data_dir_from_the_environment(installed: Installation, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONESTOP_DATA_DIR", str(installed.data_dir))
    assert run("--user", "admin", "check", stdin=f"{ADMIN_PASSPHRASE}\n").code == 0


def test_missing_database(installed: Installation) -> None:
    (installed.data_dir / "onestop.db").unlink()
    result = installed.admin("check")
    assert result.code == 4
    assert "missing" in result.one_error_line()


def test_damaged_key_file(installed: Installation) -> None:
    (installed.data_dir / "keys.json").write_text("{not json")
    result = installed.admin("check")
    assert result.code == 4
    assert "key file" in result.one_error_line()


def test_corrupt_page_2_of_a_copy(installed: Installation, tmp_path: Path) -> None:
    bad = _copy(installed, tmp_path)
    flip_bytes(bad.data_dir / "onestop.db", PAGE * 1 + 100)
    result = bad.admin("check")
    assert result.code == 4
    assert "damaged" in result.one_error_line()
    assert installed.admin("check").code == 0  # the original is untouched


def test_every_damaged_page_is_a_clear_failure_never_a_traceback(installed: Installation, tmp_path: Path) -> None:
    """Pages deeper in the file fail later (during login's audit write, or in the check itself)."""
    pages = (installed.data_dir / "onestop.db").stat().st_size // PAGE
    for page in range(pages):
        bad = _copy(installed, tmp_path, f"page{page}")
        flip_bytes(bad.data_dir / "onestop.db", PAGE * page + 100)
        result = bad.admin("check")
        assert result.code in (1, 4), (page, result)
        assert "Traceback" not in result.out + result.err
        assert result.err_lines, (page, result)
        if result.code == 1:
            assert all(line.startswith("problem: ") for line in result.out.splitlines())
        else:
            assert len(result.err_lines) == 1 and "damaged" in result.err, (page, result)
        shutil.rmtree(bad.data_dir)


def test_foreign_database(installed: Installation, tmp_path: Path, run: Run) -> None:
    other = tmp_path / "other"
    assert run(
        "--data-dir", str(other), "init", "--center", "다른센터", "--device", "pc2",
        "--admin", "admin", "--admin-name", "관리자", stdin=f"{ADMIN_PASSPHRASE}\n",
    ).code == 0  # fmt: skip
    shutil.copy(other / "onestop.db", installed.data_dir / "onestop.db")
    result = installed.admin("check")
    assert result.code == 4
    result.one_error_line()


def test_plain_sqlite_file_in_place_of_the_database(installed: Installation) -> None:
    database = installed.data_dir / "onestop.db"
    database.unlink()
    plain = sqlite3.connect(database)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    result = installed.admin("check")
    assert result.code == 4
    assert "does not belong" in result.one_error_line()


def test_schema_too_new_is_refused_and_left_untouched(installed: Installation) -> None:
    key = installed.vault().unwrap_with_recovery_key(installed.recovery_key)
    conn = connect(installed.data_dir / "onestop.db", key)
    conn.execute("PRAGMA user_version = 9999")
    conn.close()
    before = (installed.data_dir / "onestop.db").read_bytes()
    result = installed.admin("check")
    assert result.code == 4
    assert "newer version" in result.one_error_line()
    assert (installed.data_dir / "onestop.db").read_bytes() == before


def test_an_unexpected_exception_names_only_its_type(installed: Installation, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(self: Maintenance) -> list[str]:
        raise RuntimeError("김피해 010-1234-5678")

    monkeypatch.setattr(Maintenance, "check", explode)
    result = installed.admin("check")
    assert result.code == 70
    line = result.one_error_line()
    assert "RuntimeError" in line and "김피해" not in line and "010" not in line


def test_audit_export_to_stdout(installed: Installation) -> None:
    result = installed.admin("audit", "export", "--since", "2000-01-01")
    assert result.code == 0, result
    rows = list(csv.reader(io.StringIO(result.out)))
    assert rows[0][:5] == ["seq", "at_utc", "device", "account", "action"]
    assert {"setup", "login", "access_change"} <= {row[4] for row in rows[1:]}


def test_audit_export_to_a_file(installed: Installation, tmp_path: Path) -> None:
    target = tmp_path / "access-log.csv"
    result = installed.admin("audit", "export", "--since", "2000-01-01", "--out", str(target))
    assert result.code == 0, result
    data = target.read_bytes()
    assert data.startswith("\ufeffseq,".encode())
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)
    export_rows = installed.admin("audit", "export", "--since", "2000-01-01").out
    assert "export" in export_rows  # the export itself is in the trail


@pytest.mark.parametrize("value", ["2024-13-01", "yesterday", "20240101", "2024-1-1"])
def test_a_malformed_date_is_one_clear_error(installed: Installation, value: str) -> None:
    result = installed.admin("audit", "export", "--since", value)
    assert result.code == 2
    assert "YYYY-MM-DD" in result.one_error_line()


def test_export_into_an_unwritable_place(installed: Installation, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = installed.admin("audit", "export", "--since", "2000-01-01", "--out", str(blocker / "log.csv"))
    assert result.code == 4
    result.one_error_line()


def test_export_on_a_full_disk(installed: Installation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_disk_for(monkeypatch, "log.csv")
    target = tmp_path / "log.csv"
    result = installed.admin("audit", "export", "--since", "2000-01-01", "--out", str(target))
    assert result.code == 4
    line = result.one_error_line()
    assert "disk is full" in line and str(target) in line
    assert list(tmp_path.iterdir()) == [installed.data_dir]
