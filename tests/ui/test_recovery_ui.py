"""Robustness as the user meets it: lock, crash dialog, a failed write, restore."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.services.dto import MilestoneDTO
from dordtwest_desktop.store.backup import list_backups, make_backup
from dordtwest_desktop.store.database import Store
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.main_window import MainWindow
from dordtwest_desktop.ui.settings import Settings
from dordtwest_desktop.ui.startup import lock_for

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, store: Store, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    main = MainWindow(AppContext.create(store, settings))
    qtbot.addWidget(main)
    main.show()
    return main


def test_second_instance_is_refused(db_path: Path):
    first = lock_for(db_path)
    assert first is not None
    code = (
        "import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
        "from pathlib import Path; from dordtwest_desktop.ui.startup import lock_for;"
        f"sys.exit(0 if lock_for(Path({str(db_path)!r})) is None else 3)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True)
    assert result.returncode == 0, result.stderr
    first.unlock()
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True)
    assert result.returncode == 3


def test_crash_dialog_names_the_log_file(qtbot, monkeypatch):
    from dordtwest_desktop.ui import app

    shown: dict[str, str] = {}

    def fake_exec(box):
        shown["text"] = box.text()
        shown["info"] = box.informativeText()
        shown["details"] = box.detailedText()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_path = app.setup_logging()
    app.install_crash_dialog(log_path)
    try:
        raise RuntimeError("kapot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert log_path in shown["info"]
    assert "RuntimeError: kapot" in shown["details"]
    assert "niet verwachtte" in shown["text"]
    assert "RuntimeError: kapot" in Path(log_path).read_text(encoding="utf-8")


def test_failed_write_keeps_the_form(window, qtbot, store: Store):
    view = window.show_view("milestones")
    dialog = view.on_new()
    qtbot.keyClicks(dialog.title_edit, "Blijft staan")
    qtbot.keyClicks(dialog.due, "eind 2030")

    @event.listens_for(store.engine, "connect")
    def _read_only(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA query_only = ON")

    store.engine.dispose()
    dialog.accept()
    assert dialog.isVisible()
    assert "niet opgeslagen" in dialog.general_error.text()
    assert dialog.title_edit.text() == "Blijft staan"
    assert dialog.due.text() == "eind 2030"


def test_restore_dialog_lists_and_restores(window, qtbot, store: Store, monkeypatch):
    from dordtwest_desktop.ui.dialogs.restore import RestoreDialog

    make_backup(store, "manual")
    extra = MilestoneDTO(id=uuid.uuid4(), title="Later toegevoegd", due=PreciseDate.parse("2031"))
    window.context.programme.save_milestone(extra)
    dialog = RestoreDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "handmatig gemaakt"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_selected()
    assert extra.id not in {x.id for x in window.context.programme.milestones()}
    view = window.views["milestones"]
    titles = [view.proxy.index(r, 1).data() for r in range(view.proxy.rowCount())]
    assert "Later toegevoegd" not in titles
    assert any(b.kind == "before-restore" for b in list_backups(store))


def test_read_only_window_shows_a_banner(qtbot, store: Store, db_path: Path, tmp_path):
    from PySide6.QtWidgets import QLabel

    from dordtwest_desktop.store.database import open_store

    reader = open_store(db_path, read_only=True)
    settings = Settings(QSettings(str(tmp_path / "r.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext.create(reader, settings))
    qtbot.addWidget(window)
    window.show()
    banner = window.findChild(QLabel, "read_only_banner")
    assert banner is not None and banner.isVisible()
    assert "Alleen-lezen" in banner.text()
    assert "alleen-lezen" in window.windowTitle()
    view = window.show_view("milestones")
    dialog = view.on_new()
    qtbot.keyClicks(dialog.title_edit, "Mag niet")
    qtbot.keyClicks(dialog.due, "2030")
    dialog.accept()
    assert dialog.isVisible() and "alleen-lezen" in dialog.general_error.text()
    window.close()
    reader.close()
