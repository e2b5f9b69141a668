"""Page geometry, colours and paragraph styles shared by the documents."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from dordtwest_desktop.export.fonts import BOLD, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 22 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 22 * mm
HEADER_BASELINE = PAGE_HEIGHT - 13 * mm
FOOTER_BASELINE = 11 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f3a5f")  # dark blue: headings, rules
MUTED = colors.HexColor("#5c6670")  # secondary text
RULE = colors.HexColor("#b8c2cc")
SHADE = colors.HexColor("#eef2f6")  # table header rows
ALERT_HEX = "#b00020"
ALERT = colors.HexColor(ALERT_HEX)  # VERTROUWELIJK, overdue
WATERMARK = colors.HexColor("#7a7a7a")

BODY_SIZE = 9.5
BODY_LEADING = 13.5
# Space a heading needs below it before the page ends (the heading plus some lines),
# so that no heading is left alone at the bottom of a page.
HEADING_KEEP = 26 * mm
# A table row splits across pages only when both parts keep this height (six lines):
# short rows move to the next page whole, a row taller than a page still fits.
SPLIT_IN_ROW = 72


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    meta: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    toc0: ParagraphStyle
    toc1: ParagraphStyle
    bullet: ParagraphStyle
    numbered: ParagraphStyle
    quote: ParagraphStyle
    alert: ParagraphStyle


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": REGULAR,
        "bulletFontName": REGULAR,  # else bullets and list numbers are set in Helvetica
        "fontSize": BODY_SIZE,
        "leading": BODY_LEADING,
        "textColor": INK,
        "alignment": TA_LEFT,
        "splitLongWords": 1,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(kw)
    base.setdefault("bulletFontSize", base["fontSize"])
    return ParagraphStyle(name, **base)


@cache
def styles() -> Styles:
    register_fonts()
    return Styles(
        body=_style("body", spaceAfter=5),
        small=_style("small", fontSize=8, leading=10.5, textColor=MUTED),
        meta=_style("meta", fontSize=9, leading=12.5, textColor=MUTED, spaceAfter=2),
        cell=_style("cell", fontSize=8.5, leading=11.5),
        cell_bold=_style("cell_bold", fontName=BOLD, fontSize=8.5, leading=11.5),
        cell_head=_style("cell_head", fontName=BOLD, fontSize=8, leading=10.5, textColor=ACCENT),
        cell_right=_style("cell_right", fontSize=8.5, leading=11.5, alignment=2),
        title=_style(
            "title", fontName=BOLD, fontSize=22, leading=27, textColor=ACCENT, spaceAfter=4
        ),
        subtitle=_style("subtitle", fontSize=13, leading=17, textColor=INK, spaceAfter=4),
        h1=_style("h1", fontName=BOLD, fontSize=14, leading=18, textColor=ACCENT, spaceAfter=3),
        h2=_style(
            "h2",
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            textColor=ACCENT,
            spaceBefore=9,
            spaceAfter=3,
        ),
        h3=_style("h3", fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=5, spaceAfter=1),
        toc0=_style("toc0", fontSize=10, leading=14, rightIndent=14 * mm),
        toc1=_style(
            "toc1",
            fontSize=8.5,
            leading=12,
            leftIndent=8 * mm,
            rightIndent=14 * mm,
            textColor=MUTED,
        ),
        bullet=_style("bullet", leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=2),
        numbered=_style("numbered", leftIndent=7 * mm, bulletIndent=0, spaceAfter=3),
        quote=_style("quote", leftIndent=4 * mm, spaceAfter=2),
        alert=_style("alert", fontName=BOLD, textColor=ALERT),
    )


def table_style(
    *, header: bool = True, extra: list[tuple[object, ...]] | None = None
) -> TableStyle:
    """Ruled tables: a shaded header row, hairlines between rows, no vertical lines."""
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ]
    return TableStyle(commands + (extra or []))
