"""Who may make which replicated change: the rule a receiving device applies to every change before taking it in,
and `check` to the changes a device holds.

Pure: the caller (sync/authorize.py, services/maintenance.py) gathers the facts from what it already trusts — the
signed device rows, the account-key table, the history of the users table — and asks `refusal()`.

The rule, in order:
1. A field kit sends only its own changes (it never relays another device's).
2. A device's identity renewed after a restore (author `system`, the device's own row, introduced by its old
   identity's signature) is taken as the introduction it is.
3. The author named in a change must be enrolled on the device that made it (when that device's user list is
   recorded; workstations set up before it was kept have none, see ARCHITECTURE § Trust).
4. Self-service: a user clearing their own must-change-passphrase flag after choosing a passphrase (the flag grants
   nothing; it only stops the reminder), or touching only the bookkeeping columns of their own row, needs no
   signature and is allowed from any device.
5. A field kit writes only rows of the cases in its scope: never a shared table (accounts, devices, settings,
   account keys, the agency directory, programs, survey questions …; storage/tables.py declares which are shared).
6. A change to accounts, devices, settings, account keys or destruction orders needs a valid signature by the
   author's personal key, and the author must have been an active administrator at the change's time. One
   exception: an account that has no key yet may register its first one, signed by that key (how keys start for
   accounts made before keys existed; a key counts only for an account that is an administrator when it signs).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

ACCOUNT_KEYS: Final = "account_keys"
DESTRUCTIONS: Final = "destructions"  # an order to destroy a case everywhere (파기): only an administrator's counts
# A change to these needs an administrator's signature.
PROTECTED_TABLES: Final = frozenset({"users", "devices", "settings", ACCOUNT_KEYS, DESTRUCTIONS})
SYSTEM_AUTHOR: Final = "system"
BOOKKEEPING_COLUMNS: Final = frozenset({"updated_at", "updated_by", "created_at", "origin_device"})
SELF_SERVICE_COLUMN: Final = "must_change_passphrase"


class Refusal(StrEnum):
    RELAYED_BY_FIELD_KIT = "relayed_by_field_kit"
    NOT_ENROLLED = "not_enrolled"
    FIELD_KIT_TABLE = "field_kit_table"
    OUT_OF_SCOPE = "out_of_scope"
    UNSIGNED = "unsigned"
    BAD_SIGNATURE = "bad_signature"
    NOT_ADMIN = "not_admin"


class Signature(StrEnum):
    """A change's signature, checked against the key the author had registered at the change's time."""

    NONE = "none"
    VALID = "valid"
    INVALID = "invalid"


@dataclass(frozen=True)
class ChangeFacts:
    table: str
    row_id: str
    op: str  # insert, update, delete
    values: Mapping[str, object]
    author: str
    origin_device: str  # the device that made the change (its clock value names it)
    origin_scope: str  # 'all' or 'field'; a device not known yet counts as a field kit
    origin_users: frozenset[str]  # accounts enrolled on it; empty when not recorded
    sender: str
    sender_scope: str
    sender_aliases: frozenset[str] = frozenset()  # identities the sender had before a restore
    shared: bool = False  # a table every device holds (accounts, directory, programs …), not a case's or client's
    in_scope: bool = False  # a case row: belongs to a case the originating field kit holds
    signature: Signature = Signature.NONE
    self_signed: bool = False  # an account_keys insert signed by the very key it registers
    author_was_admin: bool = False
    author_has_key: bool = False  # a key was registered for the author before this change
    new_identity: bool = False  # the originating device was introduced by its old identity's signature


def is_identity_renewal(f: ChangeFacts) -> bool:
    return (
        f.table == "devices"
        and f.op == "insert"
        and f.author == SYSTEM_AUTHOR
        and f.row_id == f.origin_device
        and f.new_identity
    )


def is_self_service(f: ChangeFacts) -> bool:
    columns = set(f.values) - BOOKKEEPING_COLUMNS
    return (
        f.table == "users"
        and f.op == "update"
        and f.row_id == f.author
        and columns <= {SELF_SERVICE_COLUMN}
        and f.values.get(SELF_SERVICE_COLUMN, 0) in (0, False)
    )


def is_key_introduction(f: ChangeFacts) -> bool:
    return f.table == ACCOUNT_KEYS and f.op == "insert" and f.row_id == f.author and not f.author_has_key


def needs_admin_signature(table: str) -> bool:
    return table in PROTECTED_TABLES


def is_shared(f: ChangeFacts) -> bool:
    return f.shared or f.table in PROTECTED_TABLES


def field_kit_may_write(f: ChangeFacts) -> bool:
    return not is_shared(f) and f.in_scope


def refusal(f: ChangeFacts) -> Refusal | None:
    """Why this change may not be applied, or None when it may."""
    if f.sender_scope != "all" and f.origin_device != f.sender and f.origin_device not in f.sender_aliases:
        return Refusal.RELAYED_BY_FIELD_KIT
    if is_identity_renewal(f):
        return None
    if f.origin_users and f.author not in f.origin_users:
        return Refusal.NOT_ENROLLED
    if is_self_service(f):
        return None
    if f.origin_scope != "all" and not field_kit_may_write(f):
        return Refusal.FIELD_KIT_TABLE if is_shared(f) else Refusal.OUT_OF_SCOPE
    if not needs_admin_signature(f.table):
        return None
    if is_key_introduction(f):
        return None if f.self_signed else Refusal.BAD_SIGNATURE
    if f.signature is Signature.NONE:
        return Refusal.UNSIGNED
    if f.signature is Signature.INVALID:
        return Refusal.BAD_SIGNATURE
    return None if f.author_was_admin else Refusal.NOT_ADMIN


# -- what the history says at a moment -------------------------------------------------------------------
def value_at(history: Iterable[tuple[str, Mapping[str, object]]], column: str, hlc: str, *, inclusive: bool) -> object:
    """The value `column` had at clock value `hlc`: the one set by the latest change before it (or at it, when
    `inclusive`), whatever order the changes are given in. None when no change had set it yet."""
    best: tuple[str, object] | None = None
    for at, values in history:
        if column not in values or at > hlc or (at == hlc and not inclusive):
            continue
        if best is None or at > best[0]:
            best = (at, values[column])
    return None if best is None else best[1]


def was_admin(history: Iterable[tuple[str, Mapping[str, object]]], hlc: str) -> bool:
    """Whether the account whose users-row changes are `history` was an active administrator just before `hlc`."""
    changes = list(history)
    role = value_at(changes, "role", hlc, inclusive=False)
    active = value_at(changes, "active", hlc, inclusive=False)
    deleted = value_at(changes, "deleted_at", hlc, inclusive=False)
    return role == "admin" and active in (1, True) and deleted is None
