"""Login, the growing delay, lockout after 5 failures, and the audit of all of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from onestop_desktop.domain import lockout
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

from ..conftest import ADMIN_PASSPHRASE, FAST_KDF


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def clocked_vault(admin_session: Session, data_dir: Path, clock: FakeClock) -> Vault:
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, "Temp-Pass-1234")
    admin_session.logout()
    return Vault(data_dir, kdf=FAST_KDF, clock=clock)


def _fail(vault: Vault, clock: FakeClock) -> OneStopError:
    with pytest.raises(OneStopError) as caught:
        vault.login("kim", "Not-The-Pass-1")
    clock.now += lockout.MAX_DELAY_SECONDS + 1
    return caught.value


def test_login_opens_a_session_for_the_right_user(clocked_vault: Vault) -> None:
    session = clocked_vault.login("kim", "Temp-Pass-1234")
    assert session.user.username == "kim" and session.role is Role.COUNSELOR
    assert session.user.must_change_passphrase
    session.logout()


def test_unknown_user_is_named_as_such(clocked_vault: Vault) -> None:
    with pytest.raises(OneStopError) as caught:
        clocked_vault.login("nobody", ADMIN_PASSPHRASE)
    assert caught.value.code is ErrorCode.UNKNOWN_USER


def test_wrong_passphrase_then_a_growing_delay(clocked_vault: Vault, clock: FakeClock) -> None:
    delays = []
    for attempt in (1, 2, 3):
        with pytest.raises(OneStopError) as wrong:
            clocked_vault.login("kim", "Not-The-Pass-1")
        assert wrong.value.code is ErrorCode.WRONG_CREDENTIALS and wrong.value.params["failures"] == attempt
        with pytest.raises(OneStopError) as early:
            clocked_vault.login("kim", "Temp-Pass-1234")  # even the right passphrase must wait
        assert early.value.code is ErrorCode.TOO_SOON
        delays.append(early.value.params["seconds"])
        clock.now += lockout.delay_after(attempt)
    assert delays == sorted(delays) and delays[0] < delays[-1]
    clocked_vault.login("kim", "Temp-Pass-1234").logout()  # a success resets the count
    assert _fail(clocked_vault, clock).params["failures"] == 1


def test_five_failures_lock_the_account_for_ten_minutes(clocked_vault: Vault, clock: FakeClock) -> None:
    errors = [_fail(clocked_vault, clock) for _ in range(lockout.MAX_FAILED_LOGINS)]
    assert errors[-1].code is ErrorCode.ACCOUNT_LOCKED
    with pytest.raises(OneStopError) as locked:
        clocked_vault.login("kim", "Temp-Pass-1234")
    assert locked.value.code is ErrorCode.ACCOUNT_LOCKED
    # other accounts are not affected
    clocked_vault.login("admin", ADMIN_PASSPHRASE).logout()
    clock.now += lockout.LOCKOUT_SECONDS
    clocked_vault.login("kim", "Temp-Pass-1234").logout()


def test_failures_and_lockout_reach_the_audit_trail_at_the_next_unlock(clocked_vault: Vault, clock: FakeClock) -> None:
    for _ in range(lockout.MAX_FAILED_LOGINS):
        _fail(clocked_vault, clock)
    with pytest.raises(OneStopError):
        clocked_vault.login("nobody", "whatever-123")
    admin = clocked_vault.login("admin", ADMIN_PASSPHRASE)
    actions = [(e.username, str(e.action)) for e in reversed(admin.audit.recent(50))]
    assert actions.count(("kim", "login_failed")) == lockout.MAX_FAILED_LOGINS
    assert ("kim", "lockout") in actions
    assert ("?", "login_failed") in actions  # unknown name: recorded without the typed text
    assert actions[-1] == ("admin", "login")
    assert admin.audit.verify()[1] == []
    admin.logout()


def test_lock_forgets_the_key_and_unlock_needs_the_passphrase(clocked_vault: Vault, clock: FakeClock) -> None:
    session = clocked_vault.login("kim", "Temp-Pass-1234")
    session.lock()
    assert session.is_locked
    with pytest.raises(OneStopError) as caught:
        session.store  # noqa: B018
    assert caught.value.code is ErrorCode.LOCKED
    with pytest.raises(OneStopError):
        session.unlock("Not-The-Pass-1")
    clock.now += 5
    session.unlock("Temp-Pass-1234")
    assert not session.is_locked
    session.logout()
    admin = clocked_vault.login("admin", ADMIN_PASSPHRASE)
    kim_actions = [str(e.action) for e in reversed(admin.audit.recent(50)) if e.username == "kim"]
    assert kim_actions == ["login", "lock", "login_failed", "unlock", "logout"]
    admin.logout()


def test_an_administrator_reset_lifts_a_lockout(clocked_vault: Vault, clock: FakeClock) -> None:
    for _ in range(lockout.MAX_FAILED_LOGINS):
        _fail(clocked_vault, clock)
    admin = clocked_vault.login("admin", ADMIN_PASSPHRASE)
    admin.users.reset_passphrase("kim", "Reset-Pass-9999")
    assert admin.device() == ("상담실 PC 1", "D1")
    admin.logout()
    clocked_vault.login("kim", "Reset-Pass-9999").logout()
