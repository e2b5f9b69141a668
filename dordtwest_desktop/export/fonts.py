"""The fonts of the PDF documents: DejaVu Sans, embedded, with a faithful text layer.

reportlab's TrueType support has two gaps that matter for documents whose text
must come back out of the PDF exactly as the user typed it:

* a character the font lacks is written as code 0, so the text layer reads
  NUL instead of the character;
* the ToUnicode map writes code points above U+FFFF as five hex digits, which
  PDF readers reject (it must be UTF-16, a surrogate pair).

`_FaithfulTTFont` closes both: every character gets its own code (a missing one
is drawn with the font's .notdef glyph, or invisibly when it is a zero-width
format character) and the map is written as UTF-16. Characters that DejaVu lacks
but the fallback font has are set in that font by `export.text.markup`. The app
ships Symbola (resources/fonts/fallback.ttf, licence beside it) for emoji and
symbols; CJK is not covered by it.

Arabic is drawn in its contextual forms (export.rtl): widths are measured on those
forms, and the ToUnicode map gives each form back as the letters it shows, so the
text layer holds what was typed. A presentation form typed as such (rare: text
copied out of an old PDF) therefore reads back as its letters, the same text by
Unicode's compatibility normalisation (NFKC).
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from itertools import repeat
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from dordtwest_desktop.export.rtl import ARABIC, shape, typed_text
from dordtwest_desktop.font_files import (
    BOLD,
    BOLD_ITALIC,
    FACES,
    FONT_DIR,
    ITALIC,
    REGULAR,
)

FAMILY = REGULAR
FALLBACK = "DordtWestFallback"

# Fonts for what DejaVu lacks, in this order: a character goes to the first that has
# it (the shipped Symbola for symbols and emoji, then a system font for CJK and other
# scripts). The system fonts are only looked for, never shipped: the documents stay
# correct without them (the text layer is exact either way).
FALLBACK_CANDIDATES = (
    FONT_DIR / "fallback.ttf",
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
    Path("C:/Windows/Fonts/seguisym.ttf"),
    Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
)

_MAX_CODE_POINT = 0x10FFFF
_WIDTH_CACHE_SIZE = 100_000
_lock = threading.Lock()


def _utf16_hex(code: int) -> str:
    return typed_text(code).encode("utf-16-be", "surrogatepass").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """A ToUnicode CMap whose targets are UTF-16BE, as the PDF reference requires;
    an Arabic presentation form maps to the letters it shows (lam-alef to two)."""
    pairs = [f"<{i:02X}> <{_utf16_hex(code)}>" for i, code in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({fontname}) /Ordering ({fontname}) /Supplement 0 >> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(pairs)} beginbfchar",
            *pairs,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


class _EveryCodePoint(dict[int, int]):
    """charToGlyph that claims every code point: missing ones map to glyph 0 (.notdef).

    reportlab's subsetter then gives each missing character its own code, so the
    ToUnicode map can name it, instead of folding them all into code 0.
    """

    def __contains__(self, code: object) -> bool:
        return isinstance(code, int) and 0 <= code <= _MAX_CODE_POINT

    def __missing__(self, code: int) -> int:
        return 0


class _FaithfulTTFont(TTFont):
    """A TTFont whose text layer gives back every character, also ones it cannot draw."""

    def __init__(self, name: str, filename: str | Path) -> None:
        super().__init__(name, str(filename))
        face = self.face
        self.covered: frozenset[int] = frozenset(face.charToGlyph)
        invisible = face.charToGlyph.get(0x200B)  # zero width space
        if invisible is not None:
            # Format characters (joiners, direction marks) are invisible: never a box.
            for code in _format_characters():
                if code not in face.charToGlyph:
                    face.charToGlyph[code] = invisible
                    face.charWidths[code] = 0
        face.charToGlyph = _EveryCodePoint(face.charToGlyph)
        self._widths: dict[str, float] = {}  # text -> width at size 1000

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        # reportlab measures word by word, in pure Python when its C accelerator is
        # absent; words repeat, so remember them (a quarter of a pack's build time).
        width = self._widths.get(text)
        if width is None:
            if isinstance(text, bytes):
                text = text.decode(encoding or "utf8")
            face = self.face
            if ARABIC.search(text):
                # Measured as drawn: a joined form is often far narrower than the letter.
                text = shape(text, self.covered)
            width = sum(map(face.charWidths.get, map(ord, text), repeat(face.defaultWidth)))
            if len(self._widths) > _WIDTH_CACHE_SIZE:
                self._widths.clear()
            self._widths[text] = width
        return 0.001 * size * width

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:
        # Mirrors TTFont.addObjects of reportlab 5.1; only the ToUnicode map differs.
        state = self._assignState(doc)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode(
                "pdfdoc"
            )
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {n}"
            font.Name = internal_name
            font.BaseFont = base_name
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = pdfdoc.PDFArray([self.face.getCharWidth(c) for c in subset])
            cmap = pdfdoc.PDFStream()
            cmap.content = to_unicode_cmap(base_name, subset)
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_name)
            font.FontDescriptor = self.face.addSubsetObjects(doc, base_name, subset)
            doc.Reference(font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = font
        del self.state[doc]


@cache
def _format_characters() -> tuple[int, ...]:
    return tuple(
        code for code in range(_MAX_CODE_POINT + 1) if unicodedata.category(chr(code)) == "Cf"
    )


@cache
def register_fonts() -> frozenset[int]:
    """Register DejaVu Sans (once per process); returns the code points it can draw."""
    with _lock:
        covered: frozenset[int] = frozenset()
        for name, filename in FACES.items():
            font = _FaithfulTTFont(name, FONT_DIR / filename)
            pdfmetrics.registerFont(font)
            if name == REGULAR:
                covered = font.covered
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        return covered


@cache
def fallback_coverage() -> frozenset[int] | None:
    """The characters of the first fallback font found (registered); None when none is."""
    for index in range(len(FALLBACK_CANDIDATES)):
        found = _fallback(index)
        if found is not None:
            return found[1]
    return None


def fallback_face(code: int) -> str | None:
    """The fallback font that draws this character: the first that has it, else None.

    A later font is read only when a character needs it (a CJK font is some
    megabytes to parse).
    """
    if code not in _faces:
        _faces[code] = next(
            (
                found[0]
                for index in range(len(FALLBACK_CANDIDATES))
                if (found := _fallback(index)) is not None and code in found[1]
            ),
            None,
        )
    return _faces[code]


_faces: dict[int, str | None] = {}


@cache
def _fallback(index: int) -> tuple[str, frozenset[int]] | None:
    """The index-th candidate as a registered font and its characters; None if absent."""
    register_fonts()
    path = FALLBACK_CANDIDATES[index]
    if not path.is_file():
        return None
    name = FALLBACK if index == 0 else f"{FALLBACK}{index + 1}"
    with _lock:
        try:
            font = _FaithfulTTFont(name, path)
        except Exception:  # a font reportlab cannot read is simply not a fallback
            return None
        pdfmetrics.registerFont(font)
        # One face for all styles: <b> inside the fallback run must not switch fonts.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)
    return name, font.covered
