"""Hybrid logical clock: wall time in ms, a counter for ties, the device id for total order.

Values are fixed-width text so they sort as strings. The last value handed out is stored
with the device, so a clock that steps backwards never produces an older timestamp.

The counter field is COUNTER_WIDTH decimal digits. It is never allowed to grow past that width (a wider
counter would sort wrongly as text, ``...-1000000-`` < ``...-999999-``): when it would, the clock moves on to
the next millisecond with the counter at zero, which keeps every value greater than the last. Six digits are
a million events per millisecond, far beyond 65,536 writes in one millisecond, so the stored format (and every
value already in ``change_log``) stays as it is.

Clock rule for sync (``receive``): a remote timestamp advances our clock like any HLC, but a remote wall time
more than ``max_ahead_ms`` (5 minutes) ahead of our wall clock raises ClockSkew and does not move our clock,
so one device with a wrong clock cannot drag every other device into its future.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

COUNTER_WIDTH = 6
MAX_COUNTER = 10**COUNTER_WIDTH - 1
WALL_WIDTH = 13  # milliseconds since 1970 fit in 13 digits until the year 2286
MAX_AHEAD_MS = 5 * 60 * 1000


class ClockSkew(Exception):
    """A remote clock too far ahead of ours. ``offset_ms`` is how far ahead its wall time is."""

    def __init__(self, device_id: str, offset_ms: int) -> None:
        super().__init__(f"clock of device {device_id} is {offset_ms} ms ahead of this device")
        self.device_id = device_id
        self.offset_ms = offset_ms


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    device_id: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{WALL_WIDTH}d}-{self.counter:0{COUNTER_WIDTH}d}-{self.device_id}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)


def _wall(now_ms: int | None) -> int:
    return time.time_ns() // 1_000_000 if now_ms is None else now_ms


def _bounded(wall_ms: int, counter: int, device_id: str) -> Timestamp:
    if counter > MAX_COUNTER:
        return Timestamp(wall_ms + 1, 0, device_id)
    return Timestamp(wall_ms, counter, device_id)


def next_timestamp(last: str, device_id: str, now_ms: int | None = None) -> Timestamp:
    wall = _wall(now_ms)
    if not last:
        return Timestamp(wall, 0, device_id)
    previous = Timestamp.parse(last)
    if wall > previous.wall_ms:
        return Timestamp(wall, 0, device_id)
    return _bounded(previous.wall_ms, previous.counter + 1, device_id)


def receive(
    last: str, remote: str, device_id: str, now_ms: int | None = None, max_ahead_ms: int = MAX_AHEAD_MS
) -> Timestamp:
    """Our next timestamp after seeing ``remote``: greater than both ``last`` and ``remote``.

    Raises ClockSkew (and hands out nothing, so the caller's stored clock stays where it was) when the remote
    wall time is more than ``max_ahead_ms`` ahead of our wall clock.
    """
    wall = _wall(now_ms)
    theirs = Timestamp.parse(remote)
    offset = theirs.wall_ms - wall
    if offset > max_ahead_ms:
        raise ClockSkew(theirs.device_id, offset)
    ours = Timestamp.parse(last) if last else None
    new_wall = max(wall, theirs.wall_ms, ours.wall_ms if ours else wall)
    counter = -1
    if new_wall == theirs.wall_ms:
        counter = theirs.counter
    if ours is not None and new_wall == ours.wall_ms:
        counter = max(counter, ours.counter)
    return _bounded(new_wall, counter + 1, device_id)
