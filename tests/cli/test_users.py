"""`onestop-admin users …`: the same user administration as the app's, from a terminal."""

from __future__ import annotations

import pytest

from ..conftest import ADMIN_PASSPHRASE
from .conftest import OWN_PASSPHRASE, TEMP_PASSPHRASE, Installation


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
    assert installed.choose_own("kim").code == 0
    result = installed.as_user("kim", OWN_PASSPHRASE, "users", "list")
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


# -- one's own passphrase ----------------------------------------------------------------------------
def _kim(installed: Installation) -> None:
    stdin = f"{ADMIN_PASSPHRASE}\n{TEMP_PASSPHRASE}\n"
    assert installed.admin("users", "add", "kim", "--name", "김상담", "--role", "counselor", stdin=stdin).code == 0


def test_a_temporary_passphrase_must_be_changed_first(installed: Installation) -> None:
    _kim(installed)
    for command in (["stats"], ["check"], ["users", "list"], ["backup", "b.bak"]):
        refused = installed.as_user("kim", TEMP_PASSPHRASE, *command)
        assert refused.code == 3, command
        assert "onestop-admin --user kim passphrase" in refused.one_error_line() and refused.out == ""
    korean = installed.run(
        "--lang", "ko", "--data-dir", str(installed.data_dir), "--user", "kim", "stats", stdin=f"{TEMP_PASSPHRASE}\n"
    )
    assert korean.code == 3 and "임시 암호" in korean.one_error_line()

    changed = installed.as_user("kim", TEMP_PASSPHRASE, "passphrase", extra=f"{OWN_PASSPHRASE}\n{OWN_PASSPHRASE}\n")
    assert (changed.code, changed.err) == (0, ""), changed
    assert changed.out == "The passphrase of kim is changed; use the new one from now on.\n"
    counted = installed.as_user("kim", OWN_PASSPHRASE, "stats")
    assert counted.code == 0 and counted.out.startswith("clients: 0")
    session = installed.vault().login("kim", OWN_PASSPHRASE)
    assert not session.user.must_change_passphrase
    session.logout()
    assert "must change passphrase" not in installed.admin("users", "list").out
    gone = installed.as_user("kim", TEMP_PASSPHRASE, "stats")  # the temporary one no longer opens anything
    assert gone.code == 3 and "wrong" in gone.one_error_line().lower()


def test_own_passphrase_from_the_environment(installed: Installation, monkeypatch: pytest.MonkeyPatch) -> None:
    _kim(installed)
    monkeypatch.setenv("ONESTOP_PASSPHRASE", TEMP_PASSPHRASE)
    monkeypatch.setenv("ONESTOP_NEW_PASSPHRASE", OWN_PASSPHRASE)  # used for the new one and its repetition
    result = installed.run("--lang", "en", "--data-dir", str(installed.data_dir), "--user", "kim", "passphrase")
    assert result.code == 0, result
    installed.vault().login("kim", OWN_PASSPHRASE).logout()


def test_an_administrator_changes_their_own_passphrase(installed: Installation) -> None:
    new = "Gyeoul-2-Nunsaram-6"
    assert installed.admin("passphrase", stdin=f"{ADMIN_PASSPHRASE}\n{new}\n{new}\n").code == 0
    assert installed.admin("check", stdin=f"{new}\n").code == 0
    assert installed.admin("check").code == 3


def test_own_passphrase_refusals_are_one_line(installed: Installation) -> None:
    _kim(installed)

    def change(stdin: str) -> tuple[int, str]:
        result = installed.run(
            "--lang", "en", "--data-dir", str(installed.data_dir), "--user", "kim", "passphrase", stdin=stdin
        )
        return result.code, result.one_error_line()

    code, line = change(f"{TEMP_PASSPHRASE}\n{OWN_PASSPHRASE}\nGaeul-7-Sanchaek-4\n")
    assert code == 2 and "not the same" in line
    code, line = change(f"{TEMP_PASSPHRASE}\nabc\nabc\n")
    assert code == 2 and "too weak" in line
    code, line = change(f"{TEMP_PASSPHRASE}\n{TEMP_PASSPHRASE}\n{TEMP_PASSPHRASE}\n")
    assert code == 2
    code, line = change(f"{TEMP_PASSPHRASE}\n{OWN_PASSPHRASE}\n")
    assert code == 2 and "repeated" in line
    code, line = change(f"{TEMP_PASSPHRASE}\n")
    assert code == 2 and "new passphrase" in line
    code, line = change(f"Wrong-Passphrase-1\n{OWN_PASSPHRASE}\n{OWN_PASSPHRASE}\n")
    assert code == 3 and "wrong" in line.lower()
    kim = next(row for row in installed.admin("users", "list").out.splitlines() if row.startswith("kim"))
    assert "must change passphrase" in kim  # nothing was changed
