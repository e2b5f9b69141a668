"""Vergadering → Publiceren voor raadsinformatiesysteem (ORI)…: a folder is chosen, the
export runs off the GUI thread, and what the command line refuses is asked here."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dordtwest_desktop.ui import ori_export
from tests.export.ori_schema import folder_errors
from tests.ui.test_meeting_support import make_window


@pytest.fixture
def page(qtbot, store, tmp_path):
    window = make_window(qtbot, store, tmp_path)
    qtbot.waitExposed(window)
    meetings = window.show_view("meetings")
    view = meetings.open_meeting(window.context.meetings.meetings()[-1].id)
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def answers(monkeypatch):
    """Records the questions asked and answers them from `answers.replies`."""

    @dataclasses.dataclass
    class Answers:
        folder: str = ""
        replies: list[bool] = dataclasses.field(default_factory=list)
        asked: list[str] = dataclasses.field(default_factory=list)
        warned: list[str] = dataclasses.field(default_factory=list)
        done: list[str] = dataclasses.field(default_factory=list)

    recorded = Answers()

    def question(parent, title, text, *args):
        recorded.asked.append(text)
        yes = recorded.replies.pop(0)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: recorded.folder)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text: recorded.warned.append(text))
    monkeypatch.setattr(
        ori_export, "offer_to_open_folder", lambda p, path: recorded.done.append(path)
    )
    return recorded


def test_the_meeting_menu_and_the_export_button_hold_the_entry(page):
    assert page.publish_action in page.menu_actions()
    assert page.publish_action in page.export_button.menu().actions()
    assert page.publish_action.text() == "&Publiceren voor raadsinformatiesysteem (ORI)…"
    assert page.publish_action.isEnabled()


def test_publishing_into_a_new_folder(qtbot, page, answers, tmp_path: Path):
    answers.folder = str(tmp_path / "raad")
    (tmp_path / "raad").mkdir()
    job = page.publish_ori()
    assert job is not None
    with qtbot.waitSignal(job.signals.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: answers.done == [str(tmp_path / "raad")])
    assert folder_errors(tmp_path / "raad") == []
    assert answers.asked == [] and answers.warned == []


def test_a_folder_with_other_files_gets_a_new_folder_inside_when_asked(
    qtbot, page, answers, tmp_path: Path
):
    documents = tmp_path / "documenten"
    documents.mkdir()
    (documents / "brief.txt").write_text("x")
    answers.folder = str(documents)
    answers.replies = [False]
    assert page.publish_ori() is None
    assert "bevat al andere bestanden" in answers.asked[0]
    assert [p.name for p in documents.iterdir()] == ["brief.txt"]
    answers.replies = [True]
    job = page.publish_ori()
    assert job is not None
    with qtbot.waitSignal(job.signals.finished, timeout=60_000):
        pass
    (made,) = [p for p in documents.iterdir() if p.is_dir()]
    assert made.name.startswith("ori-2024-02-08-")
    assert folder_errors(made) == []
    # Again: the new folder now holds an earlier export, replaced only when the user says so.
    answers.replies = [True, False]
    assert page.publish_ori() is None
    assert "eerdere export" in answers.asked[-1]


def test_a_file_for_a_folder_is_one_warning(page, answers, tmp_path: Path):
    a_file = tmp_path / "x.txt"
    a_file.write_text("x")
    answers.folder = str(a_file)
    assert page.publish_ori() is None
    assert answers.warned == [
        f"'{a_file}' is een bestand, geen map; kies een map om de export in te schrijven."
    ]


def test_a_cancelled_publication_leaves_no_folder(qtbot, page, tmp_path: Path):
    from PySide6.QtCore import QThreadPool

    from dordtwest_desktop.services.ori import prepare_ori

    prepared = prepare_ori(page.context.store, page.meeting_id)
    out = tmp_path / "afgebroken"
    job = ori_export.OriJob(prepared, out)
    job.cancel()
    with qtbot.waitSignal(job.signals.cancelled, timeout=30_000):
        QThreadPool.globalInstance().start(job)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
