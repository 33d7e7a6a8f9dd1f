"""Trust boundaries #2: a bundle's file name decides nothing.

Sender, recipient and sequence come from the signed header only; a file whose name disagrees with its header is
refused with a reason, kept aside (in the data folder, outside the sync folder) and changes nothing else — no inbox
entry, no acknowledgement, no quarantine under the name it claims.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from onestop_desktop.services.session import Session
from onestop_desktop.sync.bundle import bundle_name, parse_bundle_name
from onestop_desktop.sync.engine import SyncEngine, SyncReport
from onestop_desktop.sync.guards import REFUSED_DIR
from tests.sync.test_engine import Center, _case


@pytest.fixture
def center(tmp_path: Path) -> Iterator[Center]:
    c = Center(tmp_path)
    yield c
    if not c.desk.is_locked:
        c.desk.logout()


def _bundles_of(folder: Path, device_id: str) -> list[str]:
    return sorted(n for n in os.listdir(folder) if (parse_bundle_name(n) or ("",))[0] == device_id)


def _inbox(session: Session) -> list[tuple[str, int, str]]:
    with session.store.read() as conn:
        return [(str(s), int(q), str(st)) for s, q, st in conn.execute("SELECT sender, seq, status FROM sync_inbox")]


def _has_case(session: Session, case_id: str) -> bool:
    with session.store.read() as conn:
        return conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None


def test_a_revoked_laptops_bundle_renamed_as_another_devices_is_refused_not_applied(center: Center) -> None:
    desk2, laptop = center.enrol("desk2"), center.enrol("laptop")
    center.sync(center.desk, desk2, laptop)
    center.desk.sync.revoke("laptop")
    late = _case(laptop, "폐기후작성")
    laptop_id, desk2_id = laptop.store.device.device_id, desk2.store.device.device_id
    before = set(_bundles_of(center.folder, laptop_id))
    SyncEngine(laptop.store, laptop.actor, lambda: None).write_bundles(center.folder, SyncReport())
    written = sorted(set(_bundles_of(center.folder, laptop_id)) - before)  # one to desk1, one to desk2
    assert len(written) == 2
    forged = {name: bundle_name(desk2_id, parse_bundle_name(name)[1] + 1000) for name in written}  # type: ignore[index]
    for name, new in forged.items():
        os.rename(center.folder / name, center.folder / new)
    own_files = set(_bundles_of(center.folder, center.desk.store.device.device_id))

    report = center.desk.sync.run(center.folder)
    assert sorted(report.refused) == sorted((new, "misnamed") for new in forged.values())
    assert not _has_case(center.desk, late)
    claimed = {parse_bundle_name(n) for n in (*forged, *forged.values())}
    assert [e for e in _inbox(center.desk) if (e[0], e[1]) in claimed] == []  # under neither name
    assert own_files <= set(os.listdir(center.folder))  # no acknowledgement taken from it either
    kept = {p.read_bytes() for p in (center.desk.vault.data_dir.root / REFUSED_DIR).iterdir()}
    assert kept == {(center.folder / new).read_bytes() for new in forged.values()}
    # reported once: the next run sees the same files and says nothing
    assert not any(code == "misnamed" for _, code in center.desk.sync.run(center.folder).refused)
    # under its own name it is what it is: written after the revocation, so quarantined
    for name, new in forged.items():
        os.rename(center.folder / new, center.folder / name)
    assert center.desk.sync.run(center.folder).quarantined == 1
    assert not _has_case(center.desk, late)
    desk2.logout()
    laptop.logout()


def _seen_names(center: Center) -> set[str]:
    return {bundle_name(s, q) for s, q, _ in _inbox(center.desk)}


def test_a_bundle_renamed_to_a_future_sequence_does_not_shadow_the_real_one(center: Center) -> None:
    desk2 = center.enrol("desk2")
    center.sync(center.desk, desk2)
    desk2_id = desk2.store.device.device_id
    first = _case(desk2, "첫번째")
    desk2.sync.run(center.folder)
    (real,) = [n for n in _bundles_of(center.folder, desk2_id) if n not in _seen_names(center)]
    seq = parse_bundle_name(real)[1]  # type: ignore[index]
    future = bundle_name(desk2_id, seq + 1)  # the name desk2's next bundle to desk1 will have
    os.rename(center.folder / real, center.folder / future)
    report = center.desk.sync.run(center.folder)
    assert (future, "misnamed") in report.refused and not _has_case(center.desk, first)
    assert all(q != seq + 1 for _, q, _ in _inbox(center.desk))
    # the real files arrive: the original under its name, and desk2's next bundle under the name that was taken
    (center.folder / future).rename(center.folder / real)
    second = _case(desk2, "두번째")
    desk2.sync.run(center.folder)
    assert (center.folder / future).exists()
    center.desk.sync.run(center.folder)
    assert _has_case(center.desk, first) and _has_case(center.desk, second)
    assert center.desk.sync.status().gaps == ()
    desk2.logout()


def test_a_renamed_bundle_for_another_device_touches_neither_inbox_nor_acknowledgements(center: Center) -> None:
    desk2, desk3 = center.enrol("desk2"), center.enrol("desk3")
    center.sync(center.desk, desk2, desk3)
    desk2_id = desk2.store.device.device_id
    _case(desk2, "세번째에게")
    desk2.sync.run(center.folder)
    desk3_id = desk3.store.device.device_id
    # desk2's bundle to desk3, renamed as if desk3 had written it: desk1 cannot read it but can verify it
    to_desk3 = [n for n in _bundles_of(center.folder, desk2_id) if n not in _seen_names(center)]
    assert to_desk3
    inbox_before = _inbox(center.desk)
    for name in to_desk3:
        seq = parse_bundle_name(name)[1]  # type: ignore[index]
        os.rename(center.folder / name, center.folder / bundle_name(desk3_id, seq + 500))
    report = center.desk.sync.run(center.folder)
    assert {code for _, code in report.refused} == {"misnamed"}
    assert [e for e in _inbox(center.desk) if e not in inbox_before and e[0] == desk3_id] == []
    desk2.logout()
    desk3.logout()
