"""Authorizing received changes one by one, before any of them is applied (ARCHITECTURE § Trust).

A bundle's signature says which device sent it; it says nothing about whether that device, or the author a change
names, may make the change: every account on a device unwraps the same data key and can write anything through the
store. So each change is judged by `change_authority.refusal` from what this device already trusts — the signed
device rows (scope, enrolled accounts), the history of the users table (who was an administrator when), the
account-key table (which key was each account's when) — and the changes accepted earlier in the same bundle.
A refused change is kept with its reason (and retried at each sync: the key or promotion it depends on may come
later from another device); the rest of the bundle applies.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from ..domain.audit import AuditAction
from ..domain.change_authority import (
    ACCOUNT_KEYS,
    PROTECTED_TABLES,
    ChangeFacts,
    Refusal,
    Signature,
    refusal,
    value_at,
    was_admin,
)
from ..storage import account_keys, trust
from ..storage import sync_store as ss
from ..storage.audit_log import AuditRecord
from ..storage.audit_log import append as append_audit
from ..storage.db import Connection
from ..storage.tables import CASE_LINKS, SHARED_TABLES

ChangeKey = tuple[str, str, str]  # (table, row id, hlc): a change's identity
# Columns by which a case row names the row it belongs to (and so its case): its case, its client, or the parent
# row storage/tables.py declares for it.
_PARENTS: Final = {"case_id": "cases", "client_id": "clients"}
_LINKS: Final = {link.table: (link.column, link.parent) for link in CASE_LINKS}


@dataclass(frozen=True)
class Sender:
    id: str
    scope: str
    aliases: frozenset[str] = frozenset()  # the identity that introduced it (a restored database's old one)
    introduced: bool = False  # not a known device yet: its identity came with an introduction


@dataclass
class Authorizer:
    """Judges the changes of one bundle in order; changes it accepts count for the ones after them."""

    conn: Connection
    sender: Sender
    signatures: Mapping[ChangeKey, str]
    devices: dict[str, trust.DeviceFacts] = field(init=False)
    _accepted: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = field(default_factory=dict, init=False)
    _kit_cases: dict[str, set[str]] = field(default_factory=dict, init=False)
    # A workstation's change to a table that needs no signature is judged by who made it where, nothing else:
    # one verdict per (device, author, table) serves a bundle of thousands of case rows.
    _plain: dict[tuple[str, str, str], Refusal | None] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.devices = trust.device_facts(self.conn)

    def judge(self, change: Sequence[str]) -> Refusal | None:
        table, row_id, hlc, device_id, user_id, op, data = change[:7]
        origin = self._origin(device_id)
        protected = table in PROTECTED_TABLES
        plain = (device_id, user_id, table) if origin.scope == "all" and not protected else None
        if plain is not None and plain in self._plain:
            return self._plain[plain]
        shared = table in SHARED_TABLES
        kit_row = origin.scope != "all" and not shared
        values: dict[str, Any] = json.loads(data) if protected or kit_row or origin.scope != "all" else {}
        facts = ChangeFacts(
            table=table,
            row_id=row_id,
            op=op,
            values=values,
            author=user_id,
            origin_device=device_id,
            origin_scope=origin.scope,
            origin_users=origin.users,
            sender=self.sender.id,
            sender_scope=self.sender.scope,
            sender_aliases=self.sender.aliases,
            shared=shared,
            in_scope=self._in_scope(origin, table, row_id, values) if kit_row else False,
            new_identity=self.sender.introduced and device_id == self.sender.id,
            **(self._signature_facts(table, row_id, hlc, device_id, user_id, op, values) if protected else {}),
        )
        verdict = refusal(facts)
        if plain is not None:
            self._plain[plain] = verdict
        if verdict is None and table in ("users", ACCOUNT_KEYS):
            self._accepted.setdefault((table, row_id), []).append((hlc, values))
        return verdict

    # -- facts -----------------------------------------------------------------------------------------------
    def _origin(self, device_id: str) -> trust.DeviceFacts:
        known = self.devices.get(device_id)
        if known is not None:
            return known
        if device_id == self.sender.id and self.sender.introduced:  # a restored database's new identity
            return trust.DeviceFacts(device_id, self.sender.scope, self._introducer_users(), "active")
        return trust.DeviceFacts(device_id, "unknown", frozenset(), "unknown")  # judged as strictly as a field kit

    def _introducer_users(self) -> frozenset[str]:
        users: frozenset[str] = frozenset()
        for alias in self.sender.aliases:
            found = self.devices.get(alias)
            if found is not None:
                users |= found.users
        return users

    def _history(self, table: str, row_id: str) -> list[tuple[str, dict[str, Any]]]:
        return account_keys.history(self.conn, table, row_id) + self._accepted.get((table, row_id), [])

    def _signature_facts(
        self, table: str, row_id: str, hlc: str, device_id: str, user_id: str, op: str, values: dict[str, Any]
    ) -> dict[str, Any]:
        key = value_at(self._history(ACCOUNT_KEYS, user_id), "public_key", hlc, inclusive=False)
        signature = self.signatures.get((table, row_id, hlc))
        message = account_keys.change_message(table, row_id, hlc, device_id, user_id, op, values)
        if signature is None:
            checked = Signature.NONE
        elif isinstance(key, str) and account_keys.verify(key, message, signature):
            checked = Signature.VALID
        else:
            checked = Signature.INVALID
        own_key = values.get("public_key")
        self_signed = (
            table == ACCOUNT_KEYS
            and signature is not None
            and isinstance(own_key, str)
            and account_keys.verify(own_key, message, signature)
        )
        return {
            "signature": checked,
            "self_signed": self_signed,
            "author_was_admin": was_admin(self._history("users", user_id), hlc),
            "author_has_key": key is not None,
        }

    def _in_scope(self, origin: trust.DeviceFacts, table: str, row_id: str, values: Mapping[str, Any]) -> bool:
        """Whether a field kit's change is to a case it holds (or held: its edits may arrive after the case was
        taken away). A case it creates is its own; a new row is judged by the case it names."""
        cases = self._kit_cases.get(origin.id)
        if cases is None:
            cases = self._kit_cases[origin.id] = trust.cases_ever_of_users(self.conn, origin.users)
        if table == "cases":
            if not trust.row_exists(self.conn, table, row_id):
                cases.add(row_id)
                return True
            return row_id in cases
        named = ss.case_ids_of_row(self.conn, table, row_id)
        parents = [*_PARENTS.items(), *([_LINKS[table]] if table in _LINKS else [])]
        for column, parent in parents:  # what a new row names: its case through its parent
            value = values.get(column)
            if isinstance(value, str):
                named |= {value} if parent == "cases" else ss.case_ids_of_row(self.conn, parent, value)
        if not named:  # a new row whose case comes with it (a new client, before its case)
            return not trust.row_exists(self.conn, table, row_id)
        return bool(named & cases)


def judge_bundle(
    conn: Connection, sender: Sender, changes: Sequence[ss.ChangeRow], signatures: Mapping[ChangeKey, str]
) -> tuple[list[ss.ChangeRow], list[tuple[ss.ChangeRow, Refusal]]]:
    """(changes to apply, changes refused with their reason), in the bundle's order. A change already held here is
    never refused again (a relayed copy of what came with the enrolment, say)."""
    authorizer = Authorizer(conn, sender, signatures)
    accepted: list[ss.ChangeRow] = []
    refused: list[tuple[ss.ChangeRow, Refusal]] = []
    for change in changes:
        verdict = authorizer.judge(change)
        if verdict is None or ss.all_held(conn, [change]):
            accepted.append(change)
        else:
            refused.append((change, verdict))
    return accepted, refused


def payload_signatures(raw: object) -> dict[ChangeKey, str]:
    """The signatures a payload carries ([table, row, hlc, signature] each); anything malformed is left out (the
    change it belongs to then counts as unsigned)."""
    out: dict[ChangeKey, str] = {}
    if not isinstance(raw, list):
        return out
    for item in raw:
        if isinstance(item, list) and len(item) == 4 and all(isinstance(x, str) for x in item):
            out[(item[0], item[1], item[2])] = item[3]
    return out


def signatures_for(conn: Connection, changes: Sequence[ss.ChangeRow]) -> list[list[str]]:
    """What travels with a bundle's changes: the signature of each one that has one."""
    found = account_keys.signatures_of(conn, [(c.table, c.row_id, c.hlc) for c in changes])
    return [[t, r, h, s] for (t, r, h), s in found.items()]


