"""Seed version 1 of the satisfaction surveys (closed case, completed program); administrators
publish new versions from then on.

Ids derive from (subject, version) (uuid5), so every device seeds the same rows without syncing
them. The questions are written out here, not imported, so this step stays what it was.
Answers are stored as {code: 1..5}; reports rely on the five codes below.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

NAMESPACE = uuid.UUID("9a7c3e51-4b2d-5f60-8e1a-0c2b3d4e5f61")
SEEDED_AT = "2026-11-26T00:00:00.000Z"
PUBLISHED_ON = "2026-11-26"

_SCALE = (
    ("helpful", "센터의 지원이 도움이 되었습니까?", "Did the center's support help you?"),
    ("kind", "상담원은 친절했습니까?", "Were the staff kind to you?"),
    ("prompt", "필요한 지원을 신속하게 받았습니까?", "Did you get the support you needed quickly?"),
    ("safe", "센터를 이용하는 동안 안전하다고 느꼈습니까?", "Did you feel safe while using the center?"),
    (
        "recommend",
        "다시 이용하거나 주변에 추천할 의향이 있습니까?",
        "Would you use the center again or recommend it to others?",
    ),
)
_PROGRAM_SCALE = (
    ("helpful", "이 프로그램이 도움이 되었습니까?", "Did this program help you?"),
    ("kind", "진행자와 직원은 친절했습니까?", "Were the facilitators and staff kind to you?"),
    ("prompt", "프로그램 안내와 진행이 제때 이루어졌습니까?", "Was the program announced and run on time?"),
    ("safe", "프로그램에 참여하는 동안 안전하다고 느꼈습니까?", "Did you feel safe while taking part?"),
    (
        "recommend",
        "이 프로그램에 다시 참여하거나 추천할 의향이 있습니까?",
        "Would you take part again or recommend this program?",
    ),
)
_HELPED_MOST = ("helped_most", "가장 도움이 된 지원은 무엇입니까?", "Which support helped you most?")
_COMMENT = ("comment", "하고 싶은 말씀이 있으면 자유롭게 적어 주십시오.", "Anything else you would like to tell us?")


def survey_id(subject: str, version: int) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{subject}:{version}"))


def _questions(scale: tuple[tuple[str, str, str], ...]) -> str:
    items = [{"code": c, "kind": "scale5", "text_ko": ko, "text_en": en} for c, ko, en in scale]
    items.append({"code": _HELPED_MOST[0], "kind": "service", "text_ko": _HELPED_MOST[1], "text_en": _HELPED_MOST[2]})
    items.append({"code": _COMMENT[0], "kind": "text", "text_ko": _COMMENT[1], "text_en": _COMMENT[2]})
    return json.dumps(items, ensure_ascii=False)


def apply(conn: Any) -> None:
    for subject, scale in (("case", _SCALE), ("program", _PROGRAM_SCALE)):
        conn.execute(
            "INSERT INTO survey_versions (id, subject, version, questions, published_on,"
            " created_at, updated_at, updated_by, origin_device) VALUES (?, ?, 1, ?, ?, ?, ?, 'system', 'seed')",
            (survey_id(subject, 1), subject, _questions(scale), PUBLISHED_ON, SEEDED_AT, SEEDED_AT),
        )
