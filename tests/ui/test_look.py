"""Small screens and the window's look (issue 14, points 4 and 9)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QTableView, QToolBar, QWidget

from dordtwest_desktop.ui.dashboard.funding import x_limit
from tests.ui.test_meeting_support import make_window

SMALL = (1024, 700)


@pytest.fixture
def window(qtbot, store, tmp_path):
    main = make_window(qtbot, store, tmp_path)
    main.resize(*SMALL)
    qtbot.waitExposed(main)
    return main


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _cut_buttons(root: QWidget) -> list[str]:
    """Visible buttons narrower than their text needs (Qt elides or clips the text)."""
    return [
        f"{type(b).__name__} {b.text()!r}: {b.width()} < {b.sizeHint().width()}"
        for b in root.findChildren(QAbstractButton)
        if b.isVisible() and b.text() and b.width() < b.sizeHint().width()
    ]


def _hidden_toolbar_actions(root: QWidget) -> list[str]:
    """Toolbar entries pushed behind the » extension button."""
    hidden = []
    for toolbar in root.findChildren(QToolBar):
        if not toolbar.isVisible():
            continue
        for action in toolbar.actions():
            widget = toolbar.widgetForAction(action)
            if not action.isSeparator() and widget is not None and not widget.isVisible():
                hidden.append(action.iconText())
    return hidden


def _scrolled_tables(root: QWidget) -> list[str]:
    """Visible tables whose columns do not all fit: some are scrolled off to the side."""
    return [
        t.objectName()
        for t in root.findChildren(QTableView)
        if t.isVisible() and t.horizontalScrollBar().maximum() > 0
    ]


def _check(window, where: str) -> None:
    _settle()
    assert (window.width(), window.height()) == SMALL, where  # no view widened the window
    assert not _cut_buttons(window), (where, _cut_buttons(window))
    assert not _hidden_toolbar_actions(window), (where, _hidden_toolbar_actions(window))
    assert not _scrolled_tables(window), (where, _scrolled_tables(window))


def test_every_view_and_meeting_tab_holds_at_1024_by_700(window, qtbot):
    for key in window.views:
        window.show_view(key)
        _check(window, key)
    page = window.show_view("meetings").open_meeting(window.context.meetings.meetings()[-1].id)
    qtbot.waitExposed(page)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        _check(window, f"meeting tab {tab}")
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1]


def test_the_title_columns_take_the_room(window, qtbot):
    initiatives = window.show_view("initiatives")
    _settle()
    table = initiatives.table
    widths = [table.columnWidth(c) for c in range(initiatives.model.columnCount())]
    assert widths[0] == max(widths)  # the name, not the funders, gets the room
    page = window.show_view("meetings").open_meeting(window.context.meetings.meetings()[-1].id)
    qtbot.waitExposed(page)
    _settle()
    agenda = page.agenda.table
    shown = [c for c in range(agenda.model().columnCount()) if not agenda.isColumnHidden(c)]
    assert agenda.columnWidth(4) == max(agenda.columnWidth(c) for c in shown)
    assert agenda.isColumnHidden(1)  # the seeded meeting has no start time: no empty column


def test_the_window_names_programme_and_database(window, store):
    title = window.windowTitle()
    assert title.startswith("Nationaal Programma Dordt West – ")
    assert store.path.name in title
    assert title.endswith("Dordt West Alliantie")
    assert not window.windowIcon().isNull()
    assert all(not window.nav.item(n).icon().isNull() for n in range(window.nav.count()))


def test_an_empty_list_says_what_belongs_in_it_and_offers_the_first(window, qtbot, monkeypatch):
    view = window.show_view("goals")
    assert not view.empty.isVisible()
    view.set_rows([])
    assert view.empty.isVisible() and not view.table.isVisible()
    assert view.empty.hint.text().startswith("Nog geen doelen vastgelegd.")
    assert view.empty.button.text() == "Nieuw doel…"
    calls = []
    monkeypatch.setattr(view, "on_new", lambda: calls.append("new"))
    view.empty.button.click()
    assert calls == ["new"]
    view.reload()
    assert view.table.isVisible() and not view.empty.isVisible()


def test_amounts_fit_after_their_bars(window):
    dashboard = window.show_view("dashboard")
    _settle()
    for chart in (dashboard.funding.per_initiative, dashboard.funding.per_funder):
        box = chart.plot.getViewBox()
        right = box.sceneBoundingRect().right()
        labels = [i for i in chart.plot.items() if type(i).__name__ == "TextItem"]
        assert labels
        for label in labels:
            assert _right_end(box, label) <= right + 1, label.toPlainText()


def _right_end(box, label) -> float:
    """Where a TextItem (drawn at its own pixel size, anchored left) ends on screen."""
    return box.mapViewToScene(label.pos()).x() + label.boundingRect().width()


def test_the_axis_leaves_room_for_the_longest_label():
    # 100 and a 200-pixel label on a 400-pixel plot: the label needs half the axis.
    assert x_limit([(100.0, 200.0)], 400) == pytest.approx(200.0)
    assert x_limit([(100.0, 10.0), (80.0, 200.0)], 400) == pytest.approx(160.0)
    assert x_limit([(100.0, 390.0)], 400) == pytest.approx(300.0)  # too narrow: bars at a third
    assert x_limit([], 400) == pytest.approx(1.05)


def test_timeline_labels_never_overlap(window):
    dashboard = window.show_view("dashboard")
    _settle()
    chart = dashboard.timeline
    view = chart.plot.getViewBox()
    box = view.sceneBoundingRect()
    shown: dict[int, list[tuple[float, float]]] = {}
    for item, lane, _x, _width in chart._labels:
        if item.isVisible():
            left = view.mapViewToScene(item.pos()).x()
            shown.setdefault(lane, []).append((left, _right_end(view, item)))
    assert shown  # the seed's labels: at least one is shown
    for spans in shown.values():
        for left, right in spans:
            assert box.left() - 1 <= left and right <= box.right() + 1
        for first, second in pairwise(sorted(spans)):
            assert first[1] <= second[0] + 1


def test_an_empty_meeting_says_what_belongs_in_each_tab(window, qtbot):
    import uuid
    from datetime import date

    from dordtwest_desktop.domain.enums import Body
    from dordtwest_desktop.services.dto import MeetingDTO

    seeded_id = window.context.meetings.meetings()[-1].id
    meeting = MeetingDTO(id=uuid.uuid4(), body=Body.ALLIANCE, day=date(2027, 3, 4))
    window.context.meetings.save_meeting(meeting)
    page = window.show_view("meetings").open_meeting(meeting.id)
    for panel, place, hint in (
        (page.agenda, page.agenda.table_place, "Nog geen agendapunten"),
        (page.attendees, page.attendees.table_place, "Nog geen deelnemers"),
        (page.actions_panel, page.actions_panel.own_place, "Nog geen acties"),
    ):
        page.tabs.setCurrentWidget(panel)
        _settle()
        assert place.currentWidget() is place.empty, hint
        assert place.empty.hint.text().startswith(hint)
        assert place.empty.button.isVisible() and place.empty.button.isEnabled()
    # The seeded meeting has items: its agenda shows the table.
    seeded = window.show_view("meetings").open_meeting(seeded_id)
    assert seeded.agenda.table_place.currentWidget() is seeded.agenda.table


def test_dates_and_amounts_give_way_last_when_columns_must_shrink():
    from dordtwest_desktop.ui.views.base import share_columns

    # A date (0), the title (1) and three text columns in a window too narrow for all.
    natural = [115, 450, 125, 110, 240]
    widths = share_columns(natural, 1, 600, firm={0})
    assert widths[0] == 115  # the date whole
    assert all(w >= 80 for w in widths[2:]) and widths[4] < 240
    # Only when nothing else can give way does a firm column shrink, not below the floor.
    widths = share_columns(natural, 1, 300, firm={0})
    assert widths[0] < 115 and min(widths[0], *widths[2:]) >= 80
