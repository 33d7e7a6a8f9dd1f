"""The sealed change-bundle file: encrypted for named recipient devices, signed by its author device.

Layout (all integers big-endian)::

    MAGIC (8) | FORMAT_VERSION (1) | header length (u32) | header JSON
    | body nonce (12) | AES-256-GCM(content key, padded zlib(payload), AAD = everything before the body)
    | Ed25519 signature (64) over everything before it

The header is canonical JSON with only what a device needs before decrypting: sender device id, sequence,
schema version, the body length and, per recipient device id, an ephemeral X25519 public key, a nonce and the
32-byte content key wrapped with AES-256-GCM under HKDF-SHA256(ECDH(ephemeral, recipient)). The HKDF info
binds the format, sender, sequence, recipient and both public keys, so a wrapped key cannot be moved to another
bundle or recipient. The compressed payload is length-prefixed and zero-padded to a multiple of PAD_BLOCK so
bundle sizes say little about their content. Nothing in the header names cases, people, tables or times.

Refusals are ``BundleRefused(code)``; the message is the code only and never quotes bundle content.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import struct
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..storage.identity import introduction_text

MAGIC: Final = b"ONESTOPB"
FORMAT_VERSION: Final = 1
SUFFIX: Final = ".osb"
PAD_BLOCK: Final = 1024
MAX_SEQ: Final = 10**10 - 1
MAX_HEADER: Final = 1 << 20

NONCE_LEN: Final = 12
KEY_LEN: Final = 32
TAG_LEN: Final = 16
SIG_LEN: Final = 64
_PREFIX: Final = struct.Struct(">BI")  # version, header length
_LENGTH: Final = struct.Struct(">Q")  # compressed payload length inside the padded plaintext
_MIN_LEN: Final = len(MAGIC) + _PREFIX.size + 2 + NONCE_LEN + TAG_LEN + SIG_LEN
_HKDF_LABEL: Final = b"onestop-bundle-v1 content-key"
_DEVICE_ID: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_NAME: Final = re.compile(r"(?P<sender>[A-Za-z0-9][A-Za-z0-9._-]{0,127})-(?P<seq>[0-9]{10})\.osb")

REFUSAL_CODES: Final = frozenset(
    {"damaged", "truncated", "unknown_sender", "not_for_this_device", "bad_signature", "format_too_new"}
)


class BundleRefused(Exception):
    """A bundle that will not be applied. ``code`` is one of REFUSAL_CODES; the message carries nothing else."""

    def __init__(self, code: str, header: tuple[str, int] | None = None) -> None:
        if code not in REFUSAL_CODES:
            raise ValueError(f"unknown refusal code {code!r}")
        super().__init__(f"bundle refused: {code}")
        self.code = code
        self.header = header  # (sender, seq) from the signed header, when the signature was verified


@dataclass(frozen=True)
class OpenedBundle:
    sender_device_id: str
    seq: int
    schema_version: int
    payload: bytes
    introduced_by: str | None = None  # a new identity vouched for by this (known) device


def bundle_name(sender_device_id: str, seq: int) -> str:
    _check_device_id(sender_device_id)
    _check_seq(seq)
    return f"{sender_device_id}-{seq:010d}{SUFFIX}"


def parse_bundle_name(name: str) -> tuple[str, int] | None:
    """(sender, seq) for a finished bundle's file name; None for anything else (temporary or foreign files)."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    return match["sender"], int(match["seq"])


