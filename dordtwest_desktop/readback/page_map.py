"""A briefing pack's page map: which pages belong to which agenda item, read back.

The page map says which pages belong to which agenda item, so that remarks
made in a PDF reader can be imported per item later. It is written twice, as
PDF readers that re-save a file may drop one or the other:

* in the document catalog: ``/DordtWestPages << /Version 1 /Meeting (uuid)
  /Items [[(item uuid) first last] ...] /Tops [[(item uuid) y] ...] >>``
  (pages 1-based, inclusive);
* in the document information, key ``/DordtWestPages``, the same as JSON:
  ``{"version": 1, "meeting": "uuid", "items": {"uuid": [first, last]},
  "tops": {"uuid": y}}``.

``Tops`` (added later, optional) is where each item's heading begins on its
first page, in PDF points from the bottom: items with nothing but a title share
a page, and a remark on that page belongs to the last heading above it.

A reader that rewrites the whole file (as ``PdfWriter().append(reader)`` does)
keeps the pages, their annotations, the form and the standard document info, but
neither of those two. So each page also says which items it shows, in its page
piece dictionary (ISO 32000-1, 14.5), which such a rewrite keeps with the page::

    /PieceInfo << /DordtWestAlliantie << /LastModified (D:...) /Private <<
        /Version 1 /Meeting (uuid) /Items [(item uuid) ...] /Tops [[(item uuid) y] ...]
    >> >> >>

and the meeting stands in the standard ``/Keywords`` too (export.document). The
map is rebuilt from the pages when both copies above are gone.
"""

from __future__ import annotations

import json
import math
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PageObject, PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.i18n import tr

PAGE_MAP_KEY = "/DordtWestPages"
PAGE_MAP_VERSION = 1
PIECE_KEY = "/DordtWestAlliantie"

PageMap = dict[uuid.UUID, tuple[int, int]]
Tops = dict[uuid.UUID, float]


@dataclass(frozen=True)
class PackMap:
    """A pack's meeting, each item's pages, and where each item's heading begins."""

    meeting_id: uuid.UUID
    ranges: PageMap
    tops: Tops = field(default_factory=dict)

    def item_at(self, page: int, y: float | None = None) -> uuid.UUID | None:
        """The item whose section holds this spot: the last to begin at or before it.

        Without `y`, or for packs without tops, the last item to begin on or
        before the page (agenda order breaks ties). A spot above every heading of
        a page that no item runs onto belongs to the page's first item. None on
        pages of no item (cover, contents, agenda, actions, timeline).
        """
        found = self._last_begun(page, y)
        if found is None or self.ranges[found][1] < page:
            starting = [i for i, (first, _) in self.ranges.items() if first == page]
            if not starting:
                return None
            return max(starting, key=lambda i: self.tops.get(i, -math.inf))
        return found

    def _last_begun(self, page: int, y: float | None) -> uuid.UUID | None:
        best: tuple[int, float, int] | None = None
        found: uuid.UUID | None = None
        for order, (item, (first, _last)) in enumerate(self.ranges.items()):
            top = self.tops.get(item)
            if first > page or (first == page and y is not None and top is not None and top < y):
                continue
            key = (first, -top if top is not None else -math.inf, order)
            if best is None or key > best:
                best, found = key, item
        return found


def _from_catalog(reader: PdfReader) -> PackMap | None:
    entry = reader.root_object.get(PAGE_MAP_KEY)
    if entry is None:
        return None
    entry = entry.get_object()
    ranges: PageMap = {}
    for row in entry["/Items"]:
        item, first, last = row.get_object()
        ranges[uuid.UUID(str(item))] = (int(first), int(last))
    tops: Tops = {}
    for row in entry.get("/Tops") or ():
        item, y = row.get_object()
        tops[uuid.UUID(str(item))] = float(y)
    return PackMap(uuid.UUID(str(entry["/Meeting"])), ranges, tops)


