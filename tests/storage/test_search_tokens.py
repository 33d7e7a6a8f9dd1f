"""The n-gram tokens every full-text index entry is made of.

Indexes already on disk were built with these exact tokens, so a faster tokenizer must cut every text exactly as
the plain definition below does (NFKC, lower case, words, overlapping 2-character pieces).
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.storage.search import match_expression, name_tokens, note_tokens

_WORD = re.compile(r"\w+", re.UNICODE)


def _plain_words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower().replace("_", " "))


def _plain_note_tokens(text: str) -> str:
    out: list[str] = []
    for word in _plain_words(text):
        out.extend([word[i : i + 2] for i in range(len(word) - 1)] if len(word) > 1 else [word])
    return " ".join(out)


MIXED = st.sampled_from("가나다한글상담_ AZaz09①ｶﾞＡéé\u0301ßİ.,-:\n\t")
TEXTS = st.text(alphabet=MIXED, max_size=30) | st.text(max_size=30)


@given(TEXTS)
def test_note_tokens_cut_every_text_as_the_plain_definition_does(text: str) -> None:
    assert note_tokens(text) == _plain_note_tokens(text)


def test_tokens_of_a_session_note_and_a_name() -> None:
    assert note_tokens("가해자가 ＡＢ_c") == "가해 해자 자가 ab c"
    assert note_tokens(None) == ""
    assert name_tokens("김민지") == "김민 민지 김 민 지"
    assert match_expression("해자", allow_single=False) == '"해자"'
    assert match_expression("김", allow_single=False) is None
