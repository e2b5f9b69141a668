"""Remarks from a pack that a PDF reader rewrote or protected (issue 10, points 11b and 5).

A reader that rewrites the whole file keeps the pages, their annotations, the form
and the standard document info, not the pack's page map: each page says which
items it shows (export.stamp), and the meeting stands in the standard Keywords.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from dordtwest_desktop.readback.page_map import PAGE_MAP_KEY, pack_map_of
from dordtwest_desktop.services.annotation_import import import_annotations
from tests.services import test_annotation_import as base
from tests.services.test_annotation_import import NOW, filled_pack, imported
from tests.services.test_general_remarks import noted_pack

# The example meeting (a module-scoped database, copied per test) of the import tests.
example_db = base.example_db
example = base.example

STANDARD_INFO = (
    "/Title",
    "/Author",
    "/Subject",
    "/Keywords",
    "/Creator",
    "/Producer",
    "/CreationDate",
    "/ModDate",
)


def appended(source: Path, out: Path) -> None:
    """Exactly what a rewrite through pypdf's append does: no document info at all."""
    w = PdfWriter()
    w.append(PdfReader(source))
    w.write(out)


def appended_with_info(source: Path, out: Path) -> None:
    """append, and the standard document info as a reader keeps it (no private keys)."""
    reader = PdfReader(source)
    writer = PdfWriter()
    writer.append(reader)
    info = reader.metadata or {}
    writer.add_metadata({k: v for k, v in info.items() if k in STANDARD_INFO})
    writer.write(out)


def page_by_page(source: Path, out: Path) -> None:
    """Another pure pypdf rewrite: a new file made of the pages only."""
    writer = PdfWriter()
    for page in PdfReader(source).pages:
        writer.add_page(page)
    writer.write(out)


def stripped_clone(source: Path, out: Path) -> None:
    """The whole file cloned, with both document-wide copies of the map taken out."""
    writer = PdfWriter(clone_from=PdfReader(source))
    del writer.root_object[PAGE_MAP_KEY]
    info = writer._info.get_object()  # the cloned document info
    del info[PAGE_MAP_KEY]
    writer.write(out)


REWRITES: dict[str, Callable[[Path, Path], None]] = {
    "append": appended,
    "append-with-info": appended_with_info,
    "page-by-page": page_by_page,
    "stripped-clone": stripped_clone,
}


@pytest.mark.parametrize("how", list(REWRITES))
def test_remarks_survive_a_rewrite_of_the_whole_file(example, tmp_path: Path, how: str):
    store, built = example
    original = filled_pack(store, built, tmp_path)
    rewritten = tmp_path / f"herschreven-{how}.pdf"
    REWRITES[how](original, rewritten)
    reader = PdfReader(rewritten)
    assert PAGE_MAP_KEY not in reader.root_object
    assert PAGE_MAP_KEY not in (reader.metadata or {})
    assert pack_map_of(reader) == pack_map_of(PdfReader(original))

    # Page by page loses the form and with it the name on the cover: so an author.
    report = import_annotations(store, [rewritten], "F. de Vries", NOW)
    assert report.failed == ()
    rows = {r.text: r for r in imported(store)}
    main, info = built.items
    assert rows["Klopt dit bedrag?"].item_id == info.id
    assert rows["“Volkshuisvestingsfonds”\nTe laat?"].item_id == main.id
    assert rows["Bod te hoog"].item_id == built.confidential.id
    # The boxes come along where the rewrite keeps the form (all but page by page).
    assert report.added == (3 if how == "page-by-page" else 7)
    assert "agendapunt horen" not in report.summary()  # no "comments left out"


def test_the_exact_append_rewrite_keeps_general_remarks_and_the_meeting(example, tmp_path: Path):
    store, built = example
    rewritten = tmp_path / "herschreven.pdf"
    appended(noted_pack(store, built, tmp_path), rewritten)
    report = import_annotations(store, [rewritten], None, NOW, meeting_id=built.meeting_id)
    assert (report.added, report.general, report.failed) == (3, 2, ())


def test_the_meeting_is_in_the_standard_keywords(example, tmp_path: Path):
    store, built = example
    rewritten = tmp_path / "herschreven.pdf"
    appended_with_info(filled_pack(store, built, tmp_path), rewritten)
    assert str(built.meeting_id) in str(PdfReader(rewritten).metadata["/Keywords"])


@pytest.mark.skipif(shutil.which("mutool") is None, reason="MuPDF's mutool is not installed")
def test_remarks_survive_mutool_clean(example, tmp_path: Path):
    store, built = example
    stripped = tmp_path / "zonder-kaart.pdf"
    appended(filled_pack(store, built, tmp_path), stripped)
    cleaned = tmp_path / "mutool.pdf"
    subprocess.run(["mutool", "clean", "-gggg", str(stripped), str(cleaned)], check=True)
    report = import_annotations(store, [cleaned], None, NOW)
    assert (report.added, report.failed) == (7, ())
    _, info = built.items
    assert {r.text: r for r in imported(store)}["Klopt dit bedrag?"].item_id == info.id


# -- encrypted files, and pypdf's own complaints --------------------------------------


def encrypted(source: Path, out: Path, user_password: str) -> Path:
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=user_password, owner_password="eigenaar", algorithm="AES-256")
    writer.write(out)
    return out


def test_an_aes_256_file_with_a_password_gives_one_sentence(example, tmp_path: Path, capfd):
    store, built = example
    locked = encrypted(filled_pack(store, built, tmp_path), tmp_path / "aes.pdf", "geheim")
    capfd.readouterr()
    report = import_annotations(store, [locked], None, NOW)
    (failed,) = report.failed
    assert failed.error == (
        "'aes.pdf' is beveiligd met een wachtwoord; er is niets uit ingelezen. Vraag het "
        "bestand op zonder beveiliging (opnieuw bewaard zonder wachtwoord)."
    )
    assert imported(store) == []
    assert capfd.readouterr() == ("", "")


def test_an_aes_256_file_without_a_password_to_open_is_read(example, tmp_path: Path, capfd):
    store, built = example
    protected = encrypted(filled_pack(store, built, tmp_path), tmp_path / "aes-open.pdf", "")
    capfd.readouterr()
    report = import_annotations(store, [protected], None, NOW)
    assert (report.added, report.failed) == (7, ())
    assert capfd.readouterr() == ("", "")


def test_pypdf_warnings_go_to_the_log_not_stderr(example, tmp_path: Path, capfd):
    store, built = example
    filled = filled_pack(store, built, tmp_path)
    cut = tmp_path / "afgebroken.pdf"
    cut.write_bytes(filled.read_bytes()[: filled.stat().st_size // 3])
    capfd.readouterr()
    records: list[logging.LogRecord] = []
    collect = logging.Handler(logging.INFO)
    collect.emit = records.append  # type: ignore[method-assign]
    ours = logging.getLogger("dordtwest_desktop.services.annotation_import")
    root = logging.getLogger()
    handlers, level = root.handlers[:], ours.level
    root.handlers = []  # as on the command line: no handler, so stderr would get it
    ours.addHandler(collect)
    ours.setLevel(logging.INFO)
    try:
        report = import_annotations(store, [cut], None, NOW)
    finally:
        root.handlers = handlers
        ours.removeHandler(collect)
        ours.setLevel(level)
    assert report.failed and "beschadigd of geen PDF" in report.summary()
    assert capfd.readouterr().err == ""
    assert any("pypdf on 'afgebroken.pdf'" in r.getMessage() for r in records)
    assert logging.getLogger("pypdf").propagate  # left as it was
