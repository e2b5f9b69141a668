"""File → Export partner overview (PDF)…: organisation and confidential option in a small
dialog, drawn in the background like the progress report, the same PDF as `export partner`."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from dordtwest_desktop.store.database import Store
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.partner_dialog import PartnerDialog
from dordtwest_desktop.ui.settings import Settings
from tests.export.builders import example_meeting


def _context(store: Store, tmp_path: Path) -> AppContext:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.last_folder = str(tmp_path)
    return AppContext.create(store, settings)


def test_the_dialog_exports_a_confidential_overview(
    qtbot, store: Store, tmp_path: Path, monkeypatch
) -> None:
    example_meeting(store)
    dialog = PartnerDialog(_context(store, tmp_path))
    qtbot.addWidget(dialog)
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("Woonkracht10"))
    dialog.confidential.setChecked(True)
    assert Path(dialog.path.text()).name.startswith("partneroverzicht-woonkracht10-")
    assert dialog.path.text().endswith("-vertrouwelijk.pdf")
    shown: list[str] = []
    monkeypatch.setattr(
        "dordtwest_desktop.ui.partner_dialog.offer_to_open",
        lambda parent, path: shown.append(path),
    )
    dialog.start()
    assert dialog.job is not None
    with qtbot.waitSignal(dialog.job.signals.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: len(shown) == 1)
    pages = [p.extract_text() for p in PdfReader(shown[0]).pages]
    assert "Partneroverzicht Woonkracht10" in pages[0]
    assert all("VERTROUWELIJK" in page for page in pages)


def test_no_organisations_is_said_and_nothing_exported(qtbot, store: Store, tmp_path: Path) -> None:
    dialog = PartnerDialog(_context(store, tmp_path))  # the seed has no organisations
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()
    dialog.start()
    assert dialog.job is None
    assert "geen organisaties" in dialog.findChild(QLabel, "error_organisation").text()
    dialog.grab().save(str(tmp_path / "empty.png"))
