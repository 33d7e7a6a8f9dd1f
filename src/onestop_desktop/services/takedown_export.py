"""The 삭제지원 item list of a case as an .xlsx file for the removal-support agency.

It carries the addresses (that is its purpose), so it is made only for someone who may print documents, written
only where `check_output_target` allows, and recorded with its 출력 사유 in the document register and the audit
trail — the audit entry names the case and the reason, never an address.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from .. import export
from ..domain.audit import AuditAction
from ..domain.casework import FieldProblem
from ..domain.documents import Production
from ..domain.errors import ErrorCode, OneStopError
from ..domain.outputs import OutputKind
from ..domain.roles import Permission
from ..domain.settings import CENTER_NAME
from ..storage import repos
from ..storage.atomic_file import write_atomic
from ._auth import requires
from .case_access import record
from .documents import NEED_PURPOSE
from .output_target import check_output_target
from .session import Session

DOCUMENT_KIND = "takedown_list"
DEFAULT_PURPOSE = "삭제지원 요청"


class TakedownExport:
    def __init__(self, session: Session) -> None:
        self.session = session

    @requires(Permission.DOCUMENTS)
    def render(self, case_id: str, purpose: str = DEFAULT_PURPOSE) -> bytes:
        cleaned = purpose.strip()
        if not cleaned:
            raise OneStopError(ErrorCode.INVALID_INPUT, count=1, problems=[FieldProblem("purpose", NEED_PURPOSE)])
        case = self.session.takedown.items(case_id, show_urls=False)[0]  # checks access; addresses come below
        with self.session.store.read() as conn:
            items = tuple(repos.takedown.for_case(conn, case_id))
        production = Production(self.session.user.display_name, datetime.now().replace(microsecond=0), cleaned[:200])
        center = str(self.session.settings.get(CENTER_NAME) or "")
        return export.takedown_list_xlsx(export.TakedownList(case.case_number, items, production, center))

    @requires(Permission.DOCUMENTS)
    def save(self, case_id: str, target: Path, purpose: str = DEFAULT_PURPOSE, *, overwrite: bool = False) -> int:
        """Write the workbook (atomically), register it and audit the export; returns the number of items."""
        check_output_target(target, self.session.vault.data_dir.root, OutputKind.XLSX, overwrite=overwrite)
        data = self.render(case_id, purpose)
        write_atomic(target, data)
        with self.session.store.write(self.session.actor) as tx:
            client_id = repos.cases.client_id_of(tx.conn, case_id)
            repos.referrals.register_document(
                tx,
                {
                    "kind": DOCUMENT_KIND,
                    "referral_id": None,
                    "client_id": client_id,
                    "recipient": "삭제지원 기관",
                    "produced_by": self.session.user.id,
                    "produced_at": tx.now,
                    "purpose": purpose.strip()[:200],
                    "destination": "file",
                    "pages": 1,
                    "sha256": hashlib.sha256(data).hexdigest(),
                },
            )
            record(tx, self.session, AuditAction.EXPORT, case_id, f"{DOCUMENT_KIND}: {purpose.strip()}"[:200])
            return repos.takedown.count_for_case(tx.conn, case_id)
