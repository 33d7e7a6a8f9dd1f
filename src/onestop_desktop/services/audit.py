"""Reading the audit trail: chain verification and the CSV for the monthly access-log review."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..domain.audit import AuditAction, AuditEntry, ChainProblem
from ..domain.outputs import OutputKind
from ..domain.roles import Permission
from ..domain.spreadsheet_cells import csv_text
from ..storage import audit_log
from ..storage.atomic_file import write_atomic
from ..storage.audit_head import missing_triggers
from ._auth import requires
from .output_target import check_output_target
from .session import Session

CSV_COLUMNS = ("seq", "at_utc", "device", "account", "action", "subject_type", "subject_id", "detail")


class AuditTrail:
    def __init__(self, session: Session) -> None:
        self.session = session

    @requires(Permission.VIEW_AUDIT)
    def verify(self) -> tuple[int, list[ChainProblem]]:
        """(entries checked, problems found)."""
        with self.session.store.read() as conn:
            problems = audit_log.verify(conn)
            problems += [
                ChainProblem(0, f"the append-only trigger {name} is missing") for name in missing_triggers(conn)
            ]
            total = audit_log.count(conn)
        problems += [ChainProblem(0, problem) for problem in self.session.store.audit_head_problems()]
        self.session.record(AuditAction.CHECK, detail="audit chain")
        return total, problems

    @requires(Permission.VIEW_AUDIT)
    def recent(self, limit: int = 200, offset: int = 0) -> list[AuditEntry]:
        with self.session.store.read() as conn:
            return audit_log.recent(conn, limit, offset)

    @requires(Permission.VIEW_AUDIT)
    def export_csv(self, since: date) -> str:
        """CSV text of every entry since `since` (UTC). The export itself is recorded first."""
        self.session.record(AuditAction.EXPORT, "audit", "", f"since {since.isoformat()}")
        with self.session.store.read() as conn:
            rows = [
                (e.seq, e.at, e.device_id, e.username, e.action, e.subject_type, e.subject_id, e.detail)
                for e in audit_log.entries_since(conn, since.isoformat())
            ]
        # a detail (a file name, a device name) is text someone typed: never a formula in a spreadsheet
        return csv_text([CSV_COLUMNS, *rows])

    @requires(Permission.VIEW_AUDIT)
    def save_csv(self, since: date, target: Path, *, overwrite: bool = False) -> int:
        """Write `export_csv(since)` to `target` atomically; returns its size in bytes.

        UTF-8 with a byte-order mark, so spreadsheet programs show Hangul correctly. `overwrite`: the
        person confirmed replacing an existing file (see `check_output_target`).
        """
        check_output_target(target, self.session.vault.data_dir.root, OutputKind.CSV, overwrite=overwrite)
        data = self.export_csv(since).encode("utf-8-sig")
        write_atomic(target, data)
        return len(data)
