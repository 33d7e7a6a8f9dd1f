"""The sealed bundle format: round trips, and every kind of damage refused with a code and nothing else."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onestop_desktop.sync import BundleRefused, OpenedBundle, bundle_name, open_bundle, parse_bundle_name, seal
from onestop_desktop.sync.bundle import PAD_BLOCK, REFUSAL_CODES

MARKER = "피해자-홍길동-MARKER-7f3a"


@dataclass(frozen=True)
class Device:
    device_id: str
    enc: X25519PrivateKey
    sign: Ed25519PrivateKey

    @classmethod
    def make(cls, device_id: str) -> Device:
        return cls(device_id, X25519PrivateKey.generate(), Ed25519PrivateKey.generate())


SENDER = Device.make("laptop-1")
WORKSTATIONS = [Device.make(f"ws-{n}") for n in range(3)]
OUTSIDER = Device.make("laptop-9")
KNOWN: dict[str, Ed25519PublicKey] = {d.device_id: d.sign.public_key() for d in [SENDER, *WORKSTATIONS]}


def _seal(payload: bytes, recipients: list[Device], sender: Device = SENDER, seq: int = 7) -> bytes:
    return seal(
        payload,
        sender_device_id=sender.device_id,
        seq=seq,
        schema_version=40,
        sender_sign_key=sender.sign,
        recipients={d.device_id: d.enc.public_key() for d in recipients},
    )


def _open(data: bytes, me: Device, known: dict[str, Ed25519PublicKey] | None = None) -> OpenedBundle:
    return open_bundle(
        data, my_device_id=me.device_id, my_enc_key=me.enc, known_senders=KNOWN if known is None else known
    )


def _refusal(data: bytes, me: Device) -> str:
    """The refusal code; fails the test on success or on any exception other than BundleRefused."""
    try:
        _open(data, me)
    except BundleRefused as refused:
        assert refused.code in REFUSAL_CODES
        assert str(refused) == f"bundle refused: {refused.code}"
        return refused.code
    pytest.fail("a damaged bundle was accepted")


def test_round_trip_to_one_recipient() -> None:
    payload = f'{{"changes": ["{MARKER}"]}}'.encode()
    data = _seal(payload, WORKSTATIONS[:1])
    opened = _open(data, WORKSTATIONS[0])
    assert opened == OpenedBundle("laptop-1", 7, 40, payload)


def test_round_trip_to_three_recipients() -> None:
    payload = b"x" * 5000 + MARKER.encode()
    data = _seal(payload, WORKSTATIONS)
    for device in WORKSTATIONS:
        assert _open(data, device).payload == payload


def test_empty_payload_round_trips() -> None:
    assert _open(_seal(b"", WORKSTATIONS[:1]), WORKSTATIONS[0]).payload == b""


def test_a_flipped_bit_at_every_byte_position_is_refused() -> None:
    data = _seal(MARKER.encode(), WORKSTATIONS[:2])
    codes = set()
    for position in range(len(data)):
        for bit in (0x01, 0x80):
            damaged = bytearray(data)
            damaged[position] ^= bit
            codes.add(_refusal(bytes(damaged), WORKSTATIONS[0]))
    assert codes <= REFUSAL_CODES
    assert "bad_signature" in codes  # the body and signature are covered by the signature


def test_truncation_at_every_length_is_refused() -> None:
    data = _seal(MARKER.encode(), WORKSTATIONS[:2])
    codes = {_refusal(data[:length], WORKSTATIONS[0]) for length in range(len(data))}
    assert codes <= REFUSAL_CODES
    # Cut anywhere after the magic and format byte, a half-copied file says so.
    assert {_refusal(data[:length], WORKSTATIONS[0]) for length in range(9, len(data))} == {"truncated"}


def test_trailing_bytes_are_refused() -> None:
    data = _seal(b"payload", WORKSTATIONS[:1])
    assert _refusal(data + b"\x00", WORKSTATIONS[0]) == "damaged"


def test_garbage_and_foreign_files_are_refused() -> None:
    for data in (b"", b"\x00" * 200, b"PK\x03\x04" + b"\x00" * 100, "동기화".encode() * 50):
        assert _refusal(data, WORKSTATIONS[0]) in {"damaged", "truncated"}


def test_a_newer_format_is_refused_as_too_new() -> None:
    data = bytearray(_seal(b"payload", WORKSTATIONS[:1]))
    data[8] = 2
    assert _refusal(bytes(data), WORKSTATIONS[0]) == "format_too_new"


def test_a_bundle_for_another_device_is_refused() -> None:
    data = _seal(b"payload", WORKSTATIONS[:2])
    assert _refusal(data, WORKSTATIONS[2]) == "not_for_this_device"
    with pytest.raises(BundleRefused) as refused:
        open_bundle(
            data,
            my_device_id=OUTSIDER.device_id,
            my_enc_key=OUTSIDER.enc,
            known_senders={"laptop-1": SENDER.sign.public_key()},
        )
    assert refused.value.code == "not_for_this_device"


def test_a_device_claiming_to_be_a_recipient_without_its_key_cannot_read() -> None:
    data = _seal(b"payload", WORKSTATIONS[:1])
    impostor = Device("ws-0", OUTSIDER.enc, OUTSIDER.sign)
    assert _refusal(data, impostor) == "damaged"


def test_an_unknown_sender_is_refused() -> None:
    data = _seal(b"payload", WORKSTATIONS[:1], sender=OUTSIDER)
    assert _refusal(data, WORKSTATIONS[0]) == "unknown_sender"


def test_a_wrong_sender_key_is_refused() -> None:
    data = _seal(b"payload", WORKSTATIONS[:1])
    wrong = dict(KNOWN, **{"laptop-1": OUTSIDER.sign.public_key()})
    with pytest.raises(BundleRefused) as refused:
        _open(data, WORKSTATIONS[0], known=wrong)
    assert refused.value.code == "bad_signature"


def test_a_device_signing_in_another_devices_name_is_refused() -> None:
    forged = Device("laptop-1", OUTSIDER.enc, OUTSIDER.sign)
    data = _seal(b"payload", WORKSTATIONS[:1], sender=forged)
    assert _refusal(data, WORKSTATIONS[0]) == "bad_signature"


def test_the_payload_never_appears_in_the_bundle_bytes() -> None:
    payload = ("상담 기록 " + MARKER + " ") * 40
    for encoded in (payload.encode("utf-8"), payload.encode("utf-16-le"), payload.encode("utf-16-be")):
        data = _seal(encoded, WORKSTATIONS)
        for form in ("utf-8", "utf-16-le", "utf-16-be"):
            assert MARKER.encode(form) not in data
            assert "홍길동".encode(form) not in data
        assert b"MARKER" not in data


def test_sizes_are_padded() -> None:
    small = _seal(b"a", WORKSTATIONS[:1])
    larger = _seal(b"a" * 300, WORKSTATIONS[:1])
    assert len(small) == len(larger)
    assert (len(small) - len(_seal(b"a" * 300_000, WORKSTATIONS[:1]))) % PAD_BLOCK == 0


def test_refusal_messages_carry_no_content() -> None:
    data = bytearray(_seal(MARKER.encode(), WORKSTATIONS[:1]))
    data[-1] ^= 1
    with pytest.raises(BundleRefused) as refused:
        _open(bytes(data), WORKSTATIONS[0])
    assert MARKER not in str(refused.value) and MARKER not in repr(refused.value)
    assert refused.value.__cause__ is None and refused.value.__suppress_context__


def test_seal_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError):
        _seal(b"x", [])
    with pytest.raises(ValueError):
        _seal(b"x", WORKSTATIONS[:1], sender=Device("../evil", SENDER.enc, SENDER.sign))
    with pytest.raises(ValueError):
        _seal(b"x", WORKSTATIONS[:1], seq=-1)


def test_bundle_names() -> None:
    assert bundle_name("laptop-2", 14) == "laptop-2-0000000014.osb"
    assert parse_bundle_name("laptop-2-0000000014.osb") == ("laptop-2", 14)
    device_id = "01922f3e-7a1b-7c3d-8e4f-0123456789ab"
    assert parse_bundle_name(bundle_name(device_id, 9_999_999_999)) == (device_id, 9_999_999_999)
    for foreign in (
        "laptop-2-0000000014.osb.tmp",
        ".syncthing.laptop-2-0000000014.osb.tmp",
        "~syncthing~laptop-2-0000000014.osb.tmp",
        "laptop-2-14.osb",
        "laptop-2-0000000014.osb.sync-conflict-20240101",
        ".stfolder",
        "../x-0000000001.osb",
    ):
        assert parse_bundle_name(foreign) is None
    with pytest.raises(ValueError):
        bundle_name("a/b", 1)
    with pytest.raises(ValueError):
        bundle_name("laptop-2", 10**10)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    payload=st.binary(max_size=4000),
    recipient_count=st.integers(min_value=1, max_value=3),
    seq=st.integers(min_value=0, max_value=9_999_999_999),
    schema=st.integers(min_value=0, max_value=10_000),
    data=st.data(),
)
def test_round_trip_property(payload: bytes, recipient_count: int, seq: int, schema: int, data: st.DataObject) -> None:
    recipients = data.draw(st.lists(st.sampled_from(WORKSTATIONS), min_size=recipient_count, max_size=3, unique=True))
    sealed = seal(
        payload,
        sender_device_id=SENDER.device_id,
        seq=seq,
        schema_version=schema,
        sender_sign_key=SENDER.sign,
        recipients={d.device_id: d.enc.public_key() for d in recipients},
    )
    for device in WORKSTATIONS:
        if device in recipients:
            assert _open(sealed, device) == OpenedBundle(SENDER.device_id, seq, schema, payload)
        else:
            assert _refusal(sealed, device) == "not_for_this_device"
    position = data.draw(st.integers(min_value=0, max_value=len(sealed) - 1))
    damaged = bytearray(sealed)
    damaged[position] ^= data.draw(st.integers(min_value=1, max_value=255))
    _refusal(bytes(damaged), recipients[0])
