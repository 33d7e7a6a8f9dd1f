"""Background work with results delivered on the GUI thread (Anki's CollectionOp, reduced).

Every job runs on one worker thread, so database work stays serialised; the database
connection itself is guarded by the store's lock, but nothing here relies on that. The job
body must not touch widgets; `on_success` and `on_failure` run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from ..domain.errors import OneStopError

T = TypeVar("T")


class BackgroundRunner(QObject):
    """A single worker thread; `finished_job` and `idle` are emitted on the GUI thread."""

    _deliver = Signal(object)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="onestop-worker")
        self._pending = 0
        self._closed = False
        self._deliver.connect(self._on_deliver)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        job: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[OneStopError], None],
    ) -> None:
        """Run `job` in the background. A `OneStopError` goes to `on_failure`; any other
        exception is a bug and is re-raised on the GUI thread, where it reaches the excepthook."""
        self._pending += 1

        def deliver(future: Future[T]) -> None:
            self._deliver.emit(lambda: self._finish(future, on_success, on_failure))

        self._executor.submit(job).add_done_callback(deliver)

    def _finish(
        self, future: Future[Any], on_success: Callable[[Any], None], on_failure: Callable[[OneStopError], None]
    ) -> None:
        self._pending -= 1
        try:
            error = future.exception()
            if error is None:
                on_success(future.result())
            elif isinstance(error, OneStopError):
                on_failure(error)
            else:
                raise error
        finally:
            if not self._pending:
                self.idle.emit()

    @Slot(object)
    def _on_deliver(self, callback: Callable[[], None]) -> None:
        callback()

    def wait_idle(self) -> None:
        """Block until every job submitted so far has run (their results are still delivered later)."""
        if self._pending and not self._closed:  # after shutdown every job has run already
            self._executor.submit(lambda: None).result()

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True)
