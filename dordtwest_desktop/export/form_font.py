"""The remark boxes' font: DejaVu Sans embedded whole, and `finish_form`, which sets it.

Remark boxes (the fillable pack) are AcroForm text fields. reportlab can give
those only the standard 14 fonts, whose WinAnsi encoding cannot show ř, ő, ł or
Cyrillic; `finish_form` therefore puts DejaVu Sans, embedded whole, into the
form's default resources and points every box at it, so that whoever draws a
filled box (the reader on save, pypdf, poppler) can show what was typed. The
font's character codes are Unicode code points (Basic Multilingual Plane),
which keeps its ToUnicode map and widths trivial.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass
from functools import cache

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)
from reportlab.pdfbase.ttfonts import TTFontFile

from dordtwest_desktop.export.fonts import FONT_DIR
from dordtwest_desktop.export.pdf_objects import add_object, deflated_stream

FORM_FONT = "/DWSans"
FORM_FONT_FILE = FONT_DIR / "DejaVuSans.ttf"


@dataclass(frozen=True)
class _FontParts:
    file: bytes  # compressed
    file_length: int
    cid_to_gid: bytes  # compressed
    to_unicode: bytes  # compressed
    widths: tuple[tuple[int, tuple[int, ...]], ...]  # runs: first code, widths
    default_width: int
    descriptor: tuple[tuple[str, object], ...]


@cache
def _font_parts() -> _FontParts:
    face = TTFontFile(str(FORM_FONT_FILE))
    codes = sorted(c for c in face.charToGlyph if 0x20 <= c <= 0xFFFF and not 0xD800 <= c <= 0xDFFF)
    gid_map = bytearray(2 * (codes[-1] + 1))
    for code in codes:
        struct.pack_into(">H", gid_map, 2 * code, face.charToGlyph[code])
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][-1] + 1 and code & 0xFF:
            runs[-1].append(code)
        else:
            runs.append([code])

    def width(code: int) -> int:
        return round(face.charWidths.get(code, face.defaultWidth))

    raw = FORM_FONT_FILE.read_bytes()
    return _FontParts(
        file=zlib.compress(raw),
        file_length=len(raw),
        cid_to_gid=zlib.compress(bytes(gid_map)),
        to_unicode=zlib.compress(_identity_cmap([(r[0], r[-1]) for r in runs]).encode("ascii")),
        widths=tuple((r[0], tuple(width(c) for c in r)) for r in runs),
        default_width=round(face.defaultWidth),
        descriptor=(
            ("/Flags", 32),
            ("/FontBBox", [round(v) for v in face.bbox]),
            ("/ItalicAngle", 0),
            ("/Ascent", round(face.ascent)),
            ("/Descent", round(face.descent)),
            ("/CapHeight", round(face.capHeight)),
            ("/StemV", round(face.stemV)),
        ),
    )


def _identity_cmap(ranges: list[tuple[int, int]]) -> str:
    """A ToUnicode CMap mapping each code to the same code point."""
    lines = []
    for start in range(0, len(ranges), 100):  # at most 100 entries per block
        chunk = ranges[start : start + 100]
        lines.append(f"{len(chunk)} beginbfrange")
        lines += [f"<{a:04X}> <{b:04X}> <{a:04X}>" for a, b in chunk]
        lines.append("endbfrange")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            "/CMapName /Adobe-Identity-UCS def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            "<0000> <FFFF>",
            "endcodespacerange",
            *lines,
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _obj(value: object) -> PdfObject:
    """A PDF object from Python: "/Name", other text, numbers, lists, dicts; objects as they are."""
    if isinstance(value, PdfObject):
        return value
    if isinstance(value, dict):
        return DictionaryObject({NameObject(k): _obj(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return ArrayObject(_obj(v) for v in value)
    if isinstance(value, str):
        return NameObject(value) if value.startswith("/") else TextStringObject(value)
    assert isinstance(value, int)
    return NumberObject(value)


def _stream(writer: PdfWriter, compressed: bytes, **entries: object) -> IndirectObject:
    # Deflated once per process (see _font_parts) and kept as it is.
    stream = deflated_stream(compressed, **{k: _obj(v) for k, v in entries.items()})
    return add_object(writer, stream)


def _add_form_font(writer: PdfWriter) -> IndirectObject:
    """DejaVu Sans as a Type 0 font whose codes are Unicode code points."""
    parts = _font_parts()
    descriptor = {
        "/Type": "/FontDescriptor",
        "/FontName": "/DejaVuSans",
        **dict(parts.descriptor),
        "/FontFile2": _stream(writer, parts.file, Length1=parts.file_length),
    }
    cid_font = {
        "/Type": "/Font",
        "/Subtype": "/CIDFontType2",
        "/BaseFont": "/DejaVuSans",
        "/CIDSystemInfo": {"/Registry": "Adobe", "/Ordering": "Identity", "/Supplement": 0},
        "/FontDescriptor": add_object(writer, _obj(descriptor)),
        "/DW": parts.default_width,
        "/W": [x for first, run in parts.widths for x in (first, list(run))],
        "/CIDToGIDMap": _stream(writer, parts.cid_to_gid),
    }
    font = {
        "/Type": "/Font",
        "/Subtype": "/Type0",
        "/BaseFont": "/DejaVuSans",
        "/Encoding": "/Identity-H",
        "/DescendantFonts": [add_object(writer, _obj(cid_font))],
        "/ToUnicode": _stream(writer, parts.to_unicode),
    }
    return add_object(writer, _obj(font))


def _with_form_font(appearance: str) -> str:
    """A field's default appearance ("/Helv 10 Tf 0 g") set in the form font."""
    changed, count = re.subn(r"/[^\s/]+(\s+[\d.]+\s+Tf)", rf"{FORM_FONT}\1", appearance)
    return changed if count else f"{FORM_FONT} 0 Tf {appearance}".strip()


def finish_form(writer: PdfWriter) -> None:
    """Give the fields the Unicode form font and point each widget at its own page.

    reportlab keeps no page objects while our canvas holds pages back until the
    end (see layout.py), so the widgets' /P would all name the first page.
    """
    form = writer.root_object.get("/AcroForm")
    if form is None:
        return
    form = form.get_object()
    resources = form.get("/DR")
    resources = resources.get_object() if resources is not None else DictionaryObject()
    fonts = resources.get("/Font")
    fonts = fonts.get_object() if fonts is not None else DictionaryObject()
    fonts[NameObject(FORM_FONT)] = _add_form_font(writer)
    resources[NameObject("/Font")] = fonts
    form[NameObject("/DR")] = resources
    form[NameObject("/DA")] = TextStringObject(f"{FORM_FONT} 0 Tf 0 g")
    for page in writer.pages:
        for ref in page.get("/Annots") or ():
            widget = ref.get_object()
            if widget.get("/Subtype") != "/Widget":
                continue
            widget[NameObject("/P")] = page.indirect_reference
            appearance = str(widget.get("/DA", ""))
            widget[NameObject("/DA")] = TextStringObject(_with_form_font(appearance))
