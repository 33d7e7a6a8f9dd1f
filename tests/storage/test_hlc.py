"""Hybrid logical clock: monotonic through any mix of local writes and remote timestamps, bounded against skew."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onestop_desktop.storage.hlc import (
    COUNTER_WIDTH,
    MAX_AHEAD_MS,
    MAX_COUNTER,
    ClockSkew,
    Timestamp,
    next_timestamp,
    receive,
)

NOW = 1_730_000_000_000  # 2024-10-27, a fixed "wall clock"
MINUTE = 60_000
HOUR = 60 * MINUTE
DAY = 24 * HOUR


def _assert_sorted_as_text(values: list[Timestamp]) -> None:
    assert [str(v) for v in sorted(values)] == sorted(str(v) for v in values)
    for value in values:
        assert Timestamp.parse(str(value)) == value


def test_receive_moves_past_both_clocks() -> None:
    last = str(Timestamp(NOW - 10, 3, "a"))
    remote = str(Timestamp(NOW + 1000, 5, "b"))
    got = receive(last, remote, "a", now_ms=NOW)
    assert got == Timestamp(NOW + 1000, 6, "a")
    assert got > Timestamp.parse(last) and got > Timestamp.parse(remote)
    assert str(got) > last and str(got) > remote


def test_receive_equal_walls_takes_the_larger_counter() -> None:
    got = receive(str(Timestamp(NOW, 9, "a")), str(Timestamp(NOW, 4, "z")), "a", now_ms=NOW)
    assert got == Timestamp(NOW, 10, "a")
    got = receive(str(Timestamp(NOW, 2, "a")), str(Timestamp(NOW, 4, "b")), "a", now_ms=NOW - 50)
    assert got == Timestamp(NOW, 5, "a")


def test_receive_an_old_remote_follows_our_wall_clock() -> None:
    assert receive("", str(Timestamp(NOW - 7 * DAY, 0, "b")), "a", now_ms=NOW) == Timestamp(NOW, 0, "a")


def test_receive_on_a_fresh_clock_is_still_after_the_remote() -> None:
    remote = Timestamp(NOW + MINUTE, 7, "b")
    assert receive("", str(remote), "a", now_ms=NOW) == Timestamp(NOW + MINUTE, 8, "a")


def test_remote_up_to_five_minutes_ahead_is_accepted() -> None:
    remote = Timestamp(NOW + MAX_AHEAD_MS, 0, "b")
    assert receive("", str(remote), "a", now_ms=NOW) > remote


@pytest.mark.parametrize("ahead_ms", [MAX_AHEAD_MS + 1, HOUR, 365 * DAY])
def test_remote_far_ahead_raises_and_names_device_and_offset(ahead_ms: int) -> None:
    last = str(Timestamp(NOW, 0, "a"))
    with pytest.raises(ClockSkew) as skew:
        receive(last, str(Timestamp(NOW + ahead_ms, 0, "laptop-2")), "a", now_ms=NOW)
    assert skew.value.device_id == "laptop-2"
    assert skew.value.offset_ms == ahead_ms
    assert "laptop-2" in str(skew.value)
    # Our clock did not move: the next local write follows our own last value.
    assert next_timestamp(last, "a", now_ms=NOW) == Timestamp(NOW, 1, "a")


def test_max_ahead_is_configurable() -> None:
    with pytest.raises(ClockSkew):
        receive("", str(Timestamp(NOW + 1001, 0, "b")), "a", now_ms=NOW, max_ahead_ms=1000)


@pytest.mark.parametrize("local_offset", [-7 * DAY, -HOUR, HOUR, 365 * DAY])
def test_devices_with_wrong_clocks(local_offset: int) -> None:
    """A device whose wall clock is off by the offset exchanging timestamps with one whose clock is right.

    Whichever side is more than five minutes behind sees the other as "ahead": it refuses the other's
    timestamps with ClockSkew and its own clock stays put. Within the bound, both clocks move past both.
    """
    wrong, right = "", ""
    seen: list[Timestamp] = []
    for step in range(50):
        now = NOW + step * 1000
        wrong_ts = next_timestamp(wrong, "wrong", now_ms=now + local_offset)
        right_ts = next_timestamp(right, "right", now_ms=now)
        wrong, right = str(wrong_ts), str(right_ts)
        seen += [wrong_ts, right_ts]
        for me, mine, theirs, my_now, ahead in (
            ("right", right, wrong, now, local_offset),
            ("wrong", wrong, right, now + local_offset, -local_offset),
        ):
            if ahead > MAX_AHEAD_MS:
                with pytest.raises(ClockSkew) as skew:
                    receive(mine, theirs, me, now_ms=my_now)
                assert skew.value.device_id != me
                assert skew.value.offset_ms >= ahead
                continue
            got = receive(mine, theirs, me, now_ms=my_now)
            assert got > Timestamp.parse(mine) and got > Timestamp.parse(theirs)
            assert got.wall_ms <= max(my_now + MAX_AHEAD_MS, Timestamp.parse(mine).wall_ms) + 1
            seen.append(got)
            if me == "right":
                right = str(got)
            else:
                wrong = str(got)
    # A clock a year ahead never drags the right one into its future.
    assert Timestamp.parse(right).wall_ms <= NOW + 50_000 + max(0, min(local_offset, MAX_AHEAD_MS)) + 1
    _assert_sorted_as_text(seen)


def test_65536_writes_in_one_millisecond_sort_as_text() -> None:
    last = ""
    values = []
    for _ in range(65_536):
        ts = next_timestamp(last, "dev", now_ms=NOW)
        values.append(ts)
        last = str(ts)
    assert values[-1] == Timestamp(NOW, 65_535, "dev")
    texts = [str(v) for v in values]
    assert texts == sorted(texts)
    assert len(set(texts)) == len(texts)
    assert len({len(t) for t in texts}) == 1


def test_counter_never_outgrows_its_width() -> None:
    full = Timestamp(NOW, MAX_COUNTER, "dev")
    after = next_timestamp(str(full), "dev", now_ms=NOW)
    assert after == Timestamp(NOW + 1, 0, "dev")
    assert str(after) > str(full)
    received = receive(str(full), str(Timestamp(NOW, MAX_COUNTER, "other")), "dev", now_ms=NOW)
    assert received > full and str(received) > str(full)
    assert len(str(full).split("-")[1]) == COUNTER_WIDTH == len(str(received).split("-")[1])


def test_wall_clock_stepping_backwards() -> None:
    first = next_timestamp("", "dev", now_ms=NOW)
    back = next_timestamp(str(first), "dev", now_ms=NOW - HOUR)
    assert back == Timestamp(NOW, 1, "dev")
    remote = receive(str(back), str(Timestamp(NOW - 2 * HOUR, 0, "b")), "dev", now_ms=NOW - HOUR)
    assert remote == Timestamp(NOW, 2, "dev")
    assert next_timestamp(str(remote), "dev", now_ms=NOW + 5) == Timestamp(NOW + 5, 0, "dev")


_events = st.lists(
    st.tuples(
        st.sampled_from(["local", "remote"]),
        st.integers(-DAY, DAY),  # our wall clock, relative to the start (may step backwards)
        st.integers(-7 * DAY, 365 * DAY),  # the remote wall clock relative to ours
        st.sampled_from([0, 1, 65_535, MAX_COUNTER - 1, MAX_COUNTER]),
        st.sampled_from(["a", "b", "zz"]),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(events=_events, start=st.integers(0, 2 * DAY))
def test_monotonic_for_any_interleaving(events: list[tuple[str, int, int, int, str]], start: int) -> None:
    last = ""
    issued: list[Timestamp] = []
    for kind, wall_offset, remote_offset, counter, device in events:
        now = NOW + start + wall_offset
        if kind == "local":
            ts = next_timestamp(last, "me", now_ms=now)
        else:
            remote = Timestamp(now + remote_offset, counter, device)
            try:
                ts = receive(last, str(remote), "me", now_ms=now)
            except ClockSkew as skew:
                assert skew.offset_ms == remote_offset > MAX_AHEAD_MS
                assert skew.device_id == device
                continue  # the clock does not move
            assert ts > remote and str(ts) > str(remote)
            assert ts.wall_ms <= max(now + MAX_AHEAD_MS, Timestamp.parse(last).wall_ms if last else now) + 1
        if last:
            assert ts > Timestamp.parse(last) and str(ts) > last
        assert len(str(ts).split("-")[1]) == COUNTER_WIDTH
        issued.append(ts)
        last = str(ts)
    _assert_sorted_as_text(issued)
