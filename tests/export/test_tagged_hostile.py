"""Tagged PDFs of a hostile meeting (issue 15): long texts, tables over several pages,
emoji, a confidential item, attachments with tags and without; every document kind
through both offline validators, `pdfua` and `outloud`.

The confidential item holds the one untagged attachment. So the public pack has only
tagged attachments (kept with their structure) and must pass with no errors and claim
PDF/UA; the full packs hold the untagged one, say so in their colophon and on the
command line, and do not claim PDF/UA (outloud's DOC-012). outloud also reports the
untagged attachment's own fonts, which are not embedded (TXT-001, on its pages only).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from dordtwest_desktop.cli import main
from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import ItemKind
from dordtwest_desktop.exporting import export_document
from dordtwest_desktop.services.attachments import AttachmentService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import open_store
from tests.export.builders import add_action, add_item, add_note, add_people, new_meeting, pdf_pages
from tests.export.structure import elements, marked_texts, tree_keys

UNTAGGED = "Taxatie 🏚️ Wielwijk (gescand).pdf"
WORDS = (
    "De Alliantie bespreekt de voortgang in Crabbehof, Wielwijk en Oud-Krispijn; de "
    "woningcorporaties, de politie en de scholen melden wat zij zien in de wijk 🙂. "
)
KINDS = [
    ("agenda", {}),
    ("decisions", {}),
    ("pack", {}),
    ("pack", {"public": True}),
    ("pack", {"fillable": True}),
    ("pack", {"draft": True}),
    ("dashboard", {}),
]


def _meeting(path: Path) -> uuid.UUID:
    store = open_store(path)
    try:
        meeting = new_meeting(store, title="Werkconferentie 🏘️ " + "lange titel " * 12)
        add_people(store, meeting.id)
        overview = ProgrammeService(store).overview()
        long_item = add_item(
            store,
            meeting.id,
            "Woningbouw 🏗️ en leefbaarheid in Crabbehof: " + "een titel die doorloopt " * 8,
            explanation="\n\n".join(WORDS * 12 for _ in range(6)),
            points=tuple(f"Punt {n}: " + WORDS * 3 for n in range(1, 7)),
            milestone_ids=tuple(m.id for m in overview.milestones),
            initiative_ids=tuple(i.id for i in overview.initiatives),
        )
        add_note(store, long_item.id, "Graag de cijfers per buurt 📊.\n" + WORDS * 4)
        secret = add_item(
            store,
            meeting.id,
            "Grondaankoop (vertrouwelijk)",
            explanation="Onderhandelingsruimte van de gemeente.",
            confidential=True,
        )
        info = add_item(store, meeting.id, "Kwartaalrapportage", kind=ItemKind.INFORMATION)
        for n in range(60):  # the open actions' table runs over several pages
            add_action(
                store,
                meeting.id,
                f"Actie {n + 1}: " + WORDS[: 40 + n * 3],
                owner="Programmabureau",
                due=PreciseDate.parse("eind maart 2024"),
            )
        store.close()
        # Tagged attachments: documents of this very app, of several pages.
        store = open_store(path)
        folder = path.parent
        agenda = export_document(store, "agenda", out=folder / "a.pdf", meeting=str(meeting.id))
        decisions = export_document(
            store, "decisions", out=folder / "d.pdf", meeting=str(meeting.id)
        )
        attachments = AttachmentService(store)
        attachments.add_bytes(long_item.id, "Agenda vorige keer.pdf", agenda.read_bytes())
        attachments.add_bytes(info.id, "Besluitenlijst 📝.pdf", decisions.read_bytes())
        attachments.add_bytes(secret.id, UNTAGGED, pdf_pages(2, "GESCAND"))
        return meeting.id
    finally:
        store.close()


@pytest.fixture(scope="module")
def hostile(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "hostile.sqlite"
    shutil.copyfile(template_db, path)
    return path, str(_meeting(path))


@pytest.fixture(scope="module")
def documents(hostile: tuple[Path, str]) -> dict[str, Path]:
    path, meeting = hostile
    store = open_store(path)
    out: dict[str, Path] = {}
    try:
        for what, options in KINDS:
            key = "-".join([what, *options])
            out[key] = export_document(
                store,
                what,
                out=path.parent / f"{key}.pdf",
                meeting=None if what == "dashboard" else meeting,
                **options,
            )
    finally:
        store.close()
    return out


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def _xmp(path: Path) -> str:
    root = PdfReader(path).trailer["/Root"]
    return root["/Metadata"].get_object().get_data().decode()


def test_the_documents_are_long(documents: dict[str, Path]) -> None:
    assert len(PdfReader(documents["pack"]).pages) > 15
    assert len(PdfReader(documents["decisions"]).pages) > 2


def test_tagged_attachments_keep_their_structure(documents: dict[str, Path]) -> None:
    reader = PdfReader(documents["pack-public"])
    found = elements(reader)
    parts = [n for n, e in enumerate(found) if e.role == "/Part"]
    assert len(parts) == 2  # the agenda and the decision list attached
    for start in parts:
        depth = found[start].depth
        inside = []
        for e in found[start + 1 :]:
            if e.depth <= depth:
                break
            inside.append(e)
        roles = {e.role for e in inside}
        assert {"/H1", "/Table", "/TR", "/TD"} <= roles
        assert any(e.text.strip() for e in inside)
    assert "Besluitenlijst" in " ".join(e.text for e in found)
    assert "<pdfuaid:part>1</pdfuaid:part>" in _xmp(documents["pack-public"])


def test_untagged_attachment_is_named_and_no_conformance_claimed(
    documents: dict[str, Path],
) -> None:
    reader = PdfReader(documents["pack"])
    figures = [e.alt or "" for e in elements(reader) if e.role == "/Figure"]
    named = [alt for alt in figures if UNTAGGED in alt]
    assert named == [
        f"Bijlage 1: {UNTAGGED}, pagina {n} van 2 — dit bijlagedocument is niet toegankelijk "
        "gemaakt"
        for n in (1, 2)
    ]
    colophon = reader.pages[-1].extract_text()
    assert "Colofon" in colophon and UNTAGGED in colophon
    assert "pdfuaid:part" not in _xmp(documents["pack"])


def test_the_command_line_warns(
    hostile: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, meeting = hostile
    out = tmp_path / "pack.pdf"
    args = ["--db", str(path), "export", "pack", "--meeting", meeting, "--out", str(out)]
    assert main(args) == 0
    assert UNTAGGED in capsys.readouterr().err
    assert main([*args[:-1], str(tmp_path / "public.pdf"), "--public"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("key", ["-".join([w, *o]) for w, o in KINDS])
def test_reading_order(documents: dict[str, Path], key: str) -> None:
    reader = PdfReader(documents[key])
    texts, orders = marked_texts(reader)
    keys = tree_keys(reader)
    for number, (page, order) in enumerate(zip(reader.pages, orders, strict=True), start=1):
        assert None not in order, f"page {number}: text outside any tag or artifact"
        here = page.indirect_reference.idnum
        assert [k for k in keys if k[0] == here and k in texts] == list(dict.fromkeys(order))


def test_pdfua_finds_nothing(documents: dict[str, Path]) -> None:
    result = subprocess.run(
        [_tool("pdfua"), "check", *map(str, documents.values())], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.slow
def test_outloud_finds_no_errors(documents: dict[str, Path], tmp_path: Path) -> None:
    report = tmp_path / "outloud.json"
    subprocess.run(
        [_tool("outloud"), "--quiet", "--json", str(report), *map(str, documents.values())],
        capture_output=True,
        check=False,
    )
    untagged_pages = {
        n
        for n, page in enumerate(PdfReader(documents["pack"]).pages, start=1)
        if UNTAGGED in page.extract_text()
    }
    for result in json.loads(report.read_text())["results"]:
        name = Path(result["path"]).stem
        errors = [f for f in result["findings"] if f["severity"] == "error"]
        if name == "pack-public" or not name.startswith("pack"):
            assert not errors, (name, errors)
            continue
        # The untagged attachment: no PDF/UA claim, and its own fonts are not embedded.
        assert {f["rule"] for f in errors} == {"DOC-012", "TXT-001"}, (name, errors)
        for finding in errors:
            if finding["rule"] == "TXT-001":
                assert finding["page"] in untagged_pages or name != "pack", finding
