"""The center's devices as a table: name, code, scope, status, users, last bundle applied here."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...services.sync import DeviceView
from ..sync.labels import SCOPES, STATUSES, label_of
from .record_table_model import MUTED, RecordTableModel


class DeviceTableModel(RecordTableModel[DeviceView]):
    """`Qt.UserRole` gives the device id."""

    NAME, CODE, SCOPE, STATUS, USERS, LAST_SEQ = range(6)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Device"),
            self.tr("Code"),
            self.tr("Scope"),
            self.tr("Status"),
            self.tr("Users"),
            self.tr("Last bundle received"),
        )

    def text(self, record: DeviceView, column: int) -> str:
        if column == self.NAME:
            return self.tr("{name} (this computer)").format(name=record.name) if record.is_this_device else record.name
        if column == self.CODE:
            return record.code
        if column == self.SCOPE:
            return label_of(SCOPES, record.scope)
        if column == self.STATUS:
            return label_of(STATUSES, record.status)
        if column == self.USERS:
            return ", ".join(record.usernames) or "—"
        if record.is_this_device:
            return ""
        return str(record.last_seq) if record.last_seq else self.tr("none yet")

    def color(self, record: DeviceView, column: int) -> QColor | None:
        return MUTED if record.status != "active" else None
