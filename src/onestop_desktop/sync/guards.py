"""What a received bundle must pass before anything of it counts (ARCHITECTURE § Trust):

- Its file name decides nothing: sender, sequence and recipient come from the signed header. A file whose name
  disagrees with its header was renamed; it is refused, kept aside in the data folder (outside the sync folder, once
  per content) and changes nothing else — no inbox entry, no acknowledgement, no quarantine under a name it lied
  about.
- One identity, one installation: the payload names the installation (database) that wrote it. The first to report
  in with a device identity owns it; a second one (an enrolment file joined twice) has its bundles kept for an
  administrator, named, and not applied.
- Audit-chain heads: each bundle reports the head (sequence, hash) of its sender's own audit chain; receivers keep
  the highest they saw, and a later report that ends lower means that device's chain was cut.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from ..domain.audit import AuditAction
from ..storage import trust
from ..storage.atomic_file import write_atomic
from ..storage.audit_log import AuditRecord
from ..storage.db import Connection
from ..storage.store import Actor
from . import bundle

REFUSED_DIR: Final = "refused-bundles"


def name_disagrees(file_name: str, sender: str, seq: int) -> bool:
    return bundle.parse_bundle_name(file_name) != (sender, seq)


def keep_aside(data_root: Path, data: bytes, digest: str) -> bool:
    """Keep a refused file's bytes (still encrypted) in the data folder; False when this content was kept before
    (so it is reported once, not at every run)."""
    target = data_root / REFUSED_DIR / f"{digest}.osb"
    if target.exists():
        return False
    target.parent.mkdir(mode=0o700, exist_ok=True)
    write_atomic(target, data)
    return True


# -- one identity, one installation --------------------------------------------------------------------------
def installation_of(doc: dict[str, Any]) -> str | None:
    value = doc.get("installation")
    return value if isinstance(value, str) and value else None


def twin_installation(conn: Connection, sender: str, doc: dict[str, Any]) -> str | None:
    """The installation of a bundle whose sender identity is owned by another installation, else None."""
    installation = installation_of(doc)
    if installation is None:
        return None
    owner = trust.identity_owner(conn, sender)
    return installation if owner is not None and owner != installation else None


def claim(conn: Connection, sender: str, doc: dict[str, Any], at: str) -> None:
    installation = installation_of(doc)
    if installation is not None:
        trust.claim_identity(conn, sender, installation, at)


# -- audit-chain heads ----------------------------------------------------------------------------------------------
def take_audit_head(conn: Connection, sender: str, doc: dict[str, Any], at: str) -> tuple[int, int] | None:
    """Record the head the sender reports; (highest seen, reported) when this report shows its chain was cut and
    that was not known yet."""
    head = doc.get("audit_head")
    if not (isinstance(head, list) and len(head) == 2 and isinstance(head[0], int) and isinstance(head[1], str)):
        return None
    before = trust.audit_head_seen(conn, sender)
    if before is None:  # a workstation holds the sender's entries: the highest of them is a head it has seen
        held = trust.own_audit_head(conn, sender)
        if held[0] > 0:
            trust.record_audit_head(conn, sender, held[0], held[1], at)
            before = trust.audit_head_seen(conn, sender)
    trust.record_audit_head(conn, sender, head[0], head[1], at)
    after = trust.audit_head_seen(conn, sender)
    if after is None or after[2] is None or (before is not None and before[2] == after[2]):
        return None
    return after[0], after[2]


def cut_chain_record(actor: Actor, device_id: str, seen: int, reported: int) -> AuditRecord:
    return AuditRecord(
        actor.user_id,
        actor.username,
        AuditAction.DENIED,
        "sync",
        device_id,
        f"audit chain of {device_id[:8]} cut: seen up to {seen}, now ends at {reported}",
    )


def payload_extras(conn: Connection, me: str, installation: str) -> dict[str, Any]:
    """What every bundle says about its sender besides its changes."""
    seq, digest = trust.own_audit_head(conn, me)
    return {"installation": installation, "audit_head": [seq, digest]}
