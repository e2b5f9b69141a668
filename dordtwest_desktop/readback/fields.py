"""Remarks in a briefing pack PDF: the names of the fillable pack's boxes, and reading
back what attendees wrote (boxes and comments on pages).

Every field is a top-level AcroForm text field whose name says what it is about:

    dw1:<meeting uuid>:name                                 the attendee's name (cover)
    dw1:<meeting uuid>:item:<item uuid>                     remarks on an agenda item
    dw1:<meeting uuid>:item:<item uuid>:point:<point uuid>  remarks on a proposed decision

"dw1" is version 1 of this scheme; a later version may add parts but keeps the
meaning of these, so that packs exported today stay importable. A point's field
names its item too, so a remark on a point deleted since still finds its item.
The parts are joined with colons, not periods: a period in a field's name is the
PDF's separator of a field hierarchy (ISO 32000-1, 12.7.3.2). Reading accepts
either.

The boxes themselves are `flowables.RemarkField`; `flowables.finish_form` gives
them a font that can show any text typed in them.
"""

from __future__ import annotations

import hashlib
import re
import uuid
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pypdf import PageObject, PasswordType, PdfReader
from pypdf.errors import DependencyError, PdfReadError, PdfStreamError
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    StreamObject,
)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dordtwest_desktop.domain.errors import ImportFileError
from dordtwest_desktop.font_files import FACES, FONT_DIR
from dordtwest_desktop.i18n import mark, tr

if TYPE_CHECKING:
    from dordtwest_desktop.readback.page_map import PackMap

FIELD_VERSION = 1
PREFIX = f"dw{FIELD_VERSION}"
_VERSION = re.compile(r"dw(\d+)[:.]")
_MAX_DEPTH = 32  # of a field hierarchy; deeper is a damaged or hostile file
# What pypdf raises on a damaged file, beyond what reading the page map may raise.
_DAMAGE = (PdfReadError, PdfStreamError, RecursionError, IndexError, UnicodeError, zlib.error)


def name_field(meeting: uuid.UUID) -> str:
    return f"{PREFIX}:{meeting}:name"


def item_field(meeting: uuid.UUID, item: uuid.UUID) -> str:
    return f"{PREFIX}:{meeting}:item:{item}"


def point_field(meeting: uuid.UUID, item: uuid.UUID, point: uuid.UUID) -> str:
    return f"{item_field(meeting, item)}:point:{point}"


@dataclass(frozen=True)
class FieldRef:
    """What a field's name says: version, meeting, and the item or point (or the name)."""

    version: int
    meeting_id: uuid.UUID | None = None
    kind: str = ""  # "name", "item" or "point"; "" when the version is unknown
    item_id: uuid.UUID | None = None
    point_id: uuid.UUID | None = None


def parse_field_name(name: str) -> FieldRef | None:
    """The reference in one of our field names; None for any other field."""
    found = _VERSION.match(name)
    if found is None:
        return None
    version = int(found.group(1))
    if version != FIELD_VERSION:
        return FieldRef(version)
    parts = re.split(r"[:.]", name)[1:]
    try:
        ids = [uuid.UUID(p) for p in parts[0::2]]
    except ValueError:
        return None
    kinds = parts[1::2]
    if kinds == ["name"] and len(ids) == 1:
        return FieldRef(version, ids[0], "name")
    if kinds == ["item"] and len(ids) == 2:
        return FieldRef(version, ids[0], "item", ids[1])
    if kinds == ["item", "point"] and len(ids) == 3:
        return FieldRef(version, ids[0], "point", ids[1], ids[2])
    return None


# -- reading back -------------------------------------------------------------------

# Markup annotations (ISO 32000-1, 12.5.6.2): what a reader makes of a comment.
_COMMENTS = {
    "/Text": mark("the note"),
    "/FreeText": mark("the text box"),
    **dict.fromkeys(("/Highlight", "/Underline", "/Squiggly", "/StrikeOut"), mark("the highlight")),
    **dict.fromkeys(
        ("/Line", "/Square", "/Circle", "/Polygon", "/PolyLine", "/Ink", "/Stamp", "/Caret"),
        mark("the comment"),
    ),
}
_MARKED = _COMMENTS["/Highlight"]


@dataclass(frozen=True)
class FilledField:
    name: str  # fully qualified
    value: str
    tooltip: str

    @property
    def ref(self) -> FieldRef | None:
        return parse_field_name(self.name)


