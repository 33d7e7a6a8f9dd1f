"""Personal signing keys: wrapped under the passphrase beside the data key, registered in account_keys, and used by
the store's write path to sign every own change to users, devices, settings and account keys."""

from __future__ import annotations

import json

import pytest

from onestop_desktop.domain.change_authority import value_at
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.settings import IDLE_LOCK_MINUTES
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage import account_keys
from onestop_desktop.storage.key_wrap import KdfParams, UnwrapError, new_data_key, unwrap, unwrap_with_signing
from onestop_desktop.storage.key_wrap import wrap_with_passphrase as wrap
from onestop_desktop.storage.keyring import load_keyring
from onestop_desktop.storage.store import Actor
from tests.conftest import ADMIN_PASSPHRASE

TEMPORARY = "Temp-Pass-1234"


def test_one_passphrase_opens_the_data_key_and_the_signing_key_and_neither_is_movable() -> None:
    data_key, (signing, _) = new_data_key(), account_keys.new_key_pair()
    entry = wrap(data_key, "Gureum-Sori-77", "db|user:a", KdfParams(1, 1024, 1), signing)
    assert unwrap_with_signing(entry, "db|user:a", passphrase="Gureum-Sori-77") == (data_key, signing)
    assert unwrap(entry, "db|user:a", passphrase="Gureum-Sori-77") == data_key
    with pytest.raises(UnwrapError):  # bound to the account like the data key
        unwrap_with_signing(entry, "db|user:b", passphrase="Gureum-Sori-77")
    swapped = type(entry)(**{**entry.to_json(), "signing_key": entry.ciphertext, "signing_nonce": entry.nonce})
    with pytest.raises(UnwrapError):  # the data key's ciphertext cannot pass for the signing key
        unwrap_with_signing(swapped, "db|user:a", passphrase="Gureum-Sori-77")


def _signed_changes(session: Session) -> list[tuple[str, str, str, str, str, bool]]:
    """(table, row, author, op, signer's key valid?) for every own protected change, folded per row and hlc."""
    with session.store.read() as conn:
        rows = conn.execute(
            "SELECT table_name, row_id, hlc, device_id, user_id, op, data FROM change_log"
            " WHERE table_name IN ('users', 'devices', 'settings', 'account_keys') ORDER BY seq"
        ).fetchall()
        signatures = dict(
            ((t, r, h), s)
            for t, r, h, s in conn.execute("SELECT table_name, row_id, hlc, signature FROM change_signatures")
        )
        folded: dict[tuple[str, str, str], list[object]] = {}
        for t, r, h, d, u, op, data in rows:
            entry = folded.setdefault((t, r, h), [d, u, op, {}])
            entry[3].update(json.loads(data))  # type: ignore[union-attr]
        out = []
        for (t, r, h), (d, u, op, values) in folded.items():
            # the key the author had then (a reset replaces it later); the setup transaction registers the first
            key = value_at(account_keys.history(conn, "account_keys", str(u)), "public_key", h, inclusive=True)
            message = account_keys.change_message(t, r, h, str(d), str(u), str(op), values)  # type: ignore[arg-type]
            signature = signatures.get((t, r, h))
            valid = signature is not None and isinstance(key, str) and account_keys.verify(key, message, signature)
            out.append((t, r, str(u), str(op), h, valid))
    return out


def test_every_access_change_a_session_writes_is_signed_with_its_accounts_key(admin_session: Session) -> None:
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, TEMPORARY)
    admin_session.users.set_role("kim", Role.OUTREACH)
    admin_session.settings.set(IDLE_LOCK_MINUTES, 10)
    changes = _signed_changes(admin_session)
    assert {t for t, *_ in changes} == {"users", "devices", "settings", "account_keys"}
    assert all(valid for *_, valid in changes)


def test_a_write_without_the_accounts_key_is_left_unsigned(admin_session: Session) -> None:
    with admin_session.store.write(Actor(admin_session.user.id, "admin")) as tx:  # no signer
        tx.conn.execute("UPDATE users SET display_name = '바뀐이름' WHERE id = ?", (admin_session.user.id,))
    last = _signed_changes(admin_session)[-1]
    assert last[0] == "users" and not last[-1]


def test_a_new_account_has_its_own_key_certified_by_the_administrator(admin_session: Session) -> None:
    kim = admin_session.users.add("kim", "김상담", Role.COUNSELOR, TEMPORARY)
    with admin_session.store.read() as conn:
        row = conn.execute("SELECT public_key, certified_by FROM account_keys WHERE id = ?", (kim.id,)).fetchone()
    assert row[1] == admin_session.user.id
    session = admin_session.vault.login("kim", TEMPORARY)
    assert session.signing_key is not None and account_keys.public_of(session.signing_key) == row[0]
    session.logout()


def test_ones_own_passphrase_change_keeps_the_key_an_administrators_reset_replaces_it(vault: Vault) -> None:
    admin = vault.initialize("센터", "데스크", "D1", "admin", "관리자", ADMIN_PASSPHRASE).session
    admin.users.add("kim", "김상담", Role.COUNSELOR, TEMPORARY)
    kim = vault.login("kim", TEMPORARY)
    first = kim.signing_key
    kim.users.change_own_passphrase(TEMPORARY, "Bada-Gureum-3-Sae", "Bada-Gureum-3-Sae")
    kim.logout()
    kim = vault.login("kim", "Bada-Gureum-3-Sae")
    assert kim.signing_key == first
    kim.logout()
    admin.users.reset_passphrase("kim", "Other-Temp-9876")
    kim = vault.login("kim", "Other-Temp-9876")
    assert kim.signing_key is not None and kim.signing_key != first  # the old one was out of the admin's reach
    with kim.store.read() as conn:
        assert account_keys.registered_key(conn, kim.user.id) == account_keys.public_of(kim.signing_key)
        certified = conn.execute("SELECT certified_by FROM account_keys WHERE id = ?", (kim.user.id,)).fetchone()[0]
    assert certified == admin.user.id
    kim.logout()
    own = admin.signing_key
    admin.users.reset_passphrase("admin", "Haneul-Sae-Gil-55")  # one's own reset keeps one's key
    admin.logout()
    again = vault.login("admin", "Haneul-Sae-Gil-55")
    assert again.signing_key == own
    assert all(valid for *_, valid in _signed_changes(again))
    again.logout()


def test_the_keyring_file_holds_the_signing_key_only_encrypted(admin_session: Session) -> None:
    raw = admin_session.vault.data_dir.keyring.read_bytes()
    assert admin_session.signing_key is not None
    import base64

    assert base64.b64encode(admin_session.signing_key) not in raw and admin_session.signing_key not in raw
    assert load_keyring(admin_session.vault.data_dir.keyring).users["admin"].wrapped.signing_key
