"""The build shared by the documents: page template, metadata, progress, safe writing."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import ActionFlowable, BaseDocTemplate, Flowable, PageTemplate
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import NullDraw

from dordtwest_desktop import __version__
from dordtwest_desktop.domain.dates import format_long_date
from dordtwest_desktop.export import styles as st
from dordtwest_desktop.export.flowables import Marker
from dordtwest_desktop.export.fonts import REGULAR, register_fonts
from dordtwest_desktop.export.layout import Decor, DecoratedCanvas
from dordtwest_desktop.export.tagged_pdf import finish_bytes
from dordtwest_desktop.export.tagging import TaggingFrame
from dordtwest_desktop.export.text import one_line
from dordtwest_desktop.files import atomic_output
from dordtwest_desktop.i18n import language, tr
from dordtwest_desktop.services.documents import Cancelled, DocumentData, ExportCancelled, Progress


@dataclass(frozen=True)
class Meta:
    title: str
    author: str
    subject: str
    keywords: tuple[str, ...] = ()


def document_language() -> str:
    """The documents' language (/Lang, dc:language): the language they are written in."""
    return "nl-NL" if language() == "nl" else "en-GB"


class Steps:
    """Progress and cancellation of one export, in steps of known number."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled(tr("The export was cancelled."))

    def advance(self, count: int = 1) -> None:
        self.check()
        self.done = min(self.total, self.done + count)
        if self._progress is not None:
            self._progress(self.done, self.total)

    def finish(self) -> None:
        self.done = self.total - 1
        self.advance()


def meeting_line(data: DocumentData) -> str:
    """ "Alliantie Dordt West · donderdag 8 februari 2024" (the page header)."""
    meeting = data.meeting
    return f"{one_line(meeting.body_label)} · {format_long_date(meeting.day)}"


def meta_for(data: DocumentData, document: str) -> Meta:
    meeting = data.meeting
    title = f"{document} {one_line(meeting.body_label)} {format_long_date(meeting.day)}"
    return Meta(
        title=title,
        author=one_line(data.author or data.programme_name),
        subject=tr("{document} of the meeting of {body} on {date}").format(
            document=document, body=one_line(meeting.body_label), date=format_long_date(meeting.day)
        ),
        keywords=(one_line(data.programme_name), one_line(meeting.body_label), str(meeting.id)),
    )


class _Doc(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, meta: Meta, steps: Steps) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=st.MARGIN_LEFT,
            rightMargin=st.MARGIN_RIGHT,
            topMargin=st.MARGIN_TOP,
            bottomMargin=st.MARGIN_BOTTOM,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            keywords=list(meta.keywords),
            creator=f"Dordt West Alliantie {__version__}",
            lang=document_language(),
            displayDocTitle=1,
            # Else every page would name Helvetica, a font that is not embedded.
            initialFontName=REGULAR,
            initialFontSize=st.BODY_SIZE,
            initialLeading=st.BODY_LEADING,
        )
        register_fonts()
        self.steps = steps
        frame = TaggingFrame(
            st.MARGIN_LEFT,
            st.MARGIN_BOTTOM,
            st.FRAME_WIDTH,
            st.FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._page_begins)])

    def _page_begins(self, canv: object, doc: object) -> None:
        self.steps.check()

    def afterFlowable(self, flowable: Flowable) -> None:
        # Spacers and page breaks (NullDraw) show nothing of the running section.
        if isinstance(flowable, NullDraw | ActionFlowable | Marker):
            return
        canv = self.canv
        if isinstance(canv, DecoratedCanvas):
            canv.page_record.note_content()


def render(story: list[Flowable], meta: Meta, decor: Decor, steps: Steps) -> bytes:
    """Lay out the story; the PDF's bytes. decor.pages tells what landed where."""
    buffer = io.BytesIO()
    doc = _Doc(buffer, meta, steps)
    try:
        doc.build(story, canvasmaker=partial(DecoratedCanvas, decor=decor))
    except LayoutError as error:
        # Content we cannot place (a table cell taller than a page) is a bug to report.
        raise RuntimeError(f"PDF layout failed: {error}") from error
    return buffer.getvalue()


def render_tagged(story: list[Flowable], meta: Meta, decor: Decor, steps: Steps) -> bytes:
    """`render`, then the structure tree and metadata of a tagged PDF (export.tagged_pdf)."""
    return finish_bytes(render(story, meta, decor, steps), decor.tags, document_language())


def write_pdf(out: Path, content: bytes) -> None:
    with atomic_output(out) as temporary:
        temporary.write_bytes(content)
