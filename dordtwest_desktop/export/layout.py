"""What each page holds, and the canvas that draws header, footer and watermark.

The page furniture needs facts known only at the end ("pagina 3 van 41", the
page numbers in the table of contents), and some known only at the end of a page
(which agenda item the page belongs to, whether it shows confidential text). So
the canvas keeps every page until `save()` (the usual reportlab "page X of Y"
recipe), and each page carries a `PageRecord` that the flowables fill in while
they are drawn. Table-of-contents page numbers are form XObjects drawn in the
flow and defined in `save()`: the contents need no second layout pass.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.fonts import BOLD, REGULAR
from dordtwest_desktop.export.rtl import BidiTextObject
from dordtwest_desktop.export.tagging import Tags, artifact
from dordtwest_desktop.export.text import one_line
from dordtwest_desktop.i18n import tr


@dataclass(frozen=True)
class Section:
    """A part of a document that has a heading: in the outline, contents and header."""

    key: str  # PDF destination name, unique in the document
    title: str  # plain text
    level: int = 0
    item_id: uuid.UUID | None = None
    confidential: bool = False
    in_toc: bool = True
    running: bool = True  # becomes the page header's "current section" from here on
    header: str = ""  # text for the page header, when it differs from the title

    @property
    def header_text(self) -> str:
        return self.header or self.title


@dataclass(frozen=True)
class Stamp:
    """An attachment page to be stamped onto its placeholder page."""

    attachment_id: uuid.UUID
    page_index: int  # 0-based page of the attachment
    box: tuple[float, float, float, float]  # x, y, width, height on the placeholder
    mcid: int | None = None  # the marked content the stamped page is (a Figure)


@dataclass
class PageRecord:
    carry: Section | None  # the section running when the page began
    starts: list[Section] = field(default_factory=list)
    carry_shown: bool = False  # content of `carry` appears on this page
    marked_confidential: bool = False
    stamp: Stamp | None = None
    bookmarks: list[tuple[str, float, float]] = field(default_factory=list)  # key, x, y

    def note_content(self) -> None:
        if not self.starts:
            self.carry_shown = True

    @property
    def sections(self) -> list[Section]:
        shown = [self.carry] if self.carry is not None and self.carry_shown else []
        return shown + self.starts

    @property
    def header_section(self) -> Section | None:
        if self.starts and not self.carry_shown:
            return self.starts[0]
        return self.carry

    @property
    def confidential(self) -> bool:
        return self.marked_confidential or any(x.confidential for x in self.sections)


@dataclass
class Decor:
    """The page furniture of one document, and what the build learnt about its pages."""

    document: str  # footer, left: "Vergaderstukken"
    meeting: str  # header, left
    draft: bool = False
    show_outline: bool = False  # open the bookmarks panel when the PDF is opened
    confidential: bool = False  # every page carries the CONFIDENTIAL mark (partner overview)
    on_section: Callable[[], None] | None = None  # progress: a running section was laid out
    toc_pages: dict[str, int] = field(default_factory=dict)  # section key -> page
    toc_forms: dict[str, tuple[str, float]] = field(default_factory=dict)  # key -> font, size
    pages: list[PageRecord] = field(default_factory=list)  # filled by save()
    tags: Tags = field(default_factory=Tags)  # the structure, filled while drawing

    def draw(self, canv: Canvas, record: PageRecord, number: int, total: int) -> None:
        """Header, footer, page number and marks: page furniture (artifacts), not content."""
        with artifact(canv, "Pagination", "Header"):
            self._header(canv, record)
        with artifact(canv, "Pagination", "Footer"):
            self._footer(canv, record, number, total)
        if self.draft:
            with artifact(canv, "Pagination", "Watermark"):
                _watermark(canv)

    def _header(self, canv: Canvas, record: PageRecord) -> None:
        left = one_line(self.meeting)
        section = record.header_section
        right = one_line(section.header_text) if section else ""
        y = s.HEADER_BASELINE
        canv.setFillColor(s.MUTED)
        canv.setFont(REGULAR, 8)
        left_width = min(stringWidth(left, REGULAR, 8), s.FRAME_WIDTH * 0.45)
        canv.drawString(s.MARGIN_LEFT, y, _fit(left, REGULAR, 8, s.FRAME_WIDTH * 0.45))
        room = s.FRAME_WIDTH - left_width - 8 * s.mm
        canv.setFillColor(s.INK)
        canv.drawRightString(s.PAGE_WIDTH - s.MARGIN_RIGHT, y, _fit(right, REGULAR, 8, room))
        canv.setStrokeColor(s.RULE)
        canv.setLineWidth(0.5)
        canv.line(s.MARGIN_LEFT, y - 4, s.PAGE_WIDTH - s.MARGIN_RIGHT, y - 4)

    def _footer(self, canv: Canvas, record: PageRecord, number: int, total: int) -> None:
        y = s.FOOTER_BASELINE
        canv.setStrokeColor(s.RULE)
        canv.setLineWidth(0.5)
        canv.line(s.MARGIN_LEFT, y + 10, s.PAGE_WIDTH - s.MARGIN_RIGHT, y + 10)
        canv.setFont(REGULAR, 8)
        canv.setFillColor(s.MUTED)
        canv.drawString(s.MARGIN_LEFT, y, _fit(one_line(self.document), REGULAR, 8, 60 * s.mm))
        page = tr("page {page} of {pages}").format(page=number, pages=total)
        canv.drawRightString(s.PAGE_WIDTH - s.MARGIN_RIGHT, y, page)
        if record.confidential or self.confidential:
            canv.setFillColor(s.ALERT)
            canv.setFont(BOLD, 9)
            canv.drawCentredString(s.PAGE_WIDTH / 2, y, tr("CONFIDENTIAL"))
            canv.drawCentredString(s.PAGE_WIDTH / 2, s.HEADER_BASELINE + 12, tr("CONFIDENTIAL"))

    def define_toc_forms(self, canv: Canvas) -> None:
        for key, (font, size) in self.toc_forms.items():
            page = self.toc_pages.get(key)
            canv.beginForm(toc_form_name(key), lowerx=-30 * s.mm, lowery=-4, upperx=1, uppery=size)
            canv.setFont(font, size)
            canv.setFillColor(s.INK)
            canv.drawRightString(0, 0, str(page) if page else "–")
            canv.endForm()


def toc_form_name(key: str) -> str:
    return "toc_" + "".join(c if c.isalnum() else "_" for c in key)


@lru_cache(maxsize=2048)  # headers repeat page after page
def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text, cut with an ellipsis where it is wider than `width`."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _watermark(canv: Canvas) -> None:
    canv.saveState()
    canv.setFillColor(s.WATERMARK)
    canv.setFillAlpha(0.16)
    canv.translate(s.PAGE_WIDTH / 2, s.PAGE_HEIGHT / 2)
    canv.rotate(52)
    canv.setFont(BOLD, 96)
    canv.drawCentredString(0, -34, tr("DRAFT"))
    canv.restoreState()


class DecoratedCanvas(Canvas):
    """Keeps its pages until save(), then draws each page's furniture."""

    def __init__(self, *args: Any, decor: Decor, **kwargs: Any) -> None:
        self.decor = decor
        self.tags = decor.tags
        self.current_section: Section | None = None
        self.page_record = PageRecord(carry=None)
        self._kept_pages: list[dict[str, Any]] = []
        super().__init__(*args, **kwargs)

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> BidiTextObject:
        # Every string drawn (paragraphs, cells, headers, chart labels) comes through
        # here: right-to-left lines are shaped and put in visual order (export.rtl).
        return BidiTextObject(self, x, y, direction=direction)

    def start_section(self, section: Section) -> None:
        self.page_record.starts.append(section)
        self.current_section = section
        if self.decor.on_section is not None:
            self.decor.on_section()

    def bookmark_later(self, key: str, x: float, y: float) -> None:
        """A destination on this page, made when the page is really emitted.

        reportlab binds a destination to the page being written; pages kept until
        save() are not written yet, so binding now would point at the first page.
        """
        self.page_record.bookmarks.append((key, x, y))

    def showPage(self) -> None:
        self._kept_pages.append(dict(self.__dict__))
        self._startPage()
        self.page_record = PageRecord(carry=self.current_section)

    def save(self) -> None:
        total = len(self._kept_pages)
        records = []
        for number, state in enumerate(self._kept_pages, start=1):
            self.__dict__.update(state)
            self.decor.draw(self, self.page_record, number, total)
            for key, x, y in self.page_record.bookmarks:
                self.bookmarkHorizontalAbsolute(key, y, left=x)
            records.append(self.page_record)
            Canvas.showPage(self)
        self.decor.pages = records
        self.decor.define_toc_forms(self)
        if self.decor.show_outline:
            self.showOutline()
        Canvas.save(self)
