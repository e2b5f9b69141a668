"""A list view of records: search, filters, a sortable table, and new/edit/delete."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.errors import NotFoundError
from dordtwest_desktop.services.changes import Changes, Kind
from dordtwest_desktop.services.history import HistoryEntryDTO
from dordtwest_desktop.services.workbook import CellKind
from dordtwest_desktop.ui.dialogs.conflict import changed_meanwhile
from dordtwest_desktop.ui.models import Column, FilterProxy, RecordModel
from dordtwest_desktop.ui.widgets import ReloadWhenSeen, ValueCombo

TR_CONTEXT = "RecordListView"
CAPPED_WIDTH = 240  # a column other than the title is never wider than this at first
FIRM_KINDS = frozenset({CellKind.DATE, CellKind.VAGUE_DATE, CellKind.MONEY})
SIZED_ROWS = 50  # the rows measured for the columns' first widths
W = TypeVar("W")


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def share_columns(
    natural: Sequence[int], title: int, room: int, floor: int = 80, firm: Collection[int] = ()
) -> list[int]:
    """Column widths that leave the title its contents or two fifths of the room.

    The widest other columns give way first, never below `floor` (or their contents);
    `firm` columns (dates, amounts: cut short they say nothing) only when no other
    can. The title column's own entry is returned as it came (its section stretches).
    """
    widths = list(natural)
    others = [c for c in range(len(widths)) if c != title]
    want = min(widths[title] if widths else 0, room * 2 // 5)
    excess = sum(widths[c] for c in others) + want - room
    while excess > 0:
        shrinkable = [c for c in others if widths[c] > floor and c not in firm] or [
            c for c in others if widths[c] > floor
        ]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda c: widths[c])
        runner_up = max((widths[c] for c in shrinkable if c != widest), default=floor)
        step = min(excess, widths[widest] - max(runner_up, floor)) or 1
        widths[widest] -= step
        excess -= step
    return widths


class EmptyState(QWidget):
    """In place of an empty table: a hint what belongs here, and a button to add the first."""

    def __init__(self, on_new: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty_state")
        self.hint = QLabel(_tr("Nothing recorded yet."), self)
        self.hint.setObjectName("empty_hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setMaximumWidth(460)
        self.button = QPushButton(_tr("New…"), self)
        self.button.setObjectName("empty_new")
        self.button.clicked.connect(lambda _checked=False: on_new())
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        # Stretches either side, not an alignment flag: an aligned word-wrapped label
        # gets one line's height and its second line is cut off.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.hint, 10)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class TableOrEmpty(QStackedWidget):
    """A table, or in its place what an empty one holds and a button to add the first."""

    def __init__(
        self,
        table: QWidget,
        on_new: Callable[[], object],
        hint: str,
        button: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.addWidget(table)
        self.empty = EmptyState(on_new, self)
        self.empty.hint.setText(hint)
        self.empty.button.setText(button)
        self.addWidget(self.empty)

    def show_rows(self, count: int) -> None:
        self.setCurrentWidget(self.empty if count == 0 else self.table)


class RecordListView(ReloadWhenSeen):
    """Subclasses give the columns, the rows and what new/edit/delete do."""

    def __init__(
        self, columns: Sequence[Column[Any]], title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.title_column = next((n for n, c in enumerate(columns) if c.title), 0)
        # The kinds of record this view shows (its rows and the names it looks up).
        self.shows: frozenset[Kind] = frozenset(Kind)
        self.model: RecordModel[Any] = RecordModel(columns, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_tr("Search…"))
        self.search.textChanged.connect(self.proxy.set_text)
        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Column -1: the order the service gives (the programme's own order) until a click.
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title takes what the others leave, so the last columns stay on screen.
        header.setSectionResizeMode(self.title_column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.table.doubleClicked.connect(self._open)
        self._natural: list[int] = []  # each column's width for its contents (capped)
        # Dates and amounts give way last: cut short, "14 novembe…" says nothing.
        self._firm = frozenset(n for n, c in enumerate(columns) if c.kind in FIRM_KINDS)
        self.table.viewport().installEventFilter(self)
        self.count = QLabel(self)
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 1)
        self.buttons = QHBoxLayout()
        self.new_button = self._button(_tr("New…"), self.on_new, "new")
        self.edit_button = self._button(_tr("Edit…"), self._edit_current, "edit")
        self.delete_button = self._button(_tr("Delete"), self._delete_current, "delete")
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.count)
        self.excel_button = self._button(_tr("Export to Excel…"), self.export_to_excel, "excel")
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{self.title}</h2>", self)
        layout.addWidget(heading)
        layout.addLayout(self.filters)
        self.empty = EmptyState(lambda: self.on_new(), self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages, 1)
        layout.addLayout(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # Search, filters and sort reset the proxy: the selected record stays selected.
        self._selected_id: Any = None
        self.proxy.modelAboutToBeReset.connect(self._remember_selection)
        self.proxy.modelReset.connect(self._restore_selection)
        self.proxy.modelReset.connect(self._update_count)
        delete = QAction(self)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.triggered.connect(self._delete_current)
        self.table.addAction(delete)
        # Open the selected record with Enter or F2, as in a file manager.
        edit = QAction(self)
        edit.setShortcuts(
            [
                QKeySequence(Qt.Key.Key_Return),
                QKeySequence(Qt.Key.Key_Enter),
                QKeySequence(Qt.Key.Key_F2),
            ]
        )
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(self._edit_current)
        self.table.addAction(edit)
        # Only the view on screen answers these: a hidden view's shortcuts are off.
        self._shortcut(QKeySequence.StandardKey.New, self.on_new)
        self._shortcut(QKeySequence.StandardKey.Find, self._find)
        self._update_buttons()

    def _shortcut(self, key: QKeySequence.StandardKey, slot: Callable[[], object]) -> None:
        action = QAction(self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def _find(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _button(self, text: str, slot: Callable[[], object], name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def add_filter(
        self,
        name: str,
        label: str,
        options: list[tuple[str, Any]],
        test: Callable[[Any, Any], bool],
    ) -> ValueCombo:
        """A combo that keeps rows whose `test(record, chosen)` holds; 'all' shows every row."""
        combo = ValueCombo(self)
        combo.setObjectName(f"filter_{name}")
        combo.add_value(label, None)
        for text, value in options:
            combo.add_value(text, value)

        def changed() -> None:
            chosen = combo.value()
            self.proxy.set_predicate(
                name, None if chosen is None else (lambda record: test(record, chosen))
            )

        combo.currentIndexChanged.connect(changed)
        self.filters.addWidget(combo)
        return combo

    def on_changes(self, changes: Changes) -> None:
        """Look again only when a change touches what this view shows."""
        if changes.touches(self.shows):
            self.reload_when_seen()

    def set_rows(self, rows: Sequence[Any]) -> None:
        # New rows keep the user's place: the same record selected (kept by id across
        # the proxy's reset, see _remember_selection), the same scroll.
        scroll = self.table.verticalScrollBar().value()
        self.model.set_rows(rows)
        if self.isVisible():
            self.model.prepare_search()
        self.table.verticalScrollBar().setValue(scroll)
        self._natural = self._content_widths()
        self._fit_columns()
        self._update_count()

    def _content_widths(self) -> list[int]:
        """Each column's width for its header and the first rows shown (capped).

        Not resizeColumnsToContents: on a table not yet on screen it measures every
        row, 0.4 s at 20,000 milestones (issue 13); the first rows tell as much.
        """
        header = self.table.horizontalHeader()
        rows = min(self.proxy.rowCount(), SIZED_ROWS)
        grid = 1 if self.table.showGrid() else 0
        widths = []
        for column in range(self.model.columnCount()):
            width = header.sectionSizeHint(column)
            for row in range(rows):
                hint = self.table.sizeHintForIndex(self.proxy.index(row, column)).width()
                width = max(width, hint + grid)
            widths.append(width if column == self.title_column else min(width, CAPPED_WIDTH))
        return widths

    def _remember_selection(self) -> None:
        record = self.current()
        self._selected_id = getattr(record, "id", None) if record is not None else None

    def _restore_selection(self) -> None:
        if self._selected_id is not None:
            self.select(self._selected_id)
        self._selected_id = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # reads the rows first if they are stale
        self.model.prepare_search()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.model.stop_preparing()

    def _fit_columns(self) -> None:
        room = self.table.viewport().width()
        widths = share_columns(self._natural, self.title_column, room, firm=self._firm)
        for column, width in enumerate(widths):
            if column != self.title_column:
                self.table.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def set_empty_text(self, hint: str, button: str) -> None:
        """What an empty list says, and the text of its button that makes the first record."""
        self.empty.hint.setText(hint)
        self.empty.button.setText(button)

    def current(self) -> Any:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.record(self.proxy.mapToSource(indexes[0]).row())

    def select(self, ident: Any) -> None:
        row = self.model.row_of(ident)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():  # not when the search or a filter hides it
            self.table.selectRow(index.row())

    def _open(self, index: QModelIndex) -> None:
        self.on_edit(self.model.record(self.proxy.mapToSource(index).row()))

    def edit_selected(self) -> None:
        """Open the selected record (Enter, F2, or the Edit menu)."""
        self._edit_current()

    def delete_selected(self) -> None:
        """Delete the selected record after asking (Del, or the Edit menu)."""
        self._delete_current()

    def _edit_current(self) -> None:
        record = self.current()
        if record is not None:
            self.on_edit(record)

    def _delete_current(self) -> None:
        record = self.current()
        if record is not None:
            self.on_delete(record)

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (
            QCoreApplication.translate(TR_CONTEXT, "%n record(s)", None, total)
            if shown == total
            else _tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
        )
        self.count.setText(text)
        # An empty list says what belongs in it and offers to make the first one.
        self.pages.setCurrentWidget(self.empty if total == 0 else self.table)
        self._update_buttons()

    def confirm_delete(self, name: str, record: Any = None) -> bool:
        """Ask before deleting; say so when someone else changed the record since it was shown."""
        question = _tr("Delete '%1'? You can undo this with Ctrl+Z.").replace("%1", name)
        meanwhile = changed_meanwhile(self.last_change, record, name)
        if meanwhile is not None:
            question = meanwhile + "\n\n" + question
        answer = self.ask_delete(question)
        return answer == QMessageBox.StandardButton.Yes

    def read_whole(self, read: Callable[[uuid.UUID], W], ident: uuid.UUID) -> W | None:
        """The whole record behind a light row (a form needs every field), or None when
        it was deleted since the list was read: said so, and the list read again."""
        try:
            return read(ident)
        except NotFoundError as error:
            QMessageBox.information(self, self.title, error.message)
            self.reload()
            return None

    def ask_delete(self, question: str) -> QMessageBox.StandardButton:
        """The question itself; tests replace this to answer."""
        return QMessageBox.question(self, _tr("Delete"), question)

    def export_to_excel(self) -> object:
        """The rows as shown (search, filters, sort) to an .xlsx file, off the GUI thread."""
        from dordtwest_desktop.ui.workbook_export import export_view

        return export_view(self)

    # -- for subclasses ----------------------------------------------------------
    def on_new(self) -> QWidget | None:
        raise NotImplementedError

    def on_edit(self, record: Any) -> QWidget | None:
        raise NotImplementedError

    def on_delete(self, record: Any) -> None:
        raise NotImplementedError

    # Set by a subclass with the history at hand: who last changed a record.
    last_change: Callable[[uuid.UUID], HistoryEntryDTO | None] | None = None
