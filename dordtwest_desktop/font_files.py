"""The app's own typeface files: which file holds which face.

One table for both sides of a PDF: the exporter registers these faces to draw
with them (export.fonts), the reader of filled packs to measure them (readback).
"""

from __future__ import annotations

from dordtwest_desktop.paths import RESOURCES

FONT_DIR = RESOURCES / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FACES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
