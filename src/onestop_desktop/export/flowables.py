"""The documents' own flowables: context switches, placeholders expanded late, text filled in once the whole PDF
is laid out, and `Stamp`, a fixed block laid out once per process and drawn once per PDF."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ActionFlowable, Flowable

from . import styles as st

if TYPE_CHECKING:
    from .page import PageContext


class Begin(ActionFlowable):  # type: ignore[misc]
    """Switches the page context for the pages that follow; place it before a PageBreak."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context

    def apply(self, doc: Any) -> None:
        doc.context = self.context


class Lazy(Flowable):  # type: ignore[misc]
    """A placeholder the document expands into flowables when it reaches it (batches stay small)."""

    def __init__(self, expand: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self.expand = expand

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:  # pragma: no cover - always expanded first
        pass


class Call(ActionFlowable):  # type: ignore[misc]
    """Runs a callback when layout reaches this point (progress after each packet)."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self.callback = callback

    def apply(self, doc: Any) -> None:
        self.callback()


class DeferredText(Flowable):  # type: ignore[misc]
    """Text known only once the whole PDF is laid out (a part's page count on a cover sheet).

    `fill(totals, part_pages)` returns the text; the canvas draws it when it saves.
    """

    def __init__(self, fill: Callable[[dict[int, int], dict[tuple[int, str], int]], str], style: ParagraphStyle,
                 width: float) -> None:  # fmt: skip
        super().__init__()
        self.fill = fill
        self.style = style
        self.width = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.style.leading

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, self.style.leading - self.style.fontSize)
        deferred: list[tuple[float, float, DeferredText]] = self.canv._onestop_deferred
        deferred.append((x, y + 1, self))


_FRAME_HEIGHT = st.PAGE_SIZE[1] - st.MARGIN_TOP - st.MARGIN_BOTTOM


class Stamp(Flowable):  # type: ignore[misc]
    """A block that comes out the same on every copy (a consent section, the notices).

    It is laid out once per process and drawn once per PDF as a Form XObject that every later
    copy references: a batch of 200 packets lays out and stores its fixed text once. `key`
    must hold everything the block's content depends on. A block never splits: one that does
    not fit moves to the next page, like KeepTogether; one taller than a page flows as usual.
    """

    # key and width -> ([(flowable, height, space before, space after)], total height, first space before)
    _cache: dict[tuple[Hashable, float], tuple[list[tuple[Flowable, float, float, float]], float, float]] = {}

    @classmethod
    def clear_cache(cls) -> None:
        """Forget every laid-out block (e.g. when the session locks)."""
        cls._cache.clear()

    def __init__(self, key: Hashable, make: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self.key = key
        self.make = make
        self._layout: list[tuple[Flowable, float, float, float]] | None = None
        self._lead = 0.0

    def _lay_out(self, width: float) -> None:
        cache_key = (self.key, round(width, 2))
        found = Stamp._cache.get(cache_key)
        if found is None:
            placed: list[tuple[Flowable, float, float, float]] = []
            height = lead = 0.0
            for index, flowable in enumerate(self.make()):
                _, h = flowable.wrap(width, _FRAME_HEIGHT)
                before = flowable.getSpaceBefore()
                if index == 0:  # the frame applies it (and drops it at the top of a page)
                    lead, before = before, 0.0
                after = flowable.getSpaceAfter()
                placed.append((flowable, h, before, after))
                height += before + h + after
            if len(Stamp._cache) > 500:
                Stamp._cache.clear()
            found = Stamp._cache[cache_key] = (placed, height, lead)
        self._layout, self.height, self._lead = found
        self.width = width
        self._name = "Stamp" + hashlib.sha1(repr(cache_key).encode("utf-8")).hexdigest()[:20]

    def getSpaceBefore(self) -> float:
        """The first flowable's space before (a section heading's), applied outside the stamp."""
        if self._layout is None:
            self._lay_out(st.CONTENT_WIDTH)
        return self._lead

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        self._lay_out(availWidth)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._lay_out(availWidth)
        if self.height <= _FRAME_HEIGHT:
            return []  # next page
        return self.make()

    def draw(self) -> None:
        canvas = self.canv
        drawn: set[str] = canvas._onestop_forms
        if self._name not in drawn:
            canvas.beginForm(self._name, 0, 0, self.width, self.height)
            y = self.height
            for flowable, h, before, after in self._layout or ():
                y -= before + h
                flowable.drawOn(canvas, 0, y)
                y -= after
            canvas.endForm()
            drawn.add(self._name)
        canvas.doForm(self._name)
