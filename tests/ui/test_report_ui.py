"""File → Export progress report (PDF)…: period and draft in a small dialog, drawn in the
background with the export dialogs' progress, the same PDF as `export report`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from dordtwest_desktop.store.database import Store
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.main_window import MainWindow
from dordtwest_desktop.ui.report_dialog import ReportDialog, default_period
from dordtwest_desktop.ui.settings import Settings


@pytest.fixture
def context(store: Store, tmp_path: Path) -> AppContext:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.last_folder = str(tmp_path)
    return AppContext.create(store, settings)


def test_the_dialog_exports_the_report_in_the_background(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch
):
    dialog = ReportDialog(context)
    qtbot.addWidget(dialog)
    dialog.period.setText("2024")
    dialog.draft.setChecked(True)
    assert dialog.path.text() == str(tmp_path / "voortgangsrapportage-2024-concept.pdf")
    shown: list[str] = []
    monkeypatch.setattr(
        "dordtwest_desktop.ui.report_dialog.offer_to_open",
        lambda parent, path: shown.append(path),
    )
    dialog.start()
    assert dialog.job is not None
    with qtbot.waitSignal(dialog.job.signals.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: len(shown) == 1)
    first = PdfReader(shown[0]).pages[0].extract_text()
    assert "Voortgangsrapportage 2024" in first
    assert "Concept: deze versie is niet definitief." in first


@pytest.mark.parametrize("period", ["onbekend", "medio 2024", ""])
def test_a_bad_period_is_refused_at_its_field(qtbot, context: AppContext, period: str):
    dialog = ReportDialog(context)
    qtbot.addWidget(dialog)
    dialog.period.setText(period)
    dialog.start()
    assert dialog.job is None
    error = dialog.findChild(QLabel, "error_period")
    assert "2024, H1 2024 of Q3 2024" in error.text()
    assert not list(Path(context.settings.last_folder).glob("*.pdf"))


def test_the_period_proposed_and_the_name_follow_it(qtbot, context: AppContext, tmp_path: Path):
    assert default_period(date(2025, 2, 1)) == "2024"
    assert default_period(date(2025, 9, 1)) == "2025"
    dialog = ReportDialog(context)
    qtbot.addWidget(dialog)
    dialog.period.setText("Q3 2024")
    assert dialog.path.text().endswith("voortgangsrapportage-3de-kwartaal-2024.pdf")
    dialog.grab().save(str(tmp_path / "report_dialog.png"))


def test_the_file_menu_offers_it_beside_the_dashboard(qtbot, context: AppContext):
    window = MainWindow(context)
    qtbot.addWidget(window)
    actions = window.menuBar().actions()[0].menu().actions()
    texts = [a.text() for a in actions]
    here = texts.index("&Voortgangsrapportage exporteren (PDF)…")
    assert texts[here - 1] == "&Dashboard exporteren (PDF)…"
    dialog = window.export_report()
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    dialog.reject()
