"""Tagged PDF while reportlab lays out: marked content on the page, the structure on the side.

reportlab (open source) writes no tags. Here every flowable that paints is wrapped
in marked content as it is drawn (`/P <</MCID 3>> BDC … EMC`), page furniture and
decoration in `/Artifact BMC … EMC`, and the structure elements they belong to
are recorded in a `Tags` tree: Document → Sect → H1…H3, P, L/LI/Lbl/LBody,
Table/THead/TBody/TR/TH/TD, TOC/TOCI/Link, Figure (with its alternative text),
Form, and Part for a tagged attachment's own elements (`Borrowed`). After layout,
`export.tagged_pdf` writes that tree into the PDF (StructTreeRoot, ParentTree).

A new kind of document is tagged by building it with `export.document.render_tagged`
(its frame is a `TaggingFrame`, its canvas keeps the `Tags`). What it then says,
in this module's terms:

* paragraphs are tagged by their style: `title`, `h1`…`h3` are headings (levels
  never skip: a `h3` straight under a `h1` becomes H2), a paragraph with a
  bullet is a list item (the bullet its Lbl), anything else is P;
* `Figure(drawing, alt)` is a chart with its alternative text: say its figures;
* `data_table(rows, widths)` is a ruled data table with a header row; any other
  `Table` built with `renderCB=TableTags(rows, …)` is a data table (header rows,
  or a header column), or with `layout=True` only places its cells side by side;
* `artifact(canv)` around what a flowable draws that is decoration;
* containers that draw other flowables themselves call `draw_child` for each, and
  a flowable that tags itself sets `tags_itself = True` (see `flowables.TocLine`).

A paragraph split over pages stays one element with an MCID on each page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import (
    ActionFlowable,
    CondPageBreak,
    Flowable,
    Frame,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import HRFlowable, NullDraw

# Paragraph styles that are headings, and their level.
HEADING_STYLES = {"title": 1, "h1": 1, "h2": 2, "h3": 3}


@dataclass(frozen=True)
class Content:
    """One marked-content sequence: its page (0-based) and MCID."""

    page: int
    mcid: int


@dataclass(frozen=True)
class Widget:
    """A form field's widget annotation, found by the field's name after layout."""

    name: str


@dataclass(frozen=True)
class Annotation:
    """An annotation found on its page after layout (a pypdf reference): an OBJR."""

    reference: Any
    page: int


@dataclass
class Borrowed:
    """The structure elements of another tagged PDF drawn into this one (an attachment):
    copied in after layout (`export.borrowed`), with the role map they need."""

    source: object  # what identifies the other PDF (an attachment's id)
    elements: list[Any] = field(default_factory=list)  # references in the final PDF
    forms: list[tuple[Any, list[Any]]] = field(default_factory=list)  # form, elements by MCID
    role_map: dict[str, str] = field(default_factory=dict)


@dataclass
class Node:
    """A structure element."""

    role: str
    kids: list[Node | Content | Widget | Annotation | Borrowed] = field(default_factory=list)
    alt: str | None = None
    scope: str | None = None  # TH: /Column or /Row
    bbox: tuple[float, float, float, float] | None = None  # Figure, in page space


@dataclass(frozen=True)
class LinkArea:
    """Where link annotations belong to `node`: a Link (or a cell that gets one)."""

    page: int
    rect: tuple[float, float, float, float]
    node: Node
    description: str


class Tags:
    """The structure of one document as it is drawn, and its MCIDs per page."""

    def __init__(self) -> None:
        self.root = Node("Document")
        self._sections: list[Node] = [self.root]
        self._mcids: dict[int, int] = {}
        self._last_heading = 0
        self._open_group: Node | None = None  # the L or TOC that the next item joins
        self._split: dict[int, Node] = {}  # id of a split paragraph's key -> its element
        self.links: list[LinkArea] = []
        self.figure_pages: list[int] = []  # pages with content the document did not tag

    # -- marked content ----------------------------------------------------------------

    def begin(self, canv: Any, role: str) -> Content:
        page = page_index(canv)
        mcid = self._mcids.get(page, 0)
        self._mcids[page] = mcid + 1
        canv.addLiteral(f"/{role} <</MCID {mcid}>> BDC")
        return Content(page, mcid)

    def reserve(self, canv: Any) -> Content:
        """An MCID on this page for content that is added after layout (a stamped page)."""
        page = page_index(canv)
        mcid = self._mcids.get(page, 0)
        self._mcids[page] = mcid + 1
        return Content(page, mcid)

    def release(self, content: Content) -> None:
        """Undo the last `begin` on its page (the flowable did not fit after all)."""
        assert self._mcids[content.page] == content.mcid + 1
        self._mcids[content.page] = content.mcid

    @staticmethod
    def end(canv: Any) -> None:
        canv.addLiteral("EMC")

    def mcid_count(self, page: int) -> int:
        return self._mcids.get(page, 0)

    # -- structure ---------------------------------------------------------------------

    @property
    def container(self) -> Node:
        return self._sections[-1]

    def start_section(self, level: int) -> None:
        """A Sect: level 0 under the document (an agenda item), 1 inside that."""
        del self._sections[min(level, len(self._sections) - 1) + 1 :]
        node = Node("Sect")
        self.add(node)
        self._sections.append(node)

    def add(self, node: Node, parent: Node | None = None) -> Node:
        (parent or self.container).kids.append(node)
        if parent is None:
            self._open_group = None
        return node

    def heading(self, level: int) -> Node:
        level = max(1, min(level, self._last_heading + 1))
        self._last_heading = level
        return self.add(Node(f"H{level}"))

    def group(self, role: str) -> Node:
        """The list (L) or contents (TOC) that an item joins: the one just before, or new."""
        if self._open_group is None or self._open_group.role != role:
            group = self.add(Node(role))
            self._open_group = group
        return self._open_group

    def list_item(self, label: Content | None = None) -> Node:
        """An LI in the list just before, with its Lbl (the bullet or number drawn as
        `label`) and its LBody; the LBody is returned."""
        item = self.add(Node("LI"), self.group("L"))
        if label is not None:
            self.add(Node("Lbl", kids=[label]), item)
        return self.add(Node("LBody"), item)

    def continued(self, flowable: Flowable) -> Node | None:
        key = getattr(flowable, "_tag_key", None)
        return self._split.get(id(key)) if key is not None else None

    def remember(self, flowable: Flowable, node: Node) -> None:
        key = getattr(flowable, "_tag_key", None)
        if key is not None:
            self._split[id(key)] = node


def tags_of(canv: Any) -> Tags | None:
    return getattr(canv, "tags", None)


def page_index(canv: Any) -> int:
    """The 0-based page being drawn (the documents' canvas keeps pages until save)."""
    kept = getattr(canv, "_kept_pages", None)
    return len(kept) if kept is not None else canv.getPageNumber() - 1


@contextmanager
def artifact(canv: Any, kind: str = "Layout", subtype: str = "") -> Iterator[None]:
    """What is drawn inside is decoration or page furniture, not content."""
    if tags_of(canv) is None:
        yield
        return
    more = f" /Subtype /{subtype}" if subtype else ""
    canv.addLiteral(f"/Artifact <</Type /{kind}{more}>> BDC")
    yield
    canv.addLiteral("EMC")


def same_element(parts: Sequence[Flowable]) -> None:
    """The parts of a split paragraph are one structure element."""
    if len(parts) < 2 or not all(isinstance(p, Paragraph) for p in parts):
        return
    key = getattr(parts[0], "_tag_key", None) or object()
    for part in parts:
        part._tag_key = key


class Figure(Flowable):
    """A drawing (a chart) with the alternative text that says what it shows."""

    def __init__(self, content: Flowable, alt: str) -> None:
        super().__init__()
        self.content = content
        self.alt = alt

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.content.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)


