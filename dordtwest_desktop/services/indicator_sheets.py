"""Indicator figures from a spreadsheet (.xlsx, .xlsm, .xls, .ods), read with python-calamine.

The rows go through the very rules of the CSV import (`domain.indicators.parse_table`):
same header, same checks, all or nothing. Only the place of a problem is said the
spreadsheet's way: sheet, row and column letter. What a CSV file cannot hold is
refused here first, each with one sentence: a file that is no workbook (a CSV file
renamed .xlsx), a password, formulas, merged cells, an empty sheet.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any
from xml.etree import ElementTree

from dordtwest_desktop.domain.errors import ImportFileError
from dordtwest_desktop.domain.indicators import Cell, CsvRow, parse_table
from dordtwest_desktop.i18n import tr

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
# The sheet read when a workbook has several: one with this name (any case), else the first.
SHEET_NAMES = ("indicatoren", "indicators")

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted .xlsx is an OLE container holding a stream of this name (UTF-16).
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: a column as the spreadsheet shows it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _fail(path: Path, message: str) -> ImportFileError:
    return ImportFileError(tr("{file}: {message}").format(file=path.name, message=message))


def read_sheet_file(path: Path) -> tuple[CsvRow, ...]:
    """The checked rows of a workbook's indicator sheet; nothing is stored here."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            head = stream.read(1 << 16)
            # An encrypted workbook's directory may sit anywhere in its container.
            if head.startswith(_OLE) and _ENCRYPTED not in head:
                head += stream.read()
    except FileNotFoundError as exc:
        raise ImportFileError(tr("The file '{path}' does not exist.").format(path=path)) from exc
    except OSError as exc:
        raise ImportFileError(
            tr("'{path}' cannot be read: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from exc
    _check_kind(path, head)
    sheet_name, rows, merged = _load(path)
    if merged:
        (top, left), (bottom, right) = merged[0]
        raise _fail(
            path,
            tr(
                "sheet '{sheet}' has merged cells ({first}:{last}); unmerge them so that every "
                "figure has a cell of its own. Nothing was imported."
            ).format(
                sheet=sheet_name,
                first=f"{column_letter(left)}{top + 1}",
                last=f"{column_letter(right)}{bottom + 1}",
            ),
        )
    formula = _first_formula(path, sheet_name) if head.startswith(_ZIP) else None
    if formula is not None:
        raise _fail(
            path,
            tr(
                "cell {cell} of sheet '{sheet}' holds a formula; import values only (copy the "
                "sheet and paste it as values). Nothing was imported."
            ).format(cell=formula, sheet=sheet_name),
        )
    return _parse(path, sheet_name, rows)


def _check_kind(path: Path, head: bytes) -> None:
    if not head:
        raise _fail(path, tr("The file is empty; nothing was imported."))
    if head.startswith(_OLE) and _ENCRYPTED in head:
        raise _password(path)
    if head.startswith((_ZIP, _OLE)):
        return
    if b"\x00" not in head[:4096]:
        raise _fail(
            path,
            tr(
                "this is not a spreadsheet but a text file (CSV?); give it the extension .csv "
                "and import it again. Nothing was imported."
            ),
        )
    raise _fail(path, tr("this is not a spreadsheet that the app can read. Nothing was imported."))


def _password(path: Path) -> ImportFileError:
    return _fail(
        path,
        tr(
            "the workbook is protected with a password; save a copy without password and "
            "import that. Nothing was imported."
        ),
    )


def _load(path: Path) -> tuple[str, list[list[Any]], list[tuple[tuple[int, int], tuple[int, int]]]]:
    """The chosen sheet's name, its cells from A1 on, and its merged ranges."""
    import python_calamine as calamine

    try:
        with calamine.CalamineWorkbook.from_path(str(path)) as workbook:
            names = workbook.sheet_names
            if not names:
                raise _fail(path, tr("the workbook has no sheets. Nothing was imported."))
            name = next((n for n in names if n.strip().casefold() in SHEET_NAMES), names[0])
            sheet = workbook.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)
            merged = list(sheet.merged_cell_ranges or [])
    except calamine.PasswordError as exc:
        raise _password(path) from exc
    except calamine.CalamineError as exc:
        raise _fail(
            path,
            tr("the workbook cannot be read ({reason}). Nothing was imported.").format(
                reason=str(exc).strip() or type(exc).__name__
            ),
        ) from exc
    if not any(any(not _empty(c) for c in row) for row in rows):
        said = [tr("sheet '{sheet}' is empty.").format(sheet=name)]
        if len(names) > 1:
            said.append(tr("Put the figures on the first sheet, or name their sheet Indicatoren."))
        said.append(tr("Nothing was imported."))
        raise _fail(path, " ".join(said))
    return name, rows, merged


def _empty(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _parse(path: Path, sheet: str, rows: Sequence[Sequence[Cell]]) -> tuple[CsvRow, ...]:
    made: list[ImportFileError] = []

    def fail(row: int, message: str, column: int | None) -> ImportFileError:
        if column is None:
            place = tr("Sheet '{sheet}', row {row}").format(sheet=sheet, row=row)
        else:
            place = tr("Sheet '{sheet}', row {row}, column {column}").format(
                sheet=sheet, row=row, column=column_letter(column)
            )
        error = _fail(
            path,
            tr("{place}: {message} Nothing was imported.").format(place=place, message=message),
        )
        made.append(error)
        return error

    # Title lines above the header (the app's own export puts the programme's name and
    # the time there) hold one cell at most; the header always holds four or more.
    start = 0
    while start < len(rows) and sum(not _empty(c) for c in rows[start]) <= 1:
        start += 1
    numbered = ((n + 1, rows[n]) for n in range(start, len(rows)))
    try:
        return parse_table(numbered, delimiter="\t", fail=fail)
    except ImportFileError as error:
        if error in made:
            raise
        # A problem of the whole table (no figures at all): name the sheet too.
        raise _fail(
            path, tr("sheet '{sheet}': {message}").format(sheet=sheet, message=error.message)
        ) from error


def _first_formula(path: Path, sheet: str) -> str | None:
    """The first cell (e.g. "C5") of the sheet that holds a formula; None when none does."""
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, sheet)
            if part is None:
                return None
            with archive.open(part) as stream:
                cell = ""
                for _event, element in ElementTree.iterparse(stream, events=("start",)):
                    if element.tag == f"{_MAIN}c":
                        cell = element.get("r", "")
                    elif element.tag == f"{_MAIN}f":
                        return cell or "?"
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError):
        return None  # not an Office Open XML package (.ods): calamine has read the values
    return None


def _sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The package part (xl/worksheets/sheetN.xml) of the sheet of that name."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    ident = next(
        (s.get(f"{_REL}id") for s in workbook.iter(f"{_MAIN}sheet") if s.get("name") == sheet),
        None,
    )
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next(
        (
            r.get("Target")
            for r in relations.iter(f"{_PACKAGE_REL}Relationship")
            if r.get("Id") == ident
        ),
        None,
    )
    if not target:
        return None
    if target.startswith("/"):
        return target.lstrip("/")
    return str(PurePosixPath("xl") / re.sub(r"^\./", "", target))
