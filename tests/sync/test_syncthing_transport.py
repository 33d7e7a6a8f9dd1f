"""Bundles carried between two folders by two real Syncthing instances on 127.0.0.1 (tests/sync/syncthing.py).

One pair serves the whole module; each test works in its own subfolder (`lane`). Skipped, with the reason, only
when the `syncthing` binary is absent.
"""

from __future__ import annotations

import os
import secrets
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from onestop_desktop.sync import bundle_name, open_bundle, parse_bundle_name, seal

from .conftest import Lane
from .syncthing import FOLDER_ID, SyncthingPair, is_loopback, sockets_of

pytestmark = pytest.mark.syncthing

CONFLICT_MARK = ".sync-conflict-"


def write_like_a_bundle(folder: Path, name: str, data: bytes, temp_name: str | None = None) -> None:
    """As the sync engine writes a bundle: a temporary name in the folder, fsync, rename, fsync the folder."""
    temp = folder / (temp_name or f".tmp-{secrets.token_hex(4)}")
    with temp.open("xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    temp.rename(folder / name)
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


def conflict_copies(*folders: Path) -> list[str]:
    return sorted(str(path) for folder in folders for path in folder.rglob(f"*{CONFLICT_MARK}*"))


@dataclass(frozen=True)
class Device:
    device_id: str
    enc: X25519PrivateKey = field(default_factory=X25519PrivateKey.generate)
    sign: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)


# ---------------------------------------------------------------------------------------------------------------
# (a) bundles arrive whole, both ways


def test_sealed_bundles_arrive_byte_identical_and_open_on_the_other_side(
    syncthing_pair: SyncthingPair, lane: Lane
) -> None:
    d1, d2 = Device("D1"), Device("D2")
    known = {d1.device_id: d1.sign.public_key(), d2.device_id: d2.sign.public_key()}

    def send(sender: Device, recipient: Device, folder: Path, seq: int) -> tuple[str, bytes, bytes]:
        payload = f'{{"changes": ["{sender.device_id} #{seq}", "상담 기록"]}}'.encode() + os.urandom(3000)
        data = seal(
            payload, sender_device_id=sender.device_id, seq=seq, schema_version=70,
            sender_sign_key=sender.sign, recipients={recipient.device_id: recipient.enc.public_key()},
        )  # fmt: skip
        name = bundle_name(sender.device_id, seq)
        write_like_a_bundle(folder, name, data)
        return name, data, payload

    for from_folder, to_folder, sender, recipient in ((lane.a, lane.b, d1, d2), (lane.b, lane.a, d2, d1)):
        sent = [send(sender, recipient, from_folder, seq) for seq in (1, 2, 3)]
        syncthing_pair.carry(timeout=30)
        for name, data, payload in sent:
            received = (to_folder / name).read_bytes()
            assert received == data
            opened = open_bundle(
                received, my_device_id=recipient.device_id, my_enc_key=recipient.enc, known_senders=known
            )
            assert (opened.sender_device_id, opened.payload) == (sender.device_id, payload)

    # Nothing else arrived: no temporary names, and only Syncthing's own names are left out of the comparison.
    assert names(lane.a) == names(lane.b) == {bundle_name(d.device_id, s) for d in (d1, d2) for s in (1, 2, 3)}


# ---------------------------------------------------------------------------------------------------------------
# (b) unique immutable names never conflict


