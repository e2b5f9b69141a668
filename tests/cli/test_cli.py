"""The command line on a temporary database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dordtwest_desktop.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_the_commands():
    result = subprocess.run(
        [sys.executable, "main.py", "--help"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        check=True,
    )
    for command in ("list", "export", "import", "backup", "--db"):
        assert command in result.stdout


@pytest.mark.parametrize("kind", ["goals", "initiatives", "milestones", "meetings", "actions"])
def test_list_json(capsys, db_path: Path, kind: str):
    code, out, _ = run(capsys, "--db", str(db_path), "list", kind, "--json")
    assert code == 0
    rows = json.loads(out)
    assert isinstance(rows, list)
    if kind == "milestones":
        assert {r["date"] for r in rows} >= {"14 november 2023", "1ste kwartaal 2024"}
    if kind == "initiatives":
        assert next(r["name"] for r in rows) == "Preventie met Gezag"


def test_list_text_is_dutch(capsys, db_path: Path):
    code, out, _ = run(capsys, "--db", str(db_path), "list", "milestones")
    assert code == 0
    assert "1ste kwartaal 2024" in out and "gepland" in out


def test_export_import_round_trip(capsys, db_path: Path, tmp_path: Path):
    out_file = tmp_path / "x.json"
    assert run(capsys, "--db", str(db_path), "export", "json", "--out", str(out_file))[0] == 0
    other = tmp_path / "other.sqlite"
    code, _out, _ = run(capsys, "--db", str(other), "import", "json", str(out_file))
    assert code == 0
    again = tmp_path / "again.json"
    run(capsys, "--db", str(other), "export", "json", "--out", str(again))
    first = json.loads(out_file.read_text(encoding="utf-8"))["tables"]
    second = json.loads(again.read_text(encoding="utf-8"))["tables"]
    assert first == second


def test_malformed_import_gives_one_clear_error(capsys, db_path: Path, tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "dordtwest-exchange", "version": 1, "tables": {"pillar": [{}]}}')
    before = tmp_path / "before.json"
    run(capsys, "--db", str(db_path), "export", "json", "--out", str(before))
    code, _out, err = run(capsys, "--db", str(db_path), "import", "json", str(bad))
    assert code == 1
    assert err.count("\n") == 1 and "pillar" in err and "Traceback" not in err
    after = tmp_path / "after.json"
    run(capsys, "--db", str(db_path), "export", "json", "--out", str(after))
    assert json.loads(before.read_text())["tables"] == json.loads(after.read_text())["tables"]


def test_backup_is_a_database_with_the_data(capsys, db_path: Path, tmp_path: Path):
    target = tmp_path / "backup.sqlite"
    assert run(capsys, "--db", str(db_path), "backup", "--out", str(target))[0] == 0
    code, out, _ = run(capsys, "--db", str(target), "list", "initiatives", "--json")
    assert code == 0 and len(json.loads(out)) == 4


def test_not_a_database_is_refused(capsys, tmp_path: Path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"dit is geen database" * 100)
    code, _, err = run(capsys, "--db", str(junk), "list", "goals")
    assert code == 1 and "junk.sqlite" in err
    assert junk.read_bytes() == b"dit is geen database" * 100


def test_lang_en_speaks_english_but_writes_dutch_dates(capsys, db_path: Path):
    from dordtwest_desktop.i18n import set_language

    try:
        code, out, _ = run(capsys, "--lang", "en", "--db", str(db_path), "list", "milestones")
    finally:
        set_language("nl")
    assert code == 0
    assert "Date" in out and "planned" in out
    assert "1ste kwartaal 2024" in out


def test_import_annotations_from_a_filled_pack(capsys, db_path: Path, tmp_path: Path):
    from pypdf import PdfReader, PdfWriter

    from dordtwest_desktop.services.meetings import MeetingService
    from dordtwest_desktop.store.database import open_store

    store = open_store(db_path)
    meeting = MeetingService(store).meetings()[-1]
    item = MeetingService(store).detail(meeting.id).agenda[0].item
    store.close()
    pack = tmp_path / "pack.pdf"
    assert (
        run(
            capsys,
            "--db",
            str(db_path),
            "export",
            "pack",
            "--meeting",
            str(meeting.id)[:8],
            "--fillable",
            "--out",
            str(pack),
        )[0]
        == 0
    )
    writer = PdfWriter(clone_from=PdfReader(pack))
    fields = PdfReader(pack).get_fields() or {}
    item_field = next(name for name in fields if str(item.id) in name and ":point:" not in name)
    for page in writer.pages:
        writer.update_page_form_field_values(
            page, {item_field: "Akkoord, met één vraag <b>&"}, auto_regenerate=False
        )
    filled = tmp_path / "ingevuld.pdf"
    with filled.open("wb") as handle:
        writer.write(handle)
    code, out, err = run(
        capsys,
        "--db",
        str(db_path),
        "import",
        "annotations",
        str(filled),
        "--author",
        "Voorbeeld Partner",
    )
    assert code == 0, err
    assert "Voorbeeld Partner" in out
    code, out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "import",
        "annotations",
        str(filled),
        "--author",
        "Voorbeeld Partner",
    )
    store = open_store(db_path)
    notes = MeetingService(store).detail(meeting.id).annotations[item.id]
    store.close()
    assert [(n.author, n.text) for n in notes] == [
        ("Voorbeeld Partner", "Akkoord, met één vraag <b>&")
    ]


def test_import_annotations_refuses_a_pdf_without_fields(capsys, db_path: Path, tmp_path: Path):
    from tests.helpers import make_pdf

    other = tmp_path / "iets.pdf"
    other.write_bytes(make_pdf(2))
    code, _, err = run(
        capsys, "--db", str(db_path), "import", "annotations", str(other), "--author", "X"
    )
    assert code == 1 and "iets.pdf" in err and "Traceback" not in err


def test_an_empty_list_says_so(capsys, db_path: Path):
    from dordtwest_desktop.cli import LIST_KINDS
    from dordtwest_desktop.services.listing import _KIND_WORDS

    assert set(_KIND_WORDS) == set(LIST_KINDS)
    code, out, _ = run(capsys, "--db", str(db_path), "list", "actions")  # the seed has none
    assert code == 0 and out == "Nog geen actiepunten.\n"
    code, out, _ = run(capsys, "--db", str(db_path), "list", "actions", "--json")
    assert code == 0 and out.strip() == "[]"