def seal(
    payload: bytes,
    *,
    sender_device_id: str,
    seq: int,
    schema_version: int,
    sender_sign_key: Ed25519PrivateKey,
    recipients: Mapping[str, X25519PublicKey],
    introduction: Mapping[str, str] | None = None,
) -> bytes:
    _check_device_id(sender_device_id)
    _check_seq(seq)
    if isinstance(schema_version, bool) or not isinstance(schema_version, int) or schema_version < 0:
        raise ValueError("schema_version must be a non-negative integer")
    if not recipients:
        raise ValueError("a bundle needs at least one recipient")
    compressed = zlib.compress(bytes(payload), 6)
    plain_len = _LENGTH.size + len(compressed)
    padded = _LENGTH.pack(len(compressed)) + compressed + bytes(-plain_len % PAD_BLOCK)
    content_key = AESGCM.generate_key(bit_length=256)
    wrapped: dict[str, dict[str, str]] = {}
    for recipient_id, recipient_key in recipients.items():
        _check_device_id(recipient_id)
        ephemeral = X25519PrivateKey.generate()
        ephemeral_raw = _raw_public(ephemeral.public_key())
        shared = ephemeral.exchange(recipient_key)
        kek = _kek(shared, sender_device_id, seq, recipient_id, ephemeral_raw, recipient_key)
        nonce = os.urandom(NONCE_LEN)
        wrapped[recipient_id] = {
            "epk": _b64(ephemeral_raw),
            "nonce": _b64(nonce),
            "key": _b64(AESGCM(kek).encrypt(nonce, content_key, None)),
        }
    header = {
        "sender": sender_device_id,
        "seq": seq,
        "schema": schema_version,
        "body": NONCE_LEN + len(padded) + TAG_LEN,
        "recipients": wrapped,
    }
    if introduction:
        header["intro"] = dict(introduction)
    header_bytes = json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    head = MAGIC + _PREFIX.pack(FORMAT_VERSION, len(header_bytes)) + header_bytes
    body_nonce = os.urandom(NONCE_LEN)
    signed = head + body_nonce + AESGCM(content_key).encrypt(body_nonce, padded, head)
    return signed + sender_sign_key.sign(signed)


def open_bundle(
    data: bytes,
    *,
    my_device_id: str,
    my_enc_key: X25519PrivateKey,
    known_senders: Mapping[str, Ed25519PublicKey],
) -> OpenedBundle:
    """Verify and decrypt a bundle addressed to this device, or raise BundleRefused. Never another exception."""
    data = bytes(data)
    if len(data) < len(MAGIC) + 1:
        raise BundleRefused("truncated" if MAGIC.startswith(data[: len(MAGIC)]) else "damaged")
    if data[: len(MAGIC)] != MAGIC:
        raise BundleRefused("damaged")
    version = data[len(MAGIC)]
    if version > FORMAT_VERSION:
        raise BundleRefused("format_too_new")
    if version != FORMAT_VERSION:
        raise BundleRefused("damaged")
    if len(data) < len(MAGIC) + _PREFIX.size:
        raise BundleRefused("truncated")
    _, header_len = _PREFIX.unpack_from(data, len(MAGIC))
    if header_len > MAX_HEADER:
        raise BundleRefused("damaged")
    head_end = len(MAGIC) + _PREFIX.size + header_len
    if len(data) < head_end:
        raise BundleRefused("truncated")
    header = _parse_header(data[len(MAGIC) + _PREFIX.size : head_end])
    expected = head_end + header.body_len + SIG_LEN
    if len(data) < expected:
        raise BundleRefused("truncated")
    if len(data) > expected or len(data) < _MIN_LEN:
        raise BundleRefused("damaged")

    sender_key = known_senders.get(header.sender)
    introduced_by = None
    if sender_key is None and header.intro is not None:
        sender_key, introduced_by = _introduced(header.sender, header.intro, known_senders)
    if sender_key is None:
        raise BundleRefused("unknown_sender")
    try:
        sender_key.verify(data[-SIG_LEN:], data[:-SIG_LEN])
    except InvalidSignature:
        raise BundleRefused("bad_signature") from None

    entry = header.recipients.get(my_device_id)
    if entry is None:
        raise BundleRefused("not_for_this_device", (header.sender, header.seq))
    ephemeral_raw, key_nonce, wrapped_key = entry
    try:
        ephemeral = X25519PublicKey.from_public_bytes(ephemeral_raw)
        my_public = my_enc_key.public_key()
        kek = _kek(my_enc_key.exchange(ephemeral), header.sender, header.seq, my_device_id, ephemeral_raw, my_public)
        content_key = AESGCM(kek).decrypt(key_nonce, wrapped_key, None)
        body = data[head_end:-SIG_LEN]
        padded = AESGCM(content_key).decrypt(body[:NONCE_LEN], body[NONCE_LEN:], data[:head_end])
    except (InvalidTag, ValueError):
        # Signed by a known device but not decryptable with our key: a wrong key or a faulty sender.
        raise BundleRefused("damaged") from None
    try:
        (compressed_len,) = _LENGTH.unpack_from(padded, 0)
        compressed = padded[_LENGTH.size : _LENGTH.size + compressed_len]
        if len(compressed) != compressed_len:
            raise ValueError("short")
        payload = zlib.decompress(compressed)
    except (struct.error, ValueError, zlib.error):
        raise BundleRefused("damaged") from None
    return OpenedBundle(header.sender, header.seq, header.schema_version, payload, introduced_by)


