"""Editing an agenda item (agendapunt): kind, title, time, texts, decision points and links."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QCompleter, QLineEdit, QPlainTextEdit, QTabWidget, QWidget

from dordtwest_desktop.domain.enums import ItemKind
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.i18n import tr as core_tr
from dordtwest_desktop.services.dto import AgendaItemDTO, DecisionPointDTO
from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.dialogs.lines import LinesEditor
from dordtwest_desktop.ui.meetings.common import SearchCheckList, parse_minutes
from dordtwest_desktop.ui.widgets import Form, ValueCombo, enum_combo

Pairs = list[tuple[str, uuid.UUID]]


class LinkChoices:
    """What an item can link to, as (text, id) pairs: the programme's goals and so on.

    Given the lists, or a `load` that reads them when a picker first asks (an item
    dialog opens): a meeting opens without reading every goal, initiative and
    milestone of the programme. `names` are the texts of what the meeting's items
    already link to, for the item pane; without them they come from the lists.
    """

    def __init__(
        self,
        goals: Pairs | None = None,
        initiatives: Pairs | None = None,
        milestones: Pairs | None = None,
        *,
        load: Callable[[], tuple[Pairs, Pairs, Pairs]] | None = None,
        names: tuple[dict[uuid.UUID, str], dict[uuid.UUID, str], dict[uuid.UUID, str]]
        | None = None,
    ) -> None:
        self._lists = (
            None if load is not None else (goals or [], initiatives or [], milestones or [])
        )
        self._load = load
        self._names = names

    @property
    def loaded(self) -> bool:
        return self._lists is not None

    def _all(self) -> tuple[Pairs, Pairs, Pairs]:
        if self._lists is None:
            assert self._load is not None
            self._lists = self._load()
        return self._lists

    @property
    def goals(self) -> Pairs:
        return self._all()[0]

    @property
    def initiatives(self) -> Pairs:
        return self._all()[1]

    @property
    def milestones(self) -> Pairs:
        return self._all()[2]

    # Built once: the item pane looks names up for every item it shows.
    @functools.cached_property
    def goal_names(self) -> dict[uuid.UUID, str]:
        if self._names is not None:
            return self._names[0]
        return {ident: text for text, ident in self.goals}

    @functools.cached_property
    def initiative_names(self) -> dict[uuid.UUID, str]:
        if self._names is not None:
            return self._names[1]
        return {ident: text for text, ident in self.initiatives}

    @functools.cached_property
    def milestone_names(self) -> dict[uuid.UUID, str]:
        if self._names is not None:
            return self._names[2]
        return {ident: text for text, ident in self.milestones}


class AgendaItemDialog(EditDialog):
    def __init__(
        self,
        item: AgendaItemDTO | None,
        meeting_id: uuid.UUID,
        links: LinkChoices,
        people: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(
            self.tr("New agenda item") if item is None else self.tr("Edit agenda item")
        )
        self.resize(720, 600)
        self.original = item
        self.meeting_id = meeting_id
        self.on_submit: Callable[[AgendaItemDTO], None] | None = None
        self.tabs = QTabWidget(self)
        self.body.removeWidget(self.form)
        self.body.addWidget(self.tabs)
        self.tabs.addTab(self.form, self.tr("General"))
        self._general_tab(item, people)
        self.points = LinesEditor([(p.id, p.text) for p in item.points] if item else [])
        self.points.setObjectName("points")
        points_form = Form(self)
        points_form.add("points", self.tr("Proposed decision points"), self.points)
        self.tabs.addTab(points_form, self.tr("Proposed decision"))
        self.tabs.addTab(self._links(item, links), self.tr("Links"))
        self.finish_layout()

    def _general_tab(self, item: AgendaItemDTO | None, people: tuple[str, ...]) -> None:
        form = self.form
        self.kind = form.add(
            "kind",
            self.tr("Kind"),
            enum_combo(list(ItemKind), label, item.kind if item else ItemKind.DISCUSSION),
        )
        self.title_edit = form.add(
            "title", self.tr("Title"), QLineEdit(), required=core_tr("The title")
        )
        self.presenter = form.add("presenter", self.tr("Presenter"), QLineEdit())
        self.presenter.setCompleter(QCompleter(list(people), self.presenter))
        self.duration = form.add(
            "duration",
            self.tr("Duration (minutes)"),
            QLineEdit(),
            check=lambda: parse_minutes(self.duration.text(), "duration"),
        )
        self.duration.setPlaceholderText(self.tr("e.g. 20"))
        self.confidential = form.add("confidential", self.tr("Openness"), ValueCombo())
        self.confidential.add_value(self.tr("public (openbaar)"), False)
        self.confidential.add_value(self.tr("confidential (vertrouwelijk)"), True)
        self.explanation = form.add("explanation", self.tr("Explanation"), QPlainTextEdit())
        if item is not None:
            self.title_edit.setText(item.title)
            self.presenter.setText(item.presenter)
            self.duration.setText(str(item.duration_minutes) if item.duration_minutes else "")
            self.confidential.set_value(item.confidential)
            self.explanation.setPlainText(item.explanation)

    def _links(self, item: AgendaItemDTO | None, links: LinkChoices) -> QWidget:
        form = Form(self)
        self.goals = SearchCheckList(links.goals, item.goal_ids if item else ())
        self.goals.setObjectName("link_goals")
        self.initiatives = SearchCheckList(links.initiatives, item.initiative_ids if item else ())
        self.initiatives.setObjectName("link_initiatives")
        self.milestones = SearchCheckList(links.milestones, item.milestone_ids if item else ())
        self.milestones.setObjectName("link_milestones")
        form.add("goal_ids", self.tr("Goals"), self.goals)
        form.add("initiative_ids", self.tr("Initiatives"), self.initiatives)
        form.add("milestone_ids", self.tr("Milestones"), self.milestones)
        return form

    def collect(self) -> AgendaItemDTO:
        base = self.original or AgendaItemDTO(
            id=uuid.uuid4(), meeting_id=self.meeting_id, kind=ItemKind.DISCUSSION, title=""
        )
        return replace(
            base,
            kind=self.kind.value(),
            title=self.title_edit.text(),
            presenter=self.presenter.text(),
            duration_minutes=parse_minutes(self.duration.text(), "duration"),
            confidential=bool(self.confidential.value()),
            explanation=self.explanation.toPlainText().strip(),
            points=tuple(DecisionPointDTO(id=i, text=t) for i, t in self.points.lines()),
            goal_ids=self.goals.checked(),
            initiative_ids=self.initiatives.checked(),
            milestone_ids=self.milestones.checked(),
        )

    def submit(self, value: AgendaItemDTO) -> None:
        assert self.on_submit is not None
        self.on_submit(value)

    def accept(self) -> None:
        # A refused field may sit on another tab: show the tab that holds it.
        super().accept()
        if self.isVisible():
            self.tabs.setCurrentIndex(0)
