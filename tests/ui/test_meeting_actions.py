"""The action list (actielijst) and the meeting models under pytest-qt's model tester."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from dordtwest_desktop.domain.enums import ActionStatus, ItemKind
from tests.ui.test_meeting_support import column, error_text, make_window, write_pdf


@pytest.fixture
def window(qtbot, store, tmp_path):
    return make_window(qtbot, store, tmp_path)


def meeting_on(window, day: date):
    return next(m for m in window.context.meetings.meetings() if m.day == day)


def test_open_action_returns_at_the_next_meeting_of_the_body(window, qtbot, monkeypatch):
    stack = window.context.undo_stack
    actions = window.show_view("actions")
    dialog = actions.on_new()
    qtbot.keyClicks(dialog.description, "Voorbeeld: Planning wijkaanpak rondsturen")
    dialog.owner.choose_new("Voorbeeld: programmacoördinator")
    qtbot.keyClicks(dialog.due, "31 februari 2024")
    dialog.accept()
    assert "'31 februari 2024' is geen datum" in error_text(dialog, "due")
    dialog.due.clear()
    qtbot.keyClicks(dialog.due, "eind januari 2024")
    dialog.meeting.set_value(meeting_on(window, date(2023, 11, 23)).id)
    dialog.accept()
    assert not dialog.isVisible()
    assert column(actions.proxy, 1) == ["Voorbeeld: Planning wijkaanpak rondsturen"]
    assert column(actions.proxy, 0) == ["eind januari 2024"]
    assert column(actions.proxy, 3) == ["open (verlopen)"]
    assert column(actions.proxy, 4) == ["23 november 2023 – Alliantie Dordt West"]
    index = actions.proxy.index(0, 0)
    assert actions.proxy.data(index, Qt.ItemDataRole.BackgroundRole) is not None

    # It returns under the 8 February meeting of the same body, not under the council's.
    view = window.show_view("meetings")
    council = view.open_meeting(meeting_on(window, date(2023, 11, 28)).id)
    assert council.actions_panel.carried.rowCount() == 0
    page = view.open_meeting(meeting_on(window, date(2024, 2, 8)).id)
    assert column(page.actions_panel.carried, 1) == ["Voorbeeld: Planning wijkaanpak rondsturen"]

    # On the agenda: under "besluitenlijst en actielijst vorige vergadering".
    agenda = page.agenda
    dialog = agenda.new_item()
    dialog.kind.set_value(ItemKind.PREVIOUS_MINUTES)
    qtbot.keyClicks(dialog.title_edit, "Besluitenlijst en actielijst vorige vergadering")
    dialog.accept()
    agenda.select(agenda.model.rows()[-1].item.id)
    details = agenda.pane.browser.toPlainText()
    assert "Openstaande acties uit eerdere vergaderingen" in details
    assert "Voorbeeld: Planning wijkaanpak rondsturen" in details

    page.actions_panel.carried_table.selectRow(0)
    page.actions_panel.findChild(QPushButton, "done_carried").click()
    assert page.actions_panel.carried.rowCount() == 0
    assert window.context.meetings.actions()[0].status is ActionStatus.DONE
    stack.undo()
    assert page.actions_panel.carried.rowCount() == 1

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.show_view("actions")  # a hidden view reads the changes when it is shown again
    actions.select(window.context.meetings.actions()[0].id)
    actions.delete_button.click()
    assert actions.proxy.rowCount() == 0
    stack.undo()
    assert actions.proxy.rowCount() == 1


def test_action_list_filters_and_mark_done(window, qtbot):
    actions = window.show_view("actions")
    for text, due in (("Voorbeeld: verlopen", "maart 2024"), ("Voorbeeld: later", "2099")):
        dialog = actions.on_new()
        qtbot.keyClicks(dialog.description, text)
        qtbot.keyClicks(dialog.due, due)
        dialog.accept()
    assert column(actions.proxy, 1) == ["Voorbeeld: verlopen", "Voorbeeld: later"]
    actions.overdue_filter.setCurrentIndex(1)
    assert column(actions.proxy, 1) == ["Voorbeeld: verlopen"]
    actions.overdue_filter.setCurrentIndex(0)
    actions.select(actions.model.rows()[0].id)
    actions.done_button.click()
    actions.status_filter.set_value(ActionStatus.OPEN)
    assert column(actions.proxy, 1) == ["Voorbeeld: later"]
    actions.status_filter.set_value(ActionStatus.DONE)
    assert column(actions.proxy, 1) == ["Voorbeeld: verlopen"]
    assert column(actions.proxy, 3) == ["gereed"]
    window.context.undo_stack.undo()
    assert actions.proxy.rowCount() == 0


def test_meeting_models_pass_the_model_tester(window, qtbot, qtmodeltester, tmp_path):
    view = window.show_view("meetings")
    page = view.open_meeting(window.context.meetings.meetings()[-1].id)
    agenda = page.agenda
    for title in ("Voorbeeld: A", "Voorbeeld: B"):
        dialog = agenda.new_item()
        qtbot.keyClicks(dialog.title_edit, title)
        dialog.accept()
    agenda.pane.attachments.add_files([write_pdf(tmp_path / "bijlage.pdf")])
    remark = agenda.pane.annotations.add()
    remark.text.setPlainText("Voorbeeld: opmerking")
    remark.accept()
    attendee = page.attendees.add()
    attendee.person.setCurrentText("Voorbeeld: Gast")
    attendee.accept()
    action = page.actions_panel.new_action()
    action.description.setPlainText("Voorbeeld: actie")
    action.accept()
    models = [
        view.list.model,
        view.list.proxy,
        agenda.model,
        agenda.pane.attachments.model,
        agenda.pane.annotations.model,
        page.attendees.model,
        page.actions_panel.own,
        page.actions_panel.carried,
        window.views["actions"].model,
        window.views["actions"].proxy,
    ]
    for model in models:
        assert model.rowCount() > 0 or model is page.actions_panel.carried
        qtmodeltester.check(model)


def test_the_previous_minutes_name_the_most_pressing_carried_actions(window, qtbot):
    import uuid

    from dordtwest_desktop.domain.dates import PreciseDate
    from dordtwest_desktop.services.dto import ActionDTO
    from dordtwest_desktop.ui.meetings.item_pane import CARRIED_SHOWN

    earlier = meeting_on(window, date(2023, 11, 23)).id
    count = CARRIED_SHOWN + 12
    for n in range(count):  # the latest due first: the pane orders them itself
        window.context.meetings.save_action(
            ActionDTO(
                id=uuid.uuid4(),
                description=f"Voorbeeldactie {count - n:03}",
                due=PreciseDate.of_day(date.fromordinal(date(2024, 1, 1).toordinal() + count - n)),
                meeting_id=earlier,
            )
        )
    page = window.show_view("meetings").open_meeting(meeting_on(window, date(2024, 2, 8)).id)
    assert page.actions_panel.carried.rowCount() == count  # every one on the Actions tab
    dialog = page.agenda.new_item()
    dialog.kind.set_value(ItemKind.PREVIOUS_MINUTES)
    qtbot.keyClicks(dialog.title_edit, "Besluitenlijst en actielijst vorige vergadering")
    dialog.accept()
    page.agenda.select(page.agenda.model.rows()[-1].item.id)
    details = page.agenda.pane.browser.toPlainText()
    named = [f"Voorbeeldactie {n:03}" for n in range(1, count + 1)]
    assert all(name in details for name in named[:CARRIED_SHOWN])
    assert not any(name in details for name in named[CARRIED_SHOWN:])
    assert "…en nog 12 op het tabblad Acties." in details

    # Opening the meeting again draws the selected item once, not a second time after
    # the selection already drew it.
    drawn = []
    pane = page.agenda.pane
    original = pane.show_item
    pane.show_item = lambda *args: (drawn.append(args[1]), original(*args))  # type: ignore[method-assign]
    page.reload()
    assert len(drawn) == 1 and drawn[0] is page.agenda.current()
    assert page.agenda.pane.browser.toPlainText() == details
