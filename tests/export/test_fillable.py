"""The fillable briefing pack: its boxes, their names and font, and that filled text stays."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from dordtwest_desktop.export import read_page_map
from dordtwest_desktop.readback.fields import (
    FieldRef,
    item_field,
    name_field,
    parse_field_name,
    point_field,
    read_fields,
)
from dordtwest_desktop.readback.page_map import PackMap, pack_map_of
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.store.database import Store
from tests.export.builders import Built
from tests.export.conftest import Export, body_text, squash

UNICODE = "Zoë Łukasiewicz: ř ő ł ğ ş Ωμέγα Привет – “quotes” €"
MARKUP = "<b>niet vet</b> & S&P: 0.1 < 0.9 </para> <br/> %PDF-1.7 (haakjes) \\ backslash"
LONG = "Een lange opmerking over de prioriteiten. " * 500  # 21,000 characters


@pytest.fixture
def fillable(export: Export) -> Path:
    return export("pack", fillable=True)


def widgets(path: Path) -> dict[str, tuple[int, object]]:
    """Field name -> (0-based page index, widget) of every widget in the file."""
    reader = PdfReader(path)
    found = {}
    for index, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or ():
            widget = ref.get_object()
            if widget.get("/Subtype") == "/Widget":
                found[str(widget["/T"])] = (index, widget)
    return found


def test_a_box_under_each_item_and_point_and_a_name_on_the_cover(
    fillable: Path, example_store: Store, built: Built
):
    detail = MeetingService(example_store).detail(built.meeting_id)
    expected = {name_field(built.meeting_id)}
    for scheduled in detail.agenda:
        item = scheduled.item
        expected.add(item_field(built.meeting_id, item.id))
        expected |= {point_field(built.meeting_id, item.id, p.id) for p in item.points}
    found = widgets(fillable)
    assert set(found) == expected
    assert found[name_field(built.meeting_id)][0] == 0  # the cover
    _, ranges = read_page_map(fillable)
    for name, (index, widget) in found.items():
        ref = parse_field_name(name)
        assert ref is not None and ref.meeting_id == built.meeting_id
        if ref.item_id is not None:
            first, last = ranges[ref.item_id]
            assert first <= index + 1 <= last, name
        assert "/MaxLen" not in widget  # reportlab's default would cut text at 100
        assert widget["/TU"]  # a name for screen readers
        assert widget["/DA"].startswith("/DWSans ")
        multiline = bool(int(widget["/Ff"]) & (1 << 12))
        assert multiline == (ref.kind != "name")


def test_each_widget_names_its_own_page(fillable: Path):
    reader = PdfReader(fillable)
    for page in reader.pages:
        for ref in page.get("/Annots") or ():
            widget = ref.get_object()
            if widget.get("/Subtype") == "/Widget":
                assert widget.raw_get("/P").idnum == page.indirect_reference.idnum


def test_the_form_font_can_show_unicode(fillable: Path):
    form = PdfReader(fillable).root_object["/AcroForm"]
    font = form["/DR"]["/Font"]["/DWSans"].get_object()
    assert font["/Subtype"] == "/Type0"
    assert font["/Encoding"] == "/Identity-H"
    descendant = font["/DescendantFonts"][0].get_object()
    assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
    cmap = font["/ToUnicode"].get_object().get_data().decode()
    covered = set()
    for first, last, target in re.findall(r"<(\w{4})> <(\w{4})> <(\w{4})>", cmap):
        assert first == target  # codes are code points
        covered |= set(range(int(first, 16), int(last, 16) + 1))
    assert {ord(c) for c in UNICODE} <= covered
    assert form.get("/NeedAppearances") in (None, False)


def test_otherwise_the_normal_pack(export: Export, fillable: Path):
    normal = export("pack")
    assert "/AcroForm" not in PdfReader(normal).root_object
    plain = squash(body_text(normal))
    with_boxes = squash(body_text(fillable))
    # Everything of the normal pack is there, in the same order; the boxes only add.
    position = 0
    for line in body_text(normal).splitlines():
        piece = squash(line)
        if not piece or piece.startswith("pagina"):
            continue
        found = with_boxes.find(piece, position)
        assert found >= 0, line
        position = found
    assert len(with_boxes) > len(plain)


def test_page_map_in_catalog_and_info(fillable: Path, built: Built):
    reader = PdfReader(fillable)
    info = json.loads(reader.metadata["/DordtWestPages"])
    assert info["meeting"] == str(built.meeting_id)
    assert set(info["tops"]) <= set(info["items"])
    pack_map = pack_map_of(reader)
    assert pack_map is not None and pack_map.meeting_id == built.meeting_id
    assert {str(k): list(v) for k, v in pack_map.ranges.items()} == info["items"]
    assert pack_map.tops  # where each item's heading begins


def test_filled_text_stays_exactly(fillable: Path, built: Built, tmp_path: Path):
    names = list(widgets(fillable))
    points = [n for n in names if ":point:" in n]
    items = [n for n in names if ":point:" not in n and not n.endswith(":name")]
    values = {
        name_field(built.meeting_id): "Zoë Łukasiewicz-Ĳzerman",
        points[0]: UNICODE,
        points[1]: MARKUP,
        items[4]: LONG,
        items[0]: "Regel één\nregel twee\n\nna een witregel",
    }
    writer = PdfWriter(clone_from=PdfReader(fillable))
    writer.update_page_form_field_values(None, values, auto_regenerate=True)
    out = tmp_path / "ingevuld.pdf"
    writer.write(out)
    read = {f.name: f.value for f in read_fields(PdfReader(out))}
    for name, value in values.items():
        assert read[name] == value
    assert all(read[n] == "" for n in names if n not in values)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_a_reader_can_draw_filled_unicode(fillable: Path, built: Built, tmp_path: Path):
    """poppler draws the boxes anew (NeedAppearances): every letter must be in the font."""
    point = next(n for n in widgets(fillable) if ":point:" in n)
    index = widgets(fillable)[point][0]
    writer = PdfWriter(clone_from=PdfReader(fillable))
    writer.update_page_form_field_values(None, {point: UNICODE}, auto_regenerate=True)
    out = tmp_path / "ingevuld.pdf"
    writer.write(out)
    result = subprocess.run(
        ["pdftoppm", "-r", "30", "-f", str(index + 1), "-l", str(index + 1), "-png", out, "p"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "couldn't find a font" not in result.stderr


def test_field_names_parse_with_either_separator():
    meeting, item, point = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    assert parse_field_name(point_field(meeting, item, point)) == FieldRef(
        1, meeting, "point", item, point
    )
    dotted = item_field(meeting, item).replace(":", ".")
    assert parse_field_name(dotted) == FieldRef(1, meeting, "item", item)
    assert parse_field_name(name_field(meeting)) == FieldRef(1, meeting, "name")
    assert parse_field_name(f"dw2:{meeting}:something:new") == FieldRef(2)
    for other in (
        "Text1",
        "dw1:not-a-uuid:item:x",
        f"dw1:{meeting}:item",
        f"dw1:{meeting}:x:{item}",
    ):
        assert parse_field_name(other) is None


def test_item_at_takes_the_last_heading_above_the_spot():
    opening, agenda, main, closing = (uuid.uuid4() for _ in range(4))
    pack_map = PackMap(
        uuid.uuid4(),
        {opening: (4, 4), agenda: (4, 4), main: (5, 9), closing: (9, 9)},
        {opening: 780.0, agenda: 500.0, main: 780.0, closing: 300.0},
    )
    assert pack_map.item_at(4, 600) == opening
    assert pack_map.item_at(4, 450) == agenda
    assert pack_map.item_at(4, 800) == opening  # above every heading: the page's first
    assert pack_map.item_at(7, 400) == main
    assert pack_map.item_at(9, 500) == main
    assert pack_map.item_at(9, 200) == closing
    assert pack_map.item_at(4) == agenda  # without a height: the last to begin
    assert pack_map.item_at(3, 500) is None  # the agenda pages
    assert pack_map.item_at(10, 500) is None  # actions, timeline
    without_tops = PackMap(pack_map.meeting_id, pack_map.ranges)
    assert without_tops.item_at(4, 600) == agenda
