"""Outputs never land in the data folder and never replace a file unasked (finding 8).

`onestop-admin packet --out D/keys.json` once replaced the key file with a PDF and nobody could log in.
Every file the app or the CLI writes now goes through `services/output_target.check_output_target`:
outside the data folder by real path, a suffix that fits what is written, an existing file replaced
only with --force (CLI) or the save dialog's confirmation (app).
"""

from __future__ import annotations

import hashlib
import os
import re
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from onestop_desktop.cli.messages import load_catalogue
from onestop_desktop.domain.errors import MESSAGES, ErrorCode, OneStopError
from onestop_desktop.domain.outputs import OutputKind
from onestop_desktop.domain.periods import parse_period
from onestop_desktop.services.output_target import check_output_target
from onestop_desktop.services.session import Session
from onestop_desktop.ui.dashboard.report_dialog import ReportDialog
from onestop_desktop.ui.errors import error_text
from onestop_desktop.ui.ops import BackgroundRunner
from onestop_desktop.ui.save_dialog import save_dialog

from .conftest import Installation

YEAR = str(date.today().year)
SRC = Path(__file__).resolve().parents[2] / "src" / "onestop_desktop"


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file of the folder (recursively) and its digest."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _refused(result_line: str, code: int, expected: str, *, result_code: int) -> None:
    assert result_code == code and expected in result_line, result_line


@pytest.fixture
def seeded(installed: Installation) -> Installation:
    assert installed.admin("seed-demo", "--clients", "20", "--sessions-per-case", "1").code == 0
    return installed


@pytest.mark.parametrize("name", ["keys.json", "r.xlsx", "r.pdf", "onestop.db", "auth-state.json"])
def test_a_report_aimed_into_the_data_folder_is_refused_even_with_force(installed: Installation, name: str) -> None:
    data = installed.data_dir
    before = _snapshot(data)
    for extra in ((), ("--force",)):
        result = installed.admin("report", "--period", YEAR, "--out", str(data / name), *extra)
        _refused(result.one_error_line(), 2, "data folder", result_code=result.code)
    assert _snapshot(data) == before
    assert installed.admin("stats").code == 0  # everyone can still log in


