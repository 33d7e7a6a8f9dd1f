"""Who lives in Seoul, by age band and gender: the yardstick for "남녀노소 in balance".

The dashboard's coverage chart sets the center's intake against this reference and flags the groups
whose share of intake falls well below their share of the population. The shares are percentages of
Seoul's registered residents, approximated and rounded from 행정안전부 주민등록 인구통계 (서울특별시,
연령별·성별 주민등록 인구, 2024년 12월 말 기준); the 10-year groups of that table were split into the
bands below in proportion to their years. They only need the rough shape (a flag fires at half the
expected share), but check them against the current table when the center's area changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .taxonomy import Gender
from .text import QT_TRANSLATE_NOOP


class AgeBand(StrEnum):
    CHILD = "0-13"  # under 14: a legal guardian gives consent (PIPA 제22조의2)
    TEEN = "14-18"
    TWENTIES = "19-29"
    THIRTIES = "30-39"
    FORTIES = "40-49"
    FIFTIES = "50-59"
    SIXTIES = "60-69"
    SEVENTY_PLUS = "70+"
    UNKNOWN = "unknown"  # no birth date recorded


# (band, first age, last age or None) in international age at intake
AGE_BOUNDS: tuple[tuple[AgeBand, int, int | None], ...] = (
    (AgeBand.CHILD, 0, 13),
    (AgeBand.TEEN, 14, 18),
    (AgeBand.TWENTIES, 19, 29),
    (AgeBand.THIRTIES, 30, 39),
    (AgeBand.FORTIES, 40, 49),
    (AgeBand.FIFTIES, 50, 59),
    (AgeBand.SIXTIES, 60, 69),
    (AgeBand.SEVENTY_PLUS, 70, None),
)
KNOWN_BANDS: tuple[AgeBand, ...] = tuple(band for band, _, _ in AGE_BOUNDS)

AGE_BAND_TEXT: dict[AgeBand, str] = {
    AgeBand.CHILD: QT_TRANSLATE_NOOP("Reports", "0–13"),
    AgeBand.TEEN: QT_TRANSLATE_NOOP("Reports", "14–18"),
    AgeBand.TWENTIES: QT_TRANSLATE_NOOP("Reports", "19–29"),
    AgeBand.THIRTIES: QT_TRANSLATE_NOOP("Reports", "30–39"),
    AgeBand.FORTIES: QT_TRANSLATE_NOOP("Reports", "40–49"),
    AgeBand.FIFTIES: QT_TRANSLATE_NOOP("Reports", "50–59"),
    AgeBand.SIXTIES: QT_TRANSLATE_NOOP("Reports", "60–69"),
    AgeBand.SEVENTY_PLUS: QT_TRANSLATE_NOOP("Reports", "70 and over"),
    AgeBand.UNKNOWN: QT_TRANSLATE_NOOP("Reports", "Age not recorded"),
}

# Percent of Seoul's registered population (see the module docstring); female, male.
SEOUL_SHARES: dict[AgeBand, tuple[float, float]] = {
    AgeBand.CHILD: (4.4, 4.7),
    AgeBand.TEEN: (1.85, 1.95),
    AgeBand.TWENTIES: (7.7, 7.2),
    AgeBand.THIRTIES: (7.8, 7.8),
    AgeBand.FORTIES: (7.7, 7.5),
    AgeBand.FIFTIES: (8.4, 7.9),
    AgeBand.SIXTIES: (7.3, 6.6),
    AgeBand.SEVENTY_PLUS: (6.5, 4.8),
}
REFERENCE_SOURCE = "행정안전부 주민등록 인구통계, 서울특별시 2024년 말 (근사치)"
FALLS_BEHIND = 0.5  # flagged when intake share < half the population share


@dataclass(frozen=True)
class CoverageCell:
    band: AgeBand
    gender: Gender  # FEMALE or MALE
    intake: int
    intake_share: float  # percent of the period's intake with a known band and gender F/M
    population_share: float  # percent of residents
    behind: bool

    @property
    def ratio(self) -> float:
        return self.intake_share / self.population_share if self.population_share else 0.0


def coverage(intake: dict[tuple[AgeBand, Gender], int]) -> tuple[CoverageCell, ...]:
    """Each band × {female, male}: intake share against population share, and whether it falls behind.

    With no intake at all nothing is flagged (an empty month is not an imbalance).
    """
    total_population = sum(f + m for f, m in SEOUL_SHARES.values())
    known = sum(n for (band, gender), n in intake.items()
                if band in SEOUL_SHARES and gender in (Gender.FEMALE, Gender.MALE))  # fmt: skip
    cells = []
    for band in KNOWN_BANDS:
        for gender, share in zip((Gender.FEMALE, Gender.MALE), SEOUL_SHARES[band], strict=True):
            count = intake.get((band, gender), 0)
            population = 100 * share / total_population
            intake_share = 100 * count / known if known else 0.0
            cells.append(CoverageCell(band, gender, count, intake_share, population,
                                      bool(known) and intake_share < FALLS_BEHIND * population))  # fmt: skip
    return tuple(cells)
