"""Wrap the database's data key under a passphrase (Argon2id) or the recovery key (HKDF).

The data key never changes when a passphrase does: a passphrase change re-wraps one entry.
The KDF parameters are stored with each entry so they can be raised later without
breaking older entries. An account's entry also carries its personal signing key (Ed25519), encrypted under the
same passphrase-derived key with its own nonce and associated data: one Argon2id run opens both, so a login costs
what it did before.
"""

from __future__ import annotations

import base64
import os
import secrets
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

DATA_KEY_BYTES = 32
_AAD_PREFIX = b"onestop/data-key/v1|"
_SIGNING_AAD_PREFIX = b"onestop/signing-key/v1|"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Chosen with benchmarks/unlock_time.py (figures in the README)."""

    time_cost: int = 3
    memory_kib: int = 262144  # 256 MiB: memory hardness is what slows GPU guessing
    parallelism: int = 2


DEFAULT_KDF = KdfParams()


class UnwrapError(Exception):
    """The passphrase or recovery key does not open this entry (or the entry was altered)."""


@dataclass(frozen=True)
class WrappedKey:
    kdf: str  # "argon2id" or "hkdf-sha256"
    salt: str
    nonce: str
    ciphertext: str
    time_cost: int = 0
    memory_kib: int = 0
    parallelism: int = 0
    version: int = 1
    signing_nonce: str = ""  # the account's signing key, when the entry carries one (same KEK, own AAD)
    signing_key: str = ""

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: dict[str, object]) -> WrappedKey:
        entry = cls(
            kdf=str(raw["kdf"]),
            salt=str(raw["salt"]),
            nonce=str(raw["nonce"]),
            ciphertext=str(raw["ciphertext"]),
            time_cost=int(str(raw.get("time_cost", 0))),
            memory_kib=int(str(raw.get("memory_kib", 0))),
            parallelism=int(str(raw.get("parallelism", 0))),
            version=int(str(raw.get("version", 1))),
            signing_nonce=str(raw.get("signing_nonce", "")),
            signing_key=str(raw.get("signing_key", "")),
        )
        if entry.kdf == "argon2id" and not _plausible_argon2(entry):
            # A damaged file must fail as damaged, not as an Argon2 error or an attempt to allocate gigabytes.
            raise ValueError("implausible key-derivation parameters")
        return entry


def _plausible_argon2(entry: WrappedKey) -> bool:
    return (
        1 <= entry.parallelism <= 64
        and 1 <= entry.time_cost <= 32
        and 8 * entry.parallelism <= entry.memory_kib <= 2 * 1024 * 1024
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def _argon2(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _hkdf(secret: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"onestop/recovery-wrap/v1").derive(secret)


def _aad(binding: str) -> bytes:
    return _AAD_PREFIX + binding.encode("utf-8")


def wrap_with_passphrase(
    data_key: bytes, passphrase: str, binding: str, params: KdfParams, signing_key: bytes | None = None
) -> WrappedKey:
    """`binding` ties the entry to one installation and one account (e.g. "<db id>|user:<id>"). `signing_key`,
    the account's private Ed25519 key, is wrapped under the same passphrase-derived key."""
    salt = os.urandom(16)
    nonce = os.urandom(12)
    kek = _argon2(passphrase, salt, params)
    ciphertext = AESGCM(kek).encrypt(nonce, data_key, _aad(binding))
    signing_nonce = os.urandom(12)
    signing = b"" if signing_key is None else AESGCM(kek).encrypt(signing_nonce, signing_key, _signing_aad(binding))
    return WrappedKey(
        kdf="argon2id",
        salt=_b64(salt),
        nonce=_b64(nonce),
        ciphertext=_b64(ciphertext),
        time_cost=params.time_cost,
        memory_kib=params.memory_kib,
        parallelism=params.parallelism,
        signing_nonce=_b64(signing_nonce) if signing else "",
        signing_key=_b64(signing) if signing else "",
    )


def _signing_aad(binding: str) -> bytes:
    return _SIGNING_AAD_PREFIX + binding.encode("utf-8")


def wrap_with_secret(data_key: bytes, secret: bytes, binding: str) -> WrappedKey:
    """For the recovery key, which already has 256 bits of entropy: no slow KDF needed."""
    salt = os.urandom(16)
    nonce = os.urandom(12)
    ciphertext = AESGCM(_hkdf(secret, salt)).encrypt(nonce, data_key, _aad(binding))
    return WrappedKey(kdf="hkdf-sha256", salt=_b64(salt), nonce=_b64(nonce), ciphertext=_b64(ciphertext))


def unwrap(entry: WrappedKey, binding: str, *, passphrase: str | None = None, secret: bytes | None = None) -> bytes:
    return unwrap_with_signing(entry, binding, passphrase=passphrase, secret=secret)[0]


def unwrap_with_signing(
    entry: WrappedKey, binding: str, *, passphrase: str | None = None, secret: bytes | None = None
) -> tuple[bytes, bytes | None]:
    """The data key and, when the entry carries one, the account's private signing key."""
    try:
        salt, nonce, ciphertext = _unb64(entry.salt), _unb64(entry.nonce), _unb64(entry.ciphertext)
        if entry.kdf == "argon2id" and passphrase is not None:
            params = KdfParams(entry.time_cost, entry.memory_kib, entry.parallelism)
            kek = _argon2(passphrase, salt, params)
        elif entry.kdf == "hkdf-sha256" and secret is not None:
            kek = _hkdf(secret, salt)
        else:
            raise UnwrapError
        data_key = AESGCM(kek).decrypt(nonce, ciphertext, _aad(binding))
        signing = None
        if entry.signing_key:
            signing = AESGCM(kek).decrypt(_unb64(entry.signing_nonce), _unb64(entry.signing_key), _signing_aad(binding))
        return data_key, signing
    except (InvalidTag, ValueError, TypeError) as exc:
        raise UnwrapError from exc


# The recovery key is shown to people: Crockford base32 (no I, L, O, U), in groups of four.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_KEY_BYTES = 32


def format_recovery_key(secret: bytes) -> str:
    number = int.from_bytes(secret, "big")
    chars = []
    for _ in range((len(secret) * 8 + 4) // 5):
        chars.append(_ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(text.split()).upper().replace("-", "")  # copied keys may carry line breaks
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    number = 0
    for ch in cleaned:
        index = _ALPHABET.find(ch)
        if index < 0:
            raise UnwrapError
        number = (number << 5) | index
    if len(cleaned) != (RECOVERY_KEY_BYTES * 8 + 4) // 5:
        raise UnwrapError
    try:
        return number.to_bytes(RECOVERY_KEY_BYTES, "big")
    except OverflowError as exc:
        raise UnwrapError from exc


def new_recovery_secret() -> bytes:
    return secrets.token_bytes(RECOVERY_KEY_BYTES)
