"""User text into reportlab: cleaned, escaped, and set in a font that can draw it.

reportlab's Paragraph reads its text as markup, so every user string goes
through `markup()`: `<b>` must print as "<b>", "S&P" as "S&P", a newline as a
line break. Control characters cannot be shown or selected, so they are dropped
(a tab becomes a space). Whitespace runs collapse as in any typeset text.
"""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape

from dordtwest_desktop.export.fonts import fallback_face, register_fonts

# C0 and C1 controls except tab and newline, and lone surrogates (never text).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x0b\x0c\x85]")


def clean(text: str) -> str:
    """The text as it can appear in a PDF: newlines unified, controls dropped."""
    text = _NEWLINES.sub("\n", text).replace("\t", " ")
    return _CONTROLS.sub("", text)


def one_line(text: str) -> str:
    """Clean text on one line, for bookmarks, headers and metadata."""
    return " ".join(clean(text).split())


def shorten(text: str, limit: int) -> str:
    """One line of at most `limit` characters, cut after a whole word and ended by "…"."""
    line = one_line(text)
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:  # else one very long word: cut inside it
        cut = cut[:space]
    return cut.rstrip(" ,;:–-") + "…"


def _ranges(codes: frozenset[int]) -> str:
    """A regex character class body for these code points."""
    parts = []
    ordered = sorted(codes)
    start = previous = ordered[0]
    for code in [*ordered[1:], -2]:
        if code == previous + 1:
            previous = code
            continue
        parts.append(
            re.escape(chr(start)) + ("-" + re.escape(chr(previous)) if previous > start else "")
        )
        start = previous = code
    return "".join(parts)


@cache
def _uncovered() -> re.Pattern[str]:
    return re.compile("[^" + _ranges(register_fonts()) + "\n]+")


def _set_run(run: str) -> str:
    """Escaped run of characters DejaVu lacks, each in the first fallback font that has it."""
    out: list[str] = []
    face: str | None = None
    for char in run:
        wanted = fallback_face(ord(char))
        if wanted != face:
            if face is not None:
                out.append("</font>")
            if wanted is not None:
                out.append(f'<font face="{wanted}">')
            face = wanted
        out.append(escape(char))
    if face is not None:
        out.append("</font>")
    return "".join(out)


def markup(text: str) -> str:
    """Paragraph markup that prints `text` verbatim (newlines become line breaks)."""
    text = clean(text)
    pattern = _uncovered()
    if pattern.search(text) is None:
        body = escape(text)
    else:
        pieces: list[str] = []
        position = 0
        for match in pattern.finditer(text):
            pieces.append(escape(text[position : match.start()]))
            pieces.append(_set_run(match.group()))
            position = match.end()
        pieces.append(escape(text[position:]))
        body = "".join(pieces)
    return body.replace("\n", "<br/>")


def paragraphs(text: str) -> list[str]:
    """Markup per paragraph: blank lines separate paragraphs, single newlines break lines."""
    blocks = re.split(r"\n[ \t]*\n+", clean(text).strip())
    return [markup(block.strip()) for block in blocks if block.strip()]
