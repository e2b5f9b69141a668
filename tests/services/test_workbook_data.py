"""What `export xlsx` reads, on SQLite and PostgreSQL alike: every sheet, and the public rule."""

from __future__ import annotations

from datetime import date

from dordtwest_desktop.services.workbook import CellKind, workbook_data
from dordtwest_desktop.store.database import Store
from tests.export.builders import example_meeting


def test_every_sheet_and_nothing_confidential_in_public(store: Store):
    built = example_meeting(store)
    assert built.confidential is not None
    full = {s.key: s for s in workbook_data(store).sheets}
    public = {s.key: s for s in workbook_data(store, public=True).sheets}
    assert list(full) == [
        "Actions",
        "Milestones",
        "Funding",
        "Decisions",
        "Attendance",
        "Indicators",
    ]
    # Every value has the type its column says.
    for sheet in full.values():
        for row in sheet.rows:
            for column, value in zip(sheet.columns, row, strict=True):
                if value is None or value == "":
                    continue
                if column.kind is CellKind.DATE:
                    assert isinstance(value, date)
                elif column.kind in (CellKind.MONEY, CellKind.INTEGER):
                    assert isinstance(value, int)
                elif column.kind is CellKind.TEXT:
                    assert isinstance(value, str)
    secret_action = "Geheime actie over de grondaankoop"
    assert secret_action in {r[1] for r in full["Actions"].rows}
    assert secret_action not in {r[1] for r in public["Actions"].rows}
    assert len(public["Actions"].rows) == len(full["Actions"].rows) - 1
    assert {r[4] for r in full["Decisions"].rows} >= {built.confidential.title}
    assert built.confidential.title not in {r[4] for r in public["Decisions"].rows}
    assert len(public["Decisions"].columns) == len(full["Decisions"].columns) - 1
    assert len(full["Attendance"].rows) == 5
