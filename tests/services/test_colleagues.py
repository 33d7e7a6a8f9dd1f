"""`cases.colleagues()`: the staff list every role may read (for choosers and names), without secrets."""

from __future__ import annotations

from dataclasses import fields

from onestop_desktop.domain.roles import Role
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault


def test_every_role_reads_the_staff_list(admin_session: Session, vault: Vault) -> None:
    admin_session.users.add("desk", "한마루", Role.STAFF, "Temp-Pass-1234")
    admin_session.users.add("gone", "박퇴직", Role.COUNSELOR, "Temp-Pass-1234")
    admin_session.users.disable("gone")
    desk = vault.login("desk", "Temp-Pass-1234")
    try:
        people = {u.username: u for u in desk.cases.colleagues()}  # staff may not manage users, but see names
    finally:
        desk.logout()
    assert set(people) == {"admin", "desk", "gone"}
    assert not people["gone"].active and people["desk"].display_name == "한마루"
    assert {f.name for f in fields(people["admin"])} == {
        "id",
        "username",
        "display_name",
        "role",
        "active",
        "must_change_passphrase",
        "created_at",
        "updated_at",
    }
