"""The harness's own safety checks can fail: a default config is caught, a port taken by someone else is avoided."""

from __future__ import annotations

import os
import socket
import subprocess
from pathlib import Path

import pytest

from . import syncthing
from .syncthing import SyncthingPair, loopback_problems

pytestmark = pytest.mark.syncthing


def test_the_loopback_check_finds_a_default_config(syncthing_binary: str, tmp_path: Path) -> None:
    """A generated, unedited config is open to the network (discovery, relays, NAT, every interface): caught."""
    home = tmp_path / "home"
    environment = {key: value for key, value in os.environ.items() if not key.startswith("ST")}
    command = [syncthing_binary, "generate", f"--home={home}", "--no-default-folder"]
    subprocess.run(command, check=True, capture_output=True, timeout=30, env=environment)
    problems = "\n".join(loopback_problems(home / "config.xml"))
    for expected in ("globalAnnounceEnabled", "localAnnounceEnabled", "relaysEnabled", "natEnabled", "'default'"):
        assert expected in problems


def test_a_sync_port_taken_before_syncthing_binds_it_is_replaced(
    syncthing_binary: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ports are free when chosen but may be taken before Syncthing binds them; the pair must not use them then."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        chosen: list[list[int]] = []
        free_ports = syncthing.free_loopback_ports

        def first_choice_collides(count: int) -> list[int]:
            ports = free_ports(count)
            if not chosen:
                ports[3] = taken  # B's sync port: Syncthing keeps running and only reports a listener error
            chosen.append(ports)
            return ports

        monkeypatch.setattr(syncthing, "free_loopback_ports", first_choice_collides)
        with SyncthingPair(tmp_path, binary=syncthing_binary) as pair:
            a, b = pair.instances
            assert len(chosen) == 2
            assert taken not in (a.listen_port, b.listen_port)
            (pair.folder_a / "x").write_bytes(b"carried")
            pair.carry(timeout=30)
            assert (pair.folder_b / "x").read_bytes() == b"carried"
