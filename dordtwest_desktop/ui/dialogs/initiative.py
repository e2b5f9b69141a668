"""Editing an initiative (inspanning) with its goals, components and funding lines."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.enums import GoalKind, InitiativeStatus
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.domain.money import format_money_short
from dordtwest_desktop.i18n import tr as core_tr
from dordtwest_desktop.services.dto import (
    ComponentDTO,
    FundingLineDTO,
    GoalDTO,
    InitiativeDTO,
    PillarDTO,
)
from dordtwest_desktop.services.regimes import RegimeDTO
from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.dialogs.funding import FundingDialog
from dordtwest_desktop.ui.dialogs.lines import LinesEditor
from dordtwest_desktop.ui.models import Column, RecordModel
from dordtwest_desktop.ui.widgets import DateField, Form, enum_combo, optional_combo


def _money(cents: int | None) -> str:
    return "" if cents is None else format_money_short(cents)


class InitiativeDialog(EditDialog):
    def __init__(
        self,
        initiative: InitiativeDTO | None,
        pillars: tuple[PillarDTO, ...],
        funders: tuple[str, ...],
        parent: QWidget | None = None,
        regimes: tuple[RegimeDTO, ...] = (),
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(
            self.tr("New initiative") if initiative is None else self.tr("Edit initiative")
        )
        self.resize(760, 640)
        self.original = initiative
        self.funders = funders
        self.regimes = regimes
        self._regime_names = {r.id: r.name for r in regimes}
        self.on_submit: Callable[[InitiativeDTO], None] | None = None
        tabs = QTabWidget(self)
        self.body.removeWidget(self.form)
        self.body.addWidget(tabs)
        tabs.addTab(self.form, self.tr("General"))
        self._general_tab(initiative, pillars)
        self.goals = LinesEditor([(g.id, g.title) for g in initiative.goals] if initiative else [])
        self.goals.setObjectName("goals")
        self.components = LinesEditor(
            [(c.id, c.name) for c in initiative.components] if initiative else []
        )
        self.components.setObjectName("components")
        tabs.addTab(self._wrap(self.tr("Goals of the initiative"), self.goals), self.tr("Goals"))
        tabs.addTab(self._wrap(self.tr("Components"), self.components), self.tr("Components"))
        tabs.addTab(self._funding_tab(initiative), self.tr("Funding"))
        self.tabs = tabs
        self.finish_layout()

    def _general_tab(
        self, initiative: InitiativeDTO | None, pillars: tuple[PillarDTO, ...]
    ) -> None:
        self.name = self.form.add(
            "name", self.tr("Name"), QLineEdit(), required=core_tr("The name")
        )
        self.status = self.form.add(
            "status",
            self.tr("Status"),
            enum_combo(list(InitiativeStatus), label, initiative.status if initiative else None),
        )
        self.pillar = self.form.add(
            "pillar_id",
            self.tr("Pillar"),
            optional_combo(
                [(p.name, p.id) for p in pillars],
                self.tr("(none)"),
                initiative.pillar_id if initiative else None,
            ),
        )
        self.target_area = self.form.add("target_area", self.tr("Target area"), QLineEdit())
        self.responsible = self.form.add("responsible", self.tr("Responsible partner"), QLineEdit())
        self.period_start = self.form.add(
            "period_start",
            self.tr("Period from"),
            DateField(initiative.period_start if initiative else None),
        )
        self.period_end = self.form.add(
            "period_end",
            self.tr("Period until"),
            DateField(initiative.period_end if initiative else None),
        )
        self.ambition = self.form.add("ambition", self.tr("Ambition"), QPlainTextEdit())
        self.ambition.setMaximumHeight(90)
        if initiative is not None:
            self.name.setText(initiative.name)
            self.target_area.setText(initiative.target_area)
            self.responsible.setText(initiative.responsible)
            self.ambition.setPlainText(initiative.ambition)

    def _wrap(self, title: str, widget: QWidget) -> QWidget:
        form = Form(self)
        form.add(title, title, widget)
        return form

    def _funding_tab(self, initiative: InitiativeDTO | None) -> QWidget:
        tab = QWidget(self)
        columns: list[Column[FundingLineDTO]] = [
            Column(self.tr("Scheme"), lambda f: f.scheme),
            Column(self.tr("Funder"), lambda f: f.funder),
            Column(self.tr("Status"), lambda f: label(f.status)),
            Column(self.tr("Requested"), lambda f: _money(f.requested_cents), align_right=True),
            Column(self.tr("Granted"), lambda f: _money(f.granted_cents), align_right=True),
            Column(
                self.tr("Decision"),
                lambda f: f.decision_date.render() if f.decision_date else "",
            ),
            Column(
                self.tr("Regime"),
                lambda f: self._regime_names.get(f.regime_id, "") if f.regime_id else "",
            ),
        ]
        self.funding_model: RecordModel[FundingLineDTO] = RecordModel(columns, tab)
        self.funding_model.set_rows(list(initiative.funding) if initiative else [])
        self.funding_table = QTableView(tab)
        self.funding_table.setObjectName("funding_table")
        self.funding_table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.funding_table.setModel(self.funding_model)
        self.funding_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.funding_table.verticalHeader().hide()
        self.funding_table.horizontalHeader().setStretchLastSection(True)
        self.funding_table.doubleClicked.connect(lambda index: self.edit_funding(index.row()))
        buttons = QHBoxLayout()
        for text, name, slot in (
            (self.tr("Add funding line…"), "add_funding", self.add_funding),
            (self.tr("Edit…"), "edit_funding", lambda: self.edit_funding(self._funding_row())),
            (self.tr("Remove"), "remove_funding", self.remove_funding),
        ):
            button = QPushButton(text, tab)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.funding_table)
        layout.addLayout(buttons)
        return tab

    def _funding_row(self) -> int:
        rows = self.funding_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_funding(self) -> FundingDialog:
        dialog = FundingDialog(None, self.funders, self, self.regimes)

        def accepted() -> None:
            assert dialog.value is not None
            self.funding_model.set_rows([*self.funding_model.rows(), dialog.value])

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def edit_funding(self, row: int) -> FundingDialog | None:
        if row < 0:
            return None
        lines = self.funding_model.rows()
        dialog = FundingDialog(lines[row], self.funders, self, self.regimes)

        def accepted() -> None:
            assert dialog.value is not None
            lines[row] = dialog.value
            self.funding_model.set_rows(lines)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def remove_funding(self) -> None:
        row = self._funding_row()
        if row >= 0:
            lines = self.funding_model.rows()
            del lines[row]
            self.funding_model.set_rows(lines)

    def collect(self) -> InitiativeDTO:
        base = self.original or InitiativeDTO(id=uuid.uuid4(), name="")
        old_goals = {g.id: g for g in base.goals}
        goals = tuple(
            replace(old_goals[i], title=t)
            if i in old_goals
            else GoalDTO(id=i, kind=GoalKind.INITIATIVE, title=t, initiative_id=base.id)
            for i, t in self.goals.lines()
        )
        return replace(
            base,
            name=self.name.text(),
            status=self.status.value(),
            pillar_id=self.pillar.value(),
            target_area=self.target_area.text(),
            responsible=self.responsible.text(),
            period_start=self.period_start.value("period_start"),
            period_end=self.period_end.value("period_end"),
            ambition=self.ambition.toPlainText(),
            goals=goals,
            components=tuple(ComponentDTO(id=i, name=t) for i, t in self.components.lines()),
            funding=tuple(self.funding_model.rows()),
        )

    def submit(self, value: InitiativeDTO) -> None:
        assert self.on_submit is not None
        self.on_submit(value)