def _from_info(reader: PdfReader) -> PackMap | None:
    info = reader.metadata
    text = info.get(PAGE_MAP_KEY) if info else None
    if not text:
        return None
    data = json.loads(str(text))
    ranges = {uuid.UUID(k): (int(v[0]), int(v[1])) for k, v in data["items"].items()}
    tops = {uuid.UUID(k): float(v) for k, v in (data.get("tops") or {}).items()}
    return PackMap(uuid.UUID(data["meeting"]), ranges, tops)


def _resolved(value: object) -> DictionaryObject | None:
    value = value.get_object() if isinstance(value, IndirectObject) else value
    return value if isinstance(value, DictionaryObject) else None


def _piece(page: PageObject) -> DictionaryObject | None:
    """The page's own part of the map; None on pages without (or of a newer version)."""
    info = _resolved(page.get("/PieceInfo"))
    ours = _resolved(info.get(PIECE_KEY)) if info is not None else None
    private = _resolved(ours.get("/Private")) if ours is not None else None
    if private is None or private.get("/Version") != PAGE_MAP_VERSION:
        return None
    return private


def _meeting_in_keywords(reader: PdfReader) -> uuid.UUID | None:
    """The one meeting id among the document's standard keywords."""
    keywords = str(reader.metadata.get("/Keywords") or "") if reader.metadata else ""
    found = set()
    for word in keywords.replace(";", ",").split(","):
        try:
            found.add(uuid.UUID(word.strip()))
        except ValueError:
            continue
    return found.pop() if len(found) == 1 else None


def _from_pages(reader: PdfReader) -> PackMap | None:
    """The map rebuilt from each page's piece, for files rewritten by a PDF reader."""
    ranges: PageMap = {}
    tops: Tops = {}
    meetings: set[uuid.UUID] = set()
    for number, page in enumerate(reader.pages, start=1):
        piece = _piece(page)
        if piece is None:
            continue
        meetings.add(uuid.UUID(str(piece["/Meeting"])))
        items = piece["/Items"].get_object()
        if not isinstance(items, ArrayObject):
            raise TypeError("a page's /Items is not an array")
        for value in items:
            item = uuid.UUID(str(value))
            first, _ = ranges.get(item, (number, number))
            ranges[item] = (first, number)
        for row in piece.get("/Tops") or ():
            item, y = row.get_object()
            tops[uuid.UUID(str(item))] = float(y)
    if not ranges:
        return None
    keywords = _meeting_in_keywords(reader)
    if keywords is not None and keywords in meetings:
        meetings = {keywords}
    if len(meetings) != 1:
        raise ValueError("the pages name more than one meeting")
    return PackMap(meetings.pop(), ranges, tops)


PAGE_MAP_ERRORS = (PdfReadError, ValueError, KeyError, TypeError, AttributeError)


def pack_map_of(reader: PdfReader) -> PackMap | None:
    """The page map of an open PDF; None when it has none. Raises PAGE_MAP_ERRORS.

    The map of the whole document comes first, then its copy in the document
    info; a file rewritten without either gets it back from its pages.
    """
    return _from_catalog(reader) or _from_info(reader) or _from_pages(reader)


def read_page_map(pdf_path: Path | str) -> tuple[uuid.UUID, PageMap]:
    """The meeting of a briefing pack and each agenda item's (first, last) page, 1-based."""
    path = Path(pdf_path)
    try:
        reader = PdfReader(path)
        found = pack_map_of(reader)
    except PAGE_MAP_ERRORS as error:
        raise ValidationError(
            tr(
                "'{name}' cannot be read as a briefing pack; use the PDF as the app exported it."
            ).format(name=path.name),
            field="pdf",
        ) from error
    if found is None:
        raise ValidationError(
            tr(
                "'{name}' is not a briefing pack made by this app: it does not say which pages "
                "belong to which agenda item. Use the pack as the app exported it."
            ).format(name=path.name),
            field="pdf",
        )
    return found.meeting_id, found.ranges
