"""A change reloads the view on screen at once and the hidden ones when shown (issue 13)."""

from __future__ import annotations

import pytest

from tests.ui.test_meeting_support import make_window


@pytest.fixture
def window(qtbot, store, tmp_path):
    main = make_window(qtbot, store, tmp_path)
    qtbot.waitExposed(main)
    return main


def _counting(view, monkeypatch) -> list[int]:
    calls: list[int] = []
    original = view.reload
    monkeypatch.setattr(view, "reload", lambda: (calls.append(1), original())[1])
    return calls


def test_hidden_views_read_a_change_when_they_are_shown(window, qtbot, monkeypatch):
    keys = ("programme", "goals", "milestones", "actions")
    views = {key: window.show_view(key) for key in keys}
    calls = {key: _counting(view, monkeypatch) for key, view in views.items()}
    window.show_view("goals")
    window.context.events.everything_changed("test")
    assert {key: len(c) for key, c in calls.items()} == {
        "programme": 0,
        "goals": 1,
        "milestones": 0,
        "actions": 0,
    }
    # A second change while hidden still costs one read, at the show.
    window.context.events.everything_changed("test")
    window.show_view("milestones")
    assert len(calls["milestones"]) == 1
    window.show_view("milestones")  # already fresh: no read
    assert len(calls["milestones"]) == 1
    window.show_view("programme")
    assert len(calls["programme"]) == 1


def test_a_hidden_view_shows_what_changed_meanwhile(window, qtbot):
    from dataclasses import replace

    goals = window.show_view("goals")
    window.show_view("programme")
    programme = window.context.programme
    goal = programme.goals()[0]
    programme.save_goal(replace(goal, title="Voorbeeld: gewijzigd doel"))
    window.context.events.everything_changed("test")
    assert "Voorbeeld: gewijzigd doel" not in [r.title for r in goals.model.rows()]
    window.show_view("goals")
    assert "Voorbeeld: gewijzigd doel" in [r.title for r in goals.model.rows()]


def test_a_hidden_dashboard_reads_when_shown(window, qtbot, monkeypatch):
    dashboard = window.show_view("dashboard")
    window.show_view("goals")
    parts: list[set[str]] = []
    original = dashboard.refresh
    monkeypatch.setattr(dashboard, "refresh", lambda p: (parts.append(set(p)), original(p))[1])
    window.context.events.everything_changed("test")
    qtbot.wait(50)
    assert parts == []
    window.show_view("dashboard")
    qtbot.waitUntil(lambda: bool(parts), timeout=2000)
    assert "timeline" in parts[0]
