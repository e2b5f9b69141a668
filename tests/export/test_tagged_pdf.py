"""Tagged PDF (issue 15): every document kind has a structure tree that holds together.

Checked here with pypdf, independently of any validator: document-level entries
and XMP; every painting operator inside marked content or an artifact; every
MCID on a page in the ParentTree, pointing at the element that holds it; figures
with alternative text, header cells with a scope, heading levels that never
skip; fonts embedded with a ToUnicode map. Then the two offline validators
(`pdfua`, `outloud`) and `qpdf --check` where they are installed.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, ContentStream, DictionaryObject, IndirectObject

from dordtwest_desktop import i18n
from dordtwest_desktop.domain.attachments import pdf_is_tagged
from dordtwest_desktop.exporting import export_document
from dordtwest_desktop.store.database import Store, open_store
from tests.export.builders import Built, pdf_pages
from tests.export.structure import elements, marked_texts, structured_forms, tree_keys

KINDS = [
    ("agenda", {}),
    ("agenda", {"draft": True}),
    ("decisions", {}),
    ("pack", {}),
    ("pack", {"draft": True}),
    ("pack", {"public": True}),
    ("pack", {"fillable": True}),
    ("dashboard", {}),
]
IDS = ["-".join([what, *options]) for what, options in KINDS]

PAINTING = {
    b"Tj", b"TJ", b"'", b'"', b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*",
    b"Do", b"sh", b"BI",
}  # fmt: skip


def _export(store: Store, built: Built, out: Path, what: str, options: dict[str, bool]) -> Path:
    meeting = None if what == "dashboard" else str(built.meeting_id)
    name = "-".join([what, *options]) + ".pdf"
    return export_document(store, what, out=out / name, meeting=meeting, **options)


@pytest.fixture(scope="module")
def documents(
    example_template: tuple[Path, Built], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """Every kind once for the module: the checks only read them."""
    folder = tmp_path_factory.mktemp("tagged")
    path = folder / "example.sqlite"
    shutil.copyfile(example_template[0], path)
    store = open_store(path)
    try:
        return {
            key: _export(store, example_template[1], folder, what, options)
            for key, (what, options) in zip(IDS, KINDS, strict=True)
        }
    finally:
        store.close()


def _elements(reader: PdfReader) -> Iterator[DictionaryObject]:
    root = reader.trailer["/Root"]["/StructTreeRoot"].get_object()
    stack = list(root["/K"])
    while stack:
        element = stack.pop().get_object()
        if not isinstance(element, DictionaryObject) or element.get("/Type") in ("/MCR", "/OBJR"):
            continue
        yield element
        kids = element.get("/K", [])
        stack += list(kids) if isinstance(kids, ArrayObject) else [kids]


def _marked(
    page_content: ContentStream, forms: set[str] = frozenset()
) -> tuple[list[int], list[bytes]]:  # type: ignore[assignment]
    """The MCIDs of a page's content, and the painting operators outside any tag.

    `forms` are the page's form XObjects with structure of their own (a tagged
    attachment): their content is marked inside them, so painting them is not loose.
    """
    mcids: list[int] = []
    loose: list[bytes] = []
    depth = 0  # of marked content that is a tag (MCID) or an artifact
    stack: list[bool] = []
    for operands, operator in page_content.operations:
        if operator == b"Do" and str(operands[0]) in forms:
            continue
        if operator in (b"BDC", b"BMC"):
            tagged = operator == b"BMC" and operands[0] == "/Artifact"
            if operator == b"BDC":
                props = operands[1]
                tagged = operands[0] == "/Artifact" or (
                    isinstance(props, DictionaryObject) and "/MCID" in props
                )
                if isinstance(props, DictionaryObject) and "/MCID" in props:
                    mcids.append(int(props["/MCID"]))
            stack.append(tagged)
            depth += tagged
        elif operator == b"EMC":
            depth -= stack.pop()
        elif operator in PAINTING and depth == 0:
            loose.append(operator)
    assert not stack, "unbalanced BDC/EMC"
    return mcids, loose


@pytest.mark.parametrize("key", IDS)
def test_document_level_entries(documents: dict[str, Path], key: str) -> None:
    reader = PdfReader(documents[key])
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl-NL"
    assert root["/MarkInfo"]["/Marked"] is True or root["/MarkInfo"]["/Marked"] == True  # noqa: E712
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    title = reader.metadata.title
    assert title
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert f'<rdf:li xml:lang="x-default">{title}</rdf:li>' in xmp.replace("&amp;", "&")
    assert "<dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li>" in xmp
    stamped = key.startswith("pack")  # the example's items have PDF attachments
    # A pack with other people's (untagged) pages in it does not claim PDF/UA.
    assert ("<pdfuaid:part>1</pdfuaid:part>" in xmp) is not stamped
    for page in reader.pages:
        if page.get("/Annots"):
            assert page["/Tabs"] == "/S"


@pytest.mark.parametrize("key", IDS)
def test_all_content_is_tagged_or_artifact(documents: dict[str, Path], key: str) -> None:
    reader = PdfReader(documents[key])
    tree = reader.trailer["/Root"]["/StructTreeRoot"]
    nums = tree["/ParentTree"]["/Nums"]
    parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    for number, page in enumerate(reader.pages):
        mcids, loose = _marked(ContentStream(page.get_contents(), reader), structured_forms(page))
        assert not loose, f"page {number + 1}: painted outside tags: {loose[:5]}"
        assert len(mcids) == len(set(mcids)), f"page {number + 1}: an MCID used twice"
        key_of_page = page["/StructParents"]
        entries = parent_tree[key_of_page]
        assert sorted(mcids) == list(range(len(entries))), f"page {number + 1}"
        for mcid in mcids:
            element = entries[mcid].get_object()
            kids = element["/K"]
            kids = list(kids) if isinstance(kids, ArrayObject) else [kids]
            held = [k for k in kids if not isinstance(k, IndirectObject)]
            here = page.indirect_reference.idnum
            same_page = element.raw_get("/Pg").idnum == here
            assert any(
                (k == mcid and same_page)
                or (
                    isinstance(k, DictionaryObject)
                    and k.get("/MCID") == mcid
                    and k.raw_get("/Pg").idnum == here
                )
                for k in held
            ), f"page {number + 1}: MCID {mcid} not held by its ParentTree element"


@pytest.mark.parametrize("key", IDS)
def test_structure_elements(documents: dict[str, Path], key: str) -> None:
    reader = PdfReader(documents[key])
    roles = []
    for element in _elements(reader):
        role = element["/S"]
        roles.append(role)
        if role == "/Figure":
            assert str(element.get("/Alt", "")).strip(), "a Figure without /Alt"
        if role == "/TH":
            assert element["/A"]["/Scope"] in ("/Column", "/Row")
        if role == "/LI":
            kids = [k.get_object()["/S"] for k in _kid_list(element)]
            assert kids in (["/Lbl", "/LBody"], ["/LBody"]), kids
        if role == "/Table":
            kids = [k.get_object()["/S"] for k in _kid_list(element)]
            assert kids == ["/THead", "/TBody"] or set(kids) == {"/TR"}, kids
        if role in ("/TR", "/L", "/TOC", "/Table"):
            assert element["/K"], f"an empty {role}"
    assert roles[0] == "/Document"
    assert "/H1" in roles and "/P" in roles
    assert "/Table" in roles  # the dashboard's: the figures under its charts
    if key.startswith("pack"):
        assert {"/Sect", "/TOC", "/TOCI", "/Link", "/L", "/LI", "/Lbl", "/Figure"} <= set(roles)
        assert {"/THead", "/TBody"} <= set(roles)
    if key == "pack-fillable":
        assert "/Form" in roles


@pytest.mark.parametrize("key", IDS)
def test_heading_levels_do_not_skip(documents: dict[str, Path], key: str) -> None:
    reader = PdfReader(documents[key])
    levels: list[int] = []

    def walk(element: DictionaryObject) -> None:
        match = re.fullmatch(r"/H(\d)", str(element.get("/S", "")))
        if match:
            levels.append(int(match.group(1)))
        kids = element.get("/K", [])
        for kid in list(kids) if isinstance(kids, ArrayObject) else [kids]:
            kid = kid.get_object() if isinstance(kid, IndirectObject) else kid
            if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/StructElem":
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"]["/K"][0].get_object())
    assert levels and levels[0] == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, levels


def _kid_list(element: DictionaryObject) -> list[object]:
    kids = element.get("/K", [])
    kids = list(kids) if isinstance(kids, ArrayObject) else [kids]
    return [k for k in kids if isinstance(k, IndirectObject)]


@pytest.mark.parametrize("key", IDS)
def test_reading_order_is_the_page_order(documents: dict[str, Path], key: str) -> None:
    """Page by page, the tree visits the text in the order the page shows it (which is
    the order it is drawn: top to bottom, left to right, each table row by row)."""
    reader = PdfReader(documents[key])
    texts, orders = marked_texts(reader)
    keys = tree_keys(reader)
    assert len(keys) == len(set(keys)), "a marked-content sequence in two elements"
    for number, (page, order) in enumerate(zip(reader.pages, orders, strict=True), start=1):
        assert None not in order, f"page {number}: text outside any tag or artifact"
        here = page.indirect_reference.idnum
        in_tree = [k for k in keys if k[0] == here and k in texts]
        assert in_tree == list(dict.fromkeys(order)), f"page {number}"


@pytest.mark.parametrize("key", IDS)
def test_read_aloud_is_the_page_text(documents: dict[str, Path], key: str) -> None:
    """The tree's text, element by element (what a screen reader reads), is the pages'
    text without their furniture, in the order it is shown."""
    reader = PdfReader(documents[key])
    said = "".join(e.text for e in elements(reader))
    texts, orders = marked_texts(reader)
    shown = "".join(texts[k] for order in orders for k in dict.fromkeys(order) if k)
    assert said and "".join(said.split()) == "".join(shown.split())
    assert f"pagina 1 van {len(reader.pages)}" not in said  # the footer is furniture


@pytest.mark.parametrize("key", IDS)
def test_bookmarks_match_the_headings(documents: dict[str, Path], key: str) -> None:
    """Each bookmark is a heading of the tree, in the same order."""
    reader = PdfReader(documents[key])

    def flat(outline: list) -> list[str]:
        out: list[str] = []
        for entry in outline:
            out += flat(entry) if isinstance(entry, list) else [str(entry.title)]
        return out

    marks = [" ".join(m.split()) for m in flat(reader.outline)]
    headings = [" ".join(e.text.split()) for e in elements(reader) if re.fullmatch(r"/H\d", e.role)]
    assert marks or not key.startswith("pack")  # one-page documents have no outline
    at = 0
    for mark in marks:
        name = mark.split(": ", 1)[-1]  # "Bijlage: X.pdf" -> its heading names X.pdf
        while at < len(headings) and mark not in headings[at] and name not in headings[at]:
            at += 1
        assert at < len(headings), f"bookmark {mark!r} has no heading after the previous one"
        at += 1


def test_links_and_fields_are_in_the_tree(documents: dict[str, Path]) -> None:
    reader = PdfReader(documents["pack-fillable"])
    nums = reader.trailer["/Root"]["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    kinds = set()
    for page in reader.pages:
        for reference in page.get("/Annots") or []:
            annotation = reference.get_object()
            element = parent_tree[annotation["/StructParent"]].get_object()
            kinds.add((annotation["/Subtype"], element["/S"]))
            if annotation["/Subtype"] == "/Link":
                assert annotation["/Contents"]
            else:
                assert annotation.get("/TU") or annotation["/Parent"].get("/TU")
    assert kinds == {("/Link", "/Link"), ("/Widget", "/Form")}


def test_fonts_are_embedded_with_unicode_maps(documents: dict[str, Path]) -> None:
    for key in ("agenda", "pack-fillable", "dashboard"):
        reader = PdfReader(documents[key])
        for page in reader.pages:
            fonts = page["/Resources"].get("/Font", {})
            for font in fonts.values():
                font = font.get_object()
                assert "/ToUnicode" in font, (key, font.get("/BaseFont"))
                descriptor = font.get("/FontDescriptor")
                if font["/Subtype"] == "/Type0":
                    descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                descriptor = descriptor.get_object()
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_english_documents_say_so(example_store: Store, built: Built, tmp_path: Path) -> None:
    i18n.set_language("en")
    try:
        path = _export(example_store, built, tmp_path, "agenda", {"draft": True})
    finally:
        i18n.set_language("nl")
    reader = PdfReader(path)
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "<rdf:li>en-GB</rdf:li>" in xmp
    assert "Draft: this version is not final." in reader.pages[0].extract_text()


def test_charts_say_their_figures(documents: dict[str, Path]) -> None:
    reader = PdfReader(documents["dashboard"])
    alts = [str(e["/Alt"]) for e in _elements(reader) if e["/S"] == "/Figure"]
    assert any(alt.startswith("Middelen, ") and "aangevraagd" in alt for alt in alts), alts
    assert any("Tijdlijn van " in alt for alt in alts), alts


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def test_qpdf_check(documents: dict[str, Path]) -> None:
    qpdf = _tool("qpdf")
    for path in documents.values():
        result = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_pdfua_finds_nothing(documents: dict[str, Path]) -> None:
    pdfua = _tool("pdfua")
    result = subprocess.run(
        [pdfua, "check", *map(str, documents.values())], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


# What outloud reports on the example packs, by design: their attachments are untagged
# PDFs (tests/export/builders.pdf_pages), so the packs do not claim PDF/UA (DOC-012) and
# those attachments' own fonts are not embedded (TXT-001, on their pages). A pack whose
# attachments are tagged has no errors: tests/export/test_tagged_hostile.py.
PACK_KNOWN = {"DOC-012", "TXT-001"}


@pytest.mark.slow
def test_outloud_finds_no_errors(documents: dict[str, Path], tmp_path: Path) -> None:
    outloud = _tool("outloud")
    report = tmp_path / "outloud.json"
    subprocess.run(
        [outloud, "--quiet", "--json", str(report), *map(str, documents.values())],
        capture_output=True,
        check=False,
    )
    found = json.loads(report.read_text())
    for result in found["results"]:
        errors = {f["rule"] for f in result["findings"] if f["severity"] == "error"}
        allowed = PACK_KNOWN if Path(result["path"]).name.startswith("pack") else set()
        assert errors <= allowed, (result["path"], errors, result["findings"])


def test_an_attachment_is_tagged_when_its_pdf_says_so(documents: dict[str, Path]) -> None:
    assert pdf_is_tagged(documents["agenda"].read_bytes())
    assert not pdf_is_tagged(pdf_pages(1, "X"))
    assert not pdf_is_tagged(b"%PDF-1.4 nonsense")


@pytest.mark.slow
def test_outloud_warns_of_nothing_on_the_dashboard(
    documents: dict[str, Path], tmp_path: Path
) -> None:
    # Its key figures are shaded cards side by side, not a ruled grid: crossing lines
    # around text read as a table that no /Table tag announces (TBL-014).
    report = tmp_path / "outloud.json"
    subprocess.run(
        [_tool("outloud"), "--quiet", "--json", str(report), str(documents["dashboard"])],
        capture_output=True,
        check=False,
    )
    (result,) = json.loads(report.read_text())["results"]
    assert [f["rule"] for f in result["findings"]] == []
