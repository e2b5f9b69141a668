"""Partner overviews (issue 17, point 3), read back from the PDF.

On the example meeting of the seeded database (people of five organisations,
a decided item with an action for Woonkracht10, a confidential item), extended
with what only the partner's own eyes may see: a confidential coming item it
presents and a confidential action. Public by default; with the confidential
option every page carries the mark.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dordtwest_desktop.cli import main
from dordtwest_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from dordtwest_desktop.export import write_document
from dordtwest_desktop.services.documents import prepare_document
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store
from tests.export.builders import Built, add_action, add_item
from tests.export.conftest import page_texts
from tests.export.test_tagged_pdf import _tool

BEFORE = date(2024, 3, 1)  # the example meeting (14 maart 2024) is still to come
AFTER = date(2024, 4, 1)  # it has been held: attendance is known
SECRET_ITEM = "Huurbevriezing Wielwijk (vertrouwelijk)"
SECRET_ACTION = "Geheime huurafspraak voorbereiden"


@pytest.fixture
def partner_store(example_store: Store, built: Built) -> Store:
    add_item(
        example_store,
        built.meeting_id,
        SECRET_ITEM,
        presenter="B. Bakker",
        confidential=True,
        explanation="Niet openbaar.",
    )
    assert built.confidential is not None
    add_action(
        example_store,
        built.meeting_id,
        SECRET_ACTION,
        owner="B. Bakker",
        item_id=built.confidential.id,
    )
    programme = ProgrammeService(example_store)
    first = programme.overview().initiatives[0]
    whole = programme.initiative(first.id)
    programme.save_initiative(dataclasses.replace(whole, responsible="Woonkracht10 en gemeente"))
    return example_store


def export(
    store: Store, out: Path, org: str = "Woonkracht10", *, confidential: bool = False, today=BEFORE
) -> Path:
    prepared = prepare_document(
        store, "partner", organisation=org, confidential=confidential, today=today
    )
    return write_document(prepared, out)


def test_the_public_overview_shows_its_work_and_nothing_confidential(
    partner_store: Store, tmp_path: Path
) -> None:
    pages = page_texts(export(partner_store, tmp_path / "p.pdf"))
    text = "\n".join(pages)
    assert "Partneroverzicht Woonkracht10" in text
    assert "Cijfers 2023 nasturen" in text  # its open action
    assert "De prioriteiten zijn vastgesteld." in text  # the decision that gave it work
    assert "Woonkracht10 en gemeente" in text  # the initiative it is responsible for
    assert "op naam gevonden" in text  # the note on how its work is found
    for secret in (SECRET_ITEM, SECRET_ACTION, "Ingestemd met het bod", "VERTROUWELIJK"):
        assert secret not in text
    assert "niet opgenomen" in text  # it says that something was left out
    assert "Inhoud" not in text  # short: no contents


def test_the_confidential_overview_is_marked_on_every_page(
    partner_store: Store, tmp_path: Path
) -> None:
    pages = page_texts(export(partner_store, tmp_path / "c.pdf", confidential=True))
    text = "\n".join(pages)
    assert SECRET_ITEM in text
    assert SECRET_ACTION in text
    assert "Ingestemd met het bod (geheim)." in text
    assert all("VERTROUWELIJK" in page for page in pages)


def test_attendance_of_a_held_meeting(partner_store: Store, tmp_path: Path) -> None:
    text = "\n".join(page_texts(export(partner_store, tmp_path / "a.pdf", today=AFTER)))
    assert "B. Bakker" in text
    assert "Voorjaarsoverleg" in text
    absent = "\n".join(
        page_texts(export(partner_store, tmp_path / "d.pdf", "Primair", today=AFTER))
    )
    assert "D. van Dijk" in absent  # excused: listed as absent


def test_presented_items_in_coming_meetings(partner_store: Store, tmp_path: Path) -> None:
    text = "\n".join(page_texts(export(partner_store, tmp_path / "p.pdf", "politie")))
    assert "Stand van zaken Preventie met Gezag" in text


def test_an_organisation_with_nothing_to_show_says_so(partner_store: Store, tmp_path: Path) -> None:
    # Trivire's secretary attends only the coming meeting: nothing yet, and no error.
    text = "\n".join(page_texts(export(partner_store, tmp_path / "t.pdf", "Trivire")))
    assert "Er is niets te tonen voor Trivire" in text


def test_unknown_or_ambiguous_organisations_are_one_sentence(partner_store: Store) -> None:
    with pytest.raises(NotFoundError, match="Geen organisatie heet 'Gasunie'"):
        prepare_document(partner_store, "partner", organisation="Gasunie")
    with pytest.raises(ValidationError, match="meerdere organisaties"):
        prepare_document(partner_store, "partner", organisation="i")  # in several names


def test_the_cli_writes_it_and_refuses_bad_input(
    partner_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "example.sqlite")  # where example_store copied the database
    out = tmp_path / "cli.pdf"
    assert main(["--db", db, "export", "partner", "--org", "woonkracht10", "--out", str(out)]) == 0
    assert "Cijfers 2023 nasturen" in "\n".join(page_texts(out))
    missing = tmp_path / "missing.pdf"
    code = main(["--db", db, "export", "partner", "--org", "Gasunie", "--out", str(missing)])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert err.count("\n") == 0 and "Gasunie" in err
    assert not missing.exists()
    assert main(["--db", db, "export", "partner", "--out", str(missing)]) == 1
    assert "--org" in capsys.readouterr().err
    assert not missing.exists()


def test_pdfua_and_qpdf_find_nothing(partner_store: Store, tmp_path: Path) -> None:
    paths = [
        export(partner_store, tmp_path / "public.pdf", today=AFTER),
        export(partner_store, tmp_path / "secret.pdf", confidential=True),
        export(partner_store, tmp_path / "empty.pdf", "Trivire"),
    ]
    result = subprocess.run(
        [_tool("pdfua"), "check", *map(str, paths)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
    for path in paths:
        checked = subprocess.run(
            [_tool("qpdf"), "--check", str(path)], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_mark_is_on_every_page_of_a_long_overview(
    partner_store: Store, built: Built, tmp_path: Path
) -> None:
    for n in range(70):
        add_action(
            partner_store,
            built.meeting_id,
            f"Vervolgactie {n + 1} op de huurafspraak",
            owner="B. Bakker",
            item_id=built.confidential.id if built.confidential else None,
        )
    pages = page_texts(export(partner_store, tmp_path / "long.pdf", confidential=True))
    assert len(pages) > 1
    assert all("VERTROUWELIJK" in page for page in pages)
    public = "\n".join(page_texts(export(partner_store, tmp_path / "public.pdf")))
    assert "Vervolgactie" not in public and "VERTROUWELIJK" not in public


def test_a_long_overview_opens_with_its_contents(
    partner_store: Store, built: Built, tmp_path: Path
) -> None:
    for n in range(100):
        add_action(partner_store, built.meeting_id, f"Nazorg {n + 1}", owner="b. bakker")
    path = export(partner_store, tmp_path / "long.pdf", today=AFTER)
    pages = page_texts(path)
    assert "Inhoud" in pages[0]
    assert "Openstaande actiepunten (101)" in pages[0]
    found = re.search(r"Aanwezigheid \(1\)\s*(\d+)", pages[0])
    assert found, pages[0]
    page = int(found.group(1))
    assert page > 2  # behind the actions
    assert "Aanwezigheid" in pages[page - 1] and "Aanwezigheid" not in pages[page - 2]
    checked = subprocess.run([_tool("pdfua"), "check", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout  # the contents are tagged too


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300))
def test_any_typed_name_is_found_or_one_sentence(partner_store: Store, text: str) -> None:
    try:
        prepare_document(partner_store, "partner", organisation=text, today=BEFORE)
    except DomainError as error:
        assert error.message and "\n" not in error.message


@pytest.mark.slow
def test_outloud_finds_no_errors(partner_store: Store, tmp_path: Path) -> None:
    paths = [
        export(partner_store, tmp_path / "public.pdf", today=AFTER),
        export(partner_store, tmp_path / "secret.pdf", confidential=True),
    ]
    report = tmp_path / "outloud.json"
    subprocess.run(
        [_tool("outloud"), "--quiet", "--json", str(report), *map(str, paths)],
        capture_output=True,
        check=False,
    )
    for result in json.loads(report.read_text())["results"]:
        errors = [f for f in result["findings"] if f["severity"] == "error"]
        assert not errors, (result["path"], errors)
