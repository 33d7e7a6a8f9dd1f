"""A table model that holds only the rows fetched so far and asks a service for the next page as the view scrolls.

Subclasses give the columns (`columnCount`, `data`, `headerData`); filters, search and sort live in the query
object the service turns into SQL. `set_query` starts again from the first page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Signal

from ...domain.errors import OneStopError

Q = TypeVar("Q")
R = TypeVar("R")
_ModelIndex = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel, Generic[Q, R]):
    fetch_failed = Signal(object)  # OneStopError

    def __init__(
        self, fetch: Callable[[Q, int, int], list[R]], query: Q, page_size: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._page_size = page_size
        self._query = query
        self._rows: list[R] = []
        self._done = True
        self._fetching = False
        self.pages_fetched = 0

    @property
    def query(self) -> Q:
        return self._query

    def set_query(self, query: Q) -> None:
        """Show the first page of `query` (the rest comes as the view scrolls)."""
        self._fetching = True  # no fetchMore from whoever handles the reset signals
        try:
            self.beginResetModel()
            self._query = query
            self._rows = []
            self._done = False
            self.pages_fetched = 0
            self._rows = self._load_page()
            self.endResetModel()
        finally:
            self._fetching = False

    def refresh(self) -> None:
        self.set_query(self._query)

    def _load_page(self) -> list[R]:
        try:
            rows = self._fetch(self._query, len(self._rows), self._page_size)
        except OneStopError as err:
            self._done = True
            self.fetch_failed.emit(err)
            return []
        self.pages_fetched += 1
        self._done = len(rows) < self._page_size
        return rows

    def record_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- lazy paging -------------------------------------------------------------------------------
    def canFetchMore(self, parent: _ModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's idiom
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: _ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done or self._fetching:
            return
        self._fetching = True
        try:
            rows = self._load_page()
            if rows:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
        finally:
            self._fetching = False

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)
