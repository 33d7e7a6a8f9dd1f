"""Failed-login throttling (안전성 확보조치 기준 제5조⑥).

These are constants rather than center settings because they must be known before anyone
has unlocked the database.
"""

from __future__ import annotations

MAX_FAILED_LOGINS = 5
LOCKOUT_SECONDS = 10 * 60
MAX_DELAY_SECONDS = 16


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt: 1, 2, 4, 8 … grows with each failure in a row."""
    if failures <= 0:
        return 0
    return min(1 << (failures - 1), MAX_DELAY_SECONDS)
