"""The agenda editor: items in order with computed times, reordering, and the item pane."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.services.changes import MEETING_KINDS, Changes
from dordtwest_desktop.services.dto import AgendaItemDTO, MeetingDetail, ScheduledItem
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dialogs.conflict import changed_meanwhile
from dordtwest_desktop.ui.icons import icon
from dordtwest_desktop.ui.meetings.common import (
    button_row,
    format_time,
    run_reported,
    tab_chain,
)
from dordtwest_desktop.ui.meetings.item_dialog import AgendaItemDialog, LinkChoices
from dordtwest_desktop.ui.meetings.item_pane import ItemPane
from dordtwest_desktop.ui.meetings.models import AgendaModel
from dordtwest_desktop.ui.models import Column
from dordtwest_desktop.ui.views.base import TableOrEmpty

START, KIND, TITLE, PRESENTER = 1, 3, 4, 5  # the title stretches; other text columns are capped
CAPPED_WIDTH = 130


class AgendaTable(QTableView):
    """Ctrl+Up / Ctrl+Down ask to move the selected item; Delete and Enter or F2 act on it."""

    move_requested = Signal(int)
    delete_requested = Signal()
    edit_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, control = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Delete and not control:
            self.delete_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class AgendaPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: MeetingDetail | None = None
        self.links = LinkChoices([], [], [])
        self.people: tuple[str, ...] = ()
        self.model = AgendaModel(self._columns(), self)
        self.model.on_reorder = self.reorder
        self.table = self._table()
        self.summary = QLabel(self)
        self.summary.setObjectName("agenda_summary")
        self.summary.setWordWrap(True)  # a long hint must not widen the window
        self.warning = QLabel(self)
        self.warning.setObjectName("overrun_warning")
        self.warning.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.pane = ItemPane(context, self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self._left())
        split.addWidget(self.pane)
        split.setSizes([620, 380])  # proportions; the splitter scales them to its width
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def _left(self) -> QWidget:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.warning)
        self.table_place = TableOrEmpty(
            self.table,
            self.new_item,
            self.tr("No agenda items yet. Add the first, for instance the opening."),
            self.tr("New agenda item…"),
            left,
        )
        left_layout.addWidget(self.table_place, 1)
        self.button_row = button_row(
            left,
            (self.tr("New item…"), "new_item", self.new_item),
            (self.tr("Edit…"), "edit_item", self.edit_current),
            (self.tr("Delete"), "delete_item", self.delete_current),
            (self.tr("Up"), "move_up", lambda: self.move_selected(-1)),
            (self.tr("Down"), "move_down", lambda: self.move_selected(1)),
        )
        left_layout.addLayout(self.button_row)
        buttons = self.button_row.buttons
        # Arrows, not words: the row fits beside the item pane on a 1024 pixel screen.
        for name, tip in (
            ("move_up", self.tr("Move up (Ctrl+Up)")),
            ("move_down", self.tr("Move down (Ctrl+Down)")),
        ):
            buttons[name].setAccessibleName(buttons[name].text())
            buttons[name].setText("")
            buttons[name].setIcon(icon("up" if name == "move_up" else "down"))
            buttons[name].setToolTip(tip)
        # The buttons under the table come before the item pane on its right.
        tab_chain(self.table, *buttons.values())
        return left

    def _columns(self) -> list[Column[ScheduledItem]]:
        decisions = lambda s: self.detail.decisions.get(s.item.id) if self.detail else None  # noqa: E731
        return [
            Column(self.tr("No."), lambda s: str(s.number), lambda s: s.number, True),
            Column(self.tr("Start"), lambda s: format_time(s.start)),
            Column(
                self.tr("Min."),
                lambda s: str(s.item.duration_minutes),
                lambda s: s.item.duration_minutes,
                True,
            ),
            Column(self.tr("Kind"), lambda s: label(s.item.kind)),
            Column(self.tr("Title"), self._title),
            Column(self.tr("Presenter"), lambda s: s.item.presenter),
            Column(
                self.tr("Decision"),
                lambda s: label(d.outcome) if (d := decisions(s)) else "",
            ),
        ]

    def _title(self, scheduled: ScheduledItem) -> str:
        if scheduled.item.confidential:
            return self.tr("%1 (confidential)").replace("%1", scheduled.item.title)
        return scheduled.item.title

    def _table(self) -> AgendaTable:
        table = AgendaTable(self)
        table.setObjectName("agenda")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab goes on to the buttons and the item pane
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDragDropOverwriteMode(False)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDropIndicatorShown(True)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(lambda _index: self.edit_current())
        table.move_requested.connect(self.move_selected)
        table.delete_requested.connect(self.delete_current)
        table.edit_requested.connect(self.edit_current)
        table.selectionModel().selectionChanged.connect(self._show_current)
        return table

    # -- showing ---------------------------------------------------------------
    def set_detail(
        self, detail: MeetingDetail, links: LinkChoices, people: tuple[str, ...]
    ) -> None:
        current = self.current()
        self.detail, self.links, self.people = detail, links, people
        self.model.set_rows(detail.agenda)
        self.table_place.show_rows(len(detail.agenda))
        # Columns with nothing to show give their room to the title.
        self.table.setColumnHidden(START, detail.meeting.start_time is None)
        self.table.setColumnHidden(PRESENTER, not any(s.item.presenter for s in detail.agenda))
        self.table.resizeColumnsToContents()
        for column in range(KIND, self.model.columnCount()):
            if column != TITLE:
                width = min(self.table.columnWidth(column), CAPPED_WIDTH)
                self.table.setColumnWidth(column, width)
        self._summarise(detail)
        if current is not None and self.model.row_of(current.item.id) >= 0:
            self.select(current.item.id)
        elif detail.agenda:
            self.table.selectRow(0)
        self._show_current()

    def _summarise(self, detail: MeetingDetail) -> None:
        total = sum(s.item.duration_minutes for s in detail.agenda)
        items = self.tr("%n item(s)", None, len(detail.agenda))
        text = f"{items}, {self.tr('%n minute(s)', None, total)}"
        last = detail.agenda[-1] if detail.agenda else None
        if detail.meeting.start_time is None:
            text += " · " + self.tr("give the meeting a start time to see the times of the items")
        elif last is not None and last.end is not None:
            text += " · " + self.tr("until %1").replace("%1", format_time(last.end))
        self.summary.setText(text)
        if detail.overruns and detail.planned_end is not None:
            end = format_time(last.end) if last and last.end else self.tr("after midnight")
            warning = self.tr("The agenda runs until %1, past the planned end at %2.")
            self.warning.setText(
                warning.replace("%1", end).replace("%2", format_time(detail.planned_end))
            )
        self.warning.setVisible(detail.overruns)

    def current(self) -> ScheduledItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, ident: uuid.UUID) -> None:
        row = self.model.row_of(ident)
        if row >= 0:
            self.table.selectRow(row)

    def _show_current(self) -> None:
        current = self.current()
        # set_detail shows the selected item after selecting it, which showed it already
        # when the selection changed: the same item of the same detail is not drawn again
        # (a thousand carried actions, twice, on opening a meeting).
        pane = self.pane
        shown = pane.detail is self.detail and pane.links is self.links
        if not (shown and current is not None and pane.scheduled is current):
            pane.show_item(self.detail, current, self.links)
        has = current is not None
        for name in ("edit_item", "delete_item", "move_up", "move_down"):
            self.button_row.buttons[name].setEnabled(has)

    # -- changing --------------------------------------------------------------
    def new_item(self) -> AgendaItemDialog | None:
        return self._dialog(None)

    def edit_current(self) -> AgendaItemDialog | None:
        current = self.current()
        return self._dialog(current.item) if current else None

    def _dialog(self, item: AgendaItemDTO | None) -> AgendaItemDialog | None:
        if self.detail is None:
            return None
        meeting_id = self.detail.meeting.id
        dialog = AgendaItemDialog(item, meeting_id, self.links, self.people, self)
        if item is not None:
            dialog.add_history(self.context.history.of(item.id))
        dialog.on_submit = self._save
        dialog.open()
        return dialog

    def _save(self, item: AgendaItemDTO) -> None:
        service = self.context.meetings
        self.context.ops.save(
            self.tr("Edit agenda item"),
            item,
            service.save_item,
            service.delete_item,
            self.context.events.meetings_changed,
            created=self.tr("Add agenda item"),
        )
        self.select(item.id)

    def delete_current(self) -> None:
        current = self.current()
        if current is None or self.detail is None:
            return
        question = self.tr(
            "Delete agenda item '%1' with its decision, attachments and remarks? "
            "You can undo this with Ctrl+Z."
        ).replace("%1", current.item.title)
        meanwhile = changed_meanwhile(
            self.context.history.last_change, current.item, current.item.title
        )
        if meanwhile is not None:
            question = meanwhile + "\n\n" + question
        answer = QMessageBox.question(self, self.tr("Delete agenda item"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, meeting_id, ident = self.context.meetings, self.detail.meeting.id, current.item.id

        def do() -> tuple[list[uuid.UUID], Any]:
            order = [s.item.id for s in service.detail(meeting_id).agenda]
            return order, service.delete_item(ident)

        def undo(result: tuple[list[uuid.UUID], Any]) -> None:
            # The delete renumbered the rest; put the old order back exactly.
            service.restore(result[1])
            service.reorder(meeting_id, result[0])

        run_reported(
            self.context,
            lambda: self.context.ops.change(
                self.tr("Delete agenda item"), do, undo, self.context.events.meetings_changed
            ),
        )

    def move_selected(self, offset: int) -> None:
        current = self.current()
        if current is None or self.detail is None:
            return
        if not 0 <= current.number - 1 + offset < len(self.detail.agenda):
            return  # already first or last: no change, nothing to undo
        service, meeting_id, ident = self.context.meetings, self.detail.meeting.id, current.item.id
        run_reported(
            self.context,
            lambda: self.context.ops.change(
                self.tr("Move agenda item"),
                lambda: service.move_item(ident, offset),
                lambda previous: service.reorder(meeting_id, previous),
                self.context.events.meetings_changed,
            ),
        )
        self.select(ident)

    def reorder(self, order: list[uuid.UUID]) -> None:
        """Store the order a drag and drop made; on refusal show the stored order again."""
        if self.detail is None:
            return
        service, meeting_id = self.context.meetings, self.detail.meeting.id
        current = self.current()
        done = run_reported(
            self.context,
            lambda: self.context.ops.change(
                self.tr("Reorder agenda"),
                lambda: service.reorder(meeting_id, order),
                lambda previous: service.reorder(meeting_id, previous),
                self.context.events.meetings_changed,
            ),
        )
        if not done:
            self.context.events.announce(Changes.of(MEETING_KINDS))
        if current is not None:
            self.select(current.item.id)
