"""`list search QUERY [--json]` (issue 17, point 4): the same search as the app's field."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from dordtwest_desktop.cli import main
from dordtwest_desktop.services.search import MARK_END, MARK_START


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json_groups_and_marks(capsys, db_path: Path) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "list", "search", "crabbeh", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert rows and {r["kind"] for r in rows} >= {"initiative"}
    first = next(r for r in rows if r["kind"] == "initiative")
    assert first["matches"] == ["Crabbehof"]
    assert MARK_START not in out and MARK_END not in out


def test_search_text_in_dutch_with_words_unquoted(capsys, db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "list", "search", "alliantie", "dordt")
    assert code == 0
    assert "Vergaderingen (" in out and "*Alliantie*" in out


@pytest.mark.parametrize("query", ['"*()', "x" * 10_000])
def test_hostile_search_is_one_sentence_and_writes_nothing(
    capsys, db_path: Path, query: str
) -> None:
    before = db_path.read_bytes()
    code, out, err = run(capsys, "--db", str(db_path), "list", "search", query)
    assert code == 1 and out == ""
    assert err.startswith("Fout: ") and err.count("\n") == 1 and "Traceback" not in err
    assert db_path.read_bytes() == before


def test_nothing_found_says_so(capsys, db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "list", "search", "qwertyuiop")
    assert code == 0 and "qwertyuiop" in out


def test_other_lists_still_work_and_refuse_a_query(capsys, db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "list", "goals", "--json")
    assert code == 0 and json.loads(out)
    code, _, err = run(capsys, "--db", str(db_path), "list", "goals", "alliantie")
    assert code == 1 and "list search" in err


def test_personal_remarks_of_others_never_show(capsys, db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    with connection:
        meeting = connection.execute("SELECT id FROM meeting LIMIT 1").fetchone()[0]
        connection.execute(
            "INSERT INTO annotation (id, meeting_id, author, text, created_at, updated_at,"
            " visibility, version) VALUES ('00000000000000000000000000000001', ?, 'iemand anders',"
            " 'Geheime bedenking', '2026-01-01', '2026-01-01', 'personal', 1)",
            (meeting,),
        )
    connection.close()
    code, out, _ = run(capsys, "--db", str(db_path), "list", "search", "bedenking", "--json")
    assert code == 0 and json.loads(out) == []
