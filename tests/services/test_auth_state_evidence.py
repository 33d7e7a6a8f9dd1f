"""auth-state.json tells a reader of the data folder nothing, and deleting or rolling it back is noticed.

The attack (trust-boundaries finding 4): the file showed user names and times in plain text, and deleting it
erased the lockout and the evidence of the failed logins. Now its content is encrypted, the database keeps
what it held at the last unlock, and the next unlock audits "failed-login records were removed from this
device" and puts the lockouts known then back.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from onestop_desktop.domain import lockout
from onestop_desktop.domain.audit import AuditAction
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.login_throttle import REMOVED_RECORDS
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

from ..conftest import ADMIN_PASSPHRASE, FAST_KDF

KIM = "kimsangdam"
KIM_PASSPHRASE = "Temp-Pass-1234"


class FakeClock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def vault(admin_session: Session, data_dir: Path, clock: FakeClock) -> Vault:
    admin_session.users.add(KIM, "김상담", Role.COUNSELOR, KIM_PASSPHRASE)
    admin_session.logout()
    return Vault(data_dir, kdf=FAST_KDF, clock=clock)


def _fail(vault: Vault, clock: FakeClock, times: int) -> None:
    for _ in range(times):
        with pytest.raises(OneStopError):
            vault.login(KIM, "Not-The-Pass-1")
        clock.now += lockout.MAX_DELAY_SECONDS + 1


def _tamper_entries(vault: Vault) -> list[str]:
    session = vault.login("admin", ADMIN_PASSPHRASE)
    try:
        return [e.detail for e in session.audit.recent(500) if e.action is AuditAction.TAMPER]
    finally:
        session.logout()


def test_the_file_shows_no_user_name_and_no_time(vault: Vault, clock: FakeClock, data_dir: Path) -> None:
    _fail(vault, clock, lockout.MAX_FAILED_LOGINS)  # locked: counters, lockout time and sealed events in the file
    raw = (data_dir / "auth-state.json").read_bytes()
    assert KIM.encode() not in raw
    year = time.strftime("%Y", time.gmtime(clock.now)).encode()
    for secret in (year, str(int(clock.now))[:6].encode(), b"login_failed", b"lockout", b"failures", b"locked"):
        assert secret not in raw, secret
    with pytest.raises(OneStopError) as locked:  # and the lockout still holds
        vault.login(KIM, KIM_PASSPHRASE)
    assert locked.value.code is ErrorCode.ACCOUNT_LOCKED


def test_deleting_the_file_is_audited_and_the_lockout_comes_back(
    vault: Vault, clock: FakeClock, data_dir: Path
) -> None:
    _fail(vault, clock, lockout.MAX_FAILED_LOGINS)
    vault.login("admin", ADMIN_PASSPHRASE).logout()  # the database now knows of the lockout
    (data_dir / "auth-state.json").unlink()  # the attacker's move
    with pytest.raises(OneStopError) as refused:  # the right passphrase still meets the lockout
        vault.login(KIM, KIM_PASSPHRASE)
    assert refused.value.code is ErrorCode.ACCOUNT_LOCKED
    with pytest.raises(OneStopError) as again:  # and now the file holds it again, before any key derivation
        vault.login(KIM, KIM_PASSPHRASE)
    assert again.value.code is ErrorCode.ACCOUNT_LOCKED
    found = _tamper_entries(vault)
    assert len(found) == 1 and REMOVED_RECORDS in found[0]
    clock.now += lockout.LOCKOUT_SECONDS + 1  # the lockout ends as it would have
    vault.login(KIM, KIM_PASSPHRASE).logout()


def test_failed_logins_hidden_by_deleting_the_file_are_noticed(vault: Vault, clock: FakeClock, data_dir: Path) -> None:
    vault.login("admin", ADMIN_PASSPHRASE).logout()  # an unlock records the file
    _fail(vault, clock, 3)
    (data_dir / "auth-state.json").unlink()
    found = _tamper_entries(vault)
    assert len(found) == 1 and REMOVED_RECORDS in found[0]
    assert _tamper_entries(vault) == found  # said once, not at every unlock


def test_rolling_the_file_back_to_an_older_copy_is_noticed(vault: Vault, clock: FakeClock, data_dir: Path) -> None:
    vault.login("admin", ADMIN_PASSPHRASE).logout()
    shutil.copy(data_dir / "auth-state.json", data_dir / "older-copy")
    _fail(vault, clock, 2)
    vault.login("admin", ADMIN_PASSPHRASE).logout()  # the two failures reach the trail and the database's record
    shutil.copy(data_dir / "older-copy", data_dir / "auth-state.json")
    found = _tamper_entries(vault)
    assert len(found) == 1 and REMOVED_RECORDS in found[0]


def test_ordinary_logins_raise_no_alarm(vault: Vault, clock: FakeClock) -> None:
    vault.login("admin", ADMIN_PASSPHRASE).logout()
    _fail(vault, clock, 2)
    vault.login(KIM, KIM_PASSPHRASE).logout()
    assert _tamper_entries(vault) == []
