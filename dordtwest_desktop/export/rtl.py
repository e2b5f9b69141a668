"""Right-to-left text (Hebrew, Arabic) on the page in visual order, in the text layer as typed.

A PDF shows a string's glyphs from left to right, and reportlab wrote text in the
order it was typed: Hebrew came out back to front, Arabic unjoined, and extractors
(which expect right-to-left text in visual order, as every PDF has it) reversed it
once more. Every string drawn on our canvas (paragraph lines, table cells, headers,
chart labels) goes through `BidiTextObject`, which rewrites each line that holds
right-to-left characters:

* Arabic letters get their contextual forms (initial, medial, final, lam-alef) from
  arabic-reshaper, as presentation-form characters: our fonts work per code point
  and DejaVu Sans has those glyphs. The fonts measure with the same `shape`
  (export.fonts), so lines break at the widths that are drawn, and their ToUnicode
  map gives each form back as the letters it shows.
* The line is put in display order by the Unicode bidirectional algorithm. The
  embedding levels come from python-bidi (the Rust unicode-bidi crate: bracket
  pairs and isolates included); python-bidi's Rust path stops at a reordered
  string without mirrored brackets, so rules L1, L2 and L4 are applied here on
  those levels. The paragraph direction is that of its first strong character
  (rule P2, as the app's editors show it); the alignment stays the style's.
* Each piece is shown in its run's font, colour and rise. Links and underlines keep
  their logical positions (our documents underline nothing and link whole cells).

The text layer then holds the glyphs in visual order with the typed letters behind
them. pypdf and poppler reverse right-to-left runs back: Hebrew and Arabic lines
extract as typed (poppler turns the two letters of a lam-alef ligature around). Of
a line mixing directions they restore each run, not always the order of the runs.
/ActualText spans with the typed line were tried and left out: pypdf ignores them
and poppler 22 reverses their text once more.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any, NamedTuple

from arabic_reshaper import ArabicReshaper
from arabic_reshaper.ligatures import LIGATURES
from bidi import get_base_level, get_display
from bidi.mirror import MIRRORED
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.textobject import PDFTextObject

# Blocks of right-to-left scripts and the right-to-left marks: a line without any
# of these is drawn as it was (cheap test, so a few neutral characters match too).
RTL_HINT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# What makes a line right to left: strong right-to-left letters and the explicit
# controls, by Python's Unicode data (unassigned code points in these blocks do not).
_RTL_CLASSES = frozenset({"R", "AL", "RLE", "RLO", "RLI"})
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff]")
# Presentation forms that `shape` writes and the text layer maps back.
_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")
# Characters whose level rule L1 resets at the end of a line or before a separator.
_TRAILING = frozenset({"WS", "BN", "FSI", "LRI", "RLI", "PDI", "LRE", "RLE", "LRO", "RLO", "PDF"})
_LEVELS = re.compile(r"\blevels: \[(.*?)\n\s*\],", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+)")


@cache
def _reshaper() -> ArabicReshaper:
    # Vowel marks are kept (they are text); of the ligatures only those whose glyph
    # DejaVu Sans has (lam-alef): `shape` undoes any form a font lacks anyway.
    config: dict[str, object] = {"delete_harakat": False, "support_ligatures": True}
    config.update({name: name.startswith("ARABIC LIGATURE LAM WITH ALEF") for name, _ in LIGATURES})
    return ArabicReshaper(configuration=config)


@lru_cache(maxsize=20_000)
def shape(text: str, covered: frozenset[int]) -> str:
    """Arabic letters in their contextual forms, as far as the font (`covered`) has them."""
    if ARABIC.search(text) is None:
        return text
    shaped: str = _reshaper().reshape(text)
    if all(ord(char) in covered for char in _FORMS.findall(shaped)):
        return shaped
    # A form the font lacks would print as a box: the plain letter reads better.
    return "".join(
        char if ord(char) in covered or not _FORMS.match(char) else _plain(char) for char in shaped
    )


def _plain(char: str) -> str:
    return unicodedata.normalize("NFKC", char)


def typed_text(code: int) -> str:
    """What a glyph stands for in the text layer: a presentation form as its letters."""
    char = chr(code)
    return _plain(char) if _FORMS.match(char) else char


def right_to_left(text: str) -> bool:
    """Whether the text holds a right-to-left letter (or control) to put in order."""
    if RTL_HINT.search(text) is None:
        return False
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)


def base_direction(text: str) -> str | None:
    """ "R" or "L" after the first strong character (rule P2); None when there is none."""
    if RTL_HINT.search(text) is None:
        return "L" if any(char.isalpha() for char in text) else None
    return "R" if get_base_level(text) == 1 else "L"


def _levels(text: str, base: str) -> list[int]:
    """The resolved embedding level of each character (rules up to I2)."""
    # python-bidi returns its levels only in its debug report (one per UTF-8 byte).
    report = get_display(text, base_dir=base, debug=True)
    found = _LEVELS.search(report)
    per_byte = [int(level) for level in _LEVEL.findall(found.group(1))] if found else []
    if len(per_byte) != len(text.encode("utf-8", "surrogatepass")):
        raise RuntimeError("python-bidi did not report embedding levels; is it version 0.6?")
    levels = []
    offset = 0
    for char in text:
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8", "surrogatepass"))
    return levels


def visual(text: str, base: str) -> tuple[list[int], list[str]]:
    """The display order of one line (rules L1, L2, L4): logical indices left to right,
    and the characters to draw there (brackets mirrored where they run right to left)."""
    levels = _levels(text, base)
    classes = [unicodedata.bidirectional(char) for char in text]
    paragraph = 1 if base == "R" else 0
    trailing = True  # L1: whitespace at the end of the line, or before a separator
    for index in range(len(text) - 1, -1, -1):
        if classes[index] in ("S", "B"):
            levels[index] = paragraph
            trailing = True
        elif trailing and classes[index] in _TRAILING:
            levels[index] = paragraph
        else:
            trailing = False
    # No rule L3: DejaVu Sans draws a Hebrew or Arabic mark (zero advance) over the
    # glyph that follows it, so the plain reversal, mark before its letter, is right
    # on the page and gives the extractors, which reverse again, the marks in place.
    order = list(range(len(text)))
    odd = [level for level in levels if level % 2]
    if odd:
        for level in range(max(levels), min(odd) - 1, -1):  # L2
            _reverse_runs(order, levels, level)
    chars = [
        MIRRORED.get(text[index], text[index]) if levels[index] % 2 else text[index]
        for index in order
    ]  # L4
    return order, chars


def _reverse_runs(order: list[int], levels: list[int], level: int) -> None:
    position = 0
    while position < len(order):
        if levels[order[position]] < level:
            position += 1
            continue
        end = position
        while end < len(order) and levels[order[end]] >= level:
            end += 1
        order[position:end] = reversed(order[position:end])
        position = end


class _Run(NamedTuple):  # a tuple: made for every string drawn, so cheap to make
    """One string shown within a line, and the state it was shown in."""

    start: int  # its place in the text object's operators
    text: str
    font: str
    size: float
    fill: tuple[str, ...] | None  # fill colour operators; None: the canvas's colour
    rise: float


class BidiTextObject(PDFTextObject):
    """A text object that shows each line holding right-to-left text in visual order.

    Strings are collected per line (up to T* or a move of the cursor); a line without
    right-to-left characters keeps the operators reportlab wrote, a line with them is
    written anew from its runs in display order.
    """

    # Set by PDFTextObject (untyped).
    _code: list[str]
    _canvas: Any
    _x: float
    _y: float
    _x0: float
    _y0: float
    _leading: float
    _fontname: str
    _fontsize: float
    _curSubset: int
    _rise: float

    def __init__(self, canvas: Any, x: float = 0, y: float = 0, direction: Any = None) -> None:
        self._runs: list[_Run] = []
        self._line_rtl = False
        self._base: str | None = None  # of the paragraph: its first line with a strong character
        self._fill: tuple[str, ...] | None = None
        self._canvas_fill = canvas._fillColorObj
        super().__init__(canvas, x, y, direction=direction)

    # -- strings: collected per line ------------------------------------------------

    def _textOut(self, text: str, TStar: int = 0) -> None:
        self._add(text)
        if TStar:
            self._end_line()
            self._code.append("T*")

    def textOut(self, text: str) -> None:
        self._x = self._x + self._canvas.stringWidth(text, self._fontname, self._fontsize)
        self._add(text)

    def textLine(self, text: str = "") -> None:
        # As PDFTextObject.textLine: the cursor moves to the start of the next line.
        self._x = self._x0
        self._y = self._y - self._leading if self._canvas.bottomup else self._y + self._leading
        self._y0 = self._y
        self._add(text)
        self._end_line()
        self._code.append("T*")

    def _add(self, text: str) -> None:
        rtl = right_to_left(text)
        start = len(self._code)
        run = _Run(start, text, self._fontname, self._fontsize, self._fill, self._rise)
        self._runs.append(run)
        self._line_rtl = self._line_rtl or rtl
        # A line with right-to-left text is written anew when it ends.
        self._code.append("" if self._line_rtl else self._formatText(text))

    # -- what ends a line -----------------------------------------------------------

    def setTextOrigin(self, x: float, y: float) -> None:
        self._end_line()
        super().setTextOrigin(x, y)

    def setTextTransform(self, a: float, b: float, c: float, d: float, e: float, f: float) -> None:
        self._end_line()
        super().setTextTransform(a, b, c, d, e, f)

    def moveCursor(self, dx: float, dy: float) -> None:
        self._end_line()
        super().moveCursor(dx, dy)

    def getCode(self) -> str:
        self._end_line()
        code: str = super().getCode()
        return code

    # -- the state a run is shown in ------------------------------------------------

    def setFillColor(self, aColor: Any, alpha: Any = None) -> None:
        mark = len(self._code)
        super().setFillColor(aColor, alpha)
        self._fill = tuple(self._code[mark:])

    def setFillColorRGB(self, r: float, g: float, b: float, alpha: Any = None) -> None:
        mark = len(self._code)
        super().setFillColorRGB(r, g, b, alpha)
        self._fill = tuple(self._code[mark:])

    def setFillColorCMYK(self, c: float, m: float, y: float, k: float, alpha: Any = None) -> None:
        mark = len(self._code)
        super().setFillColorCMYK(c, m, y, k, alpha)
        self._fill = tuple(self._code[mark:])

    def setFillGray(self, gray: float, alpha: Any = None) -> None:
        mark = len(self._code)
        super().setFillGray(gray, alpha)
        self._fill = tuple(self._code[mark:])

    def _fill_code(self, fill: tuple[str, ...] | None) -> list[str]:
        if fill is not None:
            return list(fill)
        saved = self._code
        self._code = []
        try:
            PDFTextObject.setFillColor(self, self._canvas_fill)
            return list(self._code)
        finally:
            self._code = saved

    # -- writing a line anew --------------------------------------------------------

    def _end_line(self) -> None:
        runs, rtl = self._runs, self._line_rtl
        if not runs:
            return
        self._runs, self._line_rtl = [], False
        if self._base is None:
            self._base = base_direction("".join(run.text for run in runs))
        if rtl and all(pdfmetrics.getFont(run.font)._dynamicFont for run in runs):
            # Operators after the last run (a colour for what follows) stay as they are.
            self._code[runs[0].start : runs[-1].start + 1] = self._visual_line(runs)

    def _visual_line(self, runs: list[_Run]) -> list[str]:
        shaped = [shape(run.text, _coverage(run.font)) for run in runs]
        owner = [number for number, text in enumerate(shaped) for _ in text]
        order, chars = visual("".join(shaped), self._base or "L")
        pieces: list[tuple[int, list[str]]] = []
        for index, char in zip(order, chars, strict=True):
            if pieces and pieces[-1][0] == owner[index]:
                pieces[-1][1].append(char)
            else:
                pieces.append((owner[index], [char]))
        saved = self._code
        self._code = []
        fill, rise = runs[0].fill, runs[0].rise
        for number, piece in pieces:
            run = runs[number]
            fill, rise = self._switch(fill, rise, run.fill, run.rise)
            self._fontname, self._fontsize = run.font, run.size
            self._curSubset = -1  # the piece's own font, whatever was shown before
            self._code.append(self._formatText("".join(piece)))
        last = runs[-1]
        self._switch(fill, rise, last.fill, last.rise)  # leave the state reportlab expects
        self._fontname, self._fontsize = last.font, last.size
        self._curSubset = -1
        line, self._code = self._code, saved
        return line

    def _switch(
        self,
        fill: tuple[str, ...] | None,
        rise: float,
        to_fill: tuple[str, ...] | None,
        to_rise: float,
    ) -> tuple[tuple[str, ...] | None, float]:
        if to_fill != fill:
            self._code += self._fill_code(to_fill)
        if to_rise != rise:
            self._code.append(f"{fp_str(to_rise)} Ts")
        return to_fill, to_rise


def _coverage(font_name: str) -> frozenset[int]:
    covered: frozenset[int] | None = getattr(pdfmetrics.getFont(font_name), "covered", None)
    return covered if covered is not None else frozenset()
