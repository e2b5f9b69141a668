"""The briefing pack: contents, outline, page numbers, attachments in place, page map."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.export import read_page_map
from dordtwest_desktop.exporting import export_document
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.documents import ExportCancelled
from dordtwest_desktop.store.database import Store
from tests.export.builders import Built
from tests.export.conftest import Export, outline_entries, page_texts, squash, toc_numbers


@pytest.fixture
def pack(export: Export) -> Path:
    return export("pack")


def test_contents_numbers_are_the_real_pages(pack: Path, built: Built):
    reader = PdfReader(pack)
    texts = page_texts(pack)
    outline = outline_entries(reader)
    assert outline, "the pack has bookmarks"
    toc_text = texts[1]
    assert tr("Contents") in toc_text
    entries = [(level, title, page) for level, title, page in outline if title != tr("Contents")]
    numbers = toc_numbers(toc_text, [title for _, title, _ in entries])
    assert numbers == [page for _, _, page in entries]
    for level, title, page in entries:
        if level == 0:
            assert squash(title) in squash(texts[page - 1])


def test_every_item_and_attachment_has_a_bookmark(pack: Path, built: Built):
    outline = outline_entries(PdfReader(pack))
    titles = [title for _, title, _ in outline]
    for item in [*built.items, built.confidential]:
        assert item is not None
        assert any(t.endswith(f". {item.title}") for t in titles), item.title
    attachments = [(level, t) for level, t, _ in outline if level == 1]
    assert len(attachments) == 3
    expected = {tr("Agenda"), tr("Open actions"), tr("Milestones of the programme")}
    assert expected <= set(titles)


def test_attachments_follow_their_item_and_are_counted(pack: Path, built: Built):
    reader = PdfReader(pack)
    texts = page_texts(pack)
    _, ranges = read_page_map(pack)
    for attachment_label in built.attachment_labels.values():
        pages = [n for n, t in enumerate(texts, start=1) if f"{attachment_label} p" in t]
        assert pages, attachment_label
        assert pages == list(range(pages[0], pages[0] + len(pages)))  # consecutive
        owner = [item for item, (first, last) in ranges.items() if first <= pages[0] <= last]
        assert len(owner) == 1
        assert pages[-1] <= ranges[owner[0]][1]
    total = len(reader.pages)
    for number, text in enumerate(texts, start=1):
        assert tr("page {page} of {pages}").format(page=number, pages=total) in text


def test_header_names_the_item_on_attachment_pages(pack: Path, built: Built):
    texts = page_texts(pack)
    header = tr("Item {number}").format(number=5)
    pages = [t for t in texts if "BIJLAGE-A p" in t]
    assert len(pages) == 3
    for text in pages:
        assert header in text
        assert "donderdag 14 maart 2024" in text


def test_page_map_is_recorded(pack: Path, built: Built):
    meeting_id, ranges = read_page_map(pack)
    assert meeting_id == built.meeting_id
    ids = {item.id for item in built.items}
    assert ids <= set(ranges)
    spans = sorted(ranges.values())
    total = len(PdfReader(pack).pages)
    assert all(1 <= first <= last <= total for first, last in spans)
    main = ranges[built.items[0].id]
    assert main[1] - main[0] + 1 >= 2 + 3  # its section and its three attachment pages


def test_read_page_map_refuses_other_pdfs(export: Export):
    with pytest.raises(ValidationError):
        read_page_map(export("agenda"))


def test_metadata_and_language(pack: Path):
    reader = PdfReader(pack)
    info = reader.metadata
    assert info is not None
    assert tr("Briefing pack") in (info.title or "")
    assert "14 maart 2024" in (info.title or "")
    assert info.author
    assert info.subject
    assert reader.root_object["/Lang"] == "nl-NL"
    assert reader.root_object.get("/PageMode") == "/UseOutlines"


def test_fonts_are_embedded_unicode_truetype(pack: Path):
    reader = PdfReader(pack)
    fonts: dict[str, object] = {}
    for page in reader.pages[:6]:
        resources = page["/Resources"].get_object()
        for name, ref in resources.get("/Font", {}).items():
            fonts[name] = ref.get_object()
    assert fonts
    for font in fonts.values():
        assert "DejaVu" in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
        assert "/ToUnicode" in font


def test_watermark_only_with_draft(export: Export):
    draft = page_texts(export("pack", draft=True))
    final = page_texts(export("pack"))
    assert all(tr("DRAFT") in t for t in draft)
    assert not any(tr("DRAFT") in t for t in final)


def test_confidential_pages_are_marked(pack: Path, built: Built):
    assert built.confidential is not None
    secret = built.confidential.title
    texts = page_texts(pack)
    for text in texts:
        shows_secret = secret in text.replace("\n", " ") or "GEHEIM-C" in text
        if shows_secret:
            assert tr("CONFIDENTIAL") in text
    marked = [t for t in texts if tr("CONFIDENTIAL") in t]
    assert len(marked) < len(texts)  # not every page: only those that show confidential text


def test_public_pack_leaves_out_confidential(export: Export, built: Built):
    assert built.confidential is not None
    text = "\n".join(page_texts(export("pack", public=True)))
    for secret in (built.confidential.title, "GEHEIM-C", "Geheime actie", "Taxatierapport"):
        assert squash(secret) not in squash(text)
    assert tr("CONFIDENTIAL") not in text
    assert "BIJLAGE-A p1" in text


def test_personal_annotations_never_appear(export: Export, built: Built):
    for what in ("agenda", "pack", "decisions"):
        text = "\n".join(page_texts(export(what)))
        assert built.personal_note not in text
    shared = "\n".join(page_texts(export("pack")))
    assert "Graag ook de cijfers van 2023 erbij." in shared


def test_progress_reaches_the_end(example_store: Store, built: Built, tmp_path: Path):
    seen: list[tuple[int, int]] = []
    out = tmp_path / "pack.pdf"
    export_document(
        example_store,
        "pack",
        out=out,
        meeting=str(built.meeting_id),
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] == seen[-1][1]


@pytest.mark.parametrize("after", [0, 3, 12])
def test_cancel_leaves_no_file(example_store: Store, built: Built, tmp_path: Path, after: int):
    out = tmp_path / "out" / "pack.pdf"
    out.parent.mkdir()
    out.write_bytes(b"the previous export")
    calls = iter(range(10_000))

    def cancelled() -> bool:
        return next(calls) >= after

    with pytest.raises(ExportCancelled):
        export_document(
            example_store, "pack", out=out, meeting=str(built.meeting_id), cancelled=cancelled
        )
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in out.parent.iterdir()] == ["pack.pdf"]


def test_open_actions_have_no_status_column_and_the_decision_list_keeps_it(
    pack: Path, export: Export
):
    def action_pages(texts: list[str], heading: str) -> list[str]:
        return [t for t in texts if heading in t and tr("Owner") in t and tr("Due") in t]

    in_pack = action_pages(page_texts(pack), tr("Open actions"))
    assert in_pack
    assert not any(tr("Status") in t for t in in_pack), "every action there is open"
    decisions = page_texts(export("decisions"))
    assert any(tr("Status") in t and tr("Owner") in t for t in decisions)
