from __future__ import annotations

import pytest

from onestop_desktop.storage.key_wrap import (
    KdfParams,
    UnwrapError,
    format_recovery_key,
    new_data_key,
    new_recovery_secret,
    parse_recovery_key,
    unwrap,
    wrap_with_passphrase,
    wrap_with_secret,
)

KDF = KdfParams(1, 1024, 1)


def test_passphrase_wrap_round_trip_and_wrong_passphrase() -> None:
    key = new_data_key()
    entry = wrap_with_passphrase(key, "Haneul-9-Baram-7", "db|user:1", KDF)
    assert unwrap(entry, "db|user:1", passphrase="Haneul-9-Baram-7") == key
    with pytest.raises(UnwrapError):
        unwrap(entry, "db|user:1", passphrase="Haneul-9-Baram-8")


def test_an_entry_is_bound_to_its_account() -> None:
    key = new_data_key()
    entry = wrap_with_passphrase(key, "Haneul-9-Baram-7", "db|user:1", KDF)
    with pytest.raises(UnwrapError):
        unwrap(entry, "db|user:2", passphrase="Haneul-9-Baram-7")


def test_kdf_parameters_are_stored_per_entry() -> None:
    key = new_data_key()
    stronger = KdfParams(2, 2048, 1)
    entry = wrap_with_passphrase(key, "Haneul-9-Baram-7", "b", stronger)
    assert (entry.time_cost, entry.memory_kib, entry.parallelism) == (2, 2048, 1)
    assert unwrap(entry, "b", passphrase="Haneul-9-Baram-7") == key


def test_recovery_key_text_round_trip_tolerates_case_spaces_and_lookalikes() -> None:
    secret = new_recovery_secret()
    text = format_recovery_key(secret)
    assert parse_recovery_key(text) == secret
    assert parse_recovery_key(" " + text.lower().replace("-", " ") + " ") == secret
    entry = wrap_with_secret(new_data_key(), secret, "db|recovery")
    with pytest.raises(UnwrapError):
        unwrap(entry, "db|recovery", secret=new_recovery_secret())


def test_a_malformed_recovery_key_is_refused() -> None:
    with pytest.raises(UnwrapError):
        parse_recovery_key("ABCD-EFGH")
    with pytest.raises(UnwrapError):
        parse_recovery_key("!" * 52)


def test_a_recovery_key_copied_with_line_breaks_still_parses() -> None:
    secret = new_recovery_secret()
    text = format_recovery_key(secret)
    assert parse_recovery_key(text[:20] + "\n" + text[20:40] + "\r\n\t" + text[40:]) == secret
