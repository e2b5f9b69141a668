"""Flowables that tell the canvas where sections start, the contents lines, remark boxes.

Remark boxes (the fillable pack) are AcroForm text fields; their font is set
afterwards by `export.form_font.finish_form`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.chart_kit import fit
from dordtwest_desktop.export.fonts import REGULAR
from dordtwest_desktop.export.layout import DecoratedCanvas, Section, Stamp, toc_form_name
from dordtwest_desktop.export.tagging import (
    Borrowed,
    LinkArea,
    Node,
    Tags,
    Widget,
    artifact,
    draw_child,
    same_element,
    tags_of,
)
from dordtwest_desktop.export.text import markup, one_line
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.documents import AttachmentFile

# Contents lines and bookmarks show at most this much of a title (each must fit a page).
TOC_TITLE_LIMIT = 400
FIELD_FILL = HexColor("#f6f8fa")  # the remark boxes of a fillable pack: barely tinted
FIELD_SPACE = 2.5 * s.mm  # below a remark box


def _register(canv: Any, section: Section, top: float) -> None:
    """Destination, outline entry, contents page and page record of a section start."""
    title = one_line(section.title)[:TOC_TITLE_LIMIT]
    canv.addOutlineEntry(title, section.key, section.level, closed=False)
    if not isinstance(canv, DecoratedCanvas):
        canv.bookmarkHorizontal(section.key, 0, top)
        return
    canv.bookmark_later(section.key, *canv.absolutePosition(0, top))
    canv.decor.toc_pages[section.key] = canv.getPageNumber()
    if section.running:
        canv.start_section(section)


class Heading(Paragraph):
    """A heading paragraph; the first one drawn of a section registers the section."""

    section: Section | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        for index, part in enumerate(parts):
            part.section = self.section if index == 0 else None
        return parts

    def draw(self) -> None:
        super().draw()
        if self.section is not None:
            _register(self.canv, self.section, self.height + 2)


def heading(
    text: str, style: ParagraphStyle, section: Section | None = None, keep: float | None = None
) -> list[Flowable]:
    """A heading that never ends a page: it moves on when the lines after it would not fit.

    `keep` is the room to ask for below it; by default enough for a few lines.
    """
    flowable = Heading(markup(text), style)
    flowable.section = section
    room = s.HEADING_KEEP if keep is None else min(keep, s.HEADING_KEEP)
    return [CondPageBreak(room + style.leading), flowable]


class Marker(Flowable):
    """A flowable without size (it only tells the canvas something)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0


class ConfidentialMark(Marker):
    """Marks the page it lands on as showing confidential text."""

    def draw(self) -> None:
        if isinstance(self.canv, DecoratedCanvas):
            self.canv.page_record.marked_confidential = True


