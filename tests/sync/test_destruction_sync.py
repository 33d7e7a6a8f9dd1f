"""A destruction travels as an administrator's signed order and is carried out on every device at its next sync:
a second workstation, and a field kit that was offline the whole time and edited the case meanwhile. Rows written
elsewhere before the order was known arrive late and are destroyed too; an order from anyone but an administrator
is refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from onestop_desktop.domain.casework import CounselingSessionForm
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.retention import destruction_id
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.session import Session

from ..retention_helpers import case_number, case_with_content
from .test_engine import OUTREACH_PASSPHRASE, Center

NAME, PHONE, NOTE = "현장파기대상", "010-3141-5926", "현장상담메모표식"
KIT_NOTE = "오프라인작성메모표식"
LATE_NOTE = "늦게도착한메모표식"


def _everything(session: Session) -> str:
    """Every value of every ordinary table, the change log and sync's side tables included."""
    out: list[str] = []
    with session.store.read() as conn:
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall():
            if sql.startswith("CREATE VIRTUAL"):
                continue
            out += [str(v) for row in conn.execute(f'SELECT * FROM "{name}"') for v in row if v is not None]
    return "\n".join(out)


def _holds_case(session: Session, case_id: str) -> bool:
    with session.store.read() as conn:
        return conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None


def _note(session: Session, case_id: str, text: str) -> None:
    session.cases.add_counseling_session(
        case_id, CounselingSessionForm(started_at="2026-02-01 10:00", duration_minutes="30", note=text)
    )


def test_an_offline_field_kit_destroys_the_case_at_its_next_sync(tmp_path: Path) -> None:
    center = Center(tmp_path)
    desk = center.desk
    field1 = desk.users.add("field1", "현장상담원", Role.OUTREACH, OUTREACH_PASSPHRASE)
    doomed = case_with_content(desk, NAME, PHONE, NOTE, closed_on=date(2020, 3, 1))
    kept = case_with_content(desk, "남는내담자", "010-2718-2818", "남는메모", closed_on=date(2025, 3, 1))
    desk.cases.set_team(doomed, {field1.id})
    desk.cases.set_team(kept, {field1.id})
    desk2 = center.enrol("desk2")
    kit = center.enrol("laptop1", "field", "field1", OUTREACH_PASSPHRASE)
    try:
        center.sync(desk, desk2, kit)
        assert all(_holds_case(s, doomed) for s in (desk, desk2, kit))
        _note(kit, doomed, KIT_NOTE)  # offline from here on: written on the kit, never sent

        number = case_number(desk, doomed)
        desk.retention.destroy([number], "보존 기간 경과")
        assert not _holds_case(desk, doomed)
        center.sync(desk, desk2)
        assert not _holds_case(desk2, doomed) and _holds_case(desk2, kept)
        assert NAME not in _everything(desk2) and NOTE not in _everything(desk2)

        assert _holds_case(kit, doomed)  # months later the kit comes back
        center.sync(kit, desk, desk2)
        for session in (desk, desk2, kit):
            everything = _everything(session)
            assert not _holds_case(session, doomed) and _holds_case(session, kept)
            for text in (NAME, NOTE, KIT_NOTE, "01031415926"):
                assert text not in everything
            assert [r.case_number for r in desk.retention.log()] == [number]
            with session.store.read() as conn:
                status = conn.execute("SELECT status FROM destructions WHERE id = ?", (destruction_id(doomed),))
                assert status.fetchone()[0] == "done"
                assert conn.execute("SELECT count(*) FROM sync_waiting").fetchone()[0] == 0
        assert kit.sync.status().digest == desk.sync.status().digest == desk2.sync.status().digest
        assert desk.maintenance.check() == [] and desk2.maintenance.check() == []
    finally:
        for s in (kit, desk2, desk):
            s.logout()