def _introduced(
    sender: str, intro: dict[str, str], known_senders: Mapping[str, Ed25519PublicKey]
) -> tuple[Ed25519PublicKey | None, str | None]:
    """The signing key of a restored or copied database's new identity, if a known device signed its introduction."""
    by_key = known_senders.get(intro["by"])
    if by_key is None or intro["id"] != sender:
        return None, None
    try:
        by_key.verify(base64.b64decode(intro["sig"], validate=True), introduction_text(intro))
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(intro["sign"], validate=True)), intro["by"]
    except (InvalidSignature, ValueError, binascii.Error):
        return None, None


@dataclass(frozen=True)
class _Header:
    sender: str
    seq: int
    schema_version: int
    body_len: int
    recipients: dict[str, tuple[bytes, bytes, bytes]]
    intro: dict[str, str] | None = None


def _parse_header(raw: bytes) -> _Header:
    try:
        doc: Any = json.loads(raw.decode("ascii"))
        keys = {"sender", "seq", "schema", "body", "recipients"}
        if not isinstance(doc, dict) or set(doc) not in (keys, keys | {"intro"}):
            raise ValueError("keys")
        intro = doc.get("intro")
        if intro is not None and (
            not isinstance(intro, dict)
            or set(intro) != {"id", "enc", "sign", "by", "sig"}
            or not all(isinstance(v, str) for v in intro.values())
        ):
            raise ValueError("intro")
        sender, seq, schema, body, recipients = (
            doc["sender"],
            doc["seq"],
            doc["schema"],
            doc["body"],
            doc["recipients"],
        )
        if not isinstance(sender, str) or _DEVICE_ID.fullmatch(sender) is None:
            raise ValueError("sender")
        for number in (seq, schema, body):
            if isinstance(number, bool) or not isinstance(number, int) or number < 0:
                raise ValueError("number")
        if seq > MAX_SEQ or body < NONCE_LEN + TAG_LEN:
            raise ValueError("range")
        if not isinstance(recipients, dict) or not recipients:
            raise ValueError("recipients")
        parsed: dict[str, tuple[bytes, bytes, bytes]] = {}
        for device_id, entry in recipients.items():
            if _DEVICE_ID.fullmatch(device_id) is None:
                raise ValueError("recipient")
            if not isinstance(entry, dict) or set(entry) != {"epk", "nonce", "key"}:
                raise ValueError("entry")
            fields = (_unb64(entry["epk"], KEY_LEN), _unb64(entry["nonce"], NONCE_LEN), _unb64(entry["key"], 48))
            parsed[device_id] = fields
    except (ValueError, TypeError, RecursionError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise BundleRefused("damaged") from None
    return _Header(sender, seq, schema, body, parsed, intro)


def _kek(
    shared: bytes, sender: str, seq: int, recipient: str, ephemeral_raw: bytes, recipient_key: X25519PublicKey
) -> bytes:
    info = b"\x00".join((_HKDF_LABEL, sender.encode("ascii"), str(seq).encode("ascii"), recipient.encode("ascii")))
    info += ephemeral_raw + _raw_public(recipient_key)
    return HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=None, info=info).derive(shared)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object, length: int) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("base64") from None
    if len(raw) != length:
        raise ValueError("length")
    return raw


def _check_device_id(device_id: str) -> None:
    if not isinstance(device_id, str) or _DEVICE_ID.fullmatch(device_id) is None:
        raise ValueError("device ids are 1-128 characters of A-Z a-z 0-9 . _ -")


def _check_seq(seq: int) -> None:
    if isinstance(seq, bool) or not isinstance(seq, int) or not 0 <= seq <= MAX_SEQ:
        raise ValueError("seq must be an integer from 0 to 9,999,999,999")
