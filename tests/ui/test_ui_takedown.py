"""The 삭제 지원 tab: shown for digital sex-crime cases (or any case with items), addresses masked until shown
(audited), items added, requested, re-uploaded and moved through their statuses from the dialogs."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.casework import ConsentForm, IntakeForm, ReferralForm
from onestop_desktop.domain.consent import ConsentKind, DataItem
from onestop_desktop.domain.takedown import ItemForm, ItemKind, ItemStatus, Recipient
from onestop_desktop.domain.taxonomy import CrimeType, ServiceDomain
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.cases.takedown_dialogs import TakedownItemDialog, TakedownRequestDialog, TakedownStatusDialog
from onestop_desktop.ui.common.fields import set_choice

from .cases_ui import open_workspace
from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory

URL = "https://video.example.invalid/watch/zq81x7"


def _cases(vault: Vault) -> tuple[str, str]:
    admin = vault.login(ADMIN, ADMIN_PASS)
    try:
        digital = admin.intake.create(IntakeForm(name="김삭제", birth_date="2001-05-06",
                                                 crime_types={CrimeType.DIGITAL_SEX}))  # fmt: skip
        stalking = admin.intake.create(IntakeForm(name="박스토", birth_date="1990-01-01",
                                                  crime_types={CrimeType.STALKING}))  # fmt: skip
        return digital, stalking
    finally:
        admin.logout()


def test_the_tab_records_items_masks_addresses_and_audits_showing_them(
    qtbot: QtBot, make_window: WindowFactory, ready_vault: Vault, tmp_path: Path
) -> None:
    digital, stalking = _cases(ready_vault)
    _, workspace = open_workspace(qtbot, make_window, ready_vault, STAFF, STAFF_PASS)
    other = workspace.open_case(stalking)
    assert other is not None and other.tabs.indexOf(other.takedown) < 0
    view = workspace.open_case(digital)
    assert view is not None and view.tabs.indexOf(view.takedown) == view.tabs.indexOf(view.referrals) + 1
    page = view.takedown
    dialog = page.add()
    assert isinstance(dialog, TakedownItemDialog)
    dialog.platform.setText("동영상사이트")
    dialog.url.setText("ftp://not-a-web-address.invalid/x")
    dialog.submit()
    assert dialog.isVisible() and dialog.errors._fields["url"][1].isVisible()  # refused under the field
    dialog.url.setText(URL)
    dialog.found_on.setText((date.today() - timedelta(days=2)).isoformat())
    dialog.submit()
    assert not dialog.isVisible()
    assert page.model.rowCount() == 1
    shown = page.model.index(0, 3).data()
    assert shown == "https://video.example.invalid/…" and "zq81x7" not in shown
    assert "1" in page.summary.text()
    request = page.request()
    assert isinstance(request, TakedownRequestDialog)
    set_choice(request.recipient, Recipient.KCSC)
    request.submit()
    assert page.model.records()[0].status is ItemStatus.REQUESTED and page.requests_model.rowCount() == 1
    status = page.change_status()
    assert isinstance(status, TakedownStatusDialog)
    set_choice(status.status, ItemStatus.REMOVED)
    status.submit()
    assert page.model.records()[0].status is ItemStatus.REMOVED
    again = page.reupload()
    assert isinstance(again, TakedownItemDialog)
    again.url.setText("https://mirror.example.invalid/v/9")
    again.submit()
    statuses = {r.status for r in page.model.records()}
    assert statuses == {ItemStatus.REUPLOADED, ItemStatus.FOUND} and page.model.rowCount() == 2
    assert "re-upload of no. 1" in page.model.index(1, 3).data()
    page.show_urls.setChecked(True)
    assert URL in [page.model.index(r, 3).data() for r in range(2)]
    with workspace.session.store.read() as conn:
        audit = "\n".join(str(r[0]) for r in conn.execute("SELECT detail FROM audit_log"))
    assert "takedown addresses shown" in audit and "zq81x7" not in audit
    target = tmp_path / "list.xlsx"
    page.export_list(target, "기관 발송")
    assert target.exists() and "list.xlsx" in page.message.text()


def test_a_referral_carrying_the_list_saves_it_as_the_agency_sheet(
    qtbot: QtBot, make_window: WindowFactory, ready_vault: Vault, tmp_path: Path
) -> None:
    digital, _ = _cases(ready_vault)
    given = (date.today() - timedelta(days=1)).isoformat()
    admin = ready_vault.login(ADMIN, ADMIN_PASS)
    try:
        admin.takedown.add_item(digital, ItemForm("동영상사이트", URL, "", ItemKind.VIDEO, given))
        agency = next(a.id for a in admin.agencies.list() if ServiceDomain.DIGITAL in a.domains)
        items = frozenset({DataItem.NAME, DataItem.TAKEDOWN})
        admin.consents.record(
            digital, ConsentForm(kind=ConsentKind.COLLECTION, given_on=given, purpose="상담 및 지원 연계")
        )
        admin.consents.record(
            digital, ConsentForm(kind=ConsentKind.SENSITIVE, given_on=given, items=items, purpose="삭제 지원 연계")
        )
        admin.consents.record(digital, ConsentForm(kind=ConsentKind.THIRD_PARTY, agency_id=agency, given_on=given,
                                                   items=items))  # fmt: skip
        with_list = admin.referrals.create(digital, ReferralForm(agency_id=agency, domain=ServiceDomain.DIGITAL,
                                                                 reason="삭제 지원", items=items))  # fmt: skip
        name_only = ReferralForm(agency_id=agency, domain=ServiceDomain.DIGITAL, reason="상담",
                                 items=frozenset({DataItem.NAME}))  # fmt: skip
        without = admin.referrals.create(digital, name_only)
    finally:
        admin.logout()
    _, workspace = open_workspace(qtbot, make_window, ready_vault, STAFF, STAFF_PASS)
    view = workspace.open_case(digital)
    assert view is not None
    page = view.referrals
    page.select(without)
    assert page.takedown_button.isHidden()
    page.select(with_list)
    assert not page.takedown_button.isHidden() and page.takedown_button.isEnabled()
    target = tmp_path / "agency.xlsx"
    assert page.save_takedown_list(target, "기관 발송")
    cells = [c.value for ws in openpyxl.load_workbook(target) for row in ws.iter_rows() for c in row]
    assert URL in cells
