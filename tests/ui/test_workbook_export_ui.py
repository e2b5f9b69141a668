"""*Exporteren naar Excel…*: a list view's rows as it shows them, typed, written off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton
from python_calamine import CalamineWorkbook

from dordtwest_desktop.domain.enums import MilestoneStatus
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.export.workbook import TITLE_ROWS
from dordtwest_desktop.store.database import Store
from dordtwest_desktop.ui import workbook_export
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.main_window import MainWindow
from dordtwest_desktop.ui.settings import Settings


@pytest.fixture
def window(qtbot, store: Store, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    main = MainWindow(AppContext.create(store, settings))
    qtbot.addWidget(main)
    main.resize(1300, 800)
    main.show()
    return main


def read(path: Path) -> list[list[object]]:
    with CalamineWorkbook.from_path(str(path)) as book:
        return book.get_sheet_by_index(0).to_python(skip_empty_area=False)


def shown(view, column: int) -> list[str]:
    proxy = view.proxy
    return [proxy.data(proxy.index(row, column)) for row in range(proxy.rowCount())]


def test_milestones_export_what_the_view_shows(window, qtbot, tmp_path: Path, monkeypatch):
    view = window.show_view("milestones")
    view.search.setText("consultatie")
    combo = view.findChild(type(view.initiative_filter), "filter_status")
    combo.setCurrentIndex(combo.findText(label(MilestoneStatus.PLANNED)))
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by title, Z first
    titles = shown(view, 1)
    assert 1 < len(titles) < view.model.rowCount()
    out = tmp_path / "mijlpalen.xlsx"
    monkeypatch.setattr(workbook_export, "ask_path", lambda *args: out)
    opened: list[str] = []
    monkeypatch.setattr(workbook_export, "offer_to_open", lambda parent, path: opened.append(path))
    button = view.findChild(QPushButton, "excel")
    assert button.text() == "Exporteren naar Excel…"
    job = view.export_to_excel()
    with qtbot.waitSignal(job.signals.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: opened == [str(out)])
    rows = read(out)
    assert rows[0][0] == "Nationaal Programma Dordt West"
    assert rows[TITLE_ROWS] == [
        "Datum",
        "Datum (sorteerdatum)",
        "Mijlpaal",
        "Status",
        "Besluit door",
        "Inspanning",
        "Regime",
    ]
    data = [r for r in rows[TITLE_ROWS + 1 :] if any(r)]
    assert [r[2] for r in data] == titles
    assert [r[0] for r in data] == shown(view, 0)
    assert all(isinstance(r[1], date) for r in data)


def test_initiative_amounts_are_numbers(window, qtbot, tmp_path: Path, monkeypatch):
    view = window.show_view("initiatives")
    sheet = workbook_export.view_sheet(view)
    granted = [r[6] for r in sheet.rows if r[6]]
    assert 430_000_000 in granted  # cents: € 4,3 miljoen for Preventie met Gezag


def test_menus_offer_both_exports(window, tmp_path: Path, monkeypatch, qtbot):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Li&jst exporteren naar Excel…" in texts
    assert "&Werkmap exporteren (Excel)…" in texts
    assert "I&ndicatoren importeren (CSV, Excel)…" in texts
    window.show_view("programme")
    assert window.export_list_excel() is None  # no list on screen: says so in the status bar
    assert "Open eerst een lijst" in window.statusBar().currentMessage()
    out = tmp_path / "openbaar.xlsx"
    monkeypatch.setattr(workbook_export, "ask_path", lambda *args: out)
    monkeypatch.setattr(workbook_export, "offer_to_open", lambda *args: None)
    job = workbook_export.export_programme(window.context, window, public=True)
    with qtbot.waitSignal(job.signals.finished, timeout=30_000):
        pass
    with CalamineWorkbook.from_path(str(out)) as book:
        assert book.sheet_names[0] == "Actiepunten" and len(book.sheet_names) == 6
