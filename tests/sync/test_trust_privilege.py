"""Trust boundaries #1: a receiving device authorizes every change before applying it.

Every account on a device unwraps the same data key, so any of them can write anything through the store's own
write path. These tests do exactly that, on real encrypted devices exchanging real bundle files, and check that
the workstation refuses what the author or the sending device may not do, keeps it for administrators with the
reason, audits it, and applies the rest of the bundle.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from onestop_desktop.domain.audit import AuditAction
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.session import Session
from onestop_desktop.storage import repos
from onestop_desktop.storage.store import Actor
from tests.conftest import ADMIN_PASSPHRASE
from tests.sync.test_engine import OUTREACH_PASSPHRASE, Center, _case

COUNSELOR_PASSPHRASE = "Sora-Gureum-58-Nabi"


@pytest.fixture
def center(tmp_path: Path) -> Iterator[Center]:
    c = Center(tmp_path)
    yield c
    if not c.desk.is_locked:
        c.desk.logout()


def _role_at_desk(center: Center, username: str) -> Role:
    with center.desk.store.read() as conn:
        user = repos.users.by_username(conn, username)
    assert user is not None
    return user.role


def _refusals(session: Session) -> list[tuple[str, int, str, str]]:
    return [q for q in session.sync.status(with_digest=False).quarantined if q[2] not in ("revoked", "clock", "schema")]


def _denied(session: Session) -> list[str]:
    return [e.detail for e in session.audit.recent() if e.action is AuditAction.DENIED and e.subject_type == "sync"]


def _make_admin(session: Session, username: str, actor: Actor) -> None:
    """The attack: a raw statement through the store's own write path, with the data key the user unwrapped."""
    with session.store.write(actor) as tx:
        tx.conn.execute("UPDATE users SET role = 'admin' WHERE username = ?", (username,))


def test_an_outreach_worker_making_themselves_admin_on_a_field_kit_stays_outreach(center: Center) -> None:
    center.desk.users.add("outr1", "현장상담원", Role.OUTREACH, OUTREACH_PASSPHRASE)
    kit = center.enrol("laptop1", "field", "outr1", OUTREACH_PASSPHRASE)
    assert kit.user.username == "outr1" and kit.signing_key is not None  # the key came with the enrolment
    _make_admin(kit, "outr1", kit.actor)
    legit = _case(kit, "현장접수")  # the same bundle carries a change the kit may make
    center.sync(kit, center.desk)

    assert _role_at_desk(center, "outr1") is Role.OUTREACH
    assert center.desk.cases.open(legit).client.name == "현장접수"  # the rest of the bundle applied
    refusals = _refusals(center.desk)
    assert [(device, reason) for device, _, reason, _ in refusals] == [("laptop1", "field_kit_table")]
    assert "outr1" in refusals[0][3] and "users" in refusals[0][3]
    assert any("laptop1" in d and "field_kit_table" in d for d in _denied(center.desk))
    # nothing is granted at the workstation, so no access change is recorded for outr1 either
    assert not any(
        e.action is AuditAction.ACCESS_CHANGE and "admin" in e.detail and e.username == "outr1"
        for e in center.desk.audit.recent()
    )
    # a refused change is kept, not applied on a later run either
    center.sync(kit, center.desk)
    assert _role_at_desk(center, "outr1") is Role.OUTREACH and len(_refusals(center.desk)) == 1
    kit.logout()


def test_a_counselor_on_a_full_laptop_is_refused_as_not_an_administrator(center: Center) -> None:
    center.desk.users.add("couns1", "상담원", Role.COUNSELOR, COUNSELOR_PASSPHRASE)
    laptop = center.enrol("laptop2", "all", "couns1", COUNSELOR_PASSPHRASE)
    _make_admin(laptop, "couns1", laptop.actor)  # signed with couns1's own key: valid, but not an administrator's
    center.sync(laptop, center.desk)
    assert _role_at_desk(center, "couns1") is Role.COUNSELOR
    assert [(d, r) for d, _, r, _ in _refusals(center.desk)] == [("laptop2", "not_admin")]
    laptop.logout()


def test_naming_an_administrator_as_the_author_does_not_help(center: Center) -> None:
    center.desk.users.add("couns1", "상담원", Role.COUNSELOR, COUNSELOR_PASSPHRASE)
    laptop = center.enrol("laptop2", "all", "couns1", COUNSELOR_PASSPHRASE)
    admin_id = center.desk.user.id
    _make_admin(laptop, "couns1", Actor(admin_id, "admin"))  # no key of the administrator's to sign with
    center.sync(laptop, center.desk)
    assert _role_at_desk(center, "couns1") is Role.COUNSELOR
    assert [r for _, _, r, _ in _refusals(center.desk)] == ["not_enrolled"]  # admin has no key entry there
    laptop.logout()