@dataclass(frozen=True)
class PageComment:
    """A comment a reader put on a page: note, text box, highlight with its words."""

    page: int  # 1-based
    kind: str  # "the note", "the text box", "the highlight", "the comment" (tr() shows it)
    author: str  # as the reader stored it (often the computer's user name)
    text: str
    quote: str  # the words a highlight covers
    ident: str  # /NM, else a hash of kind and place
    y: float | None  # the middle of its rectangle (points from the bottom)

    @property
    def kind_label(self) -> str:
        return tr(self.kind)


@dataclass(frozen=True)
class PdfRemarks:
    meeting_id: uuid.UUID
    page_map: PackMap | None
    name: str  # the cover's name field, as filled in
    fields: tuple[FilledField, ...]
    comments: tuple[PageComment, ...]
    bare_highlights: int = 0  # highlights without a comment: left out


def _text(value: object) -> str:
    value = value.get_object() if isinstance(value, IndirectObject) else value
    if isinstance(value, StreamObject):  # the spec allows a text stream
        return value.get_data().decode("utf-8", "replace")
    if isinstance(value, ArrayObject):  # a choice field; not ours, but tolerated
        return "\n".join(_text(v) for v in value)
    return "" if value is None else str(value)


def read_fields(reader: PdfReader) -> tuple[FilledField, ...]:
    """Every terminal field of the form with its value, names qualified with periods."""
    form = reader.root_object.get("/AcroForm")
    if form is None:
        return ()
    found: list[FilledField] = []

    def walk(ref: object, parent: str, value: object, depth: int) -> None:
        node = ref.get_object() if isinstance(ref, IndirectObject) else ref
        if not isinstance(node, DictionaryObject) or depth > _MAX_DEPTH:
            return
        partial = _text(node.get("/T"))
        name = ".".join(p for p in (parent, partial) if p)
        value = node.get("/V", value)
        kids = [k for k in node.get("/Kids") or () if "/T" in k.get_object()]
        for kid in kids:
            walk(kid, name, value, depth + 1)
        if not kids and name:
            found.append(FilledField(name, _text(value), _text(node.get("/TU"))))

    for ref in form.get_object().get("/Fields") or ():
        walk(ref, "", None, 0)
    return tuple(found)


def read_remarks(path: Path) -> PdfRemarks:
    """The boxes and comments of a briefing pack; ImportFileError when it is no readable pack."""
    from dordtwest_desktop.readback.page_map import PAGE_MAP_ERRORS, pack_map_of

    try:
        reader = PdfReader(path)
        _unlock(reader, path)
        page_map = pack_map_of(reader)
        fields = read_fields(reader)
        meeting = page_map.meeting_id if page_map else _meeting_of(fields)
        if meeting is None:
            raise ImportFileError(
                tr(
                    "'{name}' is not a briefing pack of this app: it has no boxes for remarks "
                    "and does not say which pages belong to which agenda item. Import the "
                    "pack as the app exported it (fillable or not), with the remarks in it."
                ).format(name=path.name)
            )
        name = next((f.value for f in fields if f.ref and f.ref.kind == "name"), "")
        comments, bare = _comments(reader, quotes=page_map is not None)
    except FileNotFoundError as error:
        raise ImportFileError(
            tr("'{name}' does not exist (any more); nothing was imported.").format(name=path.name)
        ) from error
    except OSError as error:
        raise ImportFileError(
            tr("'{name}' cannot be opened: {reason}").format(name=path.name, reason=error.strerror)
        ) from error
    except (*PAGE_MAP_ERRORS, *_DAMAGE) as error:
        raise ImportFileError(
            tr(
                "'{name}' is damaged or not a PDF; nothing of it was imported. Ask for the "
                "file again, saved from the PDF reader."
            ).format(name=path.name)
        ) from error
    return PdfRemarks(meeting, page_map, name, fields, tuple(comments), bare)


def _unlock(reader: PdfReader, path: Path) -> None:
    """Open a file that is encrypted without a password to open it; refuse any other."""
    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except (DependencyError, NotImplementedError, PdfReadError):
        opened = False
    if not opened:
        raise ImportFileError(
            tr(
                "'{name}' is protected with a password; nothing of it was imported. Ask for "
                "the file without protection (save it again without a password)."
            ).format(name=path.name)
        )


def _meeting_of(fields: tuple[FilledField, ...]) -> uuid.UUID | None:
    """A pack that lost its page map still names its meeting in its boxes."""
    meetings = Counter(f.ref.meeting_id for f in fields if f.ref and f.ref.meeting_id)
    return meetings.most_common(1)[0][0] if meetings else None


