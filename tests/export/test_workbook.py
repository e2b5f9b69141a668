"""`export xlsx`: the workbook read back with python-calamine, an independent reader."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from dordtwest_desktop.cli import main
from dordtwest_desktop.export.workbook import TITLE_ROWS, write_workbook
from dordtwest_desktop.services.documents import ExportCancelled
from dordtwest_desktop.services.workbook import (
    CellKind,
    Sheet,
    SheetColumn,
    WorkbookData,
    workbook_data,
)
from dordtwest_desktop.store.database import Store
from tests.export.builders import Built

SHEETS = ["Actiepunten", "Mijlpalen", "Middelen", "Besluiten", "Aanwezigheid", "Indicatoren"]
HEADER = TITLE_ROWS  # 0-based row of the table's header


def read(path: Path) -> dict[str, list[list[Any]]]:
    with CalamineWorkbook.from_path(str(path)) as book:
        return {
            n: book.get_sheet_by_name(n).to_python(skip_empty_area=False) for n in book.sheet_names
        }


def table(sheets: dict[str, list[list[Any]]], name: str) -> list[dict[str, Any]]:
    rows = sheets[name]
    header = rows[HEADER]
    return [dict(zip(header, row, strict=True)) for row in rows[HEADER + 1 :] if any(row)]


def expected_cells(sheet: Sheet, values: tuple[Any, ...]) -> list[Any]:
    """What calamine must give for one row: the writer's typing, spelled out."""
    cells: list[Any] = []
    for column, value in zip(sheet.columns, values, strict=True):
        if column.kind is CellKind.VAGUE_DATE:
            cells += ["", ""] if value is None else [value.render(), value.first_day()]
        elif value is None or value == "":
            cells.append("")
        elif column.kind is CellKind.MONEY:
            cells.append(value / 100)
        elif column.kind in (CellKind.NUMBER, CellKind.INTEGER):
            cells.append(float(value))
        else:
            cells.append(value)
    return cells


def test_cli_writes_every_sheet_with_typed_cells(capsys, example_store: Store, tmp_path: Path):
    out = tmp_path / "programma.xlsx"
    assert main(["--db", str(example_store.path), "export", "xlsx", "--out", str(out)]) == 0
    assert "programma.xlsx" in capsys.readouterr().out
    sheets = read(out)
    assert list(sheets) == SHEETS
    assert sheets["Mijlpalen"][0][0] == "Nationaal Programma Dordt West"
    assert sheets["Mijlpalen"][1][0].startswith("Geëxporteerd op ")
    milestones = table(sheets, "Mijlpalen")
    vague = next(r for r in milestones if r["Datum"] == "1ste kwartaal 2024")
    assert vague["Datum (sorteerdatum)"] == date(2024, 1, 1)
    funding = table(sheets, "Middelen")
    granted = [r["Toegekend"] for r in funding if r["Toegekend"] != ""]
    assert 4_300_000.0 in granted and all(isinstance(x, float) for x in granted)
    actions = table(sheets, "Actiepunten")
    raad = next(r for r in actions if r["Actiepunt"] == "Raadsinformatiebrief opstellen")
    assert raad["Uiterlijk"] == "1 februari 2024"
    assert raad["Uiterlijk (sorteerdatum)"] == date(2024, 2, 1)
    assert raad["Vergaderdatum"] == date(2024, 3, 14)
    decisions = table(sheets, "Besluiten")
    assert {d["Besluit"] for d in decisions} >= {"Ingestemd met het bod (geheim)."}
    attendance = table(sheets, "Aanwezigheid")
    assert {"C. Çelik", "D. van Dijk"} <= {a["Naam"] for a in attendance}
    assert {a["Aanwezigheid"] for a in attendance} == {"aanwezig", "afwezig met bericht"}


def test_every_value_reads_back_as_written(example_store: Store, tmp_path: Path):
    data = workbook_data(example_store)
    out = write_workbook(data, tmp_path / "alles.xlsx")
    sheets = read(out)
    for sheet, name in zip(data.sheets, SHEETS, strict=True):
        rows = [r for r in sheets[name][HEADER + 1 :] if any(c != "" for c in r)]
        assert len(rows) == len(sheet.rows), name
        for written, back in zip(sheet.rows, rows, strict=False):
            assert back == expected_cells(sheet, tuple(written)), name