def test_an_unsigned_access_change_by_an_administrator_enrolled_there_is_refused(center: Center) -> None:
    center.desk.users.add("couns1", "상담원", Role.COUNSELOR, COUNSELOR_PASSPHRASE)
    enrolment = center.root / "shared.enrol"
    code = center.desk.sync.enrol("shared", "all", ["admin", "couns1"], enrolment)
    from onestop_desktop.services.vault import Vault
    from tests.conftest import FAST_KDF

    shared = Vault(center.root / "shared", kdf=FAST_KDF).join(enrolment, code, "couns1", COUNSELOR_PASSPHRASE)
    _make_admin(shared, "couns1", Actor(center.desk.user.id, "admin"))  # enrolled there, but cannot sign
    center.sync(shared, center.desk)
    assert _role_at_desk(center, "couns1") is Role.COUNSELOR
    assert [r for _, _, r, _ in _refusals(center.desk)] == ["unsigned"]
    shared.logout()


def test_an_administrators_role_change_on_a_laptop_applies(center: Center) -> None:
    center.desk.users.add("couns1", "상담원", Role.COUNSELOR, COUNSELOR_PASSPHRASE)
    laptop = center.enrol("laptop3", "all", "admin", ADMIN_PASSPHRASE)
    laptop.users.set_role("couns1", Role.STAFF)
    center.sync(laptop, center.desk)
    assert _role_at_desk(center, "couns1") is Role.STAFF
    assert _refusals(center.desk) == []
    # both hold the same signed history, enrolment snapshot included: nothing for `check` to report on either
    assert center.desk.maintenance.check() == [] and laptop.maintenance.check() == []
    laptop.logout()


def test_an_account_created_on_a_laptop_by_an_administrator_can_later_act_as_one(center: Center) -> None:
    """The key chain: admin (root) certifies boss2's key on a laptop; boss2, promoted, changes a role there."""
    center.desk.users.add("couns1", "상담원", Role.COUNSELOR, COUNSELOR_PASSPHRASE)
    laptop = center.enrol("laptop3", "all", "admin", ADMIN_PASSPHRASE)
    laptop.users.add("boss2", "부관리자", Role.ADMIN, COUNSELOR_PASSPHRASE)
    laptop.logout()
    from onestop_desktop.services.vault import Vault
    from tests.conftest import FAST_KDF

    boss = Vault(center.root / "laptop3", kdf=FAST_KDF).login("boss2", COUNSELOR_PASSPHRASE)
    boss.users.set_role("couns1", Role.OUTREACH)
    center.sync(boss, center.desk)
    assert _role_at_desk(center, "couns1") is Role.OUTREACH
    assert _refusals(center.desk) == []
    assert center.desk.maintenance.check() == []  # every access change held there has an author who could
    boss.logout()


def test_check_reports_an_access_change_its_author_could_not_have_made(center: Center) -> None:
    center.desk.users.add("couns1", "상담원", Role.COUNSELOR, COUNSELOR_PASSPHRASE)
    assert center.desk.maintenance.check() == []
    center.desk.lock()
    from onestop_desktop.services.vault import Vault
    from tests.conftest import FAST_KDF

    counselor = Vault(center.root / "desk1", kdf=FAST_KDF).login("couns1", COUNSELOR_PASSPHRASE)
    _make_admin(counselor, "couns1", counselor.actor)  # on the workstation itself: nothing received, nothing judged
    counselor.logout()
    center.desk.unlock(ADMIN_PASSPHRASE)
    problems = center.desk.maintenance.check()
    assert len(problems) == 1 and "couns1" in problems[0] and "not_admin" in problems[0]


def test_a_field_kit_cannot_put_its_user_on_a_case_it_does_not_hold(center: Center) -> None:
    outreach = center.desk.users.add("outr1", "현장상담원", Role.OUTREACH, OUTREACH_PASSPHRASE)
    other = _case(center.desk, "남의사례")  # not assigned to outr1: the kit never holds it
    kit = center.enrol("laptop1", "field", "outr1", OUTREACH_PASSPHRASE)
    kit.store.conn.execute("PRAGMA foreign_keys = OFF")  # the kit has no such case to point to: switched off
    with kit.store.write(kit.actor) as tx:
        tx.insert("case_team", {"id": f"{other}:{outreach.id}", "case_id": other, "user_id": outreach.id})
    center.sync(kit, center.desk, kit)
    with center.desk.store.read() as conn:
        assert conn.execute("SELECT count(*) FROM case_team WHERE case_id = ?", (other,)).fetchone()[0] == 0
    assert [(d, r) for d, _, r, _ in _refusals(center.desk)] == [("laptop1", "out_of_scope")]
    with kit.store.read() as conn:  # and so the case never comes to the kit
        assert conn.execute("SELECT count(*) FROM cases WHERE id = ?", (other,)).fetchone()[0] == 0
    kit.logout()
