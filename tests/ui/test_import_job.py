"""Import data (JSON) in the window: on a pool thread, behind a progress dialog, cancellable."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QProgressDialog

from dordtwest_desktop.services.dto import InitiativeDTO
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store, open_store
from dordtwest_desktop.store.exchange import export_json
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.main_window import MainWindow
from dordtwest_desktop.ui.settings import Settings


@pytest.fixture
def window(qtbot, store: Store, tmp_path: Path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    main = MainWindow(AppContext.create(store, settings))
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def exchange_file(store: Store, tmp_path: Path) -> Path:
    """The window's programme with one initiative more (example data), as an exchange file."""
    source = open_store(tmp_path / "source.sqlite")
    try:
        ProgrammeService(source).save_initiative(
            InitiativeDTO(id=uuid.uuid4(), name="Voorbeeldinspanning uit een bestand (voorbeeld)")
        )
        export_json(source, tmp_path / "in.json")
    finally:
        source.close()
    return tmp_path / "in.json"


def _names(store: Store) -> list[str]:
    return [initiative.name for initiative in ProgrammeService(store).initiatives()]


def test_the_import_runs_behind_a_progress_dialog_and_refreshes(
    window: MainWindow, qtbot, store: Store, exchange_file: Path, monkeypatch
):
    monkeypatch.setattr(window, "_ask_path", lambda *_: exchange_file)
    window.context.undo_stack.setIndex(0)
    job = window.import_json()
    assert job is not None
    assert isinstance(job.progress_dialog, QProgressDialog)
    assert job.progress_dialog.objectName() == "import_progress"
    with qtbot.waitSignal(job.signals.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: "Voorbeeldinspanning uit een bestand (voorbeeld)" in _names(store))
    qtbot.waitUntil(lambda: "samengevoegd" in window.statusBar().currentMessage())
    assert sum(job.counts.values()) == sum(
        map(len, json.loads(exchange_file.read_text(encoding="utf-8"))["tables"].values())
    )


def test_a_cancelled_import_changes_nothing(
    window: MainWindow, qtbot, store: Store, exchange_file: Path, monkeypatch
):
    from dordtwest_desktop.ui import export_dialog

    before = _names(store)
    monkeypatch.setattr(window, "_ask_path", lambda *_: exchange_file)
    started: list[export_dialog.WriteJob] = []
    real_start = export_dialog.run_with_progress

    def start_cancelled(job, *args) -> None:
        job.cancel()  # as if Cancel were pressed before the first chunk was merged
        started.append(job)
        real_start(job, *args)

    monkeypatch.setattr(export_dialog, "run_with_progress", start_cancelled)
    job = window.import_json()
    assert job is started[0]
    with qtbot.waitSignal(job.signals.cancelled, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: "niets gewijzigd" in window.statusBar().currentMessage())
    assert _names(store) == before


def test_a_damaged_file_is_said_in_dutch(window: MainWindow, qtbot, tmp_path: Path, monkeypatch):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "dordtwest-exchange", "version": 1, "tables": {', "utf-8")
    monkeypatch.setattr(window, "_ask_path", lambda *_: broken)
    said: list[str] = []
    monkeypatch.setattr(
        "dordtwest_desktop.ui.main_window.QMessageBox.warning",
        lambda parent, title, message: said.append(message),
    )
    job = window.import_json()
    assert job is not None
    with qtbot.waitSignal(job.signals.failed, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: bool(said))
    assert "geen geldig uitwisselbestand" in said[0]


def test_the_export_runs_behind_a_progress_dialog(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch
):
    out = tmp_path / "alles.json"
    monkeypatch.setattr(window, "_ask_path", lambda *_: out)
    job = window.export_json()
    assert job is not None and job.progress_dialog.objectName() == "export_progress"
    with qtbot.waitSignal(job.signals.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: "geschreven" in window.statusBar().currentMessage())
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "dordtwest-exchange"


def test_a_cancelled_export_leaves_no_file(window: MainWindow, qtbot, tmp_path: Path, monkeypatch):
    from dordtwest_desktop.ui import export_dialog

    out = tmp_path / "alles.json"
    monkeypatch.setattr(window, "_ask_path", lambda *_: out)
    real_start = export_dialog.run_with_progress

    def start_cancelled(job, *args) -> None:
        job.cancel()
        real_start(job, *args)

    monkeypatch.setattr(export_dialog, "run_with_progress", start_cancelled)
    job = window.export_json()
    assert job is not None
    with qtbot.waitSignal(job.signals.cancelled, timeout=60_000):
        pass
    assert not out.exists() and not list(tmp_path.glob("*.json*"))
