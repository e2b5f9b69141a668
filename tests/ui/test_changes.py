"""Change events carry what changed; views refresh only what they show and keep their place."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from dordtwest_desktop.domain.enums import GoalKind
from dordtwest_desktop.services.changes import Changes, Kind
from dordtwest_desktop.services.dto import GoalDTO
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.services.storage import open_store
from tests.ui.test_meeting_support import USER, make_window


@pytest.fixture
def window(qtbot, store, tmp_path):
    return make_window(qtbot, store, tmp_path)


def _heard(window) -> list[Changes]:
    heard: list[Changes] = []
    window.context.events.changed.connect(heard.append)
    return heard


def test_a_save_says_what_it_created_updated_and_deleted_and_who(window):
    context = window.context
    heard = _heard(window)
    goal = GoalDTO(id=uuid.uuid4(), kind=GoalKind.STRATEGIC, title="Voorbeelddoel")
    programme = context.programme
    context.ops.save("Doel", goal, programme.save_goal, programme.delete_goal)
    context.undo_stack.undo()
    context.undo_stack.redo()
    stored = next(g for g in programme.goals() if g.id == goal.id)
    context.ops.save(
        "Doel", replace(stored, title="Ander doel"), programme.save_goal, programme.delete_goal
    )
    assert [(c.kinds, c.created, c.updated, c.deleted) for c in heard] == [
        (frozenset({Kind.GOAL}), {goal.id}, set(), set()),
        (frozenset({Kind.GOAL}), set(), set(), {goal.id}),
        (frozenset({Kind.GOAL}), {goal.id}, set(), set()),
        (frozenset({Kind.GOAL}), set(), {goal.id}, set()),
    ]
    assert {c.by for c in heard} == {USER}


def test_a_view_looks_again_only_for_what_it_shows(window, monkeypatch):
    view = window.show_view("goals")
    reloads: list[int] = []
    monkeypatch.setattr(view, "reload", lambda: reloads.append(1))
    events = window.context.events
    events.announce(Changes.of({Kind.ACTION, Kind.INDICATOR}))
    events.announce(Changes.of({Kind.MEETING}))
    assert reloads == []
    events.announce(Changes.of({Kind.INITIATIVE}))  # the view names initiatives
    events.announce(Changes.of({Kind.GOAL}))
    assert reloads == [1, 1]


def test_a_refresh_keeps_the_selected_record_and_the_scroll(window, qtbot):
    window.resize(900, 420)
    view = window.show_view("goals")
    qtbot.waitExposed(window)
    # Selected near the top, then scrolled away from it: both stay as they are.
    view.table.selectRow(1)
    selected = view.current()
    bar = view.table.verticalScrollBar()
    assert bar.maximum() > 0, "the seed's goals fill more than the view"
    bar.setValue(bar.maximum())
    where = bar.value()
    window.context.events.announce(Changes.of({Kind.GOAL}))
    assert view.current().id == selected.id
    assert bar.value() == where


def test_a_change_made_in_another_window_arrives_through_the_same_path(window, db_path):
    view = window.show_view("goals")
    heard = _heard(window)
    assert not window.poll_elsewhere()
    other = open_store(db_path)
    try:
        goal = ProgrammeService(other).goals()[0]
        ProgrammeService(other).save_goal(replace(goal, title="Gewijzigd in het andere venster"))
    finally:
        other.close()
    assert window.poll_elsewhere()
    assert heard and heard[-1].by == "elsewhere" and heard[-1].touches({Kind.GOAL})
    titles = [view.model.record(r).title for r in range(view.model.rowCount())]
    assert "Gewijzigd in het andere venster" in titles
    # This window's own change is not mistaken for someone else's.
    mine = next(g for g in window.context.programme.goals() if g.id == goal.id)
    programme = window.context.programme
    window.context.ops.save(
        "Doel", replace(mine, title="Eigen wijziging"), programme.save_goal, programme.delete_goal
    )
    assert not window.poll_elsewhere()
