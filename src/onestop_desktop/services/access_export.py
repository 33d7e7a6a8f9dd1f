"""열람 (개인정보 보호법 제35조): for a person's request, everything the center holds about them, as a readable PDF
and as a machine-readable zip (JSON and the kept files).

Reading every case of the person and their session notes needs a counselor's reach (CASES_ALL, NOTES_READ) on
top of DOCUMENTS. The output goes through `check_output_target`, the document register (kind `access_record`,
with 출력 사유) and the audit trail, like every other document.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from .. import export
from ..domain.access_record import AccessRecord
from ..domain.casework import FieldProblem
from ..domain.documents import Production
from ..domain.errors import ErrorCode, OneStopError
from ..domain.outputs import OutputKind
from ..domain.roles import Permission
from ..domain.settings import CENTER_NAME
from ..storage import repos
from ..storage.atomic_file import write_atomic
from ._auth import requires
from .access_gather import gather
from .case_access import require_case
from .case_editing import refuse
from .documents import NEED_PURPOSE, RenderedDocument, register_output
from .output_target import check_output_target
from .session import Session

KIND = "access_record"
DEFAULT_PURPOSE = "정보주체 열람 청구 (개인정보 보호법 제35조)"
KINDS = (OutputKind.PDF, OutputKind.ZIP)


class AccessExport:
    def __init__(self, session: Session) -> None:
        self.session = session

    @requires(Permission.DOCUMENTS)
    def record(self, case_id: str, purpose: str = DEFAULT_PURPOSE) -> AccessRecord:
        """The person's whole record (the person whose case `case_id` is), with who made it, when and why."""
        self.session.require(Permission.CASES_ALL)
        self.session.require(Permission.NOTES_READ)
        cleaned = purpose.strip()[:200]
        if not cleaned:
            refuse([FieldProblem("purpose", NEED_PURPOSE)])
        production = Production(self.session.user.display_name, datetime.now().replace(microsecond=0), cleaned)
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            return gather(conn, case_id, str(self.session.settings.get(CENTER_NAME)), production)

    @requires(Permission.DOCUMENTS)
    def render(self, case_id: str, record: AccessRecord, kind: OutputKind) -> RenderedDocument:
        """The PDF or the zip of `record`, in memory (slow for a long record: the UI calls it off the GUI thread)."""
        if kind not in KINDS:
            raise ValueError(kind)
        try:
            data = (
                export.render_access_record(record) if kind is OutputKind.PDF else export.render_access_archive(record)
            )
        except export.FontMissing as missing:
            raise OneStopError(ErrorCode.FONT_MISSING, font=str(missing)) from None
        with self.session.store.read() as conn:
            client_id = repos.cases.client_id_of(conn, case_id)
        pages = getattr(data, "pages", 0)
        recipient = f"{record.case_number} 정보주체 ({'PDF' if kind is OutputKind.PDF else 'JSON·첨부 zip'})"
        return RenderedDocument(KIND, bytes(data), int(pages), recipient, record.production.purpose, (), client_id,
                                case_id)  # fmt: skip

    @requires(Permission.DOCUMENTS)
    def save(self, document: RenderedDocument, target: Path, *, overwrite: bool = False) -> None:
        """Write it where the person chose (atomically), register it with its 출력 사유 and audit the export."""
        check_output_target(target, self.session.vault.data_dir.root, *KINDS, overwrite=overwrite)
        write_atomic(target, document.data)
        register_output(self.session, document, "file")

    def export(self, case_id: str, target: Path, purpose: str = DEFAULT_PURPOSE, *, overwrite: bool = False) -> int:
        """Record, render by the target's suffix and save in one call (the command line's); returns the pages
        (0 for a zip)."""
        kind = check_output_target(target, self.session.vault.data_dir.root, *KINDS, overwrite=overwrite)
        document = self.render(case_id, self.record(case_id, purpose), kind)
        self.save(document, target, overwrite=overwrite)
        return document.pages
