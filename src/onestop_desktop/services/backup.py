"""Making an encrypted backup of the whole installation."""

from __future__ import annotations

from pathlib import Path

from .. import __version__
from ..domain.audit import AuditAction
from ..domain.outputs import OutputKind
from ..domain.roles import Permission
from ..storage import backup as backup_file
from ..storage.keyring import load_keyring
from ._auth import requires
from .output_target import check_output_target
from .session import Session


class Backups:
    def __init__(self, session: Session) -> None:
        self.session = session

    @requires(Permission.BACKUP)
    def create(self, target: Path, *, overwrite: bool = False) -> int:
        """Write a backup to `target` (atomically); returns its size in bytes.

        `overwrite`: the person confirmed replacing an existing file (see `check_output_target`)."""
        check_output_target(target, self.session.vault.data_dir.root, OutputKind.BACKUP, overwrite=overwrite)
        keyring = load_keyring(self.session.vault.data_dir.keyring)
        size = backup_file.write_backup(self.session.store, self.session.data_key, keyring, target, __version__)
        self.session.record(AuditAction.BACKUP, detail=f"{target.name}, {size} bytes")
        return size
