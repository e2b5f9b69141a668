"""Issue 14, point 5: errors show all at once, go away when corrected; owners are people."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.test_meeting_support import column, error_text, make_window


@pytest.fixture
def window(qtbot, store, tmp_path):
    return make_window(qtbot, store, tmp_path)


def shown_errors(dialog) -> dict[str, str]:
    return {
        label.objectName().removeprefix("error_"): label.text()
        for label in dialog.findChildren(QLabel)
        if label.objectName().startswith("error_") and label.isVisible()
    }


def test_every_wrong_field_shows_at_once_and_clears_when_edited(window, qtbot):
    dialog = window.show_view("milestones").on_new()
    dialog.accept()
    assert dialog.isVisible()
    assert shown_errors(dialog) == {
        "title": "De titel mag niet leeg zijn.",
        "due": "Vul een datum in.",
    }
    assert dialog.title_edit.hasFocus() or not dialog.isActiveWindow()

    qtbot.keyClicks(dialog.due, "31 februari 2024")
    assert shown_errors(dialog) == {"title": "De titel mag niet leeg zijn."}
    assert dialog.due.styleSheet() == ""
    dialog.accept()
    assert set(shown_errors(dialog)) == {"title", "due"}
    assert "'31 februari 2024' is geen datum" in error_text(dialog, "due")

    qtbot.keyClicks(dialog.title_edit, "Voorbeeldmijlpaal")
    assert set(shown_errors(dialog)) == {"due"}
    dialog.due.clear()
    qtbot.keyClicks(dialog.due, "medio 2025")
    assert shown_errors(dialog) == {}
    dialog.accept()
    assert not dialog.isVisible()


def test_a_meeting_form_names_date_and_both_times_together(window, qtbot):
    view = window.show_view("meetings")
    dialog = view.on_new()
    qtbot.keyClicks(dialog.start, "25 uur")
    qtbot.keyClicks(dialog.end, "later")
    dialog.accept()
    errors = shown_errors(dialog)
    assert set(errors) == {"day", "start_time", "end_time"}
    assert "'25 uur' is geen tijd" in errors["start_time"]


def test_funding_amounts_and_dates_are_refused_together(window, qtbot):
    from dordtwest_desktop.ui.dialogs.funding import FundingDialog

    dialog = FundingDialog(None, ("Rijk",), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.requested, "vier miljoen")
    qtbot.keyClicks(dialog.decision_date, "morgen")
    qtbot.keyClicks(dialog.period_end, "Q5 2024")
    dialog.accept()
    assert {"requested", "decision_date", "period_end"} <= set(shown_errors(dialog))


def test_an_owner_is_a_known_person_or_explicitly_new(window, qtbot):
    actions = window.show_view("actions")
    dialog = actions.on_new()
    owner = dialog.owner
    offered = [owner.combo.itemText(i) for i in range(owner.combo.count())]
    assert offered[0] == "(niemand)" and offered[-1] == "Nieuwe persoon…"
    assert not owner.new_name.isVisible()
    qtbot.keyClicks(dialog.description, "Voorbeeld: notitie rondsturen")

    # The accident: a date glued to a name is not a name.
    owner.choose_new("Sanne Bos1 februari 2027")
    assert owner.new_name.isVisible()
    dialog.accept()
    assert dialog.isVisible()
    assert "cijfers" in error_text(dialog, "owner")
    owner.new_name.clear()
    assert error_text(dialog, "owner") == ""
    dialog.accept()
    assert error_text(dialog, "owner") == "Typ de naam van de nieuwe persoon."

    qtbot.keyClicks(owner.new_name, "Sanne  Bos")
    dialog.due.setText("1 februari 2027")
    dialog.accept()
    assert not dialog.isVisible()
    assert column(actions.proxy, 2)[-1:] == ["Sanne Bos"] or "Sanne Bos" in column(actions.proxy, 2)

    # Next time she is known: offered in the list, chosen without typing.
    dialog = actions.on_new()
    names = [dialog.owner.combo.itemText(i) for i in range(dialog.owner.combo.count())]
    assert "Sanne Bos" in names
    dialog.owner.combo.setCurrentIndex(names.index("Sanne Bos"))
    assert dialog.owner.value("owner") == "Sanne Bos"
    dialog.reject()


def test_an_unknown_stored_owner_is_kept_when_the_action_is_edited(window, qtbot):
    from dordtwest_desktop.services.dto import ActionDTO
    from dordtwest_desktop.ui.meetings.actions import ActionDialog

    stored = ActionDTO(id=uuid.uuid4(), description="x", owner="Afdeling Wonen")
    dialog = ActionDialog(stored, (), ("Sanne Bos",), None, window)
    qtbot.addWidget(dialog)
    assert dialog.owner.combo.currentText() == "Afdeling Wonen"
    assert dialog.collect().owner == "Afdeling Wonen"


def test_the_owner_list_takes_keyboard_choice(window, qtbot):
    from dordtwest_desktop.ui.meetings.actions import ActionDialog

    dialog = ActionDialog(None, (), ("Sanne Bos", "Piet Jansen"), None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.owner.combo.setFocus()
    qtbot.keyClick(dialog.owner.combo, Qt.Key.Key_Down)
    assert dialog.owner.value("owner") in ("Piet Jansen", "Sanne Bos")


def test_no_meeting_date_is_a_request_not_a_quote(window, qtbot):
    view = window.show_view("meetings")
    dialog = view.on_new()
    dialog.accept()
    assert "''" not in error_text(dialog, "day")
    assert date.today()  # the dialog stays open with the form as typed
    assert dialog.isVisible()
