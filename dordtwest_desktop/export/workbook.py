"""The spreadsheet (.xlsx) of `export xlsx` and of a list view's *Exporteren naar Excel…*.

A pure function of services.workbook's plain tables, written with XlsxWriter:
every value in a cell of its own type (dates as dates in a Dutch format, amounts
as numbers in euros, a vague date as its words plus a real date to sort by), each
sheet one Excel table with its autofilter, the header row frozen, the programme's
name and the export time above the table and in the printed page header.

Text is always written as text (`write_string`), never through XlsxWriter's guessing
`write()`: "=SUM(A1)" typed in a remark stays those characters, not a formula.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dordtwest_desktop.domain.dates import format_long_date
from dordtwest_desktop.files import atomic_output
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.common import no_collection
from dordtwest_desktop.services.documents import Cancelled, ExportCancelled, Progress
from dordtwest_desktop.services.workbook import (
    CellKind,
    Sheet,
    SheetColumn,
    WorkbookData,
)

TITLE_ROWS = 3  # programme name, export time (and public note), an empty line
MAX_TEXT = 32767  # Excel's limit of characters in a cell
# Dutch formats; Excel shows the separators of the reader's own locale.
DATE_FORMAT = "d-m-yyyy"
DATETIME_FORMAT = "d-m-yyyy hh:mm"
MONEY_FORMAT = "[$€-413] #,##0.00;[$€-413] -#,##0.00"
# Characters of width per kind; text columns are measured.
FIXED_WIDTHS = {
    CellKind.DATE: 12,
    CellKind.DATETIME: 17,
    CellKind.MONEY: 18,
    CellKind.NUMBER: 12,
    CellKind.INTEGER: 9,
}
MIN_WIDTH, MAX_WIDTH = 8, 60
MEASURED_ROWS = 2000  # text widths are measured on the first rows only: enough, and fast
PROGRESS_STEP = 2000


def write_workbook(
    data: WorkbookData,
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write the workbook whole or not at all (a `.part` file renamed when done)."""
    import xlsxwriter

    total = sum(len(s.rows) for s in data.sheets) or 1
    done = 0
    with no_collection(), atomic_output(Path(out)) as temporary:
        book = xlsxwriter.Workbook(
            str(temporary),
            {
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
                "remove_timezone": True,
            },
        )
        try:
            book.set_properties(
                {
                    "title": data.programme,
                    "company": data.programme,
                    "created": data.exported_at,
                    "comments": _exported(data),
                }
            )
            formats = _Formats(book)
            used: set[str] = set()
            for sheet in data.sheets:
                step = _stepper(progress, cancelled, done, total)
                _write_sheet(book, formats, sheet, data, _unique(sheet.key, used), step)
                done += len(sheet.rows)
            if progress is not None:
                progress(total, total)
        finally:
            book.close()
    return Path(out)


