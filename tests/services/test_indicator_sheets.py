"""Indicator figures from .xlsx: the CSV import's rules, the spreadsheet's places, all or nothing."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dordtwest_desktop.cli import main
from dordtwest_desktop.domain.enums import Direction
from dordtwest_desktop.domain.errors import ImportFileError
from dordtwest_desktop.domain.indicators import CSV_COLUMNS
from dordtwest_desktop.exporting import export_workbook
from dordtwest_desktop.services.indicator_sheets import column_letter, read_sheet_file
from dordtwest_desktop.services.indicators import (
    IndicatorService,
    import_csv,
    read_csv,
    read_indicator_file,
)
from dordtwest_desktop.store.database import Store

HEADER = ["indicator", "jaar", "dordt_west", "dordrecht", "nederland", "richting"]
ROWS: list[list[Any]] = [
    ["Werkloosheid", 2021, 9.8, 5.1, 4.2, "lager"],
    ["Werkloosheid", 2022, 8.1, 4.2, None, None],
    ["Leefbaarometer", 2022, "3,9", "4,1", None, "hoger"],
]


def workbook(path: Path, rows: list[list[Any]], *, sheet: str = "Blad1", **extra: Any) -> Path:
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet(sheet)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                ws.write(r, c, value)
    if "merge" in extra:
        ws.merge_range(*extra["merge"])
    if "formula" in extra:
        ws.write_formula(*extra["formula"])
    for name in extra.get("more_sheets", ()):
        book.add_worksheet(name)
    book.close()
    return path


def values(store: Store) -> list[tuple[str, int, float, float]]:
    return sorted(
        (i.name, v.year, v.dordt_west, v.dordrecht)
        for i in IndicatorService(store).indicators()
        for v in i.values
    )


def test_the_same_figures_as_csv_give_the_same_rows(tmp_path: Path):
    csv = tmp_path / "cijfers.csv"
    csv.write_text(
        ";".join(HEADER)
        + "\nWerkloosheid;2021;9,8;5,1;4,2;lager\nWerkloosheid;2022;8,1;4,2;;\n"
        + "Leefbaarometer;2022;3,9;4,1;;hoger\n",
        encoding="utf-8",
    )
    sheet = workbook(tmp_path / "cijfers.xlsx", [HEADER, *ROWS])
    from_csv, from_sheet = read_csv(csv), read_sheet_file(sheet)
    # Line numbers agree too: the header is line/row 1 in both.
    assert from_sheet == from_csv
    assert read_indicator_file(sheet) == from_csv


def test_import_sets_the_direction_of_a_new_indicator(store: Store, tmp_path: Path):
    summary = import_csv(store, workbook(tmp_path / "cijfers.xlsx", [HEADER, *ROWS]))
    assert summary.added == 3
    directions = {i.name: i.direction for i in IndicatorService(store).indicators()}
    assert directions == {
        "Werkloosheid": Direction.LOWER_IS_BETTER,
        "Leefbaarometer": Direction.HIGHER_IS_BETTER,
    }


def test_title_lines_above_the_header_are_skipped(tmp_path: Path):
    rows = [["Cijfers 2022"], [], HEADER, *ROWS]
    assert [r.line for r in read_sheet_file(workbook(tmp_path / "t.xlsx", rows))] == [4, 5, 6]


def test_the_sheet_named_indicatoren_is_read(tmp_path: Path):
    path = tmp_path / "twee.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Toelichting").write(0, 0, "Zie het andere blad")
    ws = book.add_worksheet("Indicatoren")
    for r, row in enumerate([HEADER, *ROWS]):
        for c, value in enumerate(row):
            if value is not None:
                ws.write(r, c, value)
    book.close()
    assert len(read_sheet_file(path)) == 3


def bad(tmp_path: Path, name: str, rows: list[list[Any]], **extra: Any) -> Path:
    return workbook(tmp_path / name, rows, **extra)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (
            lambda p: bad(p, "getal.xlsx", [HEADER, ["A", 2022, "veel", 4]]),
            ["getal.xlsx", "Werkblad 'Blad1', rij 2, kolom C", "'veel' is geen getal"],
        ),
        (
            lambda p: bad(p, "jaar.xlsx", [HEADER, ["A", 2022.5, 1, 4]]),
            ["rij 2, kolom B", "geen jaar"],
        ),
        (
            lambda p: bad(p, "richting.xlsx", [HEADER, ["A", 2022, 1, 4, None, "beter"]]),
            ["rij 2, kolom F", "richting"],
        ),
        (
            lambda p: bad(p, "kop.xlsx", [["indicator", "jaar", "dordt_west", "gemiddelde"]]),
            ["rij 1, kolom D", "onbekende kolom 'gemiddelde'"],
        ),
        (
            lambda p: bad(p, "dubbel.xlsx", [HEADER, ["A", 2022, 1, 4], ["a", 2022, 2, 4]]),
            ["rij 3, kolom B", "regel 2"],
        ),
        (
            lambda p: bad(
                p, "samengevoegd.xlsx", [HEADER, ["A", 2022, 1, 4]], merge=(2, 0, 2, 3, "x")
            ),
            ["samengevoegde cellen (A3:D3)"],
        ),
        (
            lambda p: bad(
                p, "formule.xlsx", [HEADER, ["A", 2022, None, 4]], formula=(1, 2, "=1+2", None, 3)
            ),
            ["cel C2", "formule", "waarden"],
        ),
        (lambda p: bad(p, "leeg.xlsx", []), ["werkblad 'Blad1' is leeg"]),
        (
            lambda p: bad(p, "leeg2.xlsx", [], more_sheets=["Blad2"]),
            ["is leeg", "eerste werkblad", "Indicatoren"],
        ),
        (lambda p: bad(p, "kaal.xlsx", [HEADER]), ["werkblad 'Blad1'", "geen cijfers"]),
    ],
)
def test_bad_workbooks_name_the_place_and_import_nothing(
    store: Store, tmp_path: Path, make: Any, words: list[str]
):
    before = values(store)
    with pytest.raises(ImportFileError) as raised:
        import_csv(store, make(tmp_path))
    for word in words:
        assert word in raised.value.message
    assert "niets geïmporteerd" in raised.value.message.lower()
    message = raised.value.message
    assert message.count("\n") == 0
    assert message.lower().count("werkblad '") <= 1 and message.count(".xlsx:") == 1
    assert values(store) == before


def test_a_csv_file_called_xlsx_is_refused(tmp_path: Path):
    path = tmp_path / "cijfers.xlsx"
    path.write_text(";".join(HEADER) + "\nA;2022;1;2;;\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"geen spreadsheet maar een tekstbestand.*\.csv"):
        read_sheet_file(path)


def test_a_password_protected_workbook_is_refused(tmp_path: Path):
    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = workbook(tmp_path / "open.xlsx", [HEADER, *ROWS])
    locked = tmp_path / "beveiligd.xlsx"
    with plain.open("rb") as source, locked.open("wb") as target:
        OOXMLFile(source).encrypt("geheim", target)
    assert msoffcrypto.OfficeFile(io.BytesIO(locked.read_bytes())).is_encrypted()
    with pytest.raises(ImportFileError, match="beveiligd met een wachtwoord"):
        read_sheet_file(locked)


def test_garbage_and_a_missing_file(tmp_path: Path):
    junk = tmp_path / "rommel.xlsx"
    junk.write_bytes(b"PK\x03\x04 dit is geen zip")
    with pytest.raises(ImportFileError, match="kan niet worden gelezen"):
        read_sheet_file(junk)
    with pytest.raises(ImportFileError, match="bestaat niet"):
        read_sheet_file(tmp_path / "weg.xlsx")


def test_the_exported_indicator_sheet_imports_back(store: Store, tmp_path: Path):
    import_csv(store, workbook(tmp_path / "cijfers.xlsx", [HEADER, *ROWS]))
    exported = export_workbook(store, out=tmp_path / "programma.xlsx")
    summary = import_csv(store, exported)
    assert (summary.added, summary.updated, summary.created) == (0, 3, ())


def test_the_command_line_imports_xlsx(capsys, db_path: Path, tmp_path: Path):
    path = workbook(tmp_path / "cijfers.xlsx", [HEADER, *ROWS])
    assert main(["--db", str(db_path), "import", "indicators", str(path)]) == 0
    assert "cijfers.xlsx" in capsys.readouterr().out
    broken = workbook(tmp_path / "fout.xlsx", [HEADER, ["A", 2022, "x", 4]])
    assert main(["--db", str(db_path), "import", "indicators", str(broken)]) == 1
    assert "rij 2, kolom C" in capsys.readouterr().err


def test_column_letters():
    assert [column_letter(n) for n in (0, 25, 26, 51, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AZ",
        "ZZ",
        "AAA",
    ]


cell_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=cell_text,
    dordt_west=cell_text
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.integers(-(10**16), 10**16),
)
def test_any_cell_content_is_read_or_refused_with_a_place(
    tmp_path: Path, name: str, dordt_west: Any
):
    path = workbook(
        tmp_path / "willekeurig.xlsx", [list(CSV_COLUMNS[:4]), [name, 2022, dordt_west, 1]]
    )
    try:
        rows = read_sheet_file(path)
    except ImportFileError as error:
        assert "Werkblad 'Blad1', rij" in error.message or "willekeurig.xlsx" in error.message
    else:
        assert rows[0].indicator == " ".join(name.split())


figures = st.lists(
    st.tuples(
        st.sampled_from(["Werkloosheid", "Leefbaarometer", "Veiligheidsindex", "Één & <twee>"]),
        st.integers(2000, 2040),
        st.decimals(-(10**6), 10**6, places=2, allow_nan=False, allow_infinity=False),
        st.decimals(-(10**6), 10**6, places=2, allow_nan=False, allow_infinity=False),
        st.sampled_from([None, "hoger", "lager"]),
    ),
    min_size=1,
    max_size=8,
    unique_by=lambda f: (f[0].casefold(), f[1]),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=figures)
def test_csv_and_xlsx_with_the_same_figures_read_alike(tmp_path: Path, rows: list[tuple]):
    """One set of rules: the same table as CSV and as workbook gives the same rows or the same refusal."""
    csv_lines = [";".join(HEADER)]
    sheet_rows: list[list[Any]] = [HEADER]
    for name, year, west, average, direction in rows:
        dutch = [str(v).replace(".", ",") for v in (west, average)]
        csv_lines.append(";".join([name, str(year), *dutch, "", direction or ""]))
        sheet_rows.append([name, year, float(west), float(average), None, direction])
    csv = tmp_path / "f.csv"
    csv.write_text("\n".join(csv_lines) + "\n", encoding="utf-8")
    xlsx = workbook(tmp_path / "f.xlsx", sheet_rows)
    try:
        expected = read_csv(csv)
    except ImportFileError as error:
        with pytest.raises(ImportFileError) as raised:
            read_sheet_file(xlsx)
        # Same problem, in the same row (a line of the CSV file is a row of the sheet).
        line = error.message.split(":")[1].split()[-1]
        assert f"rij {line}" in raised.value.message
    else:
        assert read_sheet_file(xlsx) == expected
