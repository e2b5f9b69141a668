"""Several coordinators on one PostgreSQL database: changes arrive, conflicts ask, history shows.

The other coordinator is a separate Python process with its own connection, as
another laptop would be.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QTableWidget

from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.dialogs.conflict import Choice, ConflictDialog
from tests.ui.test_meeting_support import make_window


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def window(qtbot, store, tmp_path):
    return make_window(qtbot, store, tmp_path, user="Ahmed El Amrani")


def _other_coordinator(target, code: str, who: str = "Sanne Bos") -> None:
    script = textwrap.dedent(
        f"""
        from dataclasses import replace
        from dordtwest_desktop.store.database import open_store
        from dordtwest_desktop.services.programme import ProgrammeService
        store = open_store({str(target)!r})
        store.actor = {who!r}
        programme = ProgrammeService(store)
        """
    ) + textwrap.dedent(code)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


def _titles(view) -> list[str]:
    return [view.model.record(r).title for r in range(view.model.rowCount())]


def test_another_coordinators_change_appears_with_their_name(window, store_target, qtbot):
    view = window.show_view("goals")
    goal = window.context.programme.goals()[0]
    assert not window.poll_elsewhere()
    _other_coordinator(
        store_target,
        f"""
        goal = next(g for g in programme.goals() if str(g.id) == {str(goal.id)!r})
        programme.save_goal(replace(goal, title="Door Sanne gewijzigd (voorbeeld)"))
        """,
    )
    qtbot.waitUntil(window.poll_elsewhere, timeout=2000)
    assert "Door Sanne gewijzigd (voorbeeld)" in _titles(view)
    assert window.updated_label.text().startswith("Bijgewerkt door Sanne Bos, ")
    # This window's own change is not someone else's.
    mine = next(g for g in window.context.programme.goals() if g.id == goal.id)
    programme = window.context.programme
    window.context.ops.save(
        "Doel", replace(mine, title="Eigen wijziging"), programme.save_goal, programme.delete_goal
    )
    qtbot.wait(200)
    assert not window.poll_elsewhere()


def test_the_second_save_asks_shows_who_and_keeps_the_typed_text(window, store_target, monkeypatch):
    view = window.show_view("goals")
    dialog = view.on_edit(window.context.programme.goals()[0])
    goal = dialog.original
    _other_coordinator(
        store_target,
        f"""
        goal = next(g for g in programme.goals() if str(g.id) == {str(goal.id)!r})
        programme.save_goal(replace(goal, title="Titel van Sanne (voorbeeld)"))
        """,
    )
    dialog.title_edit.setText("Mijn titel (voorbeeld)")
    seen: list[ConflictDialog] = []

    def ask(self, conflict):
        seen.append(conflict)
        return Choice.CANCEL

    monkeypatch.setattr(EditDialog, "ask", ask)
    dialog.accept()
    assert len(seen) == 1
    who = seen[0].findChild(object, "conflict_who")
    assert who is not None and "gewijzigd door Sanne Bos" in who.text()
    table = seen[0].findChild(QTableWidget, "conflict_table")
    cells = [table.item(0, c).text() for c in range(3)]
    assert cells[1:] == ["Titel van Sanne (voorbeeld)", "Mijn titel (voorbeeld)"]
    # Cancel: back in the editor with the typed text, nothing stored over theirs.
    assert dialog.isVisible() and dialog.title_edit.text() == "Mijn titel (voorbeeld)"
    stored = next(g for g in window.context.programme.goals() if g.id == goal.id)
    assert stored.title == "Titel van Sanne (voorbeeld)"
    dialog.reject()


def test_a_records_dialog_lists_its_history(window, store):
    programme = ProgrammeService(store)
    goal = programme.goals()[0]
    store.actor = "Sanne Bos"
    programme.save_goal(replace(goal, title="Nieuwe titel (voorbeeld)"))
    view = window.show_view("goals")
    view.select(goal.id)
    dialog = view.on_edit(view.current())
    tabs = dialog.history_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["&Gegevens", "Gesc&hiedenis"]
    table = dialog.findChild(QTableWidget, "history_table")
    row_cells = [table.item(0, c).text() for c in range(5)]
    assert row_cells[1:] == ["Sanne Bos", "Titel", goal.title, "Nieuwe titel (voorbeeld)"]
    dialog.reject()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_server_that_goes_away_is_said_once_and_the_window_goes_on(
    window, pg_cluster, store, backend
):
    from sqlalchemy.engine import make_url

    database = make_url(store.url).database
    pg_cluster.admin(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{database}' AND pid <> pg_backend_pid()"
    )
    assert not window.poll_elsewhere()
    said = window.updated_label.text()
    assert said.startswith("Geen verbinding met de server")
    # Back: one refresh (what happened meanwhile is unknown), and it says so.
    assert window.poll_elsewhere()
    assert window.change_watch.connected
    assert window.updated_label.text() == "Verbinding met de server hersteld"
    goal = window.context.programme.goals()[0]
    programme = window.context.programme
    window.context.ops.save(
        "Doel",
        replace(goal, title="Na de onderbreking"),
        programme.save_goal,
        programme.delete_goal,
    )
    assert next(g for g in programme.goals() if g.id == goal.id).title == "Na de onderbreking"


def test_deleting_what_someone_else_just_changed_asks_first(window, store_target, monkeypatch):
    view = window.show_view("goals")
    goal = view.model.record(0)
    _other_coordinator(
        store_target,
        f"""
        goal = next(g for g in programme.goals() if str(g.id) == {str(goal.id)!r})
        programme.save_goal(replace(goal, description="Net aangevuld door Sanne (voorbeeld)"))
        """,
    )
    asked: list[str] = []

    def ask_delete(question: str):
        from PySide6.QtWidgets import QMessageBox

        asked.append(question)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(view, "ask_delete", ask_delete)
    view.on_delete(goal)  # the list has not refreshed yet: it shows the old version
    assert asked and asked[0].startswith(f"Sanne Bos heeft '{goal.title}' gewijzigd op ")
    assert goal.id in {g.id for g in window.context.programme.goals()}
    # A record nobody else touched is asked about plainly.
    asked.clear()
    window.poll_elsewhere()
    view.on_delete(view.model.record(1))
    assert asked and asked[0].startswith("'") and "gewijzigd" not in asked[0]


def test_a_change_elsewhere_refreshes_only_the_views_that_show_it(window, store_target, qtbot):
    from dordtwest_desktop.services.changes import Kind

    heard = []
    window.context.events.changed.connect(heard.append)
    goal = window.context.programme.goals()[0]
    _other_coordinator(
        store_target,
        f"""
        goal = next(g for g in programme.goals() if str(g.id) == {str(goal.id)!r})
        programme.save_goal(replace(goal, title="Alleen doelen (voorbeeld)"))
        """,
    )
    qtbot.waitUntil(window.poll_elsewhere, timeout=2000)
    assert heard[-1].kinds == frozenset({Kind.GOAL}) and heard[-1].by == "elsewhere"
    # An import writes in bulk: the tables it wrote are still named.
    _other_coordinator(
        store_target,
        """
        import json, tempfile, pathlib
        from dordtwest_desktop.store.exchange import export_json, import_json
        out = pathlib.Path(tempfile.mkdtemp()) / "x.json"
        export_json(store, out)
        data = json.loads(out.read_text())
        data["tables"]["milestone"][0]["title"] = "Uit een import (voorbeeld)"
        out.write_text(json.dumps(data))
        import_json(store, out)
        """,
    )
    qtbot.waitUntil(window.poll_elsewhere, timeout=2000)
    assert Kind.MILESTONE in heard[-1].kinds


def test_two_coordinators_edit_the_same_initiative(
    qtbot, store, store_target, tmp_path, monkeypatch
):
    """Two windows, each with its own connection: the second save asks, its text survives,
    and the first window shows the second's change without a restart."""
    from dordtwest_desktop.store.database import open_store

    other_store = open_store(store_target)
    try:
        sanne = make_window(qtbot, store, tmp_path / "sanne", user="Sanne Bos")
        ahmed = make_window(qtbot, other_store, tmp_path / "ahmed", user="Ahmed El Amrani")
        initiative = sanne.context.programme.initiatives()[0]
        mine = sanne.show_view("initiatives").on_edit(initiative)
        theirs = ahmed.show_view("initiatives").on_edit(initiative)
        mine.responsible.setText("Gemeente Dordrecht (voorbeeld Sanne)")
        mine.accept()
        assert not mine.isVisible()
        theirs.responsible.setText("Stichting (voorbeeld Ahmed)")
        seen: list[ConflictDialog] = []

        def ask(self, conflict):
            seen.append(conflict)
            return Choice.MINE

        monkeypatch.setattr(EditDialog, "ask", ask)
        theirs.accept()
        assert (
            seen and "gewijzigd door Sanne Bos" in seen[0].findChild(object, "conflict_who").text()
        )
        stored = next(i for i in sanne.context.programme.initiatives() if i.id == initiative.id)
        assert stored.responsible == "Stichting (voorbeeld Ahmed)"
        # Sanne's window shows Ahmed's change without a restart, and says who made it.
        qtbot.waitUntil(sanne.poll_elsewhere, timeout=2000)
        view = sanne.views["initiatives"]
        shown = next(
            view.model.record(r)
            for r in range(view.model.rowCount())
            if view.model.record(r).id == initiative.id
        )
        assert shown.version == stored.version  # the list read the changed record again
        assert sanne.updated_label.text().startswith("Bijgewerkt door Ahmed El Amrani")
    finally:
        other_store.close()


def test_deleting_an_agenda_item_someone_else_changed_asks_first(window, store_target, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    view = window.show_view("meetings")
    meeting_id = window.context.meetings.meetings()[-1].id
    page = view.open_meeting(meeting_id)
    page.agenda.table.selectRow(0)
    item = page.agenda.current().item
    script = f"""
        from dordtwest_desktop.services.meetings import MeetingService
        meetings = MeetingService(store)
        detail = meetings.detail(meetings.meetings()[-1].id)
        item = next(s.item for s in detail.agenda if str(s.item.id) == {str(item.id)!r})
        meetings.save_item(replace(item, title="Door Sanne aangepast (voorbeeld)"))
        """
    _other_coordinator(store_target, script)
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    page.agenda.delete_current()
    assert asked and asked[0].startswith(f"Sanne Bos heeft '{item.title}' gewijzigd op ")
    detail = window.context.meetings.detail(meeting_id)
    assert item.id in {s.item.id for s in detail.agenda}
