"""General remarks: a note on a page of no agenda item is kept as a remark on the meeting,
shown with the meeting and in its next briefing pack (issue 10, point 11a)."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from dordtwest_desktop.domain.enums import Visibility
from dordtwest_desktop.exporting import export_document
from dordtwest_desktop.services.annotation_import import import_annotations
from dordtwest_desktop.services.documents import document_data
from dordtwest_desktop.services.dto import AnnotationDTO
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.store.database import Store
from tests.export.builders import USER, Built
from tests.services import test_annotation_import as base
from tests.services.test_annotation_import import (
    NOW,
    add_comment,
    export_pack,
    fill,
    heading_top,
    imported,
    sticky,
)

# The example meeting (a module-scoped database, copied per test) of the import tests.
example_db = base.example_db
example = base.example


def flat_text(pdf: Path) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(pdf).pages)


def pages_titled(pdf: Path, words: str) -> list[int]:
    """1-based numbers of the pages whose text holds `words` (spaces ignored)."""
    wanted = "".join(words.split())
    return [
        n
        for n, page in enumerate(PdfReader(pdf).pages, start=1)
        if wanted in "".join(page.extract_text().split())
    ]


def noted_pack(store: Store, built: Built, tmp_path: Path) -> Path:
    """The pack with a note on the milestones page, the indicators page and one item."""
    pack = export_pack(store, built.meeting_id, tmp_path / "pack.pdf", fillable=False)
    out = tmp_path / "met-notities.pdf"
    writer = fill(pack, out, {})
    milestones = pages_titled(pack, "Mijlpalen van het programma")[-1]
    indicators = pages_titled(pack, "Indicatoren: Dordt West")[-1]
    assert milestones < indicators
    _, info = built.items
    page, top = heading_top(pack, info.id)
    add_comment(writer, milestones, sticky(300, 500, "Mijlpaal 3 schuift?"), T="C. Çelik")
    add_comment(writer, indicators, sticky(100, 300, "Bron van de cijfers?"), T="D. Dekker")
    add_comment(writer, page, sticky(300, top - 40, "Bij het punt"), T="C. Çelik")
    writer.write(out)
    return out


def test_a_note_on_a_page_of_no_item_becomes_a_general_remark(example, tmp_path: Path):
    store, built = example
    _, info = built.items
    report = import_annotations(store, [noted_pack(store, built, tmp_path)], None, NOW)

    assert (report.added, report.failed) == (3, ())
    assert report.general == 2
    assert "2 algemene opmerkingen bij de vergadering" in report.summary()
    assert "niet ingelezen" not in report.summary().lower()
    rows = {r.text: r for r in imported(store)}
    assert rows["Bij het punt"].item_id == info.id
    for text, author in (
        ("Mijlpaal 3 schuift?", "C. Çelik"),
        ("Bron van de cijfers?", "D. Dekker"),
    ):
        row = rows[text]
        assert (row.item_id, row.meeting_id, row.author) == (None, built.meeting_id, author)
        assert row.visibility is Visibility.SHARED

    detail = MeetingService(store).detail(built.meeting_id)
    assert sorted(a.text for a in detail.general_remarks) == [
        "Bron van de cijfers?",
        "Mijlpaal 3 schuift?",
    ]
    assert all(a.meeting_id == built.meeting_id for a in detail.general_remarks)
    assert all(a.text != "Bij het punt" for a in detail.general_remarks)
    assert None not in detail.annotations  # item remarks stay keyed by their item


def test_importing_the_same_file_again_adds_no_general_remark(example, tmp_path: Path):
    store, built = example
    pdf = noted_pack(store, built, tmp_path)
    import_annotations(store, [pdf], None, NOW)
    again = import_annotations(store, [pdf], None, datetime(2024, 3, 14, 10, 0))
    assert (again.added, again.updated, again.unchanged, again.general) == (0, 0, 3, 0)
    assert len(MeetingService(store).detail(built.meeting_id).general_remarks) == 2


def general(meeting: uuid.UUID, text: str, visibility: Visibility) -> AnnotationDTO:
    return AnnotationDTO(
        id=uuid.uuid4(),
        item_id=None,
        meeting_id=meeting,
        author=USER,
        text=text,
        created_at=NOW,
        updated_at=NOW,
        visibility=visibility,
    )


def test_the_next_pack_shows_shared_general_remarks_only(example, tmp_path: Path):
    store, built = example
    import_annotations(store, [noted_pack(store, built, tmp_path)], None, NOW)
    service = MeetingService(store)
    private = "Alleen voor mij: nabellen"
    service.save_annotation(general(built.meeting_id, private, Visibility.PERSONAL), USER)
    shared = "Graag <b>eerder</b> & op tijd\n\nTweede alinea"
    service.save_annotation(general(built.meeting_id, shared, Visibility.SHARED), USER)

    data = document_data(store, built.meeting_id, with_attachments=False)
    assert [a.text for a in data.general_remarks].count(shared) == 1
    assert private not in [a.text for a in data.general_remarks]

    pack = export_pack(store, built.meeting_id, tmp_path / "volgende.pdf", fillable=False)
    text = flat_text(pack)
    assert "Algemeneopmerkingen" in text
    assert "Mijlpaal3schuift?" in text and "Bronvandecijfers?" in text
    assert "Graag<b>eerder</b>&optijd" in text and "Tweedealinea" in text
    assert "C.Çelik" in text and "D.Dekker" in text
    assert "nabellen" not in text
    # In the contents, and on a page of its own after the items, before the actions.
    contents = PdfReader(pack).pages[1].extract_text()
    assert "Algemene opmerkingen" in contents
    remarks_page = pages_titled(pack, "Bron van de cijfers?")[0]
    assert remarks_page < pages_titled(pack, "Openstaande actiepunten")[-1]
    assert not PdfReader(pack).pages[remarks_page - 1].get("/PieceInfo")  # no item's page

    # A public pack leaves them out: nothing says they do not concern a confidential item.
    public = export_document(
        store, "pack", out=tmp_path / "openbaar.pdf", meeting=str(built.meeting_id), public=True
    )
    public_text = flat_text(public)
    assert "Algemeneopmerkingen" not in public_text
    assert "Bronvandecijfers?" not in public_text


def test_a_pack_without_general_remarks_has_no_such_section(example, tmp_path: Path):
    store, built = example
    pack = export_pack(store, built.meeting_id, tmp_path / "pack.pdf", fillable=False)
    assert "Algemeneopmerkingen" not in flat_text(pack)


def test_a_general_remark_typed_or_deleted_through_the_service(example):
    store, built = example
    service = MeetingService(store)
    note = general(built.meeting_id, "Volgende keer in Wielwijk", Visibility.SHARED)
    service.save_annotation(note, USER)
    assert [a.id for a in service.detail(built.meeting_id).general_remarks] == [note.id]
    snapshot = service.delete_annotation(note.id, USER)
    assert service.detail(built.meeting_id).general_remarks == ()
    service.restore(snapshot)
    assert [a.text for a in service.detail(built.meeting_id).general_remarks] == [note.text]
