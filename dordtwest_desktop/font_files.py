"""The app's own typeface files: which file holds which face.

One table for both sides of a PDF: the exporter registers these faces to draw
with them (export.fonts), the reader of filled packs to measure them (readback).
"""

from __future__ import annotations

from dordtwest_desktop.paths import resource

FONT_DIR = resource("fonts")
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
FALLBACK_FILE = "fallback.ttf"


def _check_installed() -> None:
    """A face missing from the installation fails at import, by name, not mid-document."""
    for filename in (*FACES.values(), FALLBACK_FILE):
        resource("fonts", filename)


_check_installed()
