"""`stats` counts programs and surveys after the older lines; `seed-demo` at the acceptance sizes."""

from __future__ import annotations

import pytest

from .conftest import Installation

OLDER = ["clients", "cases", "cases.status.intake", "cases.status.active", "cases.status.on_hold",
         "cases.status.closed", "cases.crime_type.life_body", "cases.crime_type.digital_sex",
         "cases.crime_type.stalking", "cases.crime_type.domestic", "cases.crime_type.sexual",
         "cases.crime_type.other", "sessions", "services", "followups.open", "followups.overdue",
         "referrals"]  # fmt: skip


def _lines(installed: Installation) -> list[tuple[str, int]]:
    result = installed.admin("stats")
    assert (result.code, result.err) == (0, ""), result
    return [(name, int(value)) for name, value in (line.split(": ") for line in result.out.splitlines())]


@pytest.mark.parametrize("clients", ["8", "300"])
def test_seed_demo_then_stats_lists_programs_and_feedback(installed: Installation, clients: str) -> None:
    result = installed.admin("seed-demo", "--clients", clients, "--sessions-per-case", "2")
    assert result.code == 0, result
    lines = _lines(installed)
    names = [name for name, _ in lines]
    assert names[: len(OLDER)] == OLDER  # scripts grep these: unchanged, first, in order
    counts = dict(lines)
    assert counts["programs"] >= 3 and counts["program_sessions"] > counts["programs"]
    assert counts["survey_versions"] == 2
    assert counts["program_enrolments"] == sum(
        counts[f"program_enrolments.status.{s}"] for s in ("enrolled", "completed", "dropped")
    )
    assert (
        counts["feedback.requests.answered"] == counts["feedback.responses.case"] + counts["feedback.responses.program"]
    )
    if clients == "300":
        assert counts["feedback.requests.declined"] > 0 and counts["program_attendance.present"] > 0
    assert installed.admin("check").code == 0
