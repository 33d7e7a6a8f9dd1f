"""관리 → 중복 내담자: the likely pairs, and the merge dialog that shows differing fields side by side, chosen one
by one; only administrators have it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage import repos
from onestop_desktop.ui.dialogs.merge_dialog import MergeDialog

from .cases_ui import open_workspace
from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory


def test_an_administrator_merges_a_likely_pair_choosing_fields(
    qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory
) -> None:
    window, workspace = open_workspace(qtbot, make_window, ready_vault, ADMIN, ADMIN_PASS)
    session = window.current.session
    form = IntakeForm(name="홍길동", birth_date="1990-03-15", crime_types={CrimeType.STALKING})
    a, b = session.intake.create(form), session.intake.create(form)
    other = session.cases.open(b).client.id
    with session.store.write(session.actor) as tx:
        repos.clients.update(tx, other, {"alias": "하늘", "disability": "청각"})
    assert window.case_actions.duplicates.isVisible() and window.case_actions.duplicates.isEnabled()
    dialog = workspace.show_duplicates()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.accessibleName()
    numbers = [session.cases.open(c).case.case_number for c in (a, b)]
    assert [dialog.table.item(0, i).text() for i in (0, 1)] == numbers
    dialog.table.selectRow(0)
    merge = dialog.merge_selected()
    assert isinstance(merge, MergeDialog)
    qtbot.addWidget(merge)
    assert set(merge.choices) == {"alias", "disability"}
    other_alias = merge.findChild(QRadioButton, "merge-alias-other")
    assert other_alias is not None and other_alias.text() == "하늘" and other_alias.accessibleName()
    merge.choices["alias"].button(2).setChecked(True)  # the alias from the other record, the rest kept
    assert merge.taken_from_other() == frozenset({"alias"})
    qtbot.mouseClick(merge.findChild(QPushButton, "mergeOk"), Qt.MouseButton.LeftButton)
    client = session.cases.open(b).client
    assert client.id == session.cases.open(a).client.id and client.alias == "하늘" and client.disability is None
    assert dialog.table.rowCount() == 0 and "Merged" in dialog.message.text()


def test_the_merge_dialog_can_keep_the_other_client(
    qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory
) -> None:
    window, _ = open_workspace(qtbot, make_window, ready_vault, ADMIN, ADMIN_PASS)
    session = window.current.session
    form = IntakeForm(name="홍길동", birth_date="1990-03-15", crime_types={CrimeType.STALKING})
    a, b = session.intake.create(form), session.intake.create(form)
    na, nb = (session.cases.open(c).case.case_number for c in (a, b))
    merge = MergeDialog(session, na, nb)
    qtbot.addWidget(merge)
    merge.swap()
    assert (merge.keep_case, merge.other_case) == (nb, na)
    merge.submit()
    assert session.cases.open(a).client.id == session.cases.open(b).client.id
    with session.store.read() as conn:
        assert repos.client_merges.client_of_case(conn, b) == repos.client_merges.client_of_case(conn, a)
        assert conn.execute("SELECT count(*) FROM clients WHERE merged_into IS NULL").fetchone()[0] == 1


def test_a_counselor_has_no_duplicate_list(qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory) -> None:
    window, _ = open_workspace(qtbot, make_window, ready_vault, STAFF, STAFF_PASS)
    assert not window.case_actions.duplicates.isVisible()


def test_the_merge_dialog_lists_fields_in_the_form_order_and_a_swap_leaves_no_old_rows(
    qtbot: QtBot, ready_vault: Vault, make_window: WindowFactory
) -> None:
    window, _ = open_workspace(qtbot, make_window, ready_vault, ADMIN, ADMIN_PASS)
    session = window.current.session
    form = IntakeForm(name="홍길동", birth_date="1990-03-15", crime_types={CrimeType.STALKING})
    a, b = session.intake.create(form), session.intake.create(form)
    other = session.cases.open(b).client.id
    with session.store.write(session.actor) as tx:  # column order: address_road, alias, postal_code
        repos.clients.update(tx, other, {"postal_code": "03655", "alias": "하늘", "address_road": "통일로 484"})
    na, nb = (session.cases.open(c).case.case_number for c in (a, b))
    merge = MergeDialog(session, na, nb)
    qtbot.addWidget(merge)
    merge.show()
    assert list(merge.choices) == ["alias", "address_road", "postal_code"]  # as the client's details show them
    assert merge.heading.text() == f"The client of {nb} is merged into the client of {na}."  # one case each
    old_rows = merge.grid_host.findChildren(QRadioButton)
    assert len(old_rows) == 6 and all(r.isVisible() for r in old_rows)
    merge.swap()  # the old rows are deleted later, by the event loop: they must not show over the new ones meanwhile
    assert not any(r.isVisible() for r in old_rows)
    qtbot.waitUntil(lambda: len([r for r in merge.grid_host.findChildren(QRadioButton) if r.isVisible()]) == 6)
    assert merge.heading.text() == f"The client of {na} is merged into the client of {nb}."