def test_many_unique_bundles_written_on_both_sides_at_once_make_no_conflict_copies(
    syncthing_pair: SyncthingPair, lane: Lane
) -> None:
    a, b = syncthing_pair.instances
    # The assertion below would hold for the wrong reason if conflict copies were switched off (maxConflicts=0).
    assert a.rest("GET", f"/rest/config/folders/{FOLDER_ID}")["maxConflicts"] > 0
    assert b.rest("GET", f"/rest/config/folders/{FOLDER_ID}")["maxConflicts"] > 0

    per_side = 40
    written: dict[str, bytes] = {}
    lock = threading.Lock()
    errors: list[BaseException] = []

    def writer(device_id: str, folder: Path, rescan: Callable[[], None]) -> None:
        try:
            for seq in range(1, per_side + 1):
                name, data = bundle_name(device_id, seq), os.urandom(512 + seq * 37)
                write_like_a_bundle(folder, name, data)
                with lock:
                    written[name] = data
                if seq % 8 == 0:  # both sides publish and pull while the other is still writing
                    rescan()
        except BaseException as error:  # reported by the main thread
            errors.append(error)

    threads = [
        threading.Thread(target=writer, args=("D1", lane.a, lambda: a.scan(timeout=30))),
        threading.Thread(target=writer, args=("D2", lane.b, lambda: b.scan(timeout=30))),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    syncthing_pair.carry(timeout=60)

    assert conflict_copies(lane.a, lane.b) == []
    assert names(lane.a) == names(lane.b) == set(written)
    assert len(written) == 2 * per_side
    for name, data in written.items():
        assert (lane.a / name).read_bytes() == data
        assert (lane.b / name).read_bytes() == data


def test_control_one_name_with_two_contents_does_make_conflict_copies(
    syncthing_pair: SyncthingPair, lane: Lane
) -> None:
    """Shows the check above can fail: a name rewritten differently on both sides is what conflicts."""
    for seq in range(1, 4):
        name = bundle_name("D1", seq)
        write_like_a_bundle(lane.a, name, b"from A " + os.urandom(100))
        write_like_a_bundle(lane.b, name, b"from B " + os.urandom(100))
    syncthing_pair.carry(timeout=30)
    assert len(conflict_copies(lane.a)) == 3
    assert len(conflict_copies(lane.b)) == 3
    # A conflict copy does not parse as a bundle name, so the app would ignore it rather than apply it twice.
    assert all(parse_bundle_name(Path(path).name) is None for path in conflict_copies(lane.a))


# ---------------------------------------------------------------------------------------------------------------
# (c) a file being written never shows under its final name half written


class Watcher:
    """Polls one path on the other side and records every read whose content differs from the expected bytes."""

    def __init__(self, path: Path, expected: bytes) -> None:
        self.path, self.expected = path, expected
        self.wrong_sizes: list[int] = []
        self.complete = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Watcher:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(10)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                seen = self.path.read_bytes()
            except FileNotFoundError:
                seen = None
            if seen == self.expected:
                self.complete.set()
            elif seen is not None and (not self.wrong_sizes or self.wrong_sizes[-1] != len(seen)):
                self.wrong_sizes.append(len(seen))
            time.sleep(0.002)


CHUNK = 512 * 1024
CHUNKS = 16  # 8 MiB, written over about a second with a rescan of A after every chunk


def _write_slowly(
    pair: SyncthingPair, path: Path, data: bytes, halfway: Callable[[], object], rename_to: Path | None
) -> None:
    a, _ = pair.instances
    with path.open("xb") as handle:
        for index in range(CHUNKS):
            handle.write(data[index * CHUNK : (index + 1) * CHUNK])
            handle.flush()
            os.fsync(handle.fileno())
            a.scan(timeout=30)  # publish whatever is there now: the partial file is offered to B
            if index == CHUNKS // 2 - 1:
                halfway()
            time.sleep(0.03)
    if rename_to is not None:
        path.rename(rename_to)
        _fsync_dir(path.parent)


# The temporary name forms: the sync engine's atomic writer (mkstemp prefix ".NAME.", suffix ".tmp"), which
# Syncthing treats as any other file, and Syncthing's own temporary form, which it never carries.
TEMP_NAMES = {"atomic-writer": ".{name}.{random}.tmp", "syncthing-form": ".syncthing.{name}.tmp"}


@pytest.mark.parametrize("temp_form", sorted(TEMP_NAMES))
def test_a_bundle_written_slowly_under_a_temporary_name_never_shows_half_written_under_its_final_name(
    syncthing_pair: SyncthingPair, lane: Lane, temp_form: str
) -> None:
    data = os.urandom(CHUNK * CHUNKS)
    name = bundle_name("D1", 1)
    temp_name = TEMP_NAMES[temp_form].format(name=name, random=secrets.token_hex(4))
    half = CHUNK * CHUNKS // 2
    seen_halfway: list[int | None] = []

    def halfway() -> None:
        syncthing_pair.carry(timeout=30)
        temp_on_b = lane.b / temp_name
        seen_halfway.append(temp_on_b.stat().st_size if temp_on_b.exists() else None)

    with Watcher(lane.b / name, data) as watcher:
        _write_slowly(syncthing_pair, lane.a / temp_name, data, halfway, rename_to=lane.a / name)
        syncthing_pair.carry(timeout=60)
        assert watcher.complete.wait(10)

    assert watcher.wrong_sizes == [], "B showed the final name with partial content"
    assert (lane.b / name).read_bytes() == data
    assert not (lane.b / temp_name).exists()
    if temp_form == "syncthing-form":
        assert seen_halfway == [None]  # Syncthing never carries names of its own temporary form
    else:
        assert seen_halfway == [half]  # the half-written temporary file itself did travel, under its own name


def test_control_a_file_written_in_place_does_show_half_written(syncthing_pair: SyncthingPair, lane: Lane) -> None:
    """Shows the watcher above can fail: writing under the final name exposes the partial file on the other side."""
    data = os.urandom(CHUNK * CHUNKS)
    name = bundle_name("D1", 1)
    with Watcher(lane.b / name, data) as watcher:
        _write_slowly(syncthing_pair, lane.a / name, data, lambda: syncthing_pair.carry(timeout=30), rename_to=None)
        syncthing_pair.carry(timeout=60)
        assert watcher.complete.wait(10)
    assert CHUNK * CHUNKS // 2 in watcher.wrong_sizes


# ---------------------------------------------------------------------------------------------------------------
# (d) nothing listens or connects beyond 127.0.0.1


def test_configs_keep_both_instances_on_loopback(syncthing_pair: SyncthingPair) -> None:
    assert syncthing_pair.loopback_problems() == []
    for instance in syncthing_pair.instances:
        # What the running instance actually uses, which could differ from the file (defaults filled in on load).
        options = instance.rest("GET", "/rest/config/options")
        assert options["listenAddresses"] == [instance.listen_address]
        assert not options["globalAnnounceEnabled"]
        assert not options["localAnnounceEnabled"]
        assert not options["relaysEnabled"]
        assert not options["natEnabled"]
        assert not options["crashReportingEnabled"]
        assert options["urAccepted"] == -1
        assert instance.rest("GET", "/rest/config/gui")["address"] == f"127.0.0.1:{instance.gui_port}"
        for device in instance.rest("GET", "/rest/config/devices"):
            assert all(
                address == "dynamic" or address.startswith("tcp://127.0.0.1:") for address in device["addresses"]
            )
        status = instance.rest("GET", "/rest/system/status")
        assert list(status["connectionServiceStatus"]) == [instance.listen_address]
        assert "discoveryEnabled" not in status  # reported only when a discovery service runs
        assert status["guiAddressUsed"] == f"127.0.0.1:{instance.gui_port}"
        assert all(address.startswith("tcp://127.0.0.1:") for address in status["lastDialStatus"])


@pytest.mark.skipif(sys.platform != "linux", reason="reads the processes' sockets from Linux's /proc")
def test_the_processes_hold_loopback_sockets_only(syncthing_pair: SyncthingPair) -> None:
    a, b = syncthing_pair.instances
    held = sockets_of(a.pids() + b.pids())
    listening = {s.local for s in held if s.listening}
    assert listening == {f"127.0.0.1:{port}" for port in (a.gui_port, a.listen_port, b.gui_port, b.listen_port)}
    assert [s for s in held if not is_loopback(s.local)] == []
    assert [s for s in held if not s.listening and not is_loopback(s.remote)] == []
    assert [s for s in held if s.protocol.startswith("udp")] == []  # no discovery, no QUIC, no NAT-PMP/UPnP
    assert any(not s.listening for s in held)  # the A-B connection itself is among them
