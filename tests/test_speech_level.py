"""One speech level in the Korean catalogue: messages speak 합니다체 (…합니다, …하십시오, …하시겠습니까?), never
해요체 (…하세요, …할까요?, …해요) or 한다체 (…한다.). The survey's answer scale (그렇다, 보통이다) is what a client
ticks, not the program speaking, and stays as written."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "translations" / "onestop_ko.ts"
END = r"(?=[.?!…)\s]|$)"
HAEYO = re.compile(r"(세요|까요|해요|어요|아요|네요|이에요|예요|죠)" + END)
HANDA = re.compile(r"[가-힣](?<!니)다(?=[.!?]|$)")
ANSWER_SCALE = "Feedback"  # the survey's Likert answers: a client's words


def _sentences() -> list[tuple[str, str]]:
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("translation") or ""))
    return found


def test_messages_use_one_speech_level() -> None:
    haeyo = [(c, t) for c, t in _sentences() if HAEYO.search(t)]
    handa = [(c, t) for c, t in _sentences() if c != ANSWER_SCALE and HANDA.search(t)]
    assert not haeyo, "해요체 in:\n" + "\n".join(f"  [{c}] {t}" for c, t in haeyo[:30])
    assert not handa, "한다체 in:\n" + "\n".join(f"  [{c}] {t}" for c, t in handa[:30])


def test_the_check_tells_the_levels_apart() -> None:
    assert HAEYO.search("다시 시도하세요.") and HAEYO.search("저장할까요?") and HAEYO.search("잠시 기다려 주세요")
    assert not HAEYO.search("다시 시도하십시오.") and not HAEYO.search("저장하시겠습니까?")
    assert not HAEYO.search("사건 개요") and not HAEYO.search("필요 없음") and not HAEYO.search("아니요")
    assert HANDA.search("파일이 없다.") and not HANDA.search("파일이 없습니다.")
