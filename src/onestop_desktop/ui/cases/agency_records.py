"""What the consents and referrals tabs share: their records name agencies, so every read of the tab reads the
agencies too (inactive ones included: an old consent or referral still names them), and the row that was
selected stays selected."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTableView, QWidget

from ...domain.casework import CaseFile, Client
from ...domain.errors import OneStopError
from ...domain.referrals import Agency
from ...services.session import Session
from ..common.tables import select_row, selected_id
from ..common.widgets import MessageLabel
from ..ops import BackgroundRunner


class AgencyRecordsModel(Protocol):
    def set_agency_names(self, names: Mapping[str, str]) -> None: ...

    def set_records(self, records: Sequence[Any]) -> None: ...

    def row_of(self, record_id: str) -> int: ...


class AgencyRecordsPage(QWidget):
    """A subclass builds `table`, `model` and `message`, and says how its records are read and shown."""

    row_when_none_selected = -1  # after a read with nothing selected: no row (-1) or the first (0)
    table: QTableView
    model: AgencyRecordsModel
    message: MessageLabel

    def __init__(
        self, session: Session, runner: BackgroundRunner, case_id: str, object_name: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.session = session
        self.runner = runner
        self.case_id = case_id
        self.client: Client | None = None
        self.agencies: dict[str, Agency] = {}  # by id, inactive ones too

    def read_records(self) -> Sequence[Any]:
        raise NotImplementedError

    def _selected(self, *_: QModelIndex) -> None:
        """Show what the selected row allows."""
        raise NotImplementedError

    def refresh(self, case_file: CaseFile) -> None:
        self.client = case_file.client
        keep = selected_id(self.table)
        try:
            records = self.read_records()
            agencies = self.session.agencies.list(active_only=False)
        except OneStopError as err:
            self.message.show_error(err)
            return
        self.agencies = {a.id: a for a in agencies}
        self.model.set_agency_names({a.id: a.name for a in agencies})
        self.model.set_records(records)
        select_row(self.table, self.model.row_of(keep) if keep else self.row_when_none_selected)
        self._selected()

    def active_agencies(self) -> list[Agency]:
        """The agencies a new consent or referral may name, by name."""
        return sorted((a for a in self.agencies.values() if a.active), key=lambda a: a.name)
