"""Shared set-up for the meeting UI tests (no tests here): a main window, table readers, PDFs."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfWriter
from PySide6.QtCore import QSettings

from dordtwest_desktop.store.database import Store
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.main_window import MainWindow
from dordtwest_desktop.ui.settings import Settings

USER = "Coördinator Dordt West"


def make_window(qtbot, store: Store, tmp_path: Path, user: str = USER) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.user_name = user
    main = MainWindow(AppContext.create(store, settings))
    qtbot.addWidget(main)
    main.resize(1400, 880)
    main.show()
    return main


def column(model, number: int) -> list[str]:
    return [model.data(model.index(row, number)) for row in range(model.rowCount())]


def titles(agenda) -> list[str]:
    return [s.item.title for s in agenda.model.rows()]


def write_pdf(path: Path, pages: int = 1) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def error_text(dialog, key: str) -> str:
    from PySide6.QtWidgets import QLabel

    label = dialog.findChild(QLabel, f"error_{key}")
    assert label is not None, key
    return label.text() if label.isVisible() else ""
