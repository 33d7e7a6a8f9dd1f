"""Reading rendered PDFs back: text, text runs with font and size, fonts, metadata, word boxes."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zlib
from dataclasses import dataclass
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def squeezed(value: str) -> str:
    """Text without any whitespace: a wrapped name or agency reads as one string again."""
    return re.sub(r"\s+", "", value)


def labelled(body: str, label: str, value: str) -> bool:
    """`value` right after `label` (`성명: 홍길동`, or in the next table cell), as the acceptance check reads it."""
    spaced_label = r"\s*".join(map(re.escape, label))
    return re.search(spaced_label + r"\s*[:：]?\s*" + re.escape(value), body) is not None


def page_numbers(pdf: bytes) -> list[tuple[int, int]]:
    """The `쪽 x / y` of every page, in page order (exactly one per page)."""
    found = []
    for page_text in page_texts(pdf):
        marks = re.findall(r"쪽 (\d+) / (\d+)", page_text)
        assert len(marks) == 1, page_text
        found.append((int(marks[0][0]), int(marks[0][1])))
    return found


@dataclass(frozen=True)
class Run:
    page: int
    text: str
    font: str  # base font name without the subset prefix
    size: float


def runs(pdf: bytes) -> list[Run]:
    """Every shown text run with its font and size (form XObjects included)."""
    out: list[Run] = []
    for number, page in enumerate(reader(pdf).pages, 1):

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float, number: int = number) -> None:
            if text.strip() and font is not None:
                base = str(font.get("/BaseFont", "")).lstrip("/")
                out.append(Run(number, text.strip(), base.split("+", 1)[-1], round(float(size), 2)))

        page.extract_text(visitor_text=visit)
    return out


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def fonts(pdf: bytes) -> dict[str, DictionaryObject]:
    """Every font dictionary reachable from the pages and their form XObjects, by BaseFont."""
    found: dict[str, DictionaryObject] = {}
    seen: set[int] = set()

    def walk(resources: Any) -> None:
        resources = _resolve(resources)
        if not resources or id(resources) in seen:
            return
        seen.add(id(resources))
        for font in _resolve(resources.get("/Font", {})).values():
            font = _resolve(font)
            found[str(font["/BaseFont"])] = font
        for xobject in _resolve(resources.get("/XObject", {})).values():
            xobject = _resolve(xobject)
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                walk(xobject["/Resources"])

    for page in reader(pdf).pages:
        walk(page.get("/Resources"))
    return found


def content_streams(pdf: bytes) -> bytes:
    """All decompressed page and form streams (to look for drawing operators)."""
    chunks = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        raw = match.group(1)
        try:
            chunks.append(zlib.decompress(raw))
        except zlib.error:
            chunks.append(raw)
    return b"\n".join(chunks)


def metadata(pdf: bytes) -> dict[str, str]:
    info = reader(pdf).metadata or {}
    return {str(k): str(v) for k, v in info.items()}


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


def words(pdf: bytes, tmp_path: Any) -> list[Word]:
    """Word boxes from poppler's pdftotext -bbox (page coordinates, origin top left)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    html = subprocess.run([tool, "-bbox", str(source), "-"], capture_output=True, text=True, check=True).stdout
    out: list[Word] = []
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
    for number, page in enumerate(re.split(r"<page ", html)[1:], 1):
        for m in pattern.finditer(page):
            out.append(Word(number, m.group(5), *(float(m.group(i)) for i in range(1, 5))))
    return out