# -- what `check` reports ------------------------------------------------------------------------------------
def unauthorized_history(conn: Connection) -> list[tuple[ss.ChangeRow, Refusal]]:
    """Changes held here to accounts, devices, settings and account keys whose recorded author could not have made
    them (judged like a received change, each as sent by the device that made it). Changes up to the transaction
    that registered the installation's first key (its setup, or for an installation from before personal keys the
    first administrator's first login after the upgrade) are not judged: nothing was signed then."""
    root = trust.first_hlc_of(conn, ACCOUNT_KEYS)
    if root is None:
        return []
    signatures = trust.all_signatures(conn)
    devices = trust.device_facts(conn)
    found: list[tuple[ss.ChangeRow, Refusal]] = []
    rows = trust.log_rows_after(conn, PROTECTED_TABLES, root)
    folded: dict[ChangeKey, ss.ChangeRow] = {}
    for row in rows:  # one transaction's log rows for one row are one change (as sync sends it, as it was signed)
        change = ss.ChangeRow(*row)
        key = (change.table, change.row_id, change.hlc)
        held = folded.get(key)
        if held is None:
            folded[key] = change
        else:
            merged = {**json.loads(held.data), **json.loads(change.data)}
            folded[key] = held._replace(data=json.dumps(merged, ensure_ascii=False))
    for change in folded.values():
        origin = devices.get(change.device_id)
        sender = Sender(
            change.device_id,
            origin.scope if origin else "all",
            introduced=origin is None or change.user_id == "system",
        )
        verdict = Authorizer(conn, sender, signatures).judge(change)
        if verdict is not None:
            found.append((change, verdict))
    return found


