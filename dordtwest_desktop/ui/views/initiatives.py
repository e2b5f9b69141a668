"""The initiatives (inspanningen) with their funding."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dordtwest_desktop.domain.enums import InitiativeStatus
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.domain.money import format_money_short
from dordtwest_desktop.services.changes import Kind
from dordtwest_desktop.services.dto import InitiativeDTO
from dordtwest_desktop.services.rows import InitiativeRow
from dordtwest_desktop.services.workbook import CellKind
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dialogs.initiative import InitiativeDialog
from dordtwest_desktop.ui.models import Column
from dordtwest_desktop.ui.views.base import RecordListView

TR_CONTEXT = "InitiativesView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


# The list holds light rows; a form reads the whole initiative when it opens.
Shown = InitiativeDTO | InitiativeRow


def open_initiative(
    context: AppContext, initiative: InitiativeDTO | None, parent: QWidget
) -> InitiativeDialog:
    """The initiative's form (a new one for None), stored undoably when accepted."""
    programme = context.programme
    dialog = InitiativeDialog(
        initiative,
        programme.pillars(),
        programme.funders(),
        parent,
        regimes=context.regimes.regimes(),
    )
    if initiative is not None:
        dialog.add_history(context.history.of(initiative.id))

    def save(value: InitiativeDTO) -> None:
        context.ops.save(
            _tr("Edit initiative"),
            value,
            programme.save_initiative,
            programme.delete_initiative,
            context.events.programme_changed,
            created=_tr("Add initiative"),
        )

    dialog.on_submit = save
    dialog.open()
    return dialog


class InitiativesView(RecordListView):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        columns: list[Column[InitiativeRow]] = [
            Column(_tr("Initiative"), lambda i: i.name, title=True),
            Column(
                _tr("Status"),
                lambda i: label(i.status),
                lambda i: list(InitiativeStatus).index(i.status),
            ),
            Column(_tr("Pillar"), lambda i: self._pillars.get(i.pillar_id, "")),
            Column(_tr("Target area"), lambda i: i.target_area),
            Column(_tr("Funders"), lambda i: i.funders),
            Column(
                _tr("Requested"),
                lambda i: format_money_short(i.requested_cents) if i.requested_cents else "",
                lambda i: i.requested_cents or 0,
                align_right=True,
                cell=lambda i: i.requested_cents,
                kind=CellKind.MONEY,
            ),
            Column(
                _tr("Granted"),
                lambda i: format_money_short(i.granted_cents) if i.granted_cents else "",
                lambda i: i.granted_cents or 0,
                align_right=True,
                cell=lambda i: i.granted_cents,
                kind=CellKind.MONEY,
            ),
        ]
        super().__init__(columns, _tr("Initiatives"), parent)
        self.set_empty_text(
            _tr(
                "No initiatives recorded yet. An initiative carries the programme's work, "
                "with its funding and milestones."
            ),
            _tr("New initiative…"),
        )
        self.context = context
        self.last_change = context.history.last_change
        self._pillars: dict[Any, str] = {}
        pillars = context.programme.pillars()
        self.add_filter(
            "pillar",
            _tr("All pillars"),
            [(p.name, p.id) for p in pillars],
            lambda initiative, pillar: initiative.pillar_id == pillar,
        )
        self.add_filter(
            "status",
            _tr("All statuses"),
            [(label(s), s) for s in InitiativeStatus],
            lambda initiative, status: initiative.status == status,
        )
        self.shows = frozenset({Kind.INITIATIVE, Kind.GOAL, Kind.PROGRAMME})
        context.events.changed.connect(self.on_changes)
        self.reload()

    def reload(self) -> None:
        self._pillars = {p.id: p.name for p in self.context.programme.pillars()}
        self.set_rows(self.context.programme.initiative_rows())

    def _dialog(self, initiative: InitiativeDTO | None) -> InitiativeDialog:
        return open_initiative(self.context, initiative, self)

    def on_new(self) -> InitiativeDialog:
        return self._dialog(None)

    def on_edit(self, record: Shown) -> InitiativeDialog | None:
        if isinstance(record, InitiativeRow):
            whole = self.read_whole(self.context.programme.initiative, record.id)
            return None if whole is None else self._dialog(whole)
        return self._dialog(record)

    def on_delete(self, record: Shown) -> None:
        if not self.confirm_delete(record.name, record):
            return
        programme = self.context.programme
        self.context.ops.change(
            _tr("Delete initiative"),
            lambda: programme.delete_initiative(record.id),
            programme.restore,
            self.context.events.programme_changed,
        )
