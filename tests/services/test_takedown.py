"""삭제 지원 items through the services: masking, audited reveal, requests and statuses, re-uploads, evidence,
scope, and the hand-over spreadsheet read back with openpyxl. No address ever reaches the audit trail."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.takedown import (
    Channel,
    FoundBy,
    ItemForm,
    ItemKind,
    ItemStatus,
    Recipient,
    RequestForm,
)
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

from ..helpers import files_containing

TODAY = date.today()
YESTERDAY = (TODAY - timedelta(days=1)).isoformat()
SECRET_PATH = "watch/zq81x7"
URL = f"https://video.example.invalid/{SECRET_PATH}"
FORMULA = '=HYPERLINK("https://x.example.invalid","열기")'


def _case(session: Session) -> str:
    return session.intake.create(
        IntakeForm(name="김삭제", birth_date="2001-05-06", crime_types={CrimeType.DIGITAL_SEX})
    )


def _item(session: Session, case_id: str, url: str = URL, **kw: object) -> str:
    form = ItemForm(
        platform=str(kw.get("platform", "동영상사이트")),
        url=url,
        description=str(kw.get("description", "")),
        kind=ItemKind(kw.get("kind", ItemKind.VIDEO)),
        found_on=str(kw.get("found_on", YESTERDAY)),
        found_by=FoundBy.CLIENT,
        original_item_id=kw.get("original_item_id"),  # type: ignore[arg-type]
    )
    return session.takedown.add_item(case_id, form)


def _audit_text(session: Session) -> str:
    return session.audit.export_csv(TODAY - timedelta(days=2))


def test_lists_mask_the_address_and_showing_it_is_audited_without_it(admin_session: Session) -> None:
    case_id = _case(admin_session)
    _item(admin_session, case_id)
    masked = admin_session.takedown.for_case(case_id)
    assert [i.url for i in masked] == ["https://video.example.invalid/…"]
    assert "takedown addresses shown" not in _audit_text(admin_session)
    shown = admin_session.takedown.for_case(case_id, show_urls=True)
    assert [i.url for i in shown] == [URL]
    audit = _audit_text(admin_session)
    assert "takedown addresses shown" in audit and "takedown item added: video" in audit
    assert SECRET_PATH not in audit and "video.example.invalid" not in audit and "동영상사이트" not in audit


def test_a_bad_address_is_refused_without_quoting_it(admin_session: Session) -> None:
    case_id = _case(admin_session)
    with pytest.raises(OneStopError) as caught:
        _item(admin_session, case_id, url="javascript:zq81x7secret")
    assert caught.value.code is ErrorCode.INVALID_INPUT
    assert [p.field for p in caught.value.params["problems"]] == ["url"]
    assert "zq81x7secret" not in str(caught.value) and "zq81x7secret" not in repr(caught.value.params)
    with pytest.raises(OneStopError):  # neither an address nor a description
        _item(admin_session, case_id, url="")
    _item(admin_session, case_id, url="", description="오픈채팅방 '비밀방'")
    assert admin_session.takedown.for_case(case_id)[0].where(show_url=False) == "오픈채팅방 '비밀방'"


def test_requests_move_the_status_and_the_summary_counts_it(admin_session: Session) -> None:
    case_id = _case(admin_session)
    first, second = _item(admin_session, case_id), _item(admin_session, case_id, kind=ItemKind.PHOTO)
    admin_session.takedown.add_request(
        case_id, first, RequestForm(Recipient.DSC_CENTER, TODAY.isoformat(), Channel.ONLINE_FORM, "접수번호 12")
    )
    items = {i.id: i for i in admin_session.takedown.for_case(case_id)}
    assert items[first].status is ItemStatus.REQUESTED and items[first].status_on == TODAY
    assert [r.recipient for r in items[first].requests] == [Recipient.DSC_CENTER]
    admin_session.takedown.set_status(case_id, first, ItemStatus.REMOVED, TODAY)
    admin_session.takedown.set_status(case_id, second, ItemStatus.REFUSED, TODAY)
    summary = admin_session.takedown.summary(case_id)
    assert summary[ItemStatus.REMOVED] == 1 and summary[ItemStatus.REFUSED] == 1 and summary[ItemStatus.FOUND] == 0
    with pytest.raises(OneStopError):
        admin_session.takedown.set_status(case_id, first, ItemStatus.FOUND, TODAY + timedelta(days=1))
    with pytest.raises(OneStopError):
        admin_session.takedown.set_status(case_id, first, ItemStatus.FOUND, TODAY - timedelta(days=30))


def test_a_reupload_links_to_its_original_which_becomes_reuploaded(admin_session: Session) -> None:
    case_id = _case(admin_session)
    original = _item(admin_session, case_id)
    admin_session.takedown.set_status(case_id, original, ItemStatus.REMOVED, TODAY)
    again = _item(admin_session, case_id, url="https://mirror.example.invalid/v/9", original_item_id=original,
                  found_on=TODAY.isoformat())  # fmt: skip
    items = {i.id: i for i in admin_session.takedown.for_case(case_id)}
    assert items[again].original_item_id == original and items[again].status is ItemStatus.FOUND
    assert items[original].status is ItemStatus.REUPLOADED
    other_case = _case(admin_session)
    with pytest.raises(OneStopError) as caught:  # an original of another case is not this case's item
        _item(admin_session, other_case, original_item_id=original)
    assert caught.value.code is ErrorCode.NOT_FOUND


def test_evidence_is_kept_encrypted_and_every_viewing_is_audited(admin_session: Session, data_dir: Path) -> None:
    case_id = _case(admin_session)
    item = _item(admin_session, case_id)
    marker = b"SCREENSHOT-zq81x7-PIXELS" * 10
    admin_session.takedown.attach_evidence(case_id, item, "capture.png", "image/png", marker)
    assert admin_session.takedown.for_case(case_id)[0].evidence_attachment_id is not None
    assert files_containing(data_dir, "SCREENSHOT-zq81x7") == []
    assert admin_session.takedown.evidence(case_id, item) == ("capture.png", "image/png", marker)
    assert "takedown evidence viewed" in _audit_text(admin_session)
    with pytest.raises(OneStopError):
        admin_session.takedown.attach_evidence(case_id, item, "empty.png", "image/png", b"")


def test_an_outreach_worker_sees_only_items_of_assigned_cases(admin_session: Session, vault: Vault) -> None:
    case_id = _case(admin_session)
    _item(admin_session, case_id)
    admin_session.users.add("field1", "현장", Role.OUTREACH, "Temp-Pass-1234")
    field = vault.login("field1", "Temp-Pass-1234")
    try:
        assert field.takedown.items(None) == []
        with pytest.raises(OneStopError) as caught:
            field.takedown.for_case(case_id)
        assert caught.value.code is ErrorCode.PERMISSION_DENIED
    finally:
        field.logout()
    assert [c.case_id for c in admin_session.takedown.items(None)] == [case_id]


def test_every_write_is_captured_for_sync(admin_session: Session) -> None:
    case_id = _case(admin_session)
    item = _item(admin_session, case_id)
    admin_session.takedown.add_request(case_id, item, RequestForm(Recipient.KCSC, YESTERDAY, Channel.DOCUMENT))
    with admin_session.store.read() as conn:
        logged = {r[0] for r in conn.execute("SELECT DISTINCT table_name FROM change_log")}
    assert {"takedown_items", "takedown_requests"} <= logged


def test_the_export_reads_back_with_addresses_and_no_formula(admin_session: Session, tmp_path: Path) -> None:
    case_id = _case(admin_session)
    first = _item(admin_session, case_id)
    _item(admin_session, case_id, url="https://board.example.invalid/post/77", platform=FORMULA, kind=ItemKind.POST)
    admin_session.takedown.add_request(case_id, first, RequestForm(Recipient.KCSC, YESTERDAY, Channel.DOCUMENT))
    target = tmp_path / "out" / "list.xlsx"
    target.parent.mkdir()
    assert admin_session.takedown_export.save(case_id, target, "삭제지원 기관 발송") == 2
    workbook = openpyxl.load_workbook(io.BytesIO(target.read_bytes()))
    cells = [c for ws in workbook for row in ws.iter_rows() for c in row if c.value is not None]
    assert not any(c.data_type == "f" for c in cells)
    values = [str(c.value) for c in cells]
    assert URL in values and f"'{FORMULA}" in values
    assert any("방송통신심의위원회" in v and "공문" in v for v in values)
    audit = _audit_text(admin_session)
    assert "takedown_list: 삭제지원 기관 발송" in audit and SECRET_PATH not in audit
    with pytest.raises(OneStopError):  # never over an existing file without confirmation
        admin_session.takedown_export.save(case_id, target, "다시")
