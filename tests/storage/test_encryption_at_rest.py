"""Security claims, tested: no plaintext on disk, a wrong key opens nothing and prints nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from onestop_desktop.domain.errors import OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage.db import WrongKeyError, connect
from onestop_desktop.storage.key_wrap import new_data_key

from ..conftest import ADMIN_PASSPHRASE, FAST_KDF
from ..helpers import files_containing

MARKER_CENTER = "표식센터가나다"
MARKER_NAME = "표식상담원라마바"


def test_no_marker_in_any_file_of_the_data_folder(data_dir: Path, tmp_path: Path) -> None:
    vault = Vault(data_dir, kdf=FAST_KDF)
    result = vault.initialize(MARKER_CENTER, "데스크", "D1", "admin", "관리자", ADMIN_PASSPHRASE)
    session = result.session
    session.users.add("kim", MARKER_NAME, Role.COUNSELOR, "Temp-Pass-1234")
    # While the database is open (WAL and shared memory present) ...
    assert (data_dir / "onestop.db-wal").exists()
    assert files_containing(data_dir, MARKER_CENTER) == []
    assert files_containing(data_dir, MARKER_NAME) == []
    # ... after failed logins (auth-state.json), a backup, and after closing.
    with pytest.raises(OneStopError):
        vault.login("kim", "Wrong-Pass-1234")
    backups = tmp_path / "backups"  # never inside the data folder (tests/test_output_targets.py)
    backups.mkdir()
    session.backups.create(backups / "beside.bak")
    session.logout()
    for marker in (MARKER_CENTER, MARKER_NAME, "Wrong-Pass", "login_failed", "관리자"):
        assert files_containing(data_dir, marker) == [], marker
        assert files_containing(backups, marker) == [], marker


def test_database_has_no_plaintext_sqlite_header(admin_session: Session, data_dir: Path) -> None:
    assert not (data_dir / "onestop.db").read_bytes().startswith(b"SQLite format 3")


def test_wrong_key_opens_nothing_and_sqlcipher_prints_nothing(
    admin_session: Session, data_dir: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(WrongKeyError):
        connect(data_dir / "onestop.db", new_data_key())
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_data_folder_is_owner_only(admin_session: Session, data_dir: Path) -> None:
    assert data_dir.stat().st_mode & 0o077 == 0
    for name in ("onestop.db", "keys.json"):
        assert (data_dir / name).stat().st_mode & 0o077 == 0, name


def test_case_data_markers_reach_no_file_in_the_data_folder(admin_session: Session, data_dir: Path) -> None:
    from datetime import date

    from onestop_desktop.domain.casework import CounselingSessionForm, IntakeForm
    from onestop_desktop.domain.taxonomy import CrimeType

    case_id = admin_session.intake.create(
        IntakeForm(name="표식피해자", phone="010-2468-1357", summary="표식사건개요", crime_types={CrimeType.SEXUAL})
    )
    admin_session.cases.add_counseling_session(
        case_id, CounselingSessionForm(started_at=f"{date.today()} 10:00", note="표식상담내용입니다")
    )
    admin_session.cases.search_notes("표식상담")  # the search index is written too
    assert (data_dir / "onestop.db-wal").exists()
    for marker in ("표식피해자", "표식사건개요", "표식상담내용", "01024681357"):
        assert files_containing(data_dir, marker) == [], marker
