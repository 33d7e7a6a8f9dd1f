"""Reading the audit trail: chain verification, the CSV and the filtered pages of the monthly access-log review
(접속기록 점검), and the record of each month's review."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..domain.audit import AuditAction, AuditEntry, ChainProblem
from ..domain.casework import FieldProblem
from ..domain.errors import ErrorCode, OneStopError
from ..domain.outputs import OutputKind
from ..domain.oversight import AuditLine, AuditQuery, AuditReview, Month, parse_month, review_due
from ..domain.roles import Permission
from ..domain.spreadsheet_cells import csv_text
from ..domain.text import QT_TRANSLATE_NOOP
from ..domain.validation import REQUIRED, Validator
from ..storage import audit_log
from ..storage.atomic_file import write_atomic
from ..storage.audit_head import missing_triggers
from ..storage.audit_log import AuditRecord
from ..storage.repos import oversight
from ._auth import requires
from .output_target import check_output_target
from .session import Session

MONTH_NOT_OVER = QT_TRANSLATE_NOOP("Validation", "A month can be reviewed once it has begun, not before.")
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

    @requires(Permission.VIEW_AUDIT)
    def page(self, query: AuditQuery, offset: int, limit: int) -> list[AuditLine]:
        """One page of the entries `query` selects, newest first (the filters are SQL, never a loaded table)."""
        with self.session.store.read() as conn:
            return oversight.audit_page(conn, query, offset, limit)

    @requires(Permission.VIEW_AUDIT)
    def accounts(self) -> list[str]:
        with self.session.store.read() as conn:
            return oversight.audit_accounts(conn)

    @requires(Permission.VIEW_AUDIT)
    def reviews(self) -> list[AuditReview]:
        with self.session.store.read() as conn:
            return oversight.reviews(conn)

    @requires(Permission.VIEW_AUDIT)
    def review_due(self, today: date | None = None) -> Month | None:
        """Last month, when nobody has recorded its review yet (내 할 일 reminds the administrators)."""
        last = Month.of(today or date.today()).previous()
        with self.session.store.read() as conn:
            return review_due(today or date.today(), oversight.reviewed_months(conn, (last.key,)))

    @requires(Permission.VIEW_AUDIT)
    def record_review(self, month_text: str, findings: str, today: date | None = None) -> AuditReview:
        """Record who reviewed the access records of `month_text` (YYYY-MM), when, and what they found.
        Recording a month again replaces its findings; both are in the audit trail."""
        month = parse_month(month_text)
        if month is None:
            raise OneStopError(ErrorCode.INVALID_MONTH, value=month_text.strip())
        v = Validator(today or date.today())
        text = v.text("findings", findings, required=True, max_length=2000)
        if month.first_day > v.today:
            v.problems.append(FieldProblem("month", MONTH_NOT_OVER))
        if v.problems or text is None:
            problems = v.problems or [FieldProblem("findings", REQUIRED)]
            raise OneStopError(ErrorCode.INVALID_INPUT, count=len(problems), problems=problems)
        user = self.session.user
        with self.session.store.write(self.session.actor) as tx:
            first = oversight.put_review(tx, month.key, month.first_day, month.last_day, text, user.id)
            detail = f"access-log review {month.key}" + ("" if first else " (findings replaced)")
            tx.audit(AuditRecord(user.id, user.username, AuditAction.REVIEW, "audit", month.key, detail))
            reviewed_at = tx.now
        return AuditReview(month.key, month.first_day, month.last_day, text, user.display_name, reviewed_at)
