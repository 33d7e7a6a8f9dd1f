"""User administration: roles, deactivation, passphrase change and reset with key re-wrapping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

from ..conftest import ADMIN_PASSPHRASE


def _keyring(data_dir: Path) -> dict[str, dict[str, object]]:
    return json.loads((data_dir / "keys.json").read_text())["users"]  # type: ignore[no-any-return]


def _access_log(session: Session) -> list[str]:
    return [e.detail for e in reversed(session.audit.recent(100)) if str(e.action) == "access_change"]


def test_add_change_role_deactivate_reactivate(admin_session: Session, vault: Vault) -> None:
    users = admin_session.users
    users.add("kim", "김상담", Role.COUNSELOR, "Temp-Pass-1234")
    assert users.set_role("kim", Role.OUTREACH).role is Role.OUTREACH
    assert not users.disable("kim").active
    with pytest.raises(OneStopError):  # the key entry is gone: the old passphrase opens nothing
        vault.login("kim", "Temp-Pass-1234")
    assert users.enable("kim", "Other-Temp-5678").active
    vault.login("kim", "Other-Temp-5678").logout()
    assert _access_log(admin_session) == [
        "granted: admin",
        "granted: counselor",
        "role: counselor -> outreach",
        "removed: account deactivated",
        "granted again: outreach",
    ]


def test_passphrase_change_rewraps_one_entry_and_never_the_database(
    admin_session: Session, vault: Vault, data_dir: Path
) -> None:
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, "Temp-Pass-1234")
    admin_session.users.add("lee", "이상담", Role.COUNSELOR, "Temp-Pass-5678")
    database_salt = (data_dir / "onestop.db").read_bytes()[:16]  # SQLCipher's per-file salt
    before = _keyring(data_dir)
    kim = vault.login("kim", "Temp-Pass-1234")
    kim.users.change_own_passphrase("Temp-Pass-1234", "River-Stone-2026", "River-Stone-2026")
    assert not kim.user.must_change_passphrase
    kim.logout()
    after = _keyring(data_dir)
    assert after["kim"] != before["kim"]
    assert after["lee"] == before["lee"] and after["admin"] == before["admin"]
    assert (data_dir / "onestop.db").read_bytes()[:16] == database_salt
    vault.login("lee", "Temp-Pass-5678").logout()  # user B is not disturbed
    vault.login("kim", "River-Stone-2026").logout()
    with pytest.raises(OneStopError):
        vault.login("kim", "Temp-Pass-1234")


def test_reset_forgotten_passphrase(admin_session: Session, vault: Vault) -> None:
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, "Temp-Pass-1234")
    admin_session.users.reset_passphrase("kim", "Reset-Pass-9999")
    session = vault.login("kim", "Reset-Pass-9999")
    assert session.user.must_change_passphrase
    session.logout()


@pytest.mark.parametrize(
    ("current", "new", "repeated", "code"),
    [
        ("wrong-current-1", "River-Stone-2026", "River-Stone-2026", ErrorCode.WRONG_PASSPHRASE),
        ("Temp-Pass-1234", "River-Stone-2026", "River-Stone-2027", ErrorCode.PASSPHRASE_MISMATCH),
        ("Temp-Pass-1234", "password123!", "password123!", ErrorCode.WEAK_PASSPHRASE),
        ("Temp-Pass-1234", "김상담-2026-봄날", "김상담-2026-봄날", ErrorCode.WEAK_PASSPHRASE),
    ],
)
def test_bad_passphrase_changes_are_refused_and_change_nothing(
    admin_session: Session, vault: Vault, data_dir: Path, current: str, new: str, repeated: str, code: ErrorCode
) -> None:
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, "Temp-Pass-1234")
    kim = vault.login("kim", "Temp-Pass-1234")
    before = _keyring(data_dir)
    with pytest.raises(OneStopError) as caught:
        kim.users.change_own_passphrase(current, new, repeated)
    assert caught.value.code is code
    assert _keyring(data_dir) == before
    kim.logout()


def test_the_last_administrator_cannot_be_removed_and_nobody_changes_themselves(admin_session: Session) -> None:
    with pytest.raises(OneStopError) as own:
        admin_session.users.disable("admin")
    assert own.value.code is ErrorCode.SELF_CHANGE
    admin_session.users.add("boss", "센터장", Role.ADMIN, "Temp-Pass-1234")
    admin_session.users.set_role("boss", Role.STAFF)
    with pytest.raises(OneStopError) as dup:
        admin_session.users.add("boss", "다른 사람", Role.STAFF, "Temp-Pass-1234")
    assert dup.value.code is ErrorCode.USERNAME_TAKEN


def test_non_administrators_are_refused_and_the_refusal_is_recorded(admin_session: Session, vault: Vault) -> None:
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, "Temp-Pass-1234")
    kim = vault.login("kim", "Temp-Pass-1234")
    for attempt in (kim.users.list, kim.audit.verify, kim.maintenance.check):
        with pytest.raises(OneStopError) as caught:
            attempt()
        assert caught.value.code is ErrorCode.PERMISSION_DENIED
    kim.logout()
    denied = [e for e in admin_session.audit.recent(50) if str(e.action) == "denied"]
    assert {e.detail for e in denied} == {"manage_users", "view_audit", "check_integrity"}


def test_center_settings_are_admin_only_and_audited(admin_session: Session, vault: Vault) -> None:
    from onestop_desktop.domain.settings import IDLE_LOCK_MINUTES

    assert admin_session.settings.idle_lock_minutes == 10
    admin_session.settings.set(IDLE_LOCK_MINUTES, 5)
    assert admin_session.settings.idle_lock_minutes == 5
    with pytest.raises(OneStopError):
        admin_session.settings.set(IDLE_LOCK_MINUTES, 0)
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, "Temp-Pass-1234")
    kim = vault.login("kim", "Temp-Pass-1234")
    with pytest.raises(OneStopError):
        kim.settings.set(IDLE_LOCK_MINUTES, 30)
    kim.logout()
    assert any(e.detail == "10 -> 5" for e in admin_session.audit.recent(20))


def test_admin_passphrase_constant_is_valid() -> None:
    assert ADMIN_PASSPHRASE
