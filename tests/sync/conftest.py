"""Fixtures for tests that carry files through two real Syncthing instances (see tests/sync/syncthing.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from .syncthing import SYNCTHING, SyncthingPair

MISSING_REASON = f"{SYNCTHING} is not installed (Debian: apt-get install syncthing; .ci/run installs it)"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "syncthing: starts real Syncthing processes on 127.0.0.1 (deselect with -m 'not syncthing')"
    )


@pytest.fixture(scope="session")
def syncthing_binary() -> str:
    """The binary's path; skips the test, with the reason, only when it is absent."""
    found = shutil.which(SYNCTHING)
    if found is None:
        pytest.skip(MISSING_REASON)
    return found


@pytest.fixture(scope="module")
def syncthing_pair(syncthing_binary: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SyncthingPair]:
    """One running pair per test module (a start costs 1.2-1.6 s, a stop 0.05-1 s): tests share it through `lane`."""
    with SyncthingPair(tmp_path_factory.mktemp("syncthing"), binary=syncthing_binary) as pair:
        yield pair


@dataclass(frozen=True)
class Lane:
    """A test's own subfolder of the shared folder, as seen on each side, so tests sharing a pair stay apart."""

    a: Path
    b: Path


@pytest.fixture
def lane(syncthing_pair: SyncthingPair, request: pytest.FixtureRequest) -> Lane:
    name = request.node.name.replace("[", "-").replace("]", "").replace("/", "-")
    (syncthing_pair.folder_a / name).mkdir()
    syncthing_pair.wait_until_same()
    return Lane(syncthing_pair.folder_a / name, syncthing_pair.folder_b / name)