def _comments(reader: PdfReader, *, quotes: bool = True) -> tuple[list[PageComment], int]:
    """The comments on the pages, and how many highlights carry no comment (left out)."""
    found: list[PageComment] = []
    bare = 0
    for number, page in enumerate(reader.pages, start=1):
        seen: Counter[str] = Counter()
        words: list[_Glyph] | None = None
        for ref in page.get("/Annots") or ():
            note = ref.get_object()
            kind = _COMMENTS.get(str(note.get("/Subtype")))
            if kind is None or "/StateModel" in note or note.get("/RT") == "/Group":
                continue  # not a comment, a review state, or part of a group
            text = _text(note.get("/Contents")) or _strip_tags(_text(note.get("/RC")))
            quote = ""
            if kind == _MARKED:
                if quotes and "/QuadPoints" in note:
                    words = _glyphs(page) if words is None else words
                    quote = _covered(words, [float(v) for v in note["/QuadPoints"]])
                text = _without_quote(text, quote)
                bare += not text.strip()
            if not text.strip():
                continue
            rect = [float(v) for v in note.get("/Rect") or ()]
            ident = _text(note.get("/NM")).strip() or _place_hash(str(note["/Subtype"]), rect)
            if len(ident) > 64:
                ident = "h" + hashlib.sha1(ident.encode()).hexdigest()[:16]
            seen[ident] += 1
            if seen[ident] > 1:
                ident = f"{ident}#{seen[ident]}"
            y = (rect[1] + rect[3]) / 2 if len(rect) == 4 else None
            author = _text(note.get("/T"))
            found.append(PageComment(number, kind, author, text, quote, ident, y))
    return found, bare


def _without_quote(text: str, quote: str) -> str:
    """The comment of a highlight without the marked words some readers copy into it."""
    flat, words = " ".join(text.split()), " ".join(quote.split())
    if words and flat.startswith(words):
        return flat[len(words) :].strip()
    return text


class _PlainText(HTMLParser):
    """The text of XHTML with every entity and character reference resolved; each tag
    becomes a space, so that words of adjacent paragraphs stay apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self.parts.append(" ")


def _strip_tags(rich: str) -> str:
    """The plain text of a rich-text value (/RC: XHTML, ISO 32000-1, 12.7.3.4)."""
    parser = _PlainText()
    parser.feed(rich)
    parser.close()
    return "".join(parser.parts)


def _place_hash(subtype: str, rect: list[float]) -> str:
    place = ",".join(f"{v:.0f}" for v in rect)
    return "h" + hashlib.sha1(f"{subtype}|{place}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class _Glyph:
    char: str
    left: float
    right: float
    middle: float  # height of the middle of the letters


def _glyphs(page: PageObject) -> list[_Glyph]:
    """Each character of the page's text with its place (upright text, estimated widths)."""
    found: list[_Glyph] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        a = tm[0] * cm[0] + tm[1] * cm[2]
        d = tm[2] * cm[1] + tm[3] * cm[3]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        width = _width_of(str(font.get("/BaseFont", "")) if font else "")
        for char in text:
            if char in "\r\n":
                continue
            step = width(char) * size * a
            found.append(_Glyph(char, x, x + step, y + 0.3 * size * d))
            x += step

    page.extract_text(visitor_text=visit)
    return found


def _width_of(base_font: str) -> Callable[[str], float]:
    """Widths of the pack's own fonts and the standard 14; an average for others."""
    name = base_font.lstrip("/").split("+")[-1]
    if name in FACES:
        name = _measuring_face(name)
    if name in pdfmetrics.getRegisteredFontNames() or name in pdfmetrics.standardFonts:
        return lambda char: pdfmetrics.stringWidth(char, name, 1)
    return lambda char: 0.5


@cache
def _measuring_face(name: str) -> str:
    """Our face registered under a name of its own, only to measure its glyphs."""
    measuring = f"readback-{name}"
    pdfmetrics.registerFont(TTFont(measuring, FONT_DIR / FACES[name]))
    return measuring


def _covered(glyphs: list[_Glyph], quad_points: list[float]) -> str:
    """The words under a highlight's quadrilaterals, in reading order."""
    lines = []
    for start in range(0, len(quad_points) - 7, 8):
        xs, ys = quad_points[start : start + 8 : 2], quad_points[start + 1 : start + 8 : 2]
        left, right, low, high = min(xs), max(xs), min(ys), max(ys)
        chars = [
            g.char
            for g in glyphs
            if left - 1 <= (g.left + g.right) / 2 <= right + 1 and low <= g.middle <= high
        ]
        lines.append("".join(chars))
    return " ".join(" ".join(lines).split())
