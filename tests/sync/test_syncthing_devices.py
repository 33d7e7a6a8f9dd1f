"""Two devices' data folders kept in step through two real Syncthing instances on 127.0.0.1.

Each device syncs through its own side of the shared folder, as two computers would: desk1 writes bundles into
side A, Syncthing carries them, desk2 reads side B, and back. No file of the shared folder holds the marker in
plain text, and Syncthing makes no conflict copies (bundles are never rewritten).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.vault import Vault
from tests.conftest import ADMIN_PASSPHRASE, CENTER, FAST_KDF
from tests.helpers import files_containing

from .conftest import Lane
from .syncthing import SyncthingPair

pytestmark = pytest.mark.syncthing


def test_two_devices_converge_through_syncthing(syncthing_pair: SyncthingPair, lane: Lane, tmp_path: Path) -> None:
    desk1 = (
        Vault(tmp_path / "desk1", kdf=FAST_KDF)
        .initialize(CENTER, "desk1", "D1", "admin", "관리자", ADMIN_PASSPHRASE)
        .session
    )
    code = desk1.sync.enrol("desk2", "all", ["admin"], tmp_path / "desk2.enrol")
    desk2 = Vault(tmp_path / "desk2", kdf=FAST_KDF).join(tmp_path / "desk2.enrol", code, "admin", ADMIN_PASSPHRASE)
    try:
        desk1.intake.create(IntakeForm(name="표식싱크", birth_date="1991-04-05", crime_types={CrimeType.STALKING}))
        desk2.intake.create(IntakeForm(name="이바다", birth_date="1985-10-01", crime_types={CrimeType.STALKING}))
        for _ in range(2):  # two rounds: each side's changes, then the audit entries about them
            desk1.sync.run(lane.a)
            syncthing_pair.wait_until_same()
            desk2.sync.run(lane.b)
            syncthing_pair.wait_until_same()
        desk1.sync.run(lane.a)
        assert desk1.sync.status().digest == desk2.sync.status().digest
        assert files_containing(lane.a, "표식싱크") == [] and files_containing(lane.b, "표식싱크") == []
        names = {p.name for side in (lane.a, lane.b) for p in side.iterdir()}
        assert not any(".sync-conflict-" in n for n in names)
        assert desk1.sync.status().gaps == () and desk2.sync.status().gaps == ()
    finally:
        desk1.logout()
        desk2.logout()
