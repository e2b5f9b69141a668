"""Small pieces the meeting screens share: parsing times and minutes, tables, undo helpers."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, time
from itertools import islice, pairwise
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.dates import format_short_date
from dordtwest_desktop.domain.errors import DomainError, ValidationError
from dordtwest_desktop.services.dto import MeetingDTO
from dordtwest_desktop.ui.context import AppContext

TR_CONTEXT = "MeetingCommon"
R = TypeVar("R")
S = TypeVar("S")

_TIME = re.compile(r"^(\d{1,2})(?:[:.u](\d{2}))?\s*(?:u|uur)?$")
_MINUTES = re.compile(r"^(-?\d+)\s*(?:m|min|min\.|minuten|minuut)?$")


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def parse_time(text: str, key: str) -> time | None:
    """A clock time as people type it: '14:00', '14.00', '9u30', '14 uur'; empty is None."""
    value = text.strip().lower()
    if not value:
        return None
    match = _TIME.match(value)
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2) or 0)
        if hours < 24 and minutes < 60:
            return time(hours, minutes)
    raise ValidationError(
        _tr("'%1' is not a time; write for example 14:00 or 9.30.").replace("%1", text.strip()),
        field=key,
    )


def parse_minutes(text: str, key: str) -> int:
    """A duration in whole minutes ('20', '20 min'); the service checks the range."""
    value = text.strip().lower()
    if not value:
        return 0
    match = _MINUTES.match(value)
    if match is None:
        raise ValidationError(
            _tr("'%1' is not a number of minutes; write for example 60 for an hour.").replace(
                "%1", text.strip()
            ),
            field=key,
        )
    return int(match.group(1))


def format_time(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def format_moment(value: datetime | None) -> str:
    return f"{format_short_date(value.date())} {value:%H:%M}" if value else ""


def format_size(size: int) -> str:
    """Bytes the Dutch way: '880 bytes', '245 kB', '1,2 MB'."""
    if size < 1024:
        return _tr("%1 bytes").replace("%1", str(size))
    if size < 1024 * 1024:
        return f"{round(size / 1024)} kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def meeting_label(meeting: MeetingDTO | None) -> str:
    if meeting is None:
        return ""
    return f"{format_short_date(meeting.day)} – {meeting.body_label}"


RESIZE_ROWS = 60


def record_table(model: QAbstractItemModel, parent: QWidget, name: str) -> QTableView:
    """A read-only table of whole rows, one selectable at a time."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab goes on to the buttons, arrows move in the table
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    # Column widths from the first rows only: a meeting's ~1,000 carried actions cost
    # half a second of measuring text at Qt's default (1,000 rows, each resize).
    table.horizontalHeader().setResizeContentsPrecision(RESIZE_ROWS)
    return table


def table_keys(
    view: QAbstractItemView,
    edit: Callable[[], Any] | None = None,
    delete: Callable[[], Any] | None = None,
) -> None:
    """Enter or F2 opens the selected row, Del deletes it, while the table has the focus."""
    keys: list[tuple[list[QKeySequence], Callable[[], Any] | None]] = [
        (
            [
                QKeySequence(Qt.Key.Key_Return),
                QKeySequence(Qt.Key.Key_Enter),
                QKeySequence(Qt.Key.Key_F2),
            ],
            edit,
        ),
        ([QKeySequence(QKeySequence.StandardKey.Delete)], delete),
    ]
    for sequences, call in keys:
        if call is None:
            continue
        action = QAction(view)
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False, call=call: call())
        view.addAction(action)


