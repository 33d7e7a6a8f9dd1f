"""`onestop-admin users …`: the same user administration as the app's, from a terminal."""

from __future__ import annotations

import pytest

from ..conftest import ADMIN_PASSPHRASE
from .conftest import TEMP_PASSPHRASE, Installation


def test_add_list_set_role(installed: Installation) -> None:
    added = installed.admin(
        "users",
        "add",
        "kim",
        "--name",
        "김상담",
        "--role",
        "counselor",
        stdin=f"{ADMIN_PASSPHRASE}\n{TEMP_PASSPHRASE}\n",
    )
    assert added.code == 0, added
    listing = installed.admin("users", "list")
    assert listing.code == 0
    kim = next(line for line in listing.out.splitlines() if line.startswith("kim"))
    assert "김상담" in kim and "Counselor" in kim and "must change passphrase" in kim
    assert installed.admin("users", "set-role", "kim", "staff").code == 0
    assert "Staff" in installed.admin("users", "list").out
    session = installed.vault().login("kim", TEMP_PASSPHRASE)  # the temporary passphrase works
    assert session.user.must_change_passphrase
    session.logout()


def test_korean_role_names_are_accepted(installed: Installation) -> None:
    stdin = f"{ADMIN_PASSPHRASE}\n{TEMP_PASSPHRASE}\n"
    assert installed.admin("users", "add", "park", "--name", "박현장", "--role", "현장상담원", stdin=stdin).code == 0
    assert "Outreach worker" in installed.admin("users", "list").out


def test_new_passphrase_from_the_environment(installed: Installation, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONESTOP_NEW_PASSPHRASE", TEMP_PASSPHRASE)
    assert installed.admin("users", "add", "kim", "--name", "김상담", "--role", "staff").code == 0
    installed.vault().login("kim", TEMP_PASSPHRASE).logout()


def test_disable_enable_reset(installed: Installation) -> None:
    stdin = f"{ADMIN_PASSPHRASE}\n{TEMP_PASSPHRASE}\n"
    installed.admin("users", "add", "kim", "--name", "김상담", "--role", "counselor", stdin=stdin)
    assert installed.admin("users", "disable", "kim").code == 0
    assert "deactivated" in installed.admin("users", "list").out
    refused = installed.as_user("kim", TEMP_PASSPHRASE, "users", "list")
    assert refused.code == 3
    refused.one_error_line()

    again = "Dasi-5-Hwaltong-2"
    assert installed.admin("users", "enable", "kim", stdin=f"{ADMIN_PASSPHRASE}\n{again}\n").code == 0
    installed.vault().login("kim", again).logout()

    fresh = "Saeroun-3-Amho-9"
    assert installed.admin("users", "reset-passphrase", "kim", stdin=f"{ADMIN_PASSPHRASE}\n{fresh}\n").code == 0
    installed.vault().login("kim", fresh).logout()
    installed.vault().login("admin", ADMIN_PASSPHRASE).logout()  # the administrator's entry is undisturbed


def test_a_counselor_may_not_administer_users(installed: Installation) -> None:
    stdin = f"{ADMIN_PASSPHRASE}\n{TEMP_PASSPHRASE}\n"
    installed.admin("users", "add", "kim", "--name", "김상담", "--role", "counselor", stdin=stdin)
    result = installed.as_user("kim", TEMP_PASSPHRASE, "users", "list")
    assert result.code == 3
    assert "does not allow" in result.one_error_line()


def test_refusals_are_one_line(installed: Installation) -> None:
    own = installed.admin("users", "disable", "admin")
    assert own.code == 2 and "your own" in own.one_error_line()
    ghost = installed.admin("users", "disable", "ghost")
    assert ghost.code == 3 and "ghost" in ghost.one_error_line()
    weak = installed.admin("users", "add", "kim", "--name", "김", "--role", "staff", stdin=f"{ADMIN_PASSPHRASE}\nabc\n")
    assert weak.code == 2 and "too weak" in weak.one_error_line()
    role = installed.admin("users", "set-role", "admin", "boss")
    assert role.code == 2 and "boss" in role.one_error_line()
    missing = installed.admin("users", "add", "kim", "--name", "김", "--role", "staff")  # no second line
    assert missing.code == 2 and "ONESTOP_NEW_PASSPHRASE" in missing.one_error_line()
    assert installed.usernames() == {"admin"}
