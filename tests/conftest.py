"""Shared fixtures: real encrypted databases in temporary folders, a cheap KDF, offscreen Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage.key_wrap import KdfParams

# Argon2id at its cheapest: the real parameters cost ~0.4 s per unlock (see benchmarks/).
FAST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
ADMIN_PASSPHRASE = "Haneul-9-Baram-7"
CENTER = "테스트센터"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def vault(data_dir: Path) -> Vault:
    return Vault(data_dir, kdf=FAST_KDF)


@pytest.fixture
def admin_session(vault: Vault) -> Iterator[Session]:
    result = vault.initialize(CENTER, "상담실 PC 1", "D1", "admin", "관리자", ADMIN_PASSPHRASE)
    yield result.session
    result.session.logout()
