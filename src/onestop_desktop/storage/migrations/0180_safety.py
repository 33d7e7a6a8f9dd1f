"""Safety planning: danger assessments over time, safety plan versions, protective measures with their expiry,
legal-deadline waivers, and the case dates deadlines run from.

- `danger_checklists` (shared, versioned like `survey_versions`): version 1 is seeded here from the indicator
  categories of the domain notes (§A), written out so this step stays what it was. Ids derive from the version
  (uuid5), so every device seeds the same row without syncing it.
- `danger_assessments` and `safety_plans` are only ever added (a new version is a new row), so concurrent
  records from two devices union; `protective_measures` are edited (an extension moves `expires_on`).
- `deadline_waivers`: id uuid5(case, rule), one per case and rule on every device; `active` flips back.
- `cases.harm_learned_on` (the date the victim learned of the harm; empty = the incident date) and
  `cases.relief_decision_on` (service of a 구조금 decision: the 재심 deadline runs from it).
"""

from __future__ import annotations

import json
import uuid
from typing import Any

NAMESPACE = uuid.UUID("5d0c7a1e-3f8b-5a42-9c61-7e2d4b8f0a13")
SEEDED_AT = "2026-12-07T00:00:00.000Z"
PUBLISHED_ON = "2026-12-07"

_META = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted_at TEXT"""

_TABLES = f"""
CREATE TABLE danger_checklists (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL CHECK (version > 0),
    items TEXT NOT NULL,             -- JSON: [{{code, category, weight, text_ko, text_en, escalates}}]
    cutoffs TEXT NOT NULL,           -- JSON: {{medium, high, critical}} lowest score of each level
    published_on TEXT NOT NULL,{_META}
);
CREATE INDEX danger_checklists_version ON danger_checklists (version);

CREATE TABLE danger_assessments (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    checklist_id TEXT NOT NULL REFERENCES danger_checklists (id),
    answers TEXT NOT NULL,           -- JSON: {{code: yes | no | unknown}}
    score INTEGER NOT NULL,
    max_score INTEGER NOT NULL,
    computed_level TEXT NOT NULL CHECK (computed_level IN ('low', 'medium', 'high', 'critical')),
    level TEXT NOT NULL CHECK (level IN ('low', 'medium', 'high', 'critical')),
    override_reason TEXT NOT NULL DEFAULT '',
    assessed_on TEXT NOT NULL,
    assessed_by TEXT NOT NULL REFERENCES users (id),{_META}
);
CREATE INDEX danger_assessments_case ON danger_assessments (case_id, assessed_on);

CREATE TABLE safety_plans (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    version INTEGER NOT NULL CHECK (version > 0),
    sections TEXT NOT NULL,          -- JSON: {{section code: text}}; sensitive, never in referral letters
    review_on TEXT,
    card_names_center INTEGER NOT NULL DEFAULT 0 CHECK (card_names_center IN (0, 1)),
    written_on TEXT NOT NULL,
    written_by TEXT NOT NULL REFERENCES users (id),{_META}
);
CREATE INDEX safety_plans_case ON safety_plans (case_id, version);
CREATE INDEX safety_plans_review ON safety_plans (review_on) WHERE review_on IS NOT NULL;

CREATE TABLE protective_measures (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    kind TEXT NOT NULL CHECK (kind IN ('smartwatch', 'registered_112', 'cctv', 'lodging', 'escort',
        'protection_order', 'restraining', 'other')),
    starts_on TEXT NOT NULL,
    expires_on TEXT,
    decided_by TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    ended_on TEXT,
    note TEXT NOT NULL DEFAULT '',{_META}
);
CREATE INDEX protective_measures_case ON protective_measures (case_id);
CREATE INDEX protective_measures_expiry ON protective_measures (expires_on) WHERE expires_on IS NOT NULL;

CREATE TABLE deadline_waivers (
    id TEXT PRIMARY KEY,             -- uuid5(case_id, rule)
    case_id TEXT NOT NULL REFERENCES cases (id),
    rule TEXT NOT NULL,
    reason TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),{_META}
);
CREATE INDEX deadline_waivers_case ON deadline_waivers (case_id);

ALTER TABLE cases ADD COLUMN harm_learned_on TEXT;
ALTER TABLE cases ADD COLUMN relief_decision_on TEXT;