# -- what a flowable is --------------------------------------------------------------------

NOTHING, SELF, ARTIFACT, CONTENT = "nothing", "self", "artifact", "content"


def plan(flowable: Flowable) -> str:
    """How a flowable is tagged: it paints nothing, tags itself, is decoration, or content."""
    if isinstance(flowable, Spacer | NullDraw | ActionFlowable | CondPageBreak):
        return NOTHING
    if getattr(flowable, "tags_itself", False):
        return SELF
    if isinstance(flowable, HRFlowable):
        return ARTIFACT
    render = getattr(flowable, "_renderCB", None)
    if isinstance(render, TableTags):
        return SELF
    if flowable.__class__.__name__ in ("Marker", "ConfidentialMark"):
        return NOTHING
    return CONTENT


def role_of(flowable: Flowable) -> str:
    if isinstance(flowable, Figure | Drawing):
        return "Figure"
    if isinstance(flowable, Paragraph):
        level = HEADING_STYLES.get(flowable.style.name)
        if level is not None:
            return f"H{level}"
        if getattr(flowable, "bulletText", None):
            return "LBody"
    return "P"


def _node_for(tags: Tags, flowable: Flowable, canv: Any) -> Node:
    """The element a flowable's content belongs to (made and placed now, when drawn)."""
    found = tags.continued(flowable)
    if found is not None:
        return found
    section = getattr(flowable, "section", None)
    if section is not None and getattr(section, "running", True):
        tags.start_section(section.level)
    role = role_of(flowable)
    if role.startswith("H"):
        node = tags.heading(int(role[1:]))
    elif role == "LBody":
        node = tags.list_item()
    elif role == "Figure":
        node = tags.add(Node("Figure", alt=getattr(flowable, "alt", None) or ""))
    else:
        node = tags.add(Node("P"))
    tags.remember(flowable, node)
    return node


