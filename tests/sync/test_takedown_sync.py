"""삭제 지원 rows are case rows: they reach a field kit with their case (re-upload link and requests included), edits
made on the kit come back, and they leave the kit with the case."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.takedown import Channel, ItemForm, ItemKind, ItemStatus, Recipient, RequestForm
from onestop_desktop.domain.taxonomy import CrimeType

from .test_engine import OUTREACH_PASSPHRASE, Center

GIVEN = (date.today() - timedelta(days=3)).isoformat()
URL = "https://video.example.invalid/watch/zq81x7"


def test_items_and_requests_travel_with_their_case(tmp_path: Path) -> None:
    center = Center(tmp_path)
    desk = center.desk
    outreach = desk.users.add("field1", "현장상담원", Role.OUTREACH, OUTREACH_PASSPHRASE)
    mine = desk.intake.create(IntakeForm(name="배정사례", birth_date="2000-01-01", crime_types={CrimeType.DIGITAL_SEX}))
    other = desk.intake.create(
        IntakeForm(name="다른사례", birth_date="2000-01-01", crime_types={CrimeType.DIGITAL_SEX})
    )
    original = desk.takedown.add_item(mine, ItemForm("동영상사이트", URL, "", ItemKind.VIDEO, GIVEN))
    desk.takedown.add_request(mine, original, RequestForm(Recipient.KCSC, GIVEN, Channel.DOCUMENT))
    desk.takedown.add_item(mine, ItemForm("미러", "https://mirror.example.invalid/1", "", ItemKind.VIDEO, GIVEN,
                                          original_item_id=original))  # fmt: skip
    desk.takedown.add_item(other, ItemForm("게시판", "https://board.example.invalid/2", "", ItemKind.POST, GIVEN))
    desk.cases.set_team(mine, {outreach.id})
    kit = center.enrol("laptop1", "field", "field1", OUTREACH_PASSPHRASE)
    try:
        items = kit.takedown.for_case(mine, show_urls=True)
        assert {i.url for i in items} == {URL, "https://mirror.example.invalid/1"}
        assert {i.original_item_id for i in items} == {None, original}
        assert [len(i.requests) for i in items if i.id == original] == [1]
        with kit.store.read() as conn:
            assert conn.execute("SELECT count(*) FROM takedown_items WHERE case_id = ?", (other,)).fetchone()[0] == 0
        kit.takedown.set_status(mine, original, ItemStatus.REMOVED, date.today())
        center.sync(kit, desk)
        assert {i.status for i in desk.takedown.for_case(mine) if i.id == original} == {ItemStatus.REMOVED}
        desk.cases.set_team(mine, set())
        center.sync(desk, kit)
        with kit.store.read() as conn:
            assert conn.execute("SELECT count(*) FROM takedown_items").fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM takedown_requests").fetchone()[0] == 0
    finally:
        kit.logout()
        desk.logout()
