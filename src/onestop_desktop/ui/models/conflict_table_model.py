"""Open sync conflicts as a table: the case, the field, and each side's value and author.

A field conflict has two or more concurrent values; a delete conflict has the removal first and the
edits its device had not seen after it. Two sides are shown as columns, any further ones in the tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject

from ...services.sync import ConflictVersion, ConflictView
from ..sync.labels import field_label, one_line, when_text
from .record_table_model import RecordTableModel


class ConflictTableModel(RecordTableModel[ConflictView]):
    """`Qt.UserRole` gives the conflict id."""

    CASE, FIELD, FIRST, FIRST_BY, SECOND, SECOND_BY = range(6)

    def __init__(self, conflicts: Sequence[ConflictView] = (), *, parent: QObject | None = None) -> None:
        super().__init__(conflicts, parent=parent)
        self._cases: dict[str, tuple[str, str]] = {}

    def set_conflicts(self, conflicts: Sequence[ConflictView], cases: Mapping[str, tuple[str, str]]) -> None:
        self._cases = dict(cases)
        self.set_records(conflicts)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Case"),
            self.tr("Field"),
            self.tr("One value"),
            self.tr("Written by"),
            self.tr("Other value"),
            self.tr("Written by"),
        )

    def case_text(self, conflict: ConflictView) -> str:
        if not conflict.case_id:
            return self.tr("(center-wide record)")
        number, name = self._cases.get(conflict.case_id, ("", ""))
        return f"{number} {name}".strip() or conflict.case_id[:8]

    def side_value(self, conflict: ConflictView, side: int) -> str:
        if side >= len(conflict.versions):
            return ""
        if conflict.kind == "delete" and side == 0:
            return self.tr("Removed")
        return one_line(conflict.versions[side].value)

    def author(self, version: ConflictVersion) -> str:
        return self.tr("{device}, {user}, {when}").format(
            device=version.device_name, user=version.username, when=when_text(version.when)
        )

    def text(self, record: ConflictView, column: int) -> str:
        if column == self.CASE:
            return self.case_text(record)
        if column == self.FIELD:
            return field_label(record.table, record.column)
        side = 0 if column in (self.FIRST, self.FIRST_BY) else 1
        if column in (self.FIRST, self.SECOND):
            return self.side_value(record, side)
        return self.author(record.versions[side]) if side < len(record.versions) else ""

    def tooltip(self, record: ConflictView, column: int) -> str | None:
        if len(record.versions) <= 2:
            return None
        return self.tr("{count} versions; select the row to see all of them.").format(count=len(record.versions))