def draw_tagged(canv: Any, flowable: Flowable, draw: Callable[[], Any]) -> Any:
    """Run `draw` (which draws `flowable`, or does not when it does not fit), tagged."""
    tags = tags_of(canv)
    how = plan(flowable)
    if tags is None or how in (NOTHING, SELF):
        return draw()
    if how == CONTENT and role_of(flowable) == "LBody" and tags.continued(flowable) is None:
        return _draw_list_item(tags, canv, flowable, draw)
    if how == ARTIFACT:
        mark = len(canv._code)
        canv.addLiteral("/Artifact <</Type /Layout>> BDC")
        drawn = draw()
        if drawn == 0:
            del canv._code[mark:]
        else:
            canv.addLiteral("EMC")
        return drawn
    role = role_of(flowable)
    mark = len(canv._code)
    content = tags.begin(canv, role)
    drawn = draw()
    if drawn == 0:  # a frame's add: it did not fit and drew nothing
        del canv._code[mark:]
        tags.release(content)
        return drawn
    tags.end(canv)
    node = _node_for(tags, flowable, canv)
    node.kids.append(content)
    if role == "Figure" and node.bbox is None:
        x, y = canv.absolutePosition(0, 0)
        node.bbox = (x, y, x + flowable.width, y + flowable.height)
    return drawn


def _draw_list_item(tags: Tags, canv: Any, flowable: Flowable, draw: Callable[[], Any]) -> Any:
    """A paragraph with a bullet: the bullet (reportlab draws it first, as a text object
    of its own) is the item's Lbl, the rest its LBody."""
    mark = len(canv._code)
    label = tags.begin(canv, "Lbl")
    body: list[Content] = []
    draw_text = canv.drawText

    def after_bullet(text: Any) -> None:
        draw_text(text)
        if not body:
            tags.end(canv)
            body.append(tags.begin(canv, "LBody"))

    canv.drawText = after_bullet
    try:
        drawn = draw()
    finally:
        del canv.drawText  # the class's own again
    if drawn == 0:  # a frame's add: it did not fit and drew nothing
        del canv._code[mark:]
        for content in [*body, label]:
            tags.release(content)
        return drawn
    tags.end(canv)
    node = tags.list_item(label if body else None)
    node.kids.append(body[0] if body else label)
    tags.remember(flowable, node)
    return drawn


