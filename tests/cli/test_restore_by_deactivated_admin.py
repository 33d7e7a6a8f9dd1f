"""A deactivated administrator cannot bring themselves back by restoring an old backup.

The attack (trust-boundaries finding 7): admin2 makes a backup while still an administrator; admin disables
admin2; admin2 restores the old backup with their passphrase as it was then and is active again. Now a
restore by passphrase needs an active administrator of the live installation (or the recovery key), and
wrong passphrases on `restore` are throttled and audited like logins.
"""

from __future__ import annotations

import csv
import io
import time
from datetime import date
from pathlib import Path

import pytest

from onestop_desktop.domain import lockout
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.services.vault import Vault

from ..conftest import ADMIN_PASSPHRASE, FAST_KDF
from .conftest import OWN_PASSPHRASE, TEMP_PASSPHRASE, Installation

U2 = OWN_PASSPHRASE


def _admin2_with_backup(installed: Installation, backup: Path) -> None:
    added = installed.admin(
        "users", "add", "admin2", "--name", "관리자2", "--role", "admin",
        stdin=f"{ADMIN_PASSPHRASE}\n{TEMP_PASSPHRASE}\n",
    )  # fmt: skip
    assert added.code == 0, added
    assert installed.choose_own("admin2").code == 0
    assert installed.as_user("admin2", U2, "backup", str(backup)).code == 0


def test_a_disabled_admin_cannot_restore_an_old_backup(installed: Installation, tmp_path: Path) -> None:
    old = tmp_path / "old.bak"
    _admin2_with_backup(installed, old)
    assert installed.admin("users", "disable", "admin2").code == 0

    restored = installed.as_user("admin2", U2, "restore", str(old))
    line = restored.one_error_line()  # one line, non-zero
    assert restored.code == 3 and "not an active administrator" in line

    assert installed.as_user("admin2", U2, "stats").code == 3  # still cannot log in
    assert "admin2" not in installed.usernames()
    assert installed.admin("check").code == 0


def test_a_demoted_admin_cannot_restore_either(installed: Installation, tmp_path: Path) -> None:
    old = tmp_path / "old.bak"
    _admin2_with_backup(installed, old)
    assert installed.admin("users", "set-role", "admin2", "counselor").code == 0
    restored = installed.as_user("admin2", U2, "restore", str(old))
    assert restored.code == 3 and "not an active administrator" in restored.one_error_line()
    assert installed.admin("check").code == 0


def test_an_active_admin_still_restores(installed: Installation, tmp_path: Path) -> None:
    old = tmp_path / "old.bak"
    _admin2_with_backup(installed, old)
    assert installed.as_user("admin2", U2, "restore", str(old)).code == 0
    assert installed.admin("check").code == 0


def test_wrong_passphrases_on_restore_are_throttled_and_audited(installed: Installation, tmp_path: Path) -> None:
    old = tmp_path / "old.bak"
    assert installed.admin("backup", str(old)).code == 0
    clock = FakeClock()
    vault = Vault(installed.data_dir, kdf=FAST_KDF, clock=clock)
    codes = []
    for n in range(lockout.MAX_FAILED_LOGINS):
        with pytest.raises(OneStopError) as refused:
            vault.restore(old, "admin", f"Wrong-Guess-{n}")
        codes.append(refused.value.code)
        if n == 0:  # straight away again: too soon
            with pytest.raises(OneStopError) as early:
                vault.restore(old, "admin", ADMIN_PASSPHRASE)
            assert early.value.code is ErrorCode.TOO_SOON
        clock.now += lockout.MAX_DELAY_SECONDS + 1
    assert codes == [ErrorCode.WRONG_PASSPHRASE] * 4 + [ErrorCode.ACCOUNT_LOCKED]
    with pytest.raises(OneStopError) as locked:  # the right passphrase, while locked
        vault.restore(old, "admin", ADMIN_PASSPHRASE)
    assert locked.value.code is ErrorCode.ACCOUNT_LOCKED

    clock.now += lockout.LOCKOUT_SECONDS + 1
    session = vault.login("admin", ADMIN_PASSPHRASE)
    try:
        exported = list(csv.DictReader(io.StringIO(session.audit.export_csv(date(2000, 1, 1)))))
    finally:
        session.logout()
    failed = [r["detail"] for r in exported if r["action"] == "login_failed" and r["account"] == "admin"]
    assert failed == [f"restore attempt {n}" for n in range(1, 5)] + ["restore attempt 5"]
    assert any(r["action"] == "lockout" and r["account"] == "admin" for r in exported)


class FakeClock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now
