"""Smaller pieces: escaping, fonts, the attachment transform, the page map's fallback."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.platypus import Paragraph, SimpleDocTemplate

from dordtwest_desktop.export import read_page_map
from dordtwest_desktop.export.fonts import FALLBACK, fallback_face, to_unicode_cmap
from dordtwest_desktop.export.stamp import _upright
from dordtwest_desktop.export.styles import styles
from dordtwest_desktop.export.text import clean, markup, one_line, paragraphs
from dordtwest_desktop.readback.page_map import PAGE_MAP_KEY
from tests.export.builders import pdf_pages
from tests.export.conftest import Export, squash


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        ("<b>vet</b> </para>", "&lt;b&gt;vet&lt;/b&gt; &lt;/para&gt;"),
        ("regel 1\nregel 2", "regel 1<br/>regel 2"),
        ("&amp;", "&amp;amp;"),
    ],
)
def test_markup_escapes(text: str, expected: str):
    assert markup(text) == expected


def test_clean_drops_controls_and_unifies_newlines():
    assert clean("a\x00b\x07c\r\nd\re\tf\u2028g") == "abc\nd\ne f\ng"
    assert one_line("  a\n b\t c  ") == "a b c"
    assert paragraphs("een\ntwee\n\n\ndrie\n \n") == ["een<br/>twee", "drie"]


def test_characters_dejavu_lacks_use_the_first_fallback_font_that_has_them():
    # Symbols from the shipped font, CJK from the system's (CI installs
    # fonts-droid-fallback), the rest in DejaVu.
    cjk = fallback_face(ord("漢"))
    assert cjk is not None and cjk != FALLBACK
    assert markup("ij 🏠漢字 é") == (
        f'ij <font face="{FALLBACK}">🏠</font><font face="{cjk}">漢字</font> é'
    )


@pytest.mark.parametrize(
    "text", ["漢字", "🏠 🎉 🇳🇱", "ĳ ř ő ł € ‰", "\U0001d11e \U000e0041", "a\u200db"]
)
def test_every_character_comes_back_from_the_text_layer(text: str):
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph(markup(text), styles().body)])
    extracted = PdfReader(buffer).pages[0].extract_text()
    assert squash(extracted) == squash(text)


def test_to_unicode_writes_utf16():
    cmap = to_unicode_cmap("F", [0x41, 0x1F600])
    assert "<00> <0041>" in cmap
    assert "<01> <D83DDE00>" in cmap  # a surrogate pair, not five hex digits


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_upright_maps_the_visible_page_onto_its_box(rotation: int):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_pages(1, "R"))))
    page = writer.pages[0]
    page.rotate(rotation)
    transform, width, height = _upright(page)
    corners = [(0, 0), (595.2756, 0), (0, 841.8898), (595.2756, 841.8898)]
    mapped = [transform.apply_on(c) for c in corners]
    xs, ys = [round(x, 1) for x, _ in mapped], [round(y, 1) for _, y in mapped]
    assert (min(xs), max(xs), min(ys), max(ys)) == (0, round(width, 1), 0, round(height, 1))
    assert (width > height) == (rotation in (90, 270))


def test_page_map_falls_back_on_the_document_information(export: Export, tmp_path: Path):
    pack = export("pack")
    meeting, ranges = read_page_map(pack)
    writer = PdfWriter(clone_from=PdfReader(pack))
    del writer.root_object[NameObject(PAGE_MAP_KEY)]
    stripped = tmp_path / "resaved.pdf"
    writer.write(stripped)
    assert read_page_map(stripped) == (meeting, ranges)
    assert isinstance(meeting, uuid.UUID)


def test_the_shipped_fallback_covers_emoji_and_symbols():
    from dordtwest_desktop.export.fonts import fallback_coverage

    coverage = fallback_coverage()
    assert coverage is not None
    for character in "😀👍🏠✓★☎⚠":
        assert ord(character) in coverage, character


def test_a_table_cell_breaks_its_lines_once_per_width(monkeypatch: pytest.MonkeyPatch):
    from dordtwest_desktop.export.parts import cell

    text = "Voorbeeld: een actiepunt dat over meer regels loopt in een smalle kolom. " * 3
    paragraph = cell(text)
    broken: list[float] = []
    original = Paragraph.breakLines
    monkeypatch.setattr(
        Paragraph,
        "breakLines",
        lambda self, widths: broken.append(widths[0]) or original(self, widths),
    )
    narrow = paragraph.wrap(80, 1000)
    assert paragraph.wrap(80, 20) == narrow  # sized, split, drawn: one break
    assert len(broken) == 1
    wide = paragraph.wrap(400, 1000)
    assert wide[1] < narrow[1] and len(broken) == 2  # another width breaks anew
    assert paragraph.wrap(80, 1000) == narrow and len(broken) == 3
    assert len(paragraph.blPara.lines) == narrow[1] / paragraph.style.leading


def test_reportlab_writes_with_its_c_accelerator():
    # A dependency (pyproject.toml): the pack at scale is 15 % faster with it, and
    # reportlab falls back on Python silently when it is missing.
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.fp_str(0.5, 2, 1 / 3) == ".5 2 .333333"  # as the Python fallback writes