def draw_child(canv: Any, flowable: Flowable, x: float, y: float) -> None:
    """`flowable.drawOn(canv, x, y)`, tagged: for flowables that draw others."""

    def draw() -> None:
        flowable.drawOn(canv, x, y)

    if plan(flowable) == CONTENT and role_of(flowable) == "Figure":
        # The bounding box is taken where the drawing's origin is.
        canv.saveState()
        canv.translate(x, y)
        draw_tagged(canv, flowable, lambda: flowable.drawOn(canv, 0, 0))
        canv.restoreState()
        return
    draw_tagged(canv, flowable, draw)


class TaggingFrame(Frame):
    """A frame that tags each flowable it places."""

    def add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> int:
        result: int = draw_tagged(canv, flowable, lambda: Frame.add(self, flowable, canv, trySplit))
        return result

    def split(self, flowable: Flowable, canv: Any) -> list[Flowable]:
        parts: list[Flowable] = Frame.split(self, flowable, canv)
        same_element(parts)
        return parts


# -- tables ------------------------------------------------------------------------------


class TableTags:
    """A table's tags, handed to reportlab's Table as `renderCB` (kept by its split parts).

    `header_rows` rows at the top are column headers (TH /Scope /Column) in a THead,
    the other rows in a TBody; the header rows reportlab repeats on later pages are
    artifacts there (a reader hears the header once, in the THead). With
    `header_column` the first column is row headers (TH /Scope /Row). A `layout`
    table is no table to a reader: each cell is its content (a Figure, or a P).
    """

    def __init__(
        self,
        rows: Sequence[Sequence[object]],
        *,
        header_rows: int = 0,
        header_column: bool = False,
        layout: bool = False,
    ) -> None:
        self.header_rows = header_rows
        self.header_column = header_column
        self.layout = layout
        self.row_of: dict[int, int] = {}
        for number, row in enumerate(rows):
            for value in row:
                for item in value if isinstance(value, list | tuple) else [value]:
                    if not isinstance(item, str):
                        self.row_of[id(item)] = number
        self.node: Node | None = None
        self._head: Node | None = None  # THead and TBody, with header rows
        self._body: Node | None = None
        self.pieces = 0
        self._rows: dict[int, Node] = {}  # original row number -> TR
        self._last_row: Node | None = None
        self._row: Node | None = None  # the TR being drawn, None in a repeated header
        self._continuing = False
        self._header_row = False

    def __call__(self, table: Any, event: str, *args: Any) -> None:
        tags = tags_of(table.canv)
        if tags is None:
            return
        canv = table.canv
        if event == "startTable":
            self._start(tags)
        elif event in ("startBG", "startLines"):
            canv.addLiteral("/Artifact <</Type /Layout>> BDC")
        elif event in ("endBG", "endLines"):
            canv.addLiteral("EMC")
        elif event == "startRow":
            self._start_row(table, args[0])
        elif event == "startCell":
            self._start_cell(tags, canv, *args)
        elif event == "endCell":
            canv.addLiteral("EMC")
        elif event == "endTable":
            self.pieces += 1

    def _start(self, tags: Tags) -> None:
        if self.layout:
            return
        if self.node is None:
            self.node = tags.add(Node("Table"))
            if self.header_rows:
                self._head = self.add_to(self.node, Node("THead"))
                self._body = self.add_to(self.node, Node("TBody"))

    @staticmethod
    def add_to(parent: Node, node: Node) -> Node:
        parent.kids.append(node)
        return node

    def _start_row(self, table: Any, number: int) -> None:
        if self.layout:
            return
        assert self.node is not None
        if self.pieces > 0 and number < int(table.repeatRows or 0):
            self._row = None
            return
        found = {
            self.row_of[id(item)]
            for value in table._cellvalues[number]
            for item in (value if isinstance(value, list | tuple) else [value])
            if id(item) in self.row_of and not isinstance(item, str)
        }
        original = min(found) if found else None
        first_of_piece = number == (int(table.repeatRows or 0) if self.pieces else 0)
        self._continuing = True
        if original is not None and original in self._rows:
            row = self._rows[original]  # the rest of a row split across pages
        elif original is None and first_of_piece and self.pieces and self._last_row is not None:
            row = self._last_row
        else:
            self._continuing = False
            row = Node("TR")
            head = original is not None and original < self.header_rows
            if self._head is None or self._body is None:
                self.node.kids.append(row)
            else:
                (self._head if head else self._body).kids.append(row)
            if original is not None:
                self._rows[original] = row
        self._row = self._last_row = row
        self._header_row = original is not None and original < self.header_rows

    def _start_cell(
        self,
        tags: Tags,
        canv: Any,
        row: int,
        column: int,
        value: object,
        style: object,
        pos: tuple[float, float],
        size: tuple[float, float],
    ) -> None:
        if self.layout:
            self._layout_cell(tags, canv, value)
            return
        if self._row is None:  # a header repeated on a later page
            canv.addLiteral("/Artifact <</Type /Pagination>> BDC")
            return
        # An empty cell heads nothing: the corner of a table with row and column headers
        # is a TD, as in the W3C's tables tutorial (a TH there is an extra, silent header).
        header = (self._header_row or (self.header_column and column == 0)) and not _empty(value)
        content = tags.begin(canv, "TH" if header else "TD")
        cell = self._cell(row, column, header)
        cell.kids.append(content)
        if _has_link(value):
            x, y = canv.absolutePosition(*pos)
            rect = (x, y, x + size[0], y + size[1])
            tags.links.append(LinkArea(content.page, rect, cell, _plain(value)))

    def _cell(self, row: int, column: int, header: bool) -> Node:
        assert self._row is not None
        cells = [k for k in self._row.kids if isinstance(k, Node)]
        if self._continuing and column < len(cells):
            return cells[column]  # a row split across pages: its cells continue
        scope = ("Column" if self._header_row else "Row") if header else None
        node = Node("TH" if header else "TD", scope=scope)
        self._row.kids.append(node)
        return node

    def _layout_cell(self, tags: Tags, canv: Any, value: object) -> None:
        items = [v for v in (value if isinstance(value, list | tuple) else [value]) if v != ""]
        if not items:
            canv.addLiteral("/Artifact <</Type /Layout>> BDC")
            return
        first = items[0]
        if isinstance(first, Figure):
            content = tags.begin(canv, "Figure")
            node = tags.add(Node("Figure", alt=first.alt))
            node.kids.append(content)
            return
        content = tags.begin(canv, "P")
        tags.add(Node("P")).kids.append(content)


def _items(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else [value]


def _has_link(value: object) -> bool:
    return any(
        isinstance(v, Paragraph) and "<a " in (getattr(v, "text", None) or "")
        for v in _items(value)
    )


def _empty(value: object) -> bool:
    """A cell of no text at all: blank strings and Paragraphs (a drawing is content)."""
    return all(
        (isinstance(item, str) and not item.strip())
        or (isinstance(item, Paragraph) and not item.getPlainText().strip())
        for item in _items(value)
    )


def _plain(value: object) -> str:
    for item in _items(value):
        if isinstance(item, Paragraph):
            return " ".join(item.getPlainText().split())
    return ""


def data_table(
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    extra: list[tuple[object, ...]] | None = None,
) -> Table:
    """A ruled data table whose header row repeats on every page, tagged Table/TR/TH/TD."""
    from dordtwest_desktop.export import styles as s

    table = Table(
        rows,
        colWidths=list(widths),
        repeatRows=1,
        splitInRow=s.SPLIT_IN_ROW,
        hAlign="LEFT",
        renderCB=TableTags(rows, header_rows=1),
    )
    table.setStyle(s.table_style(extra=extra))
    return table
