"""Trust boundaries #6: one enrolment file joined twice gives two installations one device identity.

The first to report in with the identity owns it; the second one's bundles are quarantined at the workstation,
named, and its edits are kept for an administrator instead of being silently dropped.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from onestop_desktop.services.vault import Vault
from onestop_desktop.storage import trust
from onestop_desktop.sync.payload import decode_payload
from tests.conftest import ADMIN_PASSPHRASE, FAST_KDF
from tests.sync.test_engine import Center, _case


@pytest.fixture
def center(tmp_path: Path) -> Iterator[Center]:
    c = Center(tmp_path)
    yield c
    if not c.desk.is_locked:
        c.desk.logout()


def _has_case(center: Center, case_id: str) -> bool:
    with center.desk.store.read() as conn:
        return conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None


def test_the_second_installation_of_one_enrolment_is_quarantined_and_its_edits_kept(center: Center) -> None:
    enrolment = center.root / "laptop-2.enrol"
    code = center.desk.sync.enrol("laptop-2", "all", ["admin"], enrolment)
    copy = center.root / "copy-of-laptop-2.enrol"
    shutil.copy(enrolment, copy)
    first = Vault(center.root / "first", kdf=FAST_KDF).join(enrolment, code, "admin", ADMIN_PASSPHRASE)
    second = Vault(center.root / "second", kdf=FAST_KDF).join(copy, code, "admin", ADMIN_PASSPHRASE)
    assert first.store.device.device_id == second.store.device.device_id  # one identity, two installations

    kept = _case(first, "첫번째노트북")
    first.sync.run(center.folder)
    center.desk.sync.run(center.folder)
    assert _has_case(center, kept)

    lost = _case(second, "두번째노트북")
    second.sync.run(center.folder)  # its bundle even takes the name of the first one's
    report = center.desk.sync.run(center.folder)
    assert not _has_case(center, lost)
    assert report.quarantined == 1
    twins = [q for q in center.desk.sync.status(with_digest=False).quarantined if q[2] == "joined_twice"]
    assert len(twins) == 1 and twins[0][0] == "laptop-2" and "laptop-2" in twins[0][3]
    # its edits wait for an administrator: the bundle's content is kept, inside the encrypted database
    with center.desk.store.read() as conn:
        (payload,) = [bytes(r[0]) for r in conn.execute("SELECT payload FROM sync_twins")]
        owners = trust.identity_owner(conn, first.store.device.device_id)
    assert any(c[1] == lost for c in decode_payload(payload)["changes"])
    assert owners == first.store.device.database_id
    # the owner goes on syncing as before
    more = _case(first, "계속동기화")
    first.sync.run(center.folder)
    center.desk.sync.run(center.folder)
    assert _has_case(center, more) and not _has_case(center, lost)
    # and the second one's next bundles are kept too, not applied
    later = _case(second, "나중기록")
    second.sync.run(center.folder)
    center.desk.sync.run(center.folder)
    assert not _has_case(center, later)
    with center.desk.store.read() as conn:
        assert len(trust.twins(conn)) >= 2
    first.logout()
    second.logout()


def test_nothing_sensitive_of_a_kept_twin_bundle_is_in_plain_text(center: Center) -> None:
    """The kept payload lives only inside the encrypted database (nothing is written beside it)."""
    enrolment = center.root / "laptop-2.enrol"
    code = center.desk.sync.enrol("laptop-2", "all", ["admin"], enrolment)
    shutil.copy(enrolment, center.root / "copy.enrol")
    first = Vault(center.root / "first", kdf=FAST_KDF).join(enrolment, code, "admin", ADMIN_PASSPHRASE)
    second = Vault(center.root / "second", kdf=FAST_KDF).join(
        center.root / "copy.enrol", code, "admin", ADMIN_PASSPHRASE
    )
    _case(first, "첫째")
    first.sync.run(center.folder)
    center.desk.sync.run(center.folder)
    _case(second, "비밀이름")
    second.sync.run(center.folder)
    center.desk.sync.run(center.folder)
    marker = "비밀이름".encode()
    for path in center.desk.vault.data_dir.root.rglob("*"):
        if path.is_file():
            assert marker not in path.read_bytes()
    first.logout()
    second.logout()
