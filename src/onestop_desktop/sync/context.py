"""What every part of a sync run shares: the store, who runs it, this device's keys, and the report it fills in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ..storage.store import Actor, Store
from ..storage.sync_store import Gap


class DeviceRevoked(Exception):
    """This device learned that it was revoked; its data folder has been wiped."""


class Refusal(NamedTuple):
    file: str  # the bundle's file name
    reason: str  # a code: damaged, unknown_sender, bad_signature, ...


class QuarantineNote(NamedTuple):
    device_id: str
    reason: str  # revoked, schema or clock
    detail: str


@dataclass
class SyncReport:
    written: int = 0
    applied: int = 0
    changes: int = 0
    conflicts: int = 0
    quarantined: int = 0
    not_for_us: int = 0
    waiting: int = 0
    purged_cases: int = 0
    destroyed_cases: int = 0  # cases an administrator ordered destroyed (파기), removed here with their history
    collected: int = 0  # deleted rows every active device had: removed here with their history
    gaps: list[Gap] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    quarantine_notes: list[QuarantineNote] = field(default_factory=list)


@dataclass(frozen=True)
class Keys:
    device_id: str
    enc: X25519PrivateKey
    sign: Ed25519PrivateKey


def device_keys(store: Store) -> Keys:
    enc_raw, sign_raw = store.device_private_keys()
    return Keys(
        store.device.device_id,
        X25519PrivateKey.from_private_bytes(enc_raw),
        Ed25519PrivateKey.from_private_bytes(sign_raw),
    )


@dataclass(frozen=True)
class Run:
    """One sync run of this device."""

    store: Store
    actor: Actor
    keys: Keys
    wipe: Callable[[], None]  # crypto-shred this device (it learned it was revoked)

    @property
    def me(self) -> str:
        return self.keys.device_id