def test_rows_written_before_the_order_was_known_arrive_late_and_are_destroyed(tmp_path: Path) -> None:
    center = Center(tmp_path)
    desk = center.desk
    doomed = case_with_content(desk, NAME, PHONE, NOTE, closed_on=date(2020, 3, 1))
    desk2 = center.enrol("desk2")
    try:
        center.sync(desk, desk2)
        _note(desk2, doomed, LATE_NOTE)
        desk2.sync.run(center.folder)  # on its way, not yet taken in by desk
        desk.retention.destroy([case_number(desk, doomed)], "보존 기간 경과")
        center.sync(desk, desk2)
        for session in (desk, desk2):
            assert not _holds_case(session, doomed)
            assert LATE_NOTE not in _everything(session) and NAME not in _everything(session)
            with session.store.read() as conn:
                assert conn.execute("SELECT count(*) FROM sync_waiting").fetchone()[0] == 0
    finally:
        desk2.logout()
        desk.logout()


def test_an_order_written_by_a_counselor_is_refused_everywhere(tmp_path: Path) -> None:
    center = Center(tmp_path)
    desk = center.desk
    desk.users.add("kim", "김상담", Role.COUNSELOR, OUTREACH_PASSPHRASE)
    doomed = case_with_content(desk, NAME, PHONE, NOTE, closed_on=date(2020, 3, 1))
    kim = center.enrol("desk2", "all", "kim", OUTREACH_PASSPHRASE)
    try:
        center.sync(desk, kim)
        with kim.store.write(kim.actor) as tx:  # raw, past the service's permission check
            tx.insert("destructions", {"id": destruction_id(doomed), "destroyed_case": doomed, "case_number": "x",
                                       "reason": "위조", "method": "x", "requested_by": kim.user.id,
                                       "requested_at": tx.now, "status": "done"})  # fmt: skip
        center.sync(kim, desk)
        assert _holds_case(desk, doomed) and desk.cases.open(doomed).client.name == NAME
        with desk.store.read() as conn:
            assert conn.execute("SELECT count(*) FROM destructions").fetchone()[0] == 0
            refused = conn.execute("SELECT reason FROM sync_refused_changes WHERE table_name = 'destructions'")
            assert [r[0] for r in refused] == ["not_admin"]
    finally:
        kim.logout()
        desk.logout()


def test_a_field_kit_does_not_order_a_destruction(tmp_path: Path) -> None:
    """Other devices refuse a kit's writes to shared tables: an order made there would destroy the case there only."""
    center = Center(tmp_path)
    desk = center.desk
    doomed = case_with_content(desk, NAME, PHONE, NOTE, closed_on=date(2020, 3, 1))
    desk.cases.set_team(doomed, {desk.user.id})
    kit = center.enrol("laptop2", "field")
    try:
        with pytest.raises(OneStopError) as caught:
            kit.retention.destroy([case_number(kit, doomed)], "보존 기간 경과")
        assert caught.value.code is ErrorCode.DESTRUCTION_AT_WORKSTATION and _holds_case(kit, doomed)
    finally:
        kit.logout()
        desk.logout()


def test_an_order_waits_everywhere_until_a_second_administrator_confirms_it_elsewhere(tmp_path: Path) -> None:
    center = Center(tmp_path)
    desk = center.desk
    desk.users.add("boss", "센터장", Role.ADMIN, OUTREACH_PASSPHRASE)
    doomed = case_with_content(desk, NAME, PHONE, NOTE, closed_on=date(2020, 3, 1))
    boss = center.enrol("desk2", "all", "boss", OUTREACH_PASSPHRASE)
    try:
        number = case_number(desk, doomed)
        assert not desk.retention.destroy([number], "보존 기간 경과")[0].done
        center.sync(desk, boss)
        assert _holds_case(desk, doomed) and _holds_case(boss, doomed)  # an order waiting destroys nothing
        assert boss.retention.confirm([number])[0].done and not _holds_case(boss, doomed)
        center.sync(boss, desk)
        assert not _holds_case(desk, doomed) and NAME not in _everything(desk)
        [record] = desk.retention.log()
        assert (record.requested_by, record.confirmed_by) == ("admin", "boss")
    finally:
        boss.logout()
        desk.logout()