def tab_chain(*widgets: QWidget) -> None:
    """Tab visits these in this order (as the layout reads), whatever order they were made in."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def selected_row(table: QTableView) -> int:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


class ButtonRow(QHBoxLayout):
    """Buttons (text, object name, slot) left-aligned in a row; `buttons` by object name."""

    def __init__(self, parent: QWidget, specs: tuple[tuple[str, str, Callable[[], Any]], ...]):
        super().__init__()
        self.buttons: dict[str, QPushButton] = {}
        for text, name, slot in specs:
            button = QPushButton(text, parent)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, call=slot: call())
            self.addWidget(button)
            self.buttons[name] = button
        self.addStretch(1)


def button_row(parent: QWidget, *specs: tuple[str, str, Callable[[], Any]]) -> ButtonRow:
    return ButtonRow(parent, specs)


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet("color: #c0392b;")
    label.setWordWrap(True)
    label.hide()
    return label


def run_reported(context: AppContext, call: Callable[[], Any]) -> bool:
    """Run a change outside a form; an expected error becomes a message box."""
    try:
        call()
    except DomainError as error:
        context.ops.report(error.message)
        return False
    return True


class SearchCheckList(QWidget):
    """(text, value) pairs with a check box each, the links of an agenda item: a search
    field, the checked ones, and at most SHOWN more that match.

    The link pickers of an agenda item hold every goal, initiative and milestone; at
    20,000 milestones a row each took most of a second to build. The checked values
    always show first; typing narrows the rest (every word, case-insensitive).
    """

    SHOWN = 200

    def __init__(
        self, items: list[tuple[str, Any]], checked: tuple[Any, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._items = list(items)
        self._folded = [text.casefold() for text, _value in self._items]
        self._checked = set(checked)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(_tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.more = QLabel(self)
        self.more.setObjectName("more")
        self.more.setStyleSheet("color: #5c6670;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.more)
        self.setFocusProxy(self.search)
        self.search.textChanged.connect(self._fill)
        self.list.itemChanged.connect(self._toggled)
        self._fill()

    def _fill(self) -> None:
        words = self.search.text().casefold().split()
        first = [n for n, (_t, value) in enumerate(self._items) if value in self._checked]
        matches = (
            n
            for n, folded in enumerate(self._folded)
            if self._items[n][1] not in self._checked and all(w in folded for w in words)
        )
        rest = list(islice(matches, self.SHOWN + 1))
        shown = first + rest[: self.SHOWN]
        self.list.blockSignals(True)
        self.list.clear()
        for n in shown:
            text, value = self._items[n]
            item = QListWidgetItem(text, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = value in self._checked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, n)
        self.list.blockSignals(False)
        cut = len(rest) > self.SHOWN
        self.more.setText(
            _tr("More than %1 match: type to narrow the list.").replace("%1", str(self.SHOWN))
            if cut
            else ""
        )
        self.more.setVisible(cut)

    def _toggled(self, item: QListWidgetItem) -> None:
        value = self._items[item.data(Qt.ItemDataRole.UserRole)][1]
        if item.checkState() == Qt.CheckState.Checked:
            self._checked.add(value)
        else:
            self._checked.discard(value)

    def count(self) -> int:
        """The rows shown now."""
        return self.list.count()

    def set_checked(self, value: Any, on: bool = True) -> None:
        if on:
            self._checked.add(value)
        else:
            self._checked.discard(value)
        self._fill()

    def checked(self) -> tuple[Any, ...]:
        """The checked values in the list's order (values no longer listed are dropped)."""
        return tuple(value for _text, value in self._items if value in self._checked)


class Recreate(Generic[R, S]):
    """Undo/redo of a creation whose ids the service picks: redo restores, not re-creates.

    The first `do` creates; `undo` deletes and keeps the snapshot; a redo restores
    that snapshot, so later commands on the stack still find the same ids.
    """

    def __init__(
        self,
        create: Callable[[], R],
        delete: Callable[[R], S],
        restore: Callable[[S], None],
    ) -> None:
        self._create = create
        self._delete = delete
        self._restore = restore
        self._snapshot: S | None = None
        self._result: R | None = None

    def do(self) -> R:
        if self._snapshot is None:
            self._result = self._create()
        else:
            snapshot, self._snapshot = self._snapshot, None
            self._restore(snapshot)
        assert self._result is not None
        return self._result

    def undo(self, result: R) -> None:
        self._snapshot = self._delete(result)


def card_list(model: QAbstractItemModel, name: str, parent: QWidget) -> QListView:
    """Records shown as wrapped cards, one below the other (remarks), read-only."""
    view = QListView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.setSpacing(2)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    return view
