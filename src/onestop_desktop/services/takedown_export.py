"""The 삭제지원 item list of a case as an .xlsx file for the removal-support agency.

It carries the addresses (that is its purpose), so it is made only for someone who may print documents, written
only where `check_output_target` allows, and recorded with its 출력 사유 in the document register and the audit
trail — the audit entry names the case and the reason, never an address.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from .. import export
from ..domain.casework import FieldProblem
from ..domain.consent import DataItem
from ..domain.documents import Production
from ..domain.errors import ErrorCode, OneStopError
from ..domain.outputs import OutputKind
from ..domain.roles import Permission
from ..domain.settings import CENTER_NAME
from ..domain.text import QT_TRANSLATE_NOOP
from ..storage import repos
from ..storage.atomic_file import write_atomic
from ._auth import requires
from .case_access import require_case
from .documents import NEED_PURPOSE, RenderedDocument, register_output
from .output_target import check_output_target
from .referrals import ConsentMissing, Referrals
from .session import Session

DOCUMENT_KIND = "takedown_list"
DEFAULT_PURPOSE = "삭제지원 요청"
NOT_CARRIED = QT_TRANSLATE_NOOP("Validation", "This referral does not carry the list of items to be removed.")


class TakedownExport:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _production(self, purpose: str) -> Production:
        cleaned = purpose.strip()
        if not cleaned:
            raise OneStopError(ErrorCode.INVALID_INPUT, count=1, problems=[FieldProblem("purpose", NEED_PURPOSE)])
        return Production(self.session.user.display_name, datetime.now().replace(microsecond=0), cleaned[:200])

    @requires(Permission.DOCUMENTS)
    def render(self, case_id: str, purpose: str = DEFAULT_PURPOSE) -> bytes:
        production = self._production(purpose)
        case = self.session.takedown.items(case_id, show_urls=False)[0]  # checks access; addresses come below
        with self.session.store.read() as conn:
            items = tuple(repos.takedown.for_case(conn, case_id))
        center = str(self.session.settings.get(CENTER_NAME) or "")
        return export.takedown_list_xlsx(export.TakedownList(case.case_number, items, production, center))

    @requires(Permission.DOCUMENTS)
    def save(self, case_id: str, target: Path, purpose: str = DEFAULT_PURPOSE, *, overwrite: bool = False) -> int:
        """Write the workbook (atomically), register it and audit the export; returns the number of items."""
        check_output_target(target, self.session.vault.data_dir.root, OutputKind.XLSX, overwrite=overwrite)
        data = self.render(case_id, purpose)
        write_atomic(target, data)
        with self.session.store.read() as conn:
            client_id = repos.cases.client_id_of(conn, case_id)
            count = repos.takedown.count_for_case(conn, case_id)
        document = RenderedDocument(
            DOCUMENT_KIND, data, 1, "삭제지원 기관", purpose.strip()[:200], (), client_id, case_id
        )
        register_output(self.session, document, "file")
        return count

    # -- the attachment of a 삭제지원 referral -------------------------------------------------------------
    @requires(Permission.DOCUMENTS)
    def for_referral(self, referral_id: str, purpose: str, today: date | None = None) -> RenderedDocument:
        """The item list attached to a referral: only when the referral carries the item list and the client's
        consents cover it for that agency today (the same gate as the letter and the packet)."""
        today = today or date.today()
        production = self._production(purpose)
        with self.session.store.read() as conn:
            referral = repos.referrals.get(conn, referral_id)
            if referral is None:
                raise OneStopError(ErrorCode.NOT_FOUND)
            require_case(self.session, conn, referral.case_id)
            if DataItem.TAKEDOWN not in referral.items:
                raise OneStopError(ErrorCode.INVALID_INPUT, count=1, problems=[FieldProblem("items", NOT_CARRIED)])
            blockers = Referrals(self.session)._blockers(conn, referral, today)
            if blockers:
                raise ConsentMissing(blockers)
            case = repos.cases.get(conn, referral.case_id)
            agency = repos.agencies.get(conn, referral.agency_id)
            items = tuple(repos.takedown.for_case(conn, referral.case_id))
        assert case is not None
        center = str(self.session.settings.get(CENTER_NAME) or "")
        data = export.takedown_list_xlsx(export.TakedownList(case.case_number, items, production, center))
        recipient = agency.name if agency else ""
        return RenderedDocument(DOCUMENT_KIND, data, 1, recipient, production.purpose, (referral_id,), None)

    @requires(Permission.DOCUMENTS)
    def save_document(self, document: RenderedDocument, target: Path, *, overwrite: bool = False) -> None:
        """Write a referral's item list (atomically), register it and audit the export."""
        check_output_target(target, self.session.vault.data_dir.root, OutputKind.XLSX, overwrite=overwrite)
        write_atomic(target, document.data)
        register_output(self.session, document, "file")
