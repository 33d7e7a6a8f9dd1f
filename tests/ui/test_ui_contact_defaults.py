"""A new counseling session note and a new intake start with the contact method the user chose last (per user,
in the device settings), not always 대면 / 직접 방문."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from onestop_desktop.domain.taxonomy import CounselingMode, IntakeChannel
from onestop_desktop.services.contact_defaults import ContactDefaults
from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.cases.intake_dialog import IntakeDialog
from onestop_desktop.ui.common.fields import choice, set_choice

from .case_data import Cases
from .cases_ui import open_workspace
from .helpers import ADMIN, ADMIN_PASS, STAFF, STAFF_PASS, WindowFactory


def test_defaults_are_per_user_and_survive_a_bad_file(ready_vault: Vault) -> None:
    staff = ready_vault.login(STAFF, STAFF_PASS)
    mine = ContactDefaults(staff)
    assert mine.counseling_mode() is CounselingMode.VISIT and mine.intake_channel() is IntakeChannel.VISIT
    mine.remember_counseling_mode(CounselingMode.PHONE)
    mine.remember_intake_channel(IntakeChannel.PHONE)
    assert ContactDefaults(staff).counseling_mode() is CounselingMode.PHONE
    staff.logout()
    admin = ready_vault.login(ADMIN, ADMIN_PASS)
    theirs = ContactDefaults(admin)
    assert theirs.counseling_mode() is CounselingMode.VISIT  # another user's choice is not mine
    theirs.remember_counseling_mode(CounselingMode.VIDEO)
    admin.logout()
    staff = ready_vault.login(STAFF, STAFF_PASS)
    assert ContactDefaults(staff).counseling_mode() is CounselingMode.PHONE
    assert ContactDefaults(staff).intake_channel() is IntakeChannel.PHONE
    stored = ready_vault.data_dir.local_settings.read_text("utf-8")
    assert "phone" in stored and "video" in stored and STAFF not in stored  # ids and method names only
    ready_vault.data_dir.local_settings.write_text('{"last_contact_methods": "{not json"}', "utf-8")
    assert ContactDefaults(staff).counseling_mode() is CounselingMode.VISIT
    staff.logout()


def test_intake_and_session_note_offer_the_last_choice(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory
) -> None:
    vault, cases = center
    _, workspace = open_workspace(qtbot, make_window, vault, STAFF, STAFF_PASS)
    workspace.new_intake()
    dialog = workspace.intake
    assert isinstance(dialog, IntakeDialog)
    assert choice(dialog.channel) == IntakeChannel.VISIT
    assert not dialog.has_input()
    dialog.name.setText("전화접수")
    set_choice(dialog.channel, IntakeChannel.PHONE)
    dialog.crime_types.boxes[next(iter(dialog.crime_types.boxes))].setChecked(True)
    dialog.submit()
    assert not dialog.isVisible(), dialog.message.text()
    QApplication.processEvents()
    workspace.new_intake()
    again = workspace.intake
    assert isinstance(again, IntakeDialog) and again is not dialog
    assert choice(again.channel) == IntakeChannel.PHONE
    assert not again.has_input()  # the remembered default is not "something typed"
    again.reject()

    view = workspace.open_case(cases.hong)
    assert view is not None
    editor = view.counseling_sessions.editor
    editor.request("")
    assert choice(editor.mode) == CounselingMode.VISIT
    set_choice(editor.mode, CounselingMode.PHONE)
    editor.note.setPlainText("전화로 상담함")
    assert view.counseling_sessions.save()
    editor.request("")
    assert choice(editor.mode) == CounselingMode.PHONE
