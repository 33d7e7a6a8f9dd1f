"""A deadline on the vault's clock, ticking on a Qt timer: how long until the next login attempt."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal


class Countdown(QObject):
    """`ticked(seconds_left)` while running, `finished()` once the deadline has passed."""

    ticked = Signal(int)
    finished = Signal()

    def __init__(self, clock: Callable[[], float], tick_ms: int = 250, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._deadline = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return bool(self._timer.isActive())

    def seconds_left(self) -> int:
        return max(0, math.ceil(self._deadline - self._clock()))

    def start(self, seconds: float) -> None:
        self._deadline = self._clock() + seconds
        self._timer.start()
        self._tick()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        left = self.seconds_left()
        if left <= 0:
            self._timer.stop()
            self.finished.emit()
        else:
            self.ticked.emit(left)