def test_links_dots_relative_names_and_the_folder_itself_do_not_get_in(
    installed: Installation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = installed.data_dir
    before = _snapshot(data)
    linked_folder = tmp_path / "reports"
    linked_folder.symlink_to(data, target_is_directory=True)
    linked_file = tmp_path / "out.pdf"
    linked_file.symlink_to(data / "keys.json")
    (tmp_path / "elsewhere").mkdir()
    attempts = [
        str(linked_folder / "r.pdf"),  # a folder that is the data folder under another name
        str(linked_file),  # a file name that leads to keys.json
        str(tmp_path / "elsewhere" / ".." / "data" / "r.pdf"),
        str(data),  # the data folder itself
        str(data) + os.sep,
    ]
    for target in attempts:
        result = installed.admin("report", "--period", YEAR, "--out", target, "--force")
        _refused(result.one_error_line(), 2, "data folder", result_code=result.code)
    monkeypatch.chdir(data)
    relative = installed.admin("report", "--period", YEAR, "--out", "r.pdf")
    _refused(relative.one_error_line(), 2, "data folder", result_code=relative.code)
    assert _snapshot(data) == before
    assert linked_file.is_symlink() and installed.admin("check").code == 0


def test_every_command_that_writes_a_file_refuses_the_data_folder(installed: Installation) -> None:
    data = installed.data_dir
    assert installed.admin("stats").code == 0  # a login writes its own bookkeeping (auth state, audit)
    before = _snapshot(data)
    commands = [
        ("backup", str(data / "keys.bak")),
        ("backup", str(data / "logs" / "b.onestop-backup")),
        ("packet", "--ready", "--out", str(data / "keys.json")),  # the incident
        ("packet", "--ready", "--out", str(data / "batch.pdf")),
        ("audit", "export", "--since", "2000-01-01", "--out", str(data / "audit.csv")),
        ("devices", "enroll", "--name", "desk2", "--scope", "all", "--for", "admin", "--out", str(data / "d.enrol")),
    ]
    for argv in commands:
        for extra in ((), ("--force",)):
            result = installed.admin(*argv, *extra)
            _refused(result.one_error_line(), 2, "data folder", result_code=result.code)
    after = _snapshot(data)  # the database holds the audit entries of the logins: same files, same key file
    assert after.keys() == before.keys() and after["keys.json"] == before["keys.json"]
    listed = installed.admin("devices", "list")
    assert listed.code == 0 and "desk2" not in listed.out  # refused before the device was registered


def test_an_existing_file_is_replaced_only_with_force(seeded: Installation, tmp_path: Path) -> None:
    outputs = {
        "report": (tmp_path / "existing.pdf", ("report", "--period", YEAR, "--out")),
        "workbook": (tmp_path / "existing.xlsx", ("report", "--period", YEAR, "--out")),
        "backup": (tmp_path / "existing.bak", ("backup",)),
        "audit": (tmp_path / "existing.csv", ("audit", "export", "--since", "2000-01-01", "--out")),
        "enrolment": (
            tmp_path / "existing.enrol",
            ("devices", "enroll", "--name", "desk2", "--scope", "all", "--for", "admin", "--out"),
        ),
    }
    for target, argv in outputs.values():
        target.write_text("keep")
        result = seeded.admin(*argv, str(target))
        _refused(result.one_error_line(), 2, "already exists", result_code=result.code)
        assert "--force" in result.err and target.read_text() == "keep"
    for target, argv in outputs.values():
        result = seeded.admin(*argv, str(target), "--force")
        assert result.code == 0, result
        assert target.read_bytes() != b"keep"
    assert outputs["report"][0].read_bytes().startswith(b"%PDF")
    assert outputs["workbook"][0].read_bytes().startswith(b"PK")
    assert outputs["audit"][0].read_text("utf-8-sig").startswith("seq,")


def test_the_name_must_fit_what_is_written(seeded: Installation, tmp_path: Path) -> None:
    refused = [
        ("report", "--period", YEAR, "--out", str(tmp_path / "r.csv")),
        ("report", "--period", YEAR, "--out", str(tmp_path / "r")),
        ("report", "--period", YEAR, "--out", str(tmp_path / "r.pdf.txt")),
        ("packet", "--ready", "--out", str(tmp_path / "batch.xlsx")),
        ("backup", str(tmp_path / "b.pdf")),
        ("audit", "export", "--since", "2000-01-01", "--out", str(tmp_path / "a.xlsx")),
        ("devices", "enroll", "--name", "desk2", "--scope", "all", "--for", "admin", "--out", str(tmp_path / "d.pdf")),
    ]
    for argv in refused:
        result = seeded.admin(*argv)
        _refused(result.one_error_line(), 2, "must end in", result_code=result.code)
    assert list(tmp_path.glob("*.*")) == []
    assert seeded.admin("report", "--period", YEAR, "--out", str(tmp_path / "r.PDF")).code == 0
    assert (tmp_path / "r.PDF").read_bytes().startswith(b"%PDF")
    assert seeded.admin("report", "--period", YEAR, "--out", str(tmp_path / "r.xlsx")).code == 0
    assert (tmp_path / "r.xlsx").read_bytes().startswith(b"PK")


def test_the_refusal_reads_the_same_in_korean(installed: Installation) -> None:
    result = installed.admin("report", "--period", YEAR, "--out", str(installed.data_dir / "keys.json"), lang="ko")
    line = result.one_error_line()
    assert result.code == 2 and "데이터 폴더" in line and str(installed.data_dir / "keys.json") in line
    catalogue = load_catalogue("ko")
    for code in (ErrorCode.OUTPUT_IN_DATA_FOLDER, ErrorCode.OUTPUT_EXISTS, ErrorCode.OUTPUT_WRONG_TYPE):
        assert catalogue.translate("Errors", MESSAGES[code]) != MESSAGES[code], code


def test_the_app_shows_the_same_refusal_from_the_same_check(
    qtbot: QtBot, admin_session: Session, data_dir: Path, tmp_path: Path
) -> None:
    runner = BackgroundRunner()
    try:
        dialog = ReportDialog(admin_session, runner, period=parse_period(YEAR))
        qtbot.addWidget(dialog)
        dialog.show()
        keys = data_dir / "keys.json"
        before = keys.read_bytes()
        dialog.ask_path = lambda parent, suggested, fmt: keys  # what a person could pick in the dialog
        dialog.as_xlsx.setChecked(True)
        dialog.save_button.click()
        with pytest.raises(OneStopError) as expected:
            check_output_target(keys, data_dir, OutputKind.XLSX, overwrite=True)
        qtbot.waitUntil(lambda: error_text(expected.value) in dialog.message.text(), timeout=10_000)
        assert keys.read_bytes() == before
        assert expected.value.code is ErrorCode.OUTPUT_IN_DATA_FOLDER
    finally:
        runner.shutdown()


def test_every_save_dialog_asks_before_replacing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = save_dialog(None, "Save", tmp_path / "x.pdf", "PDF (*.pdf)", ".pdf")
    qtbot.addWidget(dialog)
    assert not dialog.testOption(dialog.Option.DontConfirmOverwrite)
    assert dialog.acceptMode() is dialog.AcceptMode.AcceptSave and dialog.defaultSuffix() == "pdf"
    # No other way to choose an output file: every save dialog of the app is this one.
    for source in SRC.rglob("*.py"):
        text = source.read_text("utf-8")
        assert "getSaveFileName" not in text, source
        assert "DontConfirmOverwrite, True" not in text, source


def test_every_writer_of_a_chosen_file_calls_the_check() -> None:
    """An output added later cannot skip the check unnoticed: a module of services/, ui/, cli/ or export/ that
    writes a file must call `check_output_target` (or `save_output`, which does). (sync/ writes bundles under
    names of its own into the sync folder; storage/ writes the data folder's own files.)"""
    writes = re.compile(
        r"write_atomic\(|atomic_writer\(|write_backup\(|\.write_bytes\(|\.write_text\(|open\([^)]*[\"']w"
    )
    writers = set()
    for layer in ("services", "ui", "cli", "export"):
        for source in (SRC / layer).rglob("*.py"):
            text = source.read_text("utf-8")
            if source.name != "output_target.py" and writes.search(text):
                writers.add(source.relative_to(SRC).as_posix())
                assert "check_output_target(" in text or "save_output(" in text, source
    expected = {
        "access_export", "appointments", "audit", "backup", "consents", "documents", "reports", "safety", "sync",
        "takedown_export",
    }  # fmt: skip
    assert writers == {f"services/{name}.py" for name in expected}
