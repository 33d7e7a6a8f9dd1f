"""The items a referral (or a consent) may carry, one check box each, in two columns.

`limit_to(allowed)` disables every item outside `allowed`, unticks it and marks it "no consent",
so a referral can only carry what the client agreed to give that agency. Sensitive and unique
identifier items are marked as such.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from ...domain.consent import SENSITIVE_ITEMS, UNIQUE_ID_ITEMS, DataItem
from ..common.consent_text import item_text


class ItemChecklist(QWidget):
    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, object_prefix: str = "item", items: Iterable[DataItem] = tuple(DataItem)
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Items"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        self.boxes: dict[DataItem, QCheckBox] = {}
        for n, item in enumerate(items):
            box = QCheckBox(self)
            box.setObjectName(f"{object_prefix}-{item}")
            box.toggled.connect(self.changed)
            self.boxes[item] = box
            grid.addWidget(box, n // 2, n % 2)
        self._allowed: frozenset[DataItem] | None = None
        self._label_all()

    def _base_text(self, item: DataItem) -> str:
        text = item_text(item)
        if item in SENSITIVE_ITEMS:
            text += " " + self.tr("[sensitive]")
        elif item in UNIQUE_ID_ITEMS:
            text += " " + self.tr("[unique identifier]")
        return text

    def _label_all(self) -> None:
        for item, box in self.boxes.items():
            allowed = self._allowed is None or item in self._allowed
            box.setText(self._base_text(item) + ("" if allowed else " — " + self.tr("no consent")))
            box.setEnabled(allowed)
            box.setToolTip("" if allowed else self.tr("The client has not consented to give this item to this agency."))

    def limit_to(self, allowed: Iterable[DataItem] | None) -> None:
        """Only `allowed` may be ticked (None: everything); items no longer allowed are unticked."""
        self._allowed = frozenset(allowed) if allowed is not None else None
        for item, box in self.boxes.items():
            if self._allowed is not None and item not in self._allowed:
                box.setChecked(False)
        self._label_all()

    def allowed(self) -> frozenset[DataItem]:
        return frozenset(self.boxes) if self._allowed is None else self._allowed & frozenset(self.boxes)

    def chosen(self) -> frozenset[DataItem]:
        return frozenset(item for item, box in self.boxes.items() if box.isChecked())

    def choose(self, items: Iterable[DataItem]) -> None:
        wanted = set(items)
        for item, box in self.boxes.items():
            box.setChecked(item in wanted and (self._allowed is None or item in self._allowed))