def test_tables_filters_frozen_header_and_print_header(example_store: Store, tmp_path: Path):
    out = write_workbook(workbook_data(example_store), tmp_path / "vorm.xlsx")
    with CalamineWorkbook.from_path(str(out), load_tables=True) as book:
        assert len(book.table_names or []) == len(SHEETS)
    with zipfile.ZipFile(out) as package:
        first = package.read("xl/worksheets/sheet1.xml").decode()
        tables = [n for n in package.namelist() if n.startswith("xl/tables/")]
        assert all(b"<autoFilter" in package.read(n) for n in tables)
        styles = package.read("xl/styles.xml").decode()
    assert f'ySplit="{HEADER + 1}"' in first and 'state="frozen"' in first
    assert "<oddHeader>&amp;LNationaal Programma Dordt West&amp;R" in first
    assert "<cols>" in first  # widths set per column
    assert 'formatCode="d-m-yyyy"' in styles and "€" in styles


def test_public_workbook_has_nothing_of_a_confidential_item(
    example_store: Store, built: Built, tmp_path: Path
):
    full = read(write_workbook(workbook_data(example_store), tmp_path / "intern.xlsx"))
    public_path = tmp_path / "openbaar.xlsx"
    assert (
        main(
            [
                "--db",
                str(example_store.path),
                "export",
                "xlsx",
                "--public",
                "--out",
                str(public_path),
            ]
        )
        == 0
    )
    public = read(public_path)
    everything = "\n".join(str(c) for rows in public.values() for row in rows for c in row)
    for secret in ("Ingestemd met het bod (geheim).", "Geheime actie over de grondaankoop"):
        assert secret in "\n".join(str(c) for rows in full.values() for row in rows for c in row)
        assert secret not in everything
    assert "Vertrouwelijk" in full["Besluiten"][HEADER]
    assert "Vertrouwelijk" not in public["Besluiten"][HEADER]
    assert "openbare versie" in public["Besluiten"][1][0]
    assert {r["Besluit"] for r in table(public, "Besluiten")} == {
        "De prioriteiten zijn vastgesteld."
    }


def test_cancelled_export_leaves_no_file(example_store: Store, tmp_path: Path):
    out = tmp_path / "afgebroken.xlsx"
    with pytest.raises(ExportCancelled):
        write_workbook(workbook_data(example_store), out, cancelled=lambda: True)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_an_empty_sheet_still_has_its_table(tmp_path: Path):
    data = WorkbookData(
        "Programma", datetime(2026, 1, 2, 9, 30), (Sheet("Leeg", "Leeg", (SheetColumn("A"),), []),)
    )
    sheets = read(write_workbook(data, tmp_path / "leeg.xlsx"))
    assert sheets["Leeg"][HEADER] == ["A"]


# Text as people type it: markup, emoji, line breaks, and what a spreadsheet would
# take for a formula ("=", "+", "-", "@") if it were written as anything but text.
typed_text = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=80),
    st.sampled_from(
        [
            "=SUM(A1:A9)",
            "=1+1",
            "+31 78 770 4911",
            "-5",
            "@handle",
            "<b>vet</b> & 'x'",
            "🎉\n👍",
            "_x0041_",
        ]
    ),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(typed_text, min_size=1, max_size=6), amount=st.integers(0, 10**13))
def test_text_and_amounts_read_back_unchanged(tmp_path: Path, texts: list[str], amount: int):
    sheet = Sheet(
        "Tekst",
        "Tekst",
        (SheetColumn("Tekst"), SheetColumn("Bedrag", CellKind.MONEY)),
        [(text, amount) for text in texts],
    )
    data = WorkbookData("Prog & <ramma>", datetime(2026, 1, 2, 9, 30), (sheet,))
    rows = read(write_workbook(data, tmp_path / "tekst.xlsx"))["Tekst"][HEADER + 1 :]
    assert [r[0] for r in rows] == texts
    assert all(round(r[1] * 100) == amount for r in rows)
    with zipfile.ZipFile(tmp_path / "tekst.xlsx") as package:
        assert b"<f>" not in package.read("xl/worksheets/sheet1.xml")


def test_decisions_carry_the_agenda_number(example_store: Store, built: Built, tmp_path: Path):
    from dordtwest_desktop.services.meetings import MeetingService

    detail = MeetingService(example_store).detail(built.meeting_id)
    numbers = {s.item.title: s.number for s in detail.agenda}
    sheets = read(write_workbook(workbook_data(example_store), tmp_path / "nummers.xlsx"))
    decided = table(sheets, "Besluiten")
    assert decided and all(d["Nr."] == float(numbers[d["Agendapunt"]]) for d in decided)


def test_the_cycle_collector_is_back_as_it_was(example_store: Store, tmp_path: Path):
    import gc

    was = gc.isenabled()
    try:
        gc.enable()
        write_workbook(workbook_data(example_store), tmp_path / "a.xlsx")
        assert gc.isenabled()
        gc.disable()
        write_workbook(workbook_data(example_store), tmp_path / "b.xlsx")
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