INSERT INTO captured_tables (name) VALUES
    ('danger_checklists'), ('danger_assessments'), ('safety_plans'), ('protective_measures'), ('deadline_waivers');
"""

# (code, category, weight, escalates, Korean, English)
_ITEMS = (
    (
        "escalation",
        "history",
        2,
        False,
        "최근 폭력의 빈도나 강도가 심해졌다",
        "Violence has become more frequent or severe",
    ),
    (
        "threat_to_kill",
        "threats",
        3,
        True,
        "피해자·자녀·주변인을 죽이겠다고 위협했다",
        "Threatened to kill the client, children or others",
    ),
    (
        "weapon",
        "threats",
        3,
        True,
        "흉기를 쓰거나 쓰겠다고 위협했다(또는 쉽게 구할 수 있다)",
        "Used or threatened a weapon, or has one at hand",
    ),
    ("strangulation", "history", 3, True, "목을 조르거나 숨을 막은 적이 있다", "Strangled or choked the client"),
    ("pregnancy", "history", 2, False, "임신 중에 폭력이 있었다", "Violence during pregnancy"),
    ("sexual", "history", 2, False, "성적 폭력이나 강요가 있었다", "Sexual violence or coercion"),
    ("separation", "relationship", 2, False, "최근 헤어졌거나 헤어지려 한다", "Recent or planned separation"),
    (
        "control",
        "relationship",
        1,
        False,
        "심한 집착·통제(휴대전화·위치 확인, 돈, 고립)",
        "Jealousy and coercive control (phone, location, money, isolation)",
    ),
    (
        "following",
        "stalking",
        2,
        False,
        "따라다니거나 집·직장·학교 앞에서 기다린다",
        "Follows or waits at home, work or school",
    ),
    (
        "contact",
        "stalking",
        1,
        False,
        "원치 않는 연락을 반복하거나 주변인에게 연락한다",
        "Repeated unwanted contact, or contacts family and friends",
    ),
    ("knows_address", "stalking", 1, False, "현재 거처를 알고 있다", "Knows where the client lives now"),
    (
        "home_access",
        "stalking",
        2,
        False,
        "집에 드나들 수 있다(열쇠·비밀번호)",
        "Can get into the home (keys, door code)",
    ),
    (
        "order_breach",
        "history",
        3,
        True,
        "접근금지·보호명령 등을 어긴 적이 있다",
        "Breached a restraining or protection order",
    ),
    ("substance", "offender", 1, False, "음주·약물 문제가 있다", "Alcohol or drug problems"),
    (
        "offender_suicide",
        "offender",
        1,
        False,
        "자살·자해를 위협했거나 정신과 치료 중단이 있다",
        "Threatened suicide or self-harm, or stopped psychiatric care",
    ),
    ("property", "history", 1, False, "물건을 부수거나 반려동물을 해쳤다", "Damaged property or hurt pets"),
    ("children", "children", 2, False, "자녀나 돌보는 가족이 위험하다", "Children or dependants are at risk"),
    (
        "fear",
        "victim",
        2,
        False,
        "내담자가 상대가 자신을 죽일 수 있다고 믿는다",
        "The client believes the other person could kill them",
    ),
    (
        "isolation",
        "victim",
        1,
        False,
        "내담자가 고립되어 있거나 도움받을 곳이 없다",
        "The client is isolated or has nowhere to turn",
    ),
)
_CUTOFFS = {"medium": 5, "high": 11, "critical": 18}


def checklist_id(version: int) -> str:
    return str(uuid.uuid5(NAMESPACE, f"danger_checklist:{version}"))


def apply(conn: Any) -> None:
    # one statement at a time: executescript would commit the migration's transaction
    for statement in _TABLES.split(";\n"):
        if statement.strip():
            conn.execute(statement)
    items = [
        {"code": c, "category": cat, "weight": w, "escalates": e, "text_ko": ko, "text_en": en}
        for c, cat, w, e, ko, en in _ITEMS
    ]
    conn.execute(
        "INSERT INTO danger_checklists (id, version, items, cutoffs, published_on, created_at, updated_at,"
        " updated_by, origin_device) VALUES (?, 1, ?, ?, ?, ?, ?, 'system', 'seed')",
        (
            checklist_id(1),
            json.dumps(items, ensure_ascii=False),
            json.dumps(_CUTOFFS),
            PUBLISHED_ON,
            SEEDED_AT,
            SEEDED_AT,
        ),
    )
