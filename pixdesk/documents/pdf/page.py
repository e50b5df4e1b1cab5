"""The page frame every PDF shares: A4, a header with the document title and session number, "Page n/N" below.

A document is a list of parts (one for a single document, three for the session pack). Each part has its own
orientation and its own page numbering: the pack's documents are handed out and archived separately.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate

from pixdesk import __version__
from pixdesk.documents.export_progress import Tracker
from pixdesk.documents.pdf.fonts import BOLD, REGULAR, register_fonts
from pixdesk.documents.pdf.styles import MUTED, RULE
from pixdesk.documents.pdf.texts import text

MARGIN = 28
HEADER_SPACE = 50  # between the page top and the frame: the running header sits in it
FOOTER_SPACE = 36


@dataclass
class Part:
    """One document inside the PDF. `story` ends with Checkpoint flowables, `steps` of them in all."""

    title: str
    landscape: bool
    story: list[Flowable]
    steps: int = 1


def page_size(is_landscape: bool) -> tuple[float, float]:
    return landscape(A4) if is_landscape else A4


def frame_size(is_landscape: bool) -> tuple[float, float]:
    width, height = page_size(is_landscape)
    return width - 2 * MARGIN, height - HEADER_SPACE - FOOTER_SPACE


class Checkpoint(Flowable):
    """Takes no room; when drawn, reports progress and stops the build if the user cancelled.

    `done` counts steps within its part; build_pdf wires the tracker and the steps of the parts before it."""

    def __init__(self, done: int):
        super().__init__()
        self.done = done
        self.offset = 0
        self.tracker: Tracker | None = None
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        if self.tracker is not None:
            self.tracker.step(self.offset + self.done)


class _NumberedCanvas(Canvas):
    """Holds every page until the end, then writes "Page n/N" with N known (numbering restarts per part)."""

    def __init__(self, *args, page_log: list[int], session_label: str, document_lang: str, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._page_log = page_log
        self._session_label = session_label
        self._lang = document_lang
        self.part_index = 0
        self.part_title = ""

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        totals: dict[int, int] = {}
        for state in self._pages:
            totals[state["part_index"]] = totals.get(state["part_index"], 0) + 1
        seen: dict[int, int] = {}
        for state in self._pages:
            self.__dict__.update(state)
            seen[self.part_index] = seen.get(self.part_index, 0) + 1
            self._draw_frame(seen[self.part_index], totals[self.part_index])
            super().showPage()
        self._page_log.append(len(self._pages))
        super().save()

    def _draw_frame(self, number: int, total: int) -> None:
        width, height = self._pagesize
        baseline = height - MARGIN
        self.setFillColor(MUTED)
        self.setFont(BOLD, 9)
        self.drawString(MARGIN, baseline, self.part_title)
        self.setFont(REGULAR, 9)
        self.drawRightString(width - MARGIN, baseline, self._session_label)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, baseline - 5, width - MARGIN, baseline - 5)
        self.line(MARGIN, FOOTER_SPACE - 10, width - MARGIN, FOOTER_SPACE - 10)
        self.setFont(REGULAR, 8)
        self.drawString(MARGIN, FOOTER_SPACE - 21, f"PixDesk {__version__}")
        self.drawRightString(width - MARGIN, FOOTER_SPACE - 21, text("page", self._lang, n=number, total=total))


def build_pdf(target: BinaryIO, parts: list[Part], tracker: Tracker, *, session_number: str, lang: str,
              title: str) -> int:
    """Write the parts one after the other; returns the page count."""
    register_fonts()
    tracker.total = sum(part.steps for part in parts)
    tracker.step(0)
    templates, story, offset = [], [], 0
    for index, part in enumerate(parts):
        for flowable in part.story:
            if isinstance(flowable, Checkpoint):
                flowable.tracker, flowable.offset = tracker, offset
        offset += part.steps
        frame_width, frame_height = frame_size(part.landscape)
        frame = Frame(MARGIN, FOOTER_SPACE, frame_width, frame_height, 0, 0, 0, 0, id=f"frame{index}")
        templates.append(PageTemplate(id=f"part{index}", frames=[frame], pagesize=page_size(part.landscape),
                                      onPage=_part_marker(index, part.title)))
        if index:
            story += [NextPageTemplate(f"part{index}"), PageBreak()]
        story += part.story
    page_log: list[int] = []
    session_label = text("session_number_short", lang, id=session_number)
    document = BaseDocTemplate(target, pagesize=page_size(parts[0].landscape), pageTemplates=templates,
                               title=title, author="PixDesk", creator=f"PixDesk {__version__}",
                               leftMargin=MARGIN, rightMargin=MARGIN, topMargin=HEADER_SPACE,
                               bottomMargin=FOOTER_SPACE, initialFontName=REGULAR)
    document.build(story, canvasmaker=lambda *args, **kwargs: _NumberedCanvas(
        *args, page_log=page_log, session_label=session_label, document_lang=lang, **kwargs))
    return page_log[0]


def _part_marker(index: int, title: str):
    def mark(canvas: _NumberedCanvas, _document) -> None:
        canvas.part_index = index
        canvas.part_title = title
    return mark
