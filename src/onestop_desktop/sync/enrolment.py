"""The enrolment file: a new device's identity, keys and starting data, sealed under a one-time code.

The code is short enough to read aloud (10 characters from an alphabet without look-alikes, about 50 bits); it
is stretched with Argon2id so guessing it offline costs a second of work per try, and the file says when it
expires (24 h). The body is AES-256-GCM with the whole header as associated data. Without the code the file
is random bytes; with it, the joining user must still prove their passphrase (see `Vault.join`).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import zlib
from datetime import datetime, timedelta
from typing import Any, Final

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..domain.ids import iso_utc, parse_iso, utc_now

MAGIC: Final = "onestop-enrolment"
VERSION: Final = 1
CODE_ALPHABET: Final = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no I, L, O, 0, 1
CODE_LENGTH: Final = 10
VALID_FOR: Final = timedelta(hours=24)
_KDF: Final = {"t": 3, "m": 65536, "p": 2}


class EnrolmentRefused(Exception):
    """`code`: 'damaged', 'wrong_code', 'expired'. Carries nothing from the file."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _key(code: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    return bytes(
        hash_secret_raw(
            secret=normalize_code(code).encode("ascii", "replace"),
            salt=salt,
            time_cost=kdf["t"],
            memory_cost=kdf["m"],
            parallelism=kdf["p"],
            hash_len=32,
            type=Type.ID,
        )
    )


def seal_enrolment(body: dict[str, Any], code: str) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    expires = iso_utc(utc_now() + VALID_FOR)
    header = {
        "format": MAGIC,
        "v": VERSION,
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "kdf": _KDF,
        "expires": expires,
    }
    head = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
    plain = _compressed_json({**body, "expires": expires})
    sealed = AESGCM(_key(code, salt, _KDF)).encrypt(nonce, plain, head)
    return head + b"\n" + sealed


def _compressed_json(body: dict[str, Any]) -> bytes:
    """The body as compressed JSON, encoded piece by piece: a workstation's file holds every change of the center,
    and the whole text and its bytes at once had peaked at 1.2 GB beside the changes at 20,000 cases."""
    compressor = zlib.compressobj(6)
    parts: list[bytes] = []
    pending: list[str] = []
    size = 0
    for piece in json.JSONEncoder(separators=(",", ":")).iterencode(body):
        pending.append(piece)
        size += len(piece)
        if size >= 1 << 16:
            parts.append(compressor.compress("".join(pending).encode("utf-8")))
            pending, size = [], 0
    parts.append(compressor.compress("".join(pending).encode("utf-8")))
    parts.append(compressor.flush())
    return b"".join(parts)


def open_enrolment(data: bytes, code: str, now: datetime | None = None) -> dict[str, Any]:
    try:
        head, sealed = data.split(b"\n", 1)
        header = json.loads(head.decode("ascii"))
        if header.get("format") != MAGIC or header.get("v") != VERSION:
            raise ValueError("format")
        salt = base64.b64decode(header["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        kdf = {k: int(header["kdf"][k]) for k in ("t", "m", "p")}
        if not (1 <= kdf["t"] <= 10 and 8 * kdf["p"] <= kdf["m"] <= 1 << 20 and 1 <= kdf["p"] <= 16):
            raise ValueError("kdf")
        expires = parse_iso(str(header["expires"]))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise EnrolmentRefused("damaged") from None
    try:
        plain = AESGCM(_key(code, salt, kdf)).decrypt(nonce, sealed, head)
    except (InvalidTag, ValueError):
        raise EnrolmentRefused("wrong_code") from None
    if (now or utc_now()) > expires:
        raise EnrolmentRefused("expired")
    try:
        body: dict[str, Any] = json.loads(zlib.decompress(plain).decode("utf-8"))
    except (ValueError, zlib.error, UnicodeDecodeError):
        raise EnrolmentRefused("damaged") from None
    return body
