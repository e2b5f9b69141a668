"""Remarks back from the briefing pack: filled boxes and PDF comments, once, on the right item."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText, Highlight, Text
from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import select

from dordtwest_desktop.domain.enums import Visibility
from dordtwest_desktop.export.fonts import register_fonts
from dordtwest_desktop.exporting import export_document
from dordtwest_desktop.readback.fields import item_field, name_field, parse_field_name, point_field
from dordtwest_desktop.readback.page_map import pack_map_of
from dordtwest_desktop.services.annotation_import import ImportReport, import_annotations
from dordtwest_desktop.services.dto import AgendaItemDTO, AnnotationDTO
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store, open_store
from tests.export.builders import Built, example_meeting
from tests.helpers import make_pdf

NOW = datetime(2024, 3, 12, 9, 15)
LATER = datetime(2024, 3, 13, 16, 40)
UNICODE = "Zoë vindt: ř ő ł ğ ş Ωμέγα Привет 漢字 – “prima” €"
MARKUP = "<b>niet vet</b> & S&P: 0.1 < 0.9 </para> %PDF (haakjes) \\ slash"
LONG = "Een lange opmerking over de prioriteiten van het programma. " * 400


# -- building and filling packs (shared with the UI test) -----------------------------


@pytest.fixture(scope="module")
def example_db(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Built]:
    path = tmp_path_factory.mktemp("remarks") / "example.sqlite"
    shutil.copyfile(template_db, path)
    store = open_store(path)
    built = example_meeting(store)
    store.close()
    return path, built


@pytest.fixture
def example(example_db: tuple[Path, Built], tmp_path: Path) -> Iterator[tuple[Store, Built]]:
    target = tmp_path / "example.sqlite"
    shutil.copyfile(example_db[0], target)
    store = open_store(target)
    yield store, example_db[1]
    store.close()


def export_pack(store: Store, meeting: uuid.UUID, out: Path, *, fillable: bool = True) -> Path:
    return export_document(store, "pack", out=out, meeting=str(meeting), fillable=fillable)


def fill(pack: Path, out: Path, values: dict[str, str]) -> PdfWriter:
    """A writer with the pack and these box values (as a PDF reader would save them)."""
    writer = PdfWriter(clone_from=PdfReader(pack))
    if values:
        writer.update_page_form_field_values(None, values, auto_regenerate=True)
    writer.write(out)
    return writer


def add_comment(writer: PdfWriter, page: int, note: object, **entries: str) -> None:
    """Put annotation `note` on 1-based `page`, with extra string entries (/T, /NM…)."""
    added = writer.add_annotation(page - 1, note)
    for key, value in entries.items():
        added[NameObject(f"/{key}")] = TextStringObject(value)


def sticky(x: float, y: float, text: str) -> Text:
    return Text(rect=(x, y - 20, x + 20, y), text=text)


def heading_top(pack: Path, item: uuid.UUID) -> tuple[int, float]:
    pack_map = pack_map_of(PdfReader(pack))
    assert pack_map is not None
    return pack_map.ranges[item][0], pack_map.tops[item]


def words_place(pack: Path, page: int, words: str) -> tuple[float, float, float, float]:
    """Left, bottom, right, top of `words` in the text of 1-based `page` (the pack's font)."""
    register_fonts()
    found: list[tuple[float, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if words in text and not found:
            name = str(font["/BaseFont"]).split("+")[-1]  # type: ignore[index]
            x = cm[4] + tm[4] + stringWidth(text[: text.index(words)], name, size)
            y = cm[5] + tm[5]
            found.append((x, y - 2, x + stringWidth(words, name, size), y + size))

    PdfReader(pack).pages[page - 1].extract_text(visitor_text=visit)
    assert found, words
    return found[0]


def highlight(place: tuple[float, float, float, float]) -> Highlight:
    left, bottom, right, top = place
    quads = ArrayObject(
        FloatObject(v) for v in (left, top, right, top, left, bottom, right, bottom)
    )
    return Highlight(rect=place, quad_points=quads, highlight_color="ffff00")


def notes(store: Store) -> list[m.Annotation]:
    with store.transaction() as session:
        rows = session.scalars(select(m.Annotation).order_by(m.Annotation.text)).all()
        session.expunge_all()
    return list(rows)


def imported(store: Store) -> list[m.Annotation]:
    return [n for n in notes(store) if n.source_key]


def items_of(store: Store, meeting: uuid.UUID) -> list[AgendaItemDTO]:
    return [s.item for s in MeetingService(store).detail(meeting).agenda]


def filled_pack(store: Store, built: Built, tmp_path: Path, name: str = "B. Bakker") -> Path:
    """The example pack filled in by `name`, with comments on pages of three items."""
    main, info = built.items
    pack = export_pack(store, built.meeting_id, tmp_path / "pack.pdf")
    values = {
        name_field(built.meeting_id): name,
        point_field(built.meeting_id, main.id, main.points[0].id): UNICODE,
        point_field(built.meeting_id, main.id, main.points[1].id): MARKUP,
        item_field(built.meeting_id, main.id): LONG,
        item_field(built.meeting_id, info.id): "Graag een toelichting\r\nop de cijfers.",
    }
    out = tmp_path / "pack-bakker.pdf"
    writer = fill(pack, out, values)
    page, top = heading_top(pack, info.id)
    add_comment(writer, page, sticky(450, top - 30, "Klopt dit bedrag?"), T="C. Çelik", NM="n-1")
    words = "Volkshuisvestingsfonds"
    main_page = heading_top(pack, main.id)[0]
    add_comment(
        writer, main_page, highlight(words_place(pack, main_page, words)), Contents="Te laat?"
    )
    secret = built.confidential
    assert secret is not None
    secret_page = heading_top(pack, secret.id)[0]
    add_comment(writer, secret_page + 1, FreeText(text="Bod te hoog", rect=(80, 400, 300, 440)))
    writer.write(out)
    return out


# -- the tests ---------------------------------------------------------------------------


def test_boxes_and_comments_land_on_their_item_with_their_author(example, tmp_path: Path):
    store, built = example
    main, info = built.items
    before = len(notes(store))
    report = import_annotations(store, [filled_pack(store, built, tmp_path)], None, NOW)

    assert (report.added, report.updated, report.unchanged, report.failed) == (7, 0, 0, ())
    rows = imported(store)
    assert len(notes(store)) == before + 7
    by_text = {r.text: r for r in rows}
    first, second = main.points
    assert by_text[UNICODE].point_id == first.id and by_text[UNICODE].item_id == main.id
    assert by_text[MARKUP].point_id == second.id
    assert by_text[LONG.strip()].item_id == main.id and by_text[LONG.strip()].point_id is None
    assert by_text["Graag een toelichting\nop de cijfers."].item_id == info.id
    assert by_text["Klopt dit bedrag?"].item_id == info.id
    assert by_text["Klopt dit bedrag?"].author == "C. Çelik"  # the reader's author wins
    quoted = by_text["“Volkshuisvestingsfonds”\nTe laat?"]
    assert quoted.item_id == main.id
    assert by_text["Bod te hoog"].item_id == built.confidential.id  # on its attachment page
    for row in rows:
        assert row.visibility is Visibility.SHARED
        assert row.created_at == row.updated_at == NOW
        assert row.author in ("B. Bakker", "C. Çelik")

    summary = report.summary()
    assert "7 opmerkingen ingelezen uit 1 bestand: 7 nieuw, 0 gewijzigd." in summary
    assert "B. Bakker (6), C. Çelik (1)" in summary
    assert f"5. {main.title} (4)" in summary


def test_the_same_file_twice_adds_nothing(example, tmp_path: Path):
    store, built = example
    pack = filled_pack(store, built, tmp_path)
    import_annotations(store, [pack], None, NOW)
    rows = [(r.id, r.text, r.updated_at) for r in imported(store)]
    again = import_annotations(store, [pack], None, LATER)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 7)
    assert [(r.id, r.text, r.updated_at) for r in imported(store)] == rows
    assert again.summary().startswith("Geen nieuwe of gewijzigde opmerkingen. 7 opmerkingen")


def test_a_changed_remark_updates_that_authors_remark(example, tmp_path: Path):
    store, built = example
    main, info = built.items
    first = import_annotations(store, [filled_pack(store, built, tmp_path)], None, NOW)
    assert first.added == 7
    pack = tmp_path / "pack.pdf"
    resent = tmp_path / "opnieuw.pdf"
    writer = fill(
        pack,
        resent,
        {
            name_field(built.meeting_id): "b.  bakker",  # the same person, typed anew
            item_field(built.meeting_id, info.id): "Nieuwe tekst van Bakker.",
            point_field(built.meeting_id, main.id, main.points[0].id): UNICODE,
        },
    )
    page, top = heading_top(pack, info.id)
    add_comment(writer, page, sticky(450, top - 30, "Bedrag klopt toch."), T="C. Çelik", NM="n-1")
    writer.write(resent)
    report = import_annotations(store, [resent], None, LATER)
    assert (report.added, report.updated, report.unchanged) == (0, 2, 1)
    rows = {r.text: r for r in imported(store)}
    assert len(rows) == 7
    changed = rows["Nieuwe tekst van Bakker."]
    assert (changed.created_at, changed.updated_at, changed.author) == (NOW, LATER, "B. Bakker")
    assert rows["Bedrag klopt toch."].author == "C. Çelik"
    # Boxes left empty in the re-sent file keep the remarks imported earlier.
    assert MARKUP in rows
    assert "2 eerder ingelezen vakken zijn nu leeg" in report.summary()


def test_another_author_fills_the_same_box(example, tmp_path: Path):
    store, built = example
    main, _ = built.items
    pack = export_pack(store, built.meeting_id, tmp_path / "pack.pdf")
    box = item_field(built.meeting_id, main.id)
    for name in ("B. Bakker", "D. van Dijk"):
        fill(pack, tmp_path / f"{name}.pdf", {name_field(built.meeting_id): name, box: "Eens."})
    files = [tmp_path / "B. Bakker.pdf", tmp_path / "D. van Dijk.pdf"]
    report = import_annotations(store, files, None, NOW)
    assert report.added == 2
    assert sorted(r.author for r in imported(store)) == ["B. Bakker", "D. van Dijk"]


def test_author_option_when_the_name_box_is_empty(example, tmp_path: Path):
    store, built = example
    main, _ = built.items
    pack = export_pack(store, built.meeting_id, tmp_path / "pack.pdf")
    out = tmp_path / "zonder-naam.pdf"
    fill(pack, out, {item_field(built.meeting_id, main.id): "Zonder naam ingevuld."})
    before = notes(store)

    refused = import_annotations(store, [out], None, NOW)
    assert refused.failed and refused.files[0].needs_author
    assert "--author" in refused.summary()
    assert notes(store) == before or len(notes(store)) == len(before)

    report = import_annotations(store, [out], "  E.   Eijkelenboom ", NOW)
    assert report.added == 1
    assert imported(store)[0].author == "E. Eijkelenboom"


def test_only_comments_in_a_fillable_pack_need_no_name(example, tmp_path: Path):
    store, built = example
    _, info = built.items
    pack = export_pack(store, built.meeting_id, tmp_path / "pack.pdf")
    out = tmp_path / "alleen-notitie.pdf"
    writer = fill(pack, out, {})
    page, top = heading_top(pack, info.id)
    add_comment(writer, page, sticky(300, top - 40, "Alleen een notitie"), T="C. Çelik")
    writer.write(out)
    report = import_annotations(store, [out], None, NOW)
    assert (report.added, report.failed) == (1, ())
    assert imported(store)[0].author == "C. Çelik"


def test_comments_in_a_pack_without_boxes(example, tmp_path: Path):
    store, built = example
    _, info = built.items
    pack = export_pack(store, built.meeting_id, tmp_path / "pack.pdf", fillable=False)
    out = tmp_path / "met-notities.pdf"
    writer = fill(pack, out, {})
    page, top = heading_top(pack, info.id)
    add_comment(writer, page, sticky(300, top - 40, "Zonder auteur in de notitie"))
    add_comment(writer, 1, sticky(300, 500, "Op het voorblad"), T="C. Çelik")
    highlight_only = highlight((80, 300, 200, 312))  # no comment, no words under it
    add_comment(writer, page, highlight_only, T="C. Çelik")
    writer.write(out)
    report = import_annotations(store, [out], "F. de Vries", NOW)
    assert report.added == 2
    rows = {r.text: r for r in imported(store)}
    row = rows["Zonder auteur in de notitie"]
    assert (row.item_id, row.author) == (info.id, "F. de Vries")
    # The cover belongs to no item: a general remark on the meeting (tests/services/
    # test_general_remarks.py has the rest).
    cover = rows["Op het voorblad"]
    assert (cover.item_id, cover.meeting_id, cover.author) == (None, built.meeting_id, "C. Çelik")
    assert "1 algemene opmerking bij de vergadering" in report.summary()
    assert "1 markering zonder opmerking is niet ingelezen." in report.summary()


def test_highlights_quote_the_words_once(example, tmp_path: Path):
    """Some readers copy the marked words into the comment: they are quoted, not repeated."""
    store, built = example
    main, _ = built.items
    pack = export_pack(store, built.meeting_id, tmp_path / "pack.pdf", fillable=False)
    page = heading_top(pack, main.id)[0]
    out = tmp_path / "markeringen.pdf"
    writer = fill(pack, out, {})
    for words, contents in (
        ("Crabbehof en", "Crabbehof en\nOok Sterrenburg?"),  # words, then the comment
        ("Wielwijk", "Wielwijk"),  # only the copied words: no comment
        ("Gezag", "Wie betaalt dit?"),
    ):
        place = highlight(words_place(pack, page, words))
        add_comment(writer, page, place, T="D. van Dijk", Contents=contents)
    writer.write(out)
    report = import_annotations(store, [out], None, NOW)
    assert sorted(r.text for r in imported(store)) == [
        "“Crabbehof en”\nOok Sterrenburg?",
        "“Gezag”\nWie betaalt dit?",
    ]
    assert "1 markering zonder opmerking is niet ingelezen." in report.summary()


def test_remarks_on_title_only_items_sharing_a_page(example, tmp_path: Path):
    store, built = example
    opening, agenda_item, minutes, news = items_of(store, built.meeting_id)[:4]
    pack = export_pack(store, built.meeting_id, tmp_path / "pack.pdf", fillable=False)
    pages = {heading_top(pack, i.id)[0] for i in (opening, agenda_item, minutes, news)}
    assert len(pages) == 1  # four items with only a title run on one page
    out = tmp_path / "kop.pdf"
    writer = fill(pack, out, {})
    for item, text in ((agenda_item, "Bij de agenda"), (news, "Bij de mededelingen")):
        page, top = heading_top(pack, item.id)
        add_comment(writer, page, sticky(400, top - 8, text), T="C. Çelik")
    writer.write(out)
    import_annotations(store, [out], None, NOW)
    placed = {r.text: r.item_id for r in imported(store)}
    assert placed == {"Bij de agenda": agenda_item.id, "Bij de mededelingen": news.id}


def test_a_deleted_item_and_a_deleted_point(example, tmp_path: Path):
    store, built = example
    main, info = built.items
    filled = filled_pack(store, built, tmp_path)
    MeetingService(store).delete_item(info.id)
    with store.transaction() as session:  # as removing it in the item dialog does
        session.delete(session.get(m.DecisionPoint, main.points[0].id))
    report = import_annotations(store, [filled], None, NOW)

    assert not report.failed
    rows = {r.text: r for r in imported(store)}
    assert "Klopt dit bedrag?" not in rows and "Graag een toelichting\nop de cijfers." not in rows
    assert rows[UNICODE].item_id == main.id and rows[UNICODE].point_id is None
    summary = report.summary()
    assert "dat agendapunt is inmiddels verwijderd; niet ingelezen" in summary
    assert "dat beslispunt is inmiddels verwijderd; de opmerking staat nu bij agendapunt" in summary


def test_bad_files_are_refused_whole(example, tmp_path: Path):
    store, built = example
    filled = filled_pack(store, built, tmp_path)
    damaged = tmp_path / "beschadigd.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    truncated = tmp_path / "afgebroken.pdf"
    truncated.write_bytes(filled.read_bytes()[: filled.stat().st_size // 3])
    foreign = tmp_path / "ander.pdf"
    foreign.write_bytes(make_pdf(2))
    agenda = export_document(
        store, "agenda", out=tmp_path / "agenda.pdf", meeting=str(built.meeting_id)
    )
    locked = tmp_path / "wachtwoord.pdf"
    writer = PdfWriter(clone_from=PdfReader(filled))
    writer.encrypt(user_password="geheim", owner_password="eigenaar", algorithm="RC4-128")
    writer.write(locked)
    missing = tmp_path / "bestaat-niet.pdf"
    before = [(n.id, n.text) for n in notes(store)]

    files = [damaged, truncated, foreign, agenda, locked, missing]
    report = import_annotations(store, files, "X", NOW)
    assert [n.id for n in notes(store)] == [n for n, _ in before]
    messages = {f.path.name: f.error for f in report.files}
    assert all(messages.values()), messages
    assert "beschadigd of geen PDF" in messages["beschadigd.pdf"]
    assert "geen vergaderstuk van deze app" in messages["ander.pdf"]
    assert "geen vergaderstuk van deze app" in messages["agenda.pdf"]
    assert "wachtwoord" in messages["wachtwoord.pdf"]
    assert "bestaat niet (meer)" in messages["bestaat-niet.pdf"]
    assert messages["afgebroken.pdf"]
    assert report.summary().count("Niet ingelezen:") == len(files)


def test_a_pack_protected_only_against_changes_imports(example, tmp_path: Path):
    store, built = example
    filled = filled_pack(store, built, tmp_path)
    protected = tmp_path / "alleen-eigenaar.pdf"
    writer = PdfWriter(clone_from=PdfReader(filled))
    writer.encrypt(user_password="", owner_password="eigenaar", algorithm="RC4-128")
    writer.write(protected)
    assert import_annotations(store, [protected], None, NOW).added == 7


def test_a_pack_of_another_meeting(example, tmp_path: Path):
    store, built = example
    filled = filled_pack(store, built, tmp_path)
    other = MeetingService(store).meetings()[0].id
    report = import_annotations(store, [filled], None, NOW, meeting_id=other)
    assert report.failed and "niet van deze vergadering" in report.summary()
    assert imported(store) == []

    MeetingService(store).delete_meeting(built.meeting_id)
    gone = import_annotations(store, [filled], None, NOW)
    assert "niet in deze database staat" in gone.summary()
    assert imported(store) == []


def test_a_bad_record_leaves_the_whole_file_out(example, tmp_path: Path):
    store, built = example
    main, _ = built.items
    pack = export_pack(store, built.meeting_id, tmp_path / "pack.pdf")
    out = tmp_path / "lange-naam.pdf"
    values = {name_field(built.meeting_id): "N" * 250, item_field(built.meeting_id, main.id): "Ok"}
    fill(pack, out, values)
    report = import_annotations(store, [out], None, NOW)
    assert "langer dan 200 tekens" in report.summary()
    assert imported(store) == []


def test_imported_remarks_show_in_the_meeting_and_the_next_pack(example, tmp_path: Path):
    store, built = example
    main, _ = built.items
    import_annotations(store, [filled_pack(store, built, tmp_path)], None, NOW)
    shown = MeetingService(store).detail(built.meeting_id).annotations[main.id]
    assert {a.author for a in shown} >= {"B. Bakker"}
    next_pack = export_pack(store, built.meeting_id, tmp_path / "volgende.pdf", fillable=False)
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(next_pack).pages)
    assert "B.Bakker" in text
    assert "bijbeslispunt1" in text
    assert "<b>nietvet</b>&S&P" in text  # the markup-like remark, printed as typed


def test_a_remark_added_in_the_app_is_left_alone(example, tmp_path: Path):
    store, built = example
    main, _ = built.items
    note = AnnotationDTO(uuid.uuid4(), main.id, "B. Bakker", "In de app", NOW, NOW)
    MeetingService(store).save_annotation(note, "B. Bakker")
    import_annotations(store, [filled_pack(store, built, tmp_path)], None, NOW)
    assert "In de app" in [n.text for n in notes(store)]


def test_field_names_in_the_filled_pack_carry_meeting_and_item(example, tmp_path: Path):
    store, built = example
    filled = filled_pack(store, built, tmp_path)
    refs = [parse_field_name(n) for n in PdfReader(filled).get_fields() or {}]
    assert refs and all(r is not None and r.meeting_id == built.meeting_id for r in refs)
    assert isinstance(import_annotations(store, [], None), ImportReport)


def test_an_empty_pack_says_so(example, tmp_path: Path):
    store, built = example
    pack = export_pack(store, built.meeting_id, tmp_path / "pack.pdf")
    report = import_annotations(store, [pack], None, NOW)
    assert (report.added, report.failed) == (0, ())
    assert "Er staan geen ingevulde vakken en geen opmerkingen in." in report.summary()
    assert imported(store) == []