class TocLine(Flowable):
    """A contents line: linked title, dot leader, and the page number (filled in at save).

    Tagged as a TOCI of the contents (TOC) holding a Link: title and page number.
    """

    tags_itself = True

    def __init__(self, section: Section, style: ParagraphStyle, prefix: str = "") -> None:
        super().__init__()
        self.section = section
        self.style = style
        title = section.title
        if len(title) > TOC_TITLE_LIMIT:
            title = title[:TOC_TITLE_LIMIT].rstrip() + "…"
        self.para = Paragraph(markup(prefix + title), style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        _, self.height = self.para.wrap(availWidth, availHeight)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canv = self.canv
        tags = tags_of(canv)
        link = None
        if tags is not None:
            item = tags.add(Node("TOCI"), tags.group("TOC"))
            link = tags.add(Node("Link"), item)
            link.kids.append(tags.begin(canv, "Link"))
        self.para.drawOn(canv, 0, 0)
        # reportlab sets the last line's baseline `leading - fontSize` above the bottom.
        baseline = self.style.leading - self.style.fontSize
        size = self.style.fontSize
        canv.saveState()
        canv.translate(self.width, baseline)
        canv.doForm(toc_form_name(self.section.key))
        canv.restoreState()
        if tags is not None and link is not None:
            tags.end(canv)
            x0, y0 = canv.absolutePosition(0, 0)
            x1, y1 = canv.absolutePosition(self.width, self.height)
            page = link.kids[0].page  # type: ignore[union-attr]
            tags.links.append(LinkArea(page, (x0, y0, x1, y1), link, one_line(self.section.title)))
        with artifact(canv):
            self._leader(canv, baseline)
        if isinstance(canv, DecoratedCanvas):
            canv.decor.toc_forms[self.section.key] = (REGULAR, size)
            if self.section.confidential:
                canv.page_record.marked_confidential = True
        canv.linkRect(
            "", self.section.key, (0, 0, self.width, self.height), relative=1, thickness=0
        )

    def _leader(self, canv: Any, baseline: float) -> None:
        lines = getattr(self.para, "blPara", None)
        if lines is None or not lines.lines:
            return
        last = lines.lines[-1]
        extra = last[0] if isinstance(last, tuple) else getattr(last, "extraSpace", 0)
        start = self.width - self.style.rightIndent - extra + 4
        end = self.width - 10 * s.mm
        dot = stringWidth(". ", REGULAR, self.style.fontSize)
        count = int((end - start) / dot)
        if count < 2:
            return
        canv.setFont(REGULAR, self.style.fontSize)
        canv.setFillColor(s.RULE)
        canv.drawRightString(end, baseline, ". " * count)


class AttachmentSlot(Flowable):
    """A whole page kept free for one page of an attachment (stamped in after layout).

    Tagged: the caption of the attachment's first page is its heading (H2, in a Sect
    of its own); the captions of its later pages ("Bijlage 1, pagina 2 van 3") are
    page furniture. An attachment with tags of its own keeps them: its elements come
    under a Part (`Borrowed`, copied in by export.borrowed), reading on unbroken
    from page to page. An untagged attachment's pages are each a Figure whose
    alternative text names it and the page.
    """

    CAPTION = 14.0
    tags_itself = True

    def __init__(
        self,
        attachment: AttachmentFile,
        page_index: int,
        caption: str,
        section: Section | None,
        number: int = 1,
    ) -> None:
        super().__init__()
        self.attachment = attachment
        self.page_index = page_index
        self.caption = caption
        self.section = section  # set on the first page only: the attachment's bookmark
        self.number = number  # of the attachment, within its agenda item

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # A whole frame, whatever is left of this one: so it never shares a page.
        self.width, self.height = availWidth, s.FRAME_HEIGHT - 0.5
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canv = self.canv
        tags = tags_of(canv)
        with self._caption_tagged(tags):
            # A paragraph, not drawString: markup sets what DejaVu lacks (an emoji in a
            # file name) in the fallback font, where drawString would show .notdef.
            caption = Paragraph(markup(self._caption_text()), s.styles().small)
            caption.wrapOn(canv, self.width, self.CAPTION)
            caption.drawOn(canv, 0, self.height - caption.height + 1)
        if self.section is not None:
            _register(canv, self.section, self.height)
        x, y = canv.absolutePosition(0, 0)
        box = (x, y, self.width, self.height - self.CAPTION)
        # Where export.stamp draws the attachment page (its STAMP_POINT), in reading order.
        canv.addLiteral("/DordtWestStamp MP")
        mcid = None
        if tags is not None and self.attachment.tagged:
            if self.section is not None:
                tags.add(Node("Part", kids=[Borrowed(self.attachment.info.id)]))
        elif tags is not None:
            # The attachment page is stamped in after layout, as this Figure's content.
            content = tags.reserve(canv)
            bbox = (x, y, x + box[2], y + box[3])
            figure = Node("Figure", alt=self.alt(), bbox=bbox)
            tags.add(figure).kids.append(content)
            mcid = content.mcid
        if isinstance(canv, DecoratedCanvas):
            canv.page_record.note_content()
            canv.page_record.stamp = Stamp(self.attachment.info.id, self.page_index, box, mcid)

    def _caption_text(self) -> str:
        """The caption on one line; on the attachment's later pages a short one (page
        furniture there: see the class)."""
        if self.section is None:
            text = tr("Attachment {n}, page {page} of {pages}").format(
                n=self.number,
                page=self.page_index + 1,
                pages=max(self.attachment.info.page_count, 1),
            )
        else:
            text = one_line(self.caption)
        return fit(text, REGULAR, 8, self.width)

    def alt(self) -> str:
        """ "Bijlage 2: Uitvoeringsprogramma.pdf, pagina 3 van 12 — dit bijlagedocument…"."""
        text = tr(
            "Attachment {n}: {name}, page {page} of {pages} — "
            "this attached document has not been made accessible"
        )
        return text.format(
            n=self.number,
            name=one_line(self.attachment.info.filename),
            page=self.page_index + 1,
            pages=max(self.attachment.info.page_count, 1),
        )

    @contextmanager
    def _caption_tagged(self, tags: Tags | None) -> Iterator[None]:
        canv = self.canv
        if tags is None:
            yield
        elif self.section is not None:
            tags.start_section(self.section.level)
            content = tags.begin(canv, "H2")
            yield
            tags.end(canv)
            tags.heading(2).kids.append(content)
        else:
            with artifact(canv, "Pagination", "Header"):
                yield


class RemarkField(Flowable):
    """A labelled box to type in: an AcroForm text field of the fillable pack.

    The label is ordinary page text, so that it prints and reads like the rest;
    the field itself carries a `tooltip` for screen readers. No maximum length
    (reportlab's default of 100 characters would cut remarks off).
    """

    GAP = 1.5
    tags_itself = True

    def __init__(
        self,
        name: str,
        label: str,
        tooltip: str,
        height: float,
        *,
        width: float | None = None,
        multiline: bool = True,
        font_size: float = 10,  # 0 would let the reader fit the text to the box
        indent: float = 0,
    ) -> None:
        super().__init__()
        self.name = name
        self.tooltip = tooltip
        self.box_height = height
        self.box_width = width
        self.multiline = multiline
        self.font_size = font_size
        self.indent = indent
        self.label = Paragraph(markup(label), s.styles().small)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        _, self.label_height = self.label.wrap(availWidth - self.indent, availHeight)
        self.height = self.label_height + self.GAP + self.box_height + FIELD_SPACE
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canv = self.canv
        bottom = FIELD_SPACE
        draw_child(canv, self.label, self.indent, bottom + self.box_height + self.GAP)
        tags = tags_of(canv)
        if tags is not None:
            tags.add(Node("Form", kids=[Widget(self.name)]))
        width = self.box_width or self.width - self.indent
        canv.acroForm.textfield(
            name=self.name,
            tooltip=one_line(self.tooltip),
            x=self.indent,
            y=bottom,
            width=width,
            height=self.box_height,
            relative=True,
            maxlen=None,
            fieldFlags="multiline" if self.multiline else "",
            fontName="Helvetica",  # reportlab takes no other; finish_form sets the real one
            fontSize=self.font_size,
            textColor=s.INK,
            fillColor=FIELD_FILL,
            borderColor=s.RULE,
            borderWidth=0.6,
            annotationFlags="print",
        )
        if isinstance(canv, DecoratedCanvas):
            canv.page_record.note_content()


class WithBox(Flowable):
    """A remark box and the text it belongs to, so that the box never starts a page alone.

    `lead` is what comes just before the box: the last flowable of the item or
    of the proposed decision point, after the headings right above it. When
    lead and box do not fit in the room left, only the last lead flowable
    splits, so that its tail (a few lines, the last table rows) moves on with
    the box; what cannot split moves on whole. `space` is kept above the box.
    """

    TAIL = 8 * s.mm  # what moves on with the box at least: two lines of body text
    tags_itself = True

    def __init__(self, lead: list[Flowable], box: RemarkField, space: float = 0) -> None:
        super().__init__()
        self.lead = lead
        self.box = box
        self.space = space

    def _gap(self, index: int) -> float:
        """The space below lead[index]."""
        if index + 1 < len(self.lead):
            return float(
                max(self.lead[index].getSpaceAfter(), self.lead[index + 1].getSpaceBefore())
            )
        return float(max(self.lead[index].getSpaceAfter(), self.space))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.heights = [float(f.wrap(availWidth, availHeight)[1]) for f in self.lead]
        self.box_height = float(self.box.wrap(availWidth, availHeight)[1])
        gaps = sum(self._gap(i) for i in range(len(self.lead)))
        self.height = sum(self.heights) + gaps + self.box_height
        return availWidth, self.height

    def getSpaceBefore(self) -> float:
        return float(self.lead[0].getSpaceBefore())

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        *heads, last = self.lead
        above = sum(self.heights[:-1]) + sum(self._gap(i) for i in range(len(heads)))
        room = availHeight - above
        # Fill the room when the last flowable is longer; else only its tail moves on.
        target = room if self.heights[-1] > room else self.heights[-1] - self.TAIL
        parts = last.split(availWidth, target) if min(target, room) > 0 else []
        same_element(parts)
        if len(parts) >= 2:
            return [*heads, *parts[:-1], WithBox([parts[-1]], self.box, self.space)]
        # Nothing splits: all of it moves on, unless this already is a fresh page.
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        return [*self.lead, Spacer(0, self.space), self.box] if at_top else []

    def draw(self) -> None:
        y = self.height
        for index, (flowable, height) in enumerate(zip(self.lead, self.heights, strict=True)):
            y -= height
            draw_child(self.canv, flowable, 0, y)
            y -= self._gap(index)
        draw_child(self.canv, self.box, 0, 0)


def is_heading(flowable: Flowable) -> bool:
    if isinstance(flowable, Heading):
        return True
    return isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2", "h3")


def keep_with_box(story: list[Flowable], box: RemarkField) -> list[Flowable]:
    """`story` with the box after it, bound to its last flowable and the headings above."""
    end = len(story)
    while end and isinstance(story[end - 1], Spacer | CondPageBreak):
        end -= 1
    if not end:
        return [*story, box]
    space = sum(float(f.height) for f in story[end:] if isinstance(f, Spacer))
    return bind_headings([*story[: end - 1], WithBox([story[end - 1]], box, space)])


def bind_headings(story: list[Flowable]) -> list[Flowable]:
    """Headings right above a WithBox join its lead, so that they never stay behind."""
    out: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, WithBox):
            while out and is_heading(out[-1]):
                flowable.lead.insert(0, out.pop())
        out.append(flowable)
    return out
