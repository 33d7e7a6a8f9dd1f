"""Table cells shortened with "…" show their whole text in a tooltip (above the model's own tooltip, if any).

Qt elides a cell that is narrower than its text (an agency's long name, a 60-character client name) and the rest
was out of reach without widening the column by mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

TEXT_PADDING = 8  # the style's margins around a cell's text


def cell_is_elided(option: QStyleOptionViewItem, text: str) -> bool:
    return option.fontMetrics.horizontalAdvance(text) + TEXT_PADDING > option.rect.width()


class ElidedTipDelegate(QStyledItemDelegate):
    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            own = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            if text and cell_is_elided(option, text) and text not in own:
                QToolTip.showText(event.globalPos(), "\n".join(part for part in (text, own) if part), view)
                return True
        return super().helpEvent(event, view, option, index)
