"""Regimes in the GUI: assign SiSa in the funding line dialog, edit regimes, see the deadlines."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from dordtwest_desktop.domain.enums import MilestoneKind, MomentRule
from dordtwest_desktop.store.database import Store
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dialogs.milestone import MilestoneDialog
from dordtwest_desktop.ui.dialogs.regimes import RegimeDialog, RegimesDialog
from dordtwest_desktop.ui.main_window import MainWindow
from dordtwest_desktop.ui.settings import Settings
from dordtwest_desktop.ui.views.initiatives import open_initiative

SISA = [f"SiSa-verantwoording {y}" for y in range(2023, 2027)]


@pytest.fixture
def window(qtbot, store: Store, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    main = MainWindow(AppContext.create(store, settings))
    qtbot.addWidget(main)
    main.resize(1300, 950)
    main.show()
    return main


def reports(context: AppContext) -> list[str]:
    return [
        x.title for x in context.programme.milestones() if x.kind is MilestoneKind.ACCOUNTABILITY
    ]


def timeline_titles(window: MainWindow) -> set[str]:
    dashboard = window.views["dashboard"]
    return {m.title for m in dashboard.timeline.marks()}


def open_pmg_funding(window: MainWindow):
    context = window.context
    pmg = next(i for i in context.programme.initiatives() if i.name == "Preventie met Gezag")
    dialog = open_initiative(context, pmg, window)
    funding = dialog.edit_funding(0)
    assert funding is not None
    return dialog, funding


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_a_user_assigns_sisa_and_sees_four_milestones_on_the_timeline(qtbot, window):
    context = window.context
    window.show_view("dashboard")
    dialog, funding = open_pmg_funding(window)
    choose(funding.regime, "SiSa (sjabloon)")
    # The dialog says what will come, before anything is stored.
    assert "SiSa-verantwoording 2026: 15 juli 2027" in funding.plan_note.text()
    assert "sjabloon" in funding.plan_note.text()
    funding.accept()
    assert not funding.isVisible()
    dialog.accept()
    assert not dialog.isVisible()
    assert reports(context) == SISA
    qtbot.waitUntil(lambda: set(SISA) <= timeline_titles(window), timeout=20000)
    marks = [m for m in window.views["dashboard"].timeline.marks() if m.title in SISA]
    assert all(m.is_report for m in marks)

    context.undo_stack.undo()  # the whole assignment is one step
    assert reports(context) == []
    qtbot.waitUntil(lambda: not set(SISA) & timeline_titles(window), timeout=20000)
    context.undo_stack.redo()
    assert reports(context) == SISA


@pytest.mark.parametrize(
    ("field", "text", "where", "words"),
    [
        ("period_end", "onbekend", "period_end", "'onbekend' is geen datum"),
        ("period_end", "", "regime", "bestedingsperiode"),
        ("period_start", "", "regime", "bestedingsperiode"),
    ],
)
def test_a_period_the_regime_cannot_use_is_said_at_its_field(
    qtbot, window, field, text, where, words
):
    dialog, funding = open_pmg_funding(window)
    choose(funding.regime, "SiSa (sjabloon)")
    getattr(funding, field).setText(text)
    assert words in funding.plan_note.text()
    funding.accept()
    assert funding.isVisible()
    error = funding.findChild(QLabel, f"error_{where}")
    assert error is not None and words in error.text()
    funding.reject()
    dialog.reject()
    assert reports(window.context) == []


def test_the_regimes_dialog_edits_a_regime_and_refuses_bad_moments(qtbot, window):
    context = window.context
    action = next(
        a
        for a in window.findChildren(type(window.undo_action))
        if "regimes" in a.text().replace("&", "").lower()
    )
    assert action.text() == "Verantwoordingsre&gimes…"
    dialogs: list[RegimesDialog] = []
    original = RegimesDialog.open

    def remember(self):
        dialogs.append(self)
        original(self)

    RegimesDialog.open = remember  # type: ignore[method-assign]
    try:
        action.trigger()
    finally:
        RegimesDialog.open = original  # type: ignore[method-assign]
    regimes = dialogs[0]
    qtbot.addWidget(regimes)
    texts = [regimes.list.item(i).text() for i in range(regimes.list.count())]
    assert texts == [
        "SiSa (sjabloon)",
        "Eindverantwoording (sjabloon)",
        "Voortgangsrapportage (sjabloon)",
        "Eigen (sjabloon)",
    ]
    regimes.list.setCurrentRow(3)
    editor = regimes.duplicate_regime()
    assert isinstance(editor, RegimeDialog)
    editor.name.setText("Eigen Kansrijke Wijk")
    row = editor.moments.add_moment()
    editor.moments.set_row(row, "Tussenrapportage", MomentRule.FIXED, "", "31 juni 2025")
    editor.accept()
    assert editor.isVisible()
    assert "Moment 1" in editor.findChild(QLabel, "error_moments").text()
    editor.moments.set_row(row, "Tussenrapportage", MomentRule.FIXED, "", "1 juli 2025")
    row = editor.moments.add_moment()
    editor.moments.set_row(row, "Jaarverslag {jaar}", MomentRule.YEARLY, "", "1 april")
    editor.accept()
    assert not editor.isVisible()
    stored = {r.name: r for r in context.regimes.regimes()}["Eigen Kansrijke Wijk"]
    assert [(x.title, x.rule) for x in stored.moments] == [
        ("Tussenrapportage", MomentRule.FIXED),
        ("Jaarverslag {jaar}", MomentRule.YEARLY),
    ]
    assert not stored.template
    assert "Eigen Kansrijke Wijk" in regimes.list.currentItem().text()
    context.undo_stack.undo()
    assert "Eigen Kansrijke Wijk" not in {r.name for r in context.regimes.regimes()}


def test_a_regime_in_use_is_not_deleted_and_the_dialog_says_why(qtbot, window):
    context = window.context
    _dialog, funding = open_pmg_funding(window)
    choose(funding.regime, "SiSa (sjabloon)")
    funding.accept()
    _dialog.accept()
    regimes = RegimesDialog(context, window)
    qtbot.addWidget(regimes)
    regimes.list.setCurrentRow(0)
    assert "1 financieringsregel" in regimes.detail.text()
    regimes.delete_regime()
    assert "Preventie met Gezag" in regimes.error.text()
    assert "SiSa" in {r.name for r in context.regimes.regimes()}


def test_the_deadlines_card_opens_a_report_that_deviates(qtbot, window, monkeypatch):
    context = window.context
    dashboard = window.show_view("dashboard")
    _dialog, funding = open_pmg_funding(window)
    choose(funding.regime, "SiSa (sjabloon)")
    funding.accept()
    _dialog.accept()
    qtbot.waitUntil(lambda: bool(dashboard.deadlines.texts()), timeout=20000)
    # Today lies after 15 July 2024: the early reports are overdue.
    assert "SiSa-verantwoording 2023 — 15 juli 2024" in dashboard.deadlines.texts()
    assert "Justitie en Veiligheid" in dashboard.deadlines.body.text()
    opened: list[MilestoneDialog] = []
    monkeypatch.setattr(MilestoneDialog, "open", lambda self: opened.append(self))
    first = dashboard.deadlines.deadlines[0]
    dashboard.deadlines.body.linkActivated.emit(f"milestone:{first.milestone_id}")
    assert opened and opened[0].title_edit.text() == first.title
    editor = opened[0]
    qtbot.addWidget(editor)
    editor.due.setText("1 juli 2024")
    editor.accept()
    edited = next(x for x in context.programme.milestones() if x.id == first.milestone_id)
    assert edited.deviation.startswith("Wijkt af van het regime")
    note = MilestoneDialog(edited, context.programme.initiatives(), window)
    qtbot.addWidget(note)
    assert "met de hand gewijzigd" in note.findChild(QLabel, "regime_note").text()


@pytest.mark.parametrize(
    ("title", "rule", "months", "when"),
    [
        ("Rapport", MomentRule.EVERY, "¹", ""),
        ("Rapport", MomentRule.EVERY, "99999", ""),
        ("Rapport", MomentRule.AFTER_END, "zes", ""),
        ("Rapport", MomentRule.YEARLY, "", "31 juni"),
        ("Rapport", MomentRule.FIXED, "", "onbekend"),
        ("", MomentRule.FIXED, "", "2025"),
    ],
)
def test_a_bad_moment_is_said_in_the_form_and_nothing_is_stored(
    qtbot, window, title, rule, months, when
):
    context = window.context
    before = context.regimes.regimes()
    editor = RegimeDialog(None, window)
    qtbot.addWidget(editor)
    editor.show()
    editor.name.setText("Nieuw regime")
    row = editor.moments.add_moment()
    editor.moments.set_row(row, title, rule, months, when)
    editor.on_submit = context.regimes.save_regime
    editor.accept()
    assert editor.isVisible()
    message = editor.findChild(QLabel, "error_moments").text()
    assert message.startswith("Moment 1: ")
    assert context.regimes.regimes() == before


@pytest.mark.parametrize("answer", ["lapse", "delete", "cancel"])
def test_deleting_a_report_offers_to_set_it_to_cancelled_which_the_regime_keeps(
    qtbot, window, monkeypatch, answer: str
):
    from dordtwest_desktop.domain.enums import MilestoneStatus

    context = window.context
    dialog, funding = open_pmg_funding(window)
    choose(funding.regime, "SiSa (sjabloon)")
    funding.accept()
    dialog.accept()
    view = window.show_view("milestones")
    view.reload()
    view.select(next(x.id for x in context.programme.milestones() if x.title == SISA[0]))
    asked: list[str] = []
    monkeypatch.setattr(view, "ask_report_delete", lambda q: asked.append(q) or answer)
    monkeypatch.setattr(view, "ask_delete", lambda q: pytest.fail("asked twice"))
    view.delete_selected()
    assert asked and "verantwoordingsregime" in asked[0] and "vervallen" in asked[0]
    now = {x.title: x.status for x in context.programme.milestones()}
    expected = {"lapse": MilestoneStatus.CANCELLED, "cancel": MilestoneStatus.PLANNED}
    assert now.get(SISA[0]) == expected.get(answer)  # "delete": gone
    # The regime is applied again (a new period end), as any later save of the line does.
    dialog, funding = open_pmg_funding(window)
    funding.period_end.setText("eind 2026")
    funding.accept()
    dialog.accept()
    found = {x.title: x for x in context.programme.milestones()}
    if answer == "lapse":
        assert found[SISA[0]].status is MilestoneStatus.CANCELLED  # kept, left alone
    elif answer == "delete":
        assert found[SISA[0]].status is MilestoneStatus.PLANNED  # back, as the question said
    else:
        assert found[SISA[0]].status is MilestoneStatus.PLANNED
    assert set(SISA) <= set(found)