# -- the apply step's use of it -----------------------------------------------------------------------------------
def authorize_into(
    conn: Connection,
    sender: Sender,
    seq: int,
    changes: Sequence[ss.ChangeRow],
    signatures: Mapping[ChangeKey, str],
    actor: tuple[str, str],
    me: str,
    at: str,
) -> tuple[list[ss.ChangeRow], int]:
    """Inside the transaction that applies a bundle: judge its changes, keep the refused ones with their reason (an
    audit entry for each the first time), keep the signatures of the accepted ones. Returns the changes to apply and
    how many were refused for the first time."""
    accepted, refused = judge_bundle(conn, sender, changes, signatures)
    names = trust.device_names(conn)
    users = trust.usernames(conn)
    new = 0
    for change, reason in refused:
        key = (change.table, change.row_id, change.hlc)
        if not trust.refuse_change(conn, change, sender.id, seq, str(reason), signatures.get(key, ""), at):
            continue
        new += 1
        detail = (
            f"change refused from {names.get(sender.id, sender.id[:8])}: {change.table}"
            f" by {users.get(change.user_id, change.user_id[:8])}: {reason}"
        )
        append_audit(conn, me, AuditRecord(actor[0], actor[1], AuditAction.DENIED, "sync", change.row_id, detail))
    account_keys.store_signatures(
        conn,
        [
            (c.table, c.row_id, c.hlc, signatures[(c.table, c.row_id, c.hlc)])
            for c in accepted
            if (c.table, c.row_id, c.hlc) in signatures
        ],
    )
    return accepted, new


def retry_refused(conn: Connection) -> list[ss.ChangeRow]:
    """Refused changes that pass now (the key or the promotion they depend on has come from another device): they
    leave the refused list, and the caller applies them in the same transaction."""
    waiting = trust.refused_changes(conn)
    if not waiting:
        return []
    devices = trust.device_facts(conn)
    passed: list[ss.ChangeRow] = []
    by_sender: dict[str, list[trust.RefusedChange]] = {}
    for r in sorted(waiting, key=lambda r: r.hlc):
        by_sender.setdefault(r.sender, []).append(r)
    for sender_id, entries in by_sender.items():
        known = devices.get(sender_id)
        if known is None or known.status != "active":
            continue
        signatures = {(r.table, r.row_id, r.hlc): r.signature for r in entries if r.signature}
        authorizer = Authorizer(conn, Sender(sender_id, known.scope), signatures)
        for r in entries:
            change = ss.ChangeRow(*r.change)
            if authorizer.judge(change) is None:
                passed.append(change)
    trust.release_refused(conn, [(c.table, c.row_id, c.hlc) for c in passed])
    account_keys.store_signatures(
        conn,
        [(r.table, r.row_id, r.hlc, r.signature) for r in waiting if r.signature and ss.ChangeRow(*r.change) in passed],
    )
    return passed
