"""What the printed charts share: palette colours, fitted text, labels and round ticks."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.fonts import REGULAR
from dordtwest_desktop.export.text import one_line
from dordtwest_desktop.services.dashboard import PALETTE

LABEL_SIZE = 6.0


def colour(name: str) -> colors.Color:
    return colors.HexColor(PALETTE[name])


def fit(text: str, font: str, size: float, width: float) -> str:
    """The text on one line, cut with an ellipsis where it is wider than `width`."""
    text = one_line(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap(text: str, font: str, size: float, width: float, lines: int) -> list[str]:
    """Words on at most `lines` lines of `width`; the last line cut with an ellipsis."""
    words = one_line(text).split(" ")
    out: list[str] = []
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and stringWidth(line + " " + words[0], font, size) <= width:
            line += " " + words.pop(0)
        out.append(line)
    if words:
        out.append(fit(" ".join(words), font, size, width))
    return [fit(line, font, size, width) for line in out]


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values (1, 2, 2.5 or 5 times a power of ten) covering low..high."""
    if high <= low:
        high = low + 1
    raw = (high - low) / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(f * power for f in (1, 2, 2.5, 5, 10) if f * power >= raw)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high - step * 1e-9:
        ticks.append(round(first + len(ticks) * step, 10))
    return ticks


def small_label(x: float, y: float, text: str, anchor: str = "start") -> String:
    """A muted 5.5 pt label: axis ticks and notes."""
    return label(x, y, text, textAnchor=anchor, fontSize=5.5, fillColor=s.MUTED)


def label(x: float, y: float, text: str, **kw: object) -> String:
    options: dict[str, object] = {"fontName": REGULAR, "fontSize": LABEL_SIZE, "fillColor": s.INK}
    options.update(kw)
    return String(x, y, text, **options)