def _stepper(
    progress: Progress | None, cancelled: Cancelled | None, done: int, total: int
) -> Callable[[int], None]:
    """Reports rows written so far (after `done` of earlier sheets); stops when cancelled."""

    def step(rows: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled
        if progress is not None:
            progress(done + rows, total)

    return step


def _unique(key: str, used: set[str]) -> str:
    name, n = key, 1
    while name.casefold() in used:
        n += 1
        name = f"{key}{n}"
    used.add(name.casefold())
    return name


def _exported(data: WorkbookData) -> str:
    at = data.exported_at
    text = tr("Exported on {day} at {time}").format(
        day=format_long_date(at.date()), time=at.strftime("%H:%M")
    )
    if data.public:
        text += " · " + tr("public version: without confidential items")
    return text


class _Formats:
    def __init__(self, book: Any) -> None:
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.note = book.add_format({"italic": True, "font_color": "#555555"})
        # The table style colours the header in Excel; other programs (LibreOffice) need
        # the cells' own format to show it apart.
        self.header = book.add_format(
            {"bold": True, "bg_color": "#DCE6F1", "bottom": 1, "text_wrap": False}
        )
        self.by_kind = {
            CellKind.DATE: book.add_format({"num_format": DATE_FORMAT, "align": "left"}),
            CellKind.DATETIME: book.add_format({"num_format": DATETIME_FORMAT, "align": "left"}),
            CellKind.MONEY: book.add_format({"num_format": MONEY_FORMAT}),
            # General: 6 shows as 6 and 9,8 as 9,8 ("#,##0.###" would show "6,").
            CellKind.NUMBER: None,
            CellKind.INTEGER: book.add_format({"num_format": "0"}),
            CellKind.TEXT: None,
        }


def _layout(columns: Sequence[SheetColumn]) -> list[tuple[str, CellKind, int]]:
    """The written columns: (header, kind, index of the value); a vague date takes two."""
    written: list[tuple[str, CellKind, int]] = []
    for index, column in enumerate(columns):
        if column.kind is CellKind.VAGUE_DATE:
            written.append((column.header, CellKind.TEXT, index))
            sortable = tr("{column} (sort date)").format(column=column.header)
            written.append((sortable, CellKind.DATE, index))
        else:
            written.append((column.header, column.kind, index))
    # A table's headers must be distinct and not empty.
    seen: set[str] = set()
    unique = []
    for header, kind, index in written:
        name, n = header.strip() or tr("Column"), 1
        while name.casefold() in seen:
            n += 1
            name = f"{header.strip() or tr('Column')} {n}"
        seen.add(name.casefold())
        unique.append((name[:255], kind, index))
    return unique


def _sheet_name(name: str, used: Sequence[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\ and unique.
    clean = "".join(" " if c in "[]:*?/\\" else c for c in name).strip("' ")[:31] or "Blad"
    candidate, n = clean, 1
    while candidate.casefold() in (u.casefold() for u in used):
        n += 1
        suffix = f" ({n})"
        candidate = clean[: 31 - len(suffix)] + suffix
    return candidate


def _write_sheet(
    book: Any,
    formats: _Formats,
    sheet: Sheet,
    data: WorkbookData,
    table_name: str,
    step: Callable[[int], None],
) -> None:
    ws = book.add_worksheet(_sheet_name(sheet.name, [w.name for w in book.worksheets()]))
    layout = _layout(sheet.columns)
    ws.write_string(0, 0, data.programme[:MAX_TEXT], formats.title)
    ws.write_string(1, 0, _exported(data), formats.note)
    header_row = TITLE_ROWS
    first = header_row + 1
    # An Excel table needs a data row, even an empty one.
    last = header_row + max(len(sheet.rows), 1)
    ws.add_table(
        header_row,
        0,
        last,
        len(layout) - 1,
        {
            "name": f"T_{table_name}",
            "style": "Table Style Light 9",
            "columns": [
                {"header": header, "format": formats.by_kind[kind], "header_format": formats.header}
                for header, kind, _index in layout
            ],
        },
    )
    write_string, write_number = ws.write_string, ws.write_number
    # A date cell is its serial number in a date format; the few thousand distinct days
    # are converted once (XlsxWriter's write_datetime converts each cell anew).
    serials: dict[Any, float] = {}
    words: dict[Any, str] = {}
    by_kind = formats.by_kind
    plan = [(col, kind, index, by_kind[kind]) for col, (_h, kind, index) in enumerate(layout)]
    for offset, values in enumerate(sheet.rows):
        row = first + offset
        if offset % PROGRESS_STEP == 0:
            step(offset)
        for col, kind, index, style in plan:
            value = values[index]
            if value is None or value == "":
                continue
            if kind is CellKind.TEXT:
                if not isinstance(value, str):  # a vague date's words, made once per value
                    text = words.get(value)
                    if text is None:
                        text = words[value] = _words(value)
                    value = text
                write_string(
                    row, col, value if len(value) <= MAX_TEXT else value[: MAX_TEXT - 1] + "…"
                )
            elif kind is CellKind.DATE:
                # A vague date sorts by its first day ("eind 2023": 1 oktober 2023).
                serial = serials.get(value)
                if serial is None:
                    day = value if isinstance(value, date) else value.first_day()
                    serial = serials[value] = _serial(day)
                write_number(row, col, serial, style)
            elif kind is CellKind.MONEY:
                write_number(row, col, value / 100, style)
            elif kind is CellKind.DATETIME:
                write_number(row, col, _serial(value), style)
            else:
                write_number(row, col, value, style)
    _set_widths(ws, layout, sheet.rows)
    ws.freeze_panes(first, 0)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(header_row)
    ws.set_header(
        "&L" + _escape_header(data.programme) + "&R" + _escape_header(_exported(data)),
        {"margin": 0.3},
    )
    ws.set_footer("&C" + _escape_header(tr("page {page} of {pages}")).format(page="&P", pages="&N"))


_EPOCH = datetime(1899, 12, 30)  # Excel's day 0 (in its 1900 date system)


def _serial(value: date) -> float:
    """Excel's serial number of a day or a moment (days since its epoch)."""
    if isinstance(value, datetime):
        delta = value.replace(tzinfo=None) - _EPOCH
        return delta.days + delta.seconds / 86400
    return float((value - _EPOCH.date()).days)


def _words(value: Any) -> str:
    """A vague date's words ("1ste kwartaal 2024"); any other value as text."""
    render = getattr(value, "render", None)
    return render() if callable(render) else str(value)


def _escape_header(text: str) -> str:
    # "&" starts a control code in Excel's header and footer; "&&" prints one.
    return text.replace("&", "&&")[:200]


def _set_widths(
    ws: Any, layout: Sequence[tuple[str, CellKind, int]], rows: Sequence[Sequence[Any]]
) -> None:
    sample = rows[:MEASURED_ROWS]
    for col, (header, kind, index) in enumerate(layout):
        width = FIXED_WIDTHS.get(kind)
        if width is None:
            longest = 0
            for values in sample:
                value = values[index]
                if value is None:
                    continue
                text = value if isinstance(value, str) else _words(value)
                longest = max(longest, max((len(line) for line in text.splitlines()), default=0))
            width = longest + 2
        # Room for the header and its filter button.
        width = max(width, len(header) + 4, MIN_WIDTH)
        ws.set_column(col, col, min(width, MAX_WIDTH))
