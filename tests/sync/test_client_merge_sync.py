"""Client merges between three devices: two workstations and a field kit (issue 17).

A merge is ordinary replicated changes; a laptop that edits the merged-away client before it hears of the merge
does not lose the edit (it lands on the kept client), and two workstations merging the same pair at once end with
one client.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.session import Session
from onestop_desktop.storage import repos

from .test_engine import OUTREACH_PASSPHRASE, Center

ADDRESS = "서울 동작구 여의대방로 54길 18"


@pytest.fixture
def center(tmp_path: Path) -> Center:
    c = Center(tmp_path)
    yield c
    if not c.desk.is_locked:
        c.desk.logout()


def _case(session: Session) -> str:
    form = IntakeForm(name="홍길동", birth_date="1990-03-15", crime_types={CrimeType.STALKING})
    return session.intake.create(form)


def _client_of(session: Session, case_id: str) -> str:
    with session.store.read() as conn:
        client = repos.client_merges.client_of_case(conn, case_id)
    assert client is not None
    return client


def _number(session: Session, case_id: str) -> str:
    return session.cases.open(case_id).case.case_number


def _live_clients(session: Session) -> set[str]:
    with session.store.read() as conn:
        return {str(r[0]) for r in conn.execute("SELECT id FROM clients WHERE merged_into IS NULL")}


def _three_devices(center: Center) -> tuple[Session, Session, str, str]:
    """desk2 (a workstation) and a laptop (a field kit holding case b) beside the desk; cases a and b are two
    clients of one person."""
    outreach = center.desk.users.add("field1", "현장상담원", Role.OUTREACH, OUTREACH_PASSPHRASE)
    a, b = _case(center.desk), _case(center.desk)
    center.desk.cases.set_team(b, {outreach.id})
    desk2 = center.enrol("desk2")
    laptop = center.enrol("laptop1", "field", "field1", OUTREACH_PASSPHRASE)
    center.sync(center.desk, desk2, laptop)
    return desk2, laptop, a, b


def test_a_laptop_edit_of_the_merged_away_client_lands_on_the_kept_client(center: Center) -> None:
    desk2, laptop, a, b = _three_devices(center)
    keep, other = _client_of(center.desk, a), _client_of(center.desk, b)
    with laptop.store.write(laptop.actor) as tx:  # offline: it has not heard of the merge
        repos.clients.update(tx, other, {"address_road": ADDRESS})
        repos.clients.add_phone(tx, other, "01099998888", label="휴대전화")
    center.desk.clients.merge(_number(center.desk, a), _number(center.desk, b))
    center.sync(center.desk, desk2, laptop, rounds=3)

    for session in (center.desk, desk2, laptop):
        client = session.cases.open(b).client
        assert client.id == keep, session.device
        assert client.address_road == ADDRESS
        assert "01099998888" in {p.digits for p in client.phones}
        with session.store.read() as conn:
            stray = conn.execute(
                "SELECT count(*) FROM client_phones WHERE client_id = ? AND deleted_at IS NULL", (other,)
            ).fetchone()[0]
        assert stray == 0
        assert session.sync.conflicts() == []
    assert _live_clients(center.desk) == _live_clients(desk2) == {keep}
    assert center.desk.sync.status().digest == desk2.sync.status().digest
    laptop.logout()
    desk2.logout()


def test_two_workstations_merging_the_same_pair_both_ways_end_with_one_client(center: Center) -> None:
    desk2, laptop, a, b = _three_devices(center)
    na, nb = _number(center.desk, a), _number(center.desk, b)
    center.desk.clients.merge(na, nb)  # keeps a's client
    desk2.clients.merge(nb, na)  # at the same time, keeps b's client
    center.sync(center.desk, desk2, laptop, rounds=3)

    survivors = _live_clients(center.desk)
    assert len(survivors) == 1
    assert _live_clients(desk2) == survivors
    [survivor] = survivors
    for session in (center.desk, desk2, laptop):
        assert session.cases.open(b).client.id == survivor
        assert session.sync.conflicts() == []
    assert center.desk.cases.open(a).client.id == survivor
    assert center.desk.sync.status().digest == desk2.sync.status().digest
    laptop.logout()
    desk2.logout()


def test_a_field_kit_receives_the_client_its_case_was_merged_into(center: Center) -> None:
    desk2, laptop, a, b = _three_devices(center)
    keep = _client_of(center.desk, a)
    with laptop.store.read() as conn:
        assert conn.execute("SELECT count(*) FROM clients WHERE id = ?", (keep,)).fetchone()[0] == 0
    center.desk.clients.merge(_number(center.desk, a), _number(center.desk, b))
    center.sync(center.desk, laptop)
    assert laptop.cases.open(b).client.id == keep
    assert laptop.sync.status().waiting_rows == 0
    with laptop.store.read() as conn:  # the kit still holds only its own case
        assert {str(r[0]) for r in conn.execute("SELECT id FROM cases")} == {b}
    laptop.logout()
    desk2.logout()
