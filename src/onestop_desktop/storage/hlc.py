"""Hybrid logical clock: wall time in ms, a counter for ties, the device id for total order.

Values are fixed-width text so they sort as strings. The last value handed out is stored
with the device, so a clock that steps backwards never produces an older timestamp.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

COUNTER_WIDTH = 6


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    device_id: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:0{COUNTER_WIDTH}d}-{self.device_id}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)


def next_timestamp(last: str, device_id: str, now_ms: int | None = None) -> Timestamp:
    wall = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    if not last:
        return Timestamp(wall, 0, device_id)
    previous = Timestamp.parse(last)
    if wall > previous.wall_ms:
        return Timestamp(wall, 0, device_id)
    return Timestamp(previous.wall_ms, previous.counter + 1, device_id)
