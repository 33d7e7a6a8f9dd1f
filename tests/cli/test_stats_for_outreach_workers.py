"""Outreach workers get no center-wide counts.

The finding (trust-boundaries 12): `onestop-admin stats` and its service gave an outreach worker, who may see
only the cases assigned to them, the counts of every case in the center (by status, crime type, referrals).
Now the role has no `stats` permission: the CLI refuses in one translated line, the refusal is audited, and
their own caseload stays on the dashboard.
"""

from __future__ import annotations

import pytest

from onestop_desktop.domain.audit import AuditAction
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Permission, Role, allows

from ..conftest import ADMIN_PASSPHRASE
from .conftest import OWN_PASSPHRASE, TEMP_PASSPHRASE, Installation


def _user(installed: Installation, name: str, role: str) -> None:
    added = installed.admin(
        "users", "add", name, "--name", name, "--role", role, stdin=f"{ADMIN_PASSPHRASE}\n{TEMP_PASSPHRASE}\n"
    )
    assert added.code == 0, added
    assert installed.choose_own(name).code == 0


def test_an_outreach_worker_is_refused_center_wide_stats(installed: Installation) -> None:
    _user(installed, "field1", "outreach")
    refused = installed.as_user("field1", OWN_PASSPHRASE, "stats")
    line = refused.one_error_line()
    assert refused.code == 3 and "Outreach worker" in line and "statistics" in line
    assert refused.out == ""  # not one count printed

    korean = installed.run(
        "--lang", "ko", "--data-dir", str(installed.data_dir), "--user", "field1", "stats",
        stdin=f"{OWN_PASSPHRASE}\n",
    )  # fmt: skip
    assert korean.code == 3 and "현장상담원" in korean.one_error_line()


def test_the_service_refuses_and_audits_it(installed: Installation) -> None:
    _user(installed, "field1", "outreach")
    session = installed.vault().login("field1", OWN_PASSPHRASE)
    try:
        with pytest.raises(OneStopError) as caught:
            session.stats.counts()
        assert caught.value.code is ErrorCode.PERMISSION_DENIED
    finally:
        session.logout()
    admin = installed.vault().login("admin", ADMIN_PASSPHRASE)
    try:
        denied = [e for e in admin.audit.recent(50) if e.action is AuditAction.DENIED and e.username == "field1"]
    finally:
        admin.logout()
    assert [e.detail for e in denied] == [str(Permission.STATS)]


def test_other_roles_keep_their_counts(installed: Installation) -> None:
    _user(installed, "couns1", "counselor")
    counted = installed.as_user("couns1", OWN_PASSPHRASE, "stats")
    assert counted.code == 0 and counted.out.startswith("clients: 0\n")
    assert [r for r in Role if not allows(r, Permission.STATS)] == [Role.OUTREACH]
