"""Table models over DTOs: a column list, an id role, a sort role, a filter proxy."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor

from dordtwest_desktop.services.workbook import CellKind

T = TypeVar("T")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
WARNING_BRUSH = QBrush(QColor("#fde8e8"))
HAYSTACK_SLICE = 2000  # rows whose search text is made in one go while the user waits


_today: tuple[float, date] = (-1.0, date.min)


def today() -> date:
    """Today's date, asked of the system at most once a second.

    A column's text or highlight that says "overdue" asks for every row; under
    PySide each `date.today()` goes through its import hook (some 3 µs), which is
    a third of a search's first keystroke over 20,000 milestones (issue 13).
    """
    global _today
    now = time.monotonic()
    if now - _today[0] > 1.0:
        _today = (now, date.today())
    return _today[1]


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    display: Callable[[T], str]
    sort: Callable[[T], Any] | None = None  # raw value to sort by; display text if None
    align_right: bool = False
    # The column that takes the room the others leave (a list view's title or name).
    title: bool = False
    # In a spreadsheet export: the typed value (a date, cents, a PreciseDate…) and its
    # kind; without it the cell holds the display text.
    cell: Callable[[T], Any] | None = None
    kind: CellKind = CellKind.TEXT


class RecordModel(QAbstractTableModel, Generic[T]):
    """Rows are frozen DTOs; the model never holds a database object."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        # Per row, every column's text casefolded in one string, made when first
        # searched: a keystroke in the search field then costs one `in` per row.
        self._haystack_list: list[str] | None = None
        self._haystack_made: list[str] = []  # the haystacks of the first rows, so far
        self._haystack_timer: QTimer | None = None
        self._sort_keys: dict[int, list[Any]] = {}
        self._row_by_id: dict[Any, int] | None = None
        self.highlight: Callable[[T], bool] | None = None

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._haystack_list = None
        self._haystack_made = []
        self._sort_keys = {}
        self._row_by_id = None
        self.endResetModel()

    def haystacks(self) -> list[str]:
        """Every row's haystack, made at the first search after new rows (or before)."""
        if self._haystack_list is None:
            self._more_haystacks(None)
        assert self._haystack_list is not None
        return self._haystack_list

    def prepare_search(self, delay_ms: int = 300) -> None:
        """Make the haystacks a slice at a time while the user is not busy yet.

        The first keystroke after opening 20,000 milestones would otherwise make them
        all at once (about 70 ms); a slice of HAYSTACK_SLICE rows keeps the window
        answering in between.
        """
        if self._haystack_list is not None:
            return
        if self._haystack_timer is None:
            self._haystack_timer = QTimer(self)
            self._haystack_timer.setSingleShot(True)
            self._haystack_timer.timeout.connect(self._haystack_slice)
        self._haystack_timer.start(delay_ms)

    def stop_preparing(self) -> None:
        """No more slices (the list is hidden); the first search makes the rest."""
        if self._haystack_timer is not None:
            self._haystack_timer.stop()

    def _haystack_slice(self) -> None:
        if self._haystack_list is None:
            self._more_haystacks(HAYSTACK_SLICE)
        if self._haystack_list is None and self._haystack_timer is not None:
            self._haystack_timer.start(0)

    def _more_haystacks(self, count: int | None) -> None:
        made = self._haystack_made
        start = len(made)
        end = len(self._rows) if count is None else start + count
        displays = [c.display for c in self._columns]
        made.extend(
            "\n".join([show(record) for show in displays]).casefold()
            for record in self._rows[start:end]
        )
        if len(made) >= len(self._rows):
            self._haystack_list = made

    def sort_keys(self, column: int) -> list[Any]:
        """Every row's value to sort by in `column` (raw values, or casefolded text)."""
        keys = self._sort_keys.get(column)
        if keys is None:
            spec = self._columns[column]
            if spec.sort is not None:
                keys = [spec.sort(record) for record in self._rows]
            else:
                keys = [spec.display(record).casefold() for record in self._rows]
            self._sort_keys[column] = keys
        return keys

    def records(self) -> list[T]:
        """The rows themselves (not a copy): for filters that look at every row."""
        return self._rows

    def rows(self) -> list[T]:
        return list(self._rows)

    def columns(self) -> list[Column[T]]:
        return list(self._columns)

    def record(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, ident: Any) -> int:
        # A dict made once per set of rows: the selection is looked up again after every
        # search keystroke, and 20,000 rows are too many to walk each time. Checked
        # against the row, since a subclass may move rows in place (the agenda).
        index = self._row_by_id
        if index is not None and len(index) == len(self._rows):
            found = index.get(ident, -1)
            if found < 0 or getattr(self._rows[found], "id", None) == ident:
                return found
        self._row_by_id = index = {}
        for number, record in enumerate(self._rows):
            index.setdefault(getattr(record, "id", None), number)
        return index.get(ident, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column_number: int, role: int) -> Any:
        """What data() gives for a cell, without a QModelIndex (a proxy's shortcut)."""
        record = self._rows[row]
        column = self._columns[column_number]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(record)
        if role == SORT_ROLE:
            return column.sort(record) if column.sort else column.display(record).casefold()
        if role == ID_ROLE:
            return getattr(record, "id", None)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight and self.highlight(record):
            return WARNING_BRUSH
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class FilterProxy(QAbstractProxyModel):
    """Free-text search over every column plus named predicates (pillar, status…), and sort.

    The shown rows are one list of source rows, filtered and sorted with plain list
    operations: a QSortFilterProxyModel asks Python once per row for every filter
    change and once per comparison for a sort, which at 20,000 rows costs a keystroke
    tens of milliseconds and a header click a second (issue 13). Every change resets
    the proxy; the list view keeps its selection by id across a reset.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._predicates: dict[str, Callable[[Any], bool]] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] | None = None  # source rows in sort order; None: as given
        self._shown: list[int] = []  # source rows shown, in the order shown
        self._position: dict[int, int] | None = None  # source row -> shown row, when asked
        self._model: RecordModel[Any] | None = None

    # -- what decides the shown rows -----------------------------------------
    def set_text(self, text: str) -> None:
        text = text.strip().casefold()
        if text == self._text:
            return
        # A longer text keeps only rows the shorter one kept: search among those.
        narrowing = bool(self._text) and self._text in text
        self._text = text
        self._refilter(self._shown if narrowing else None)

    def set_predicate(self, name: str, predicate: Callable[[Any], bool] | None) -> None:
        if predicate is None:
            if self._predicates.pop(name, None) is None:
                return
        else:
            self._predicates[name] = predicate
        self._refilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._order = None
        self._refilter()

    def sortColumn(self) -> int:
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort_order

    def filtering(self) -> bool:
        return bool(self._text or self._predicates)

    def _sorted(self) -> list[int] | None:
        model = self._model
        if model is None or self._sort_column < 0:
            return None
        if self._order is None:
            keys = model.sort_keys(self._sort_column)
            reverse = self._sort_order == Qt.SortOrder.DescendingOrder
            try:
                self._order = sorted(range(len(keys)), key=keys.__getitem__, reverse=reverse)
            except TypeError:  # a column whose raw values do not compare (None beside a date)
                texts = [str(k) for k in keys]
                self._order = sorted(range(len(keys)), key=texts.__getitem__, reverse=reverse)
        return self._order

    def _refilter(self, among: list[int] | None = None) -> None:
        self.beginResetModel()
        self._shown = self._rows(among)
        self._position = None
        self.endResetModel()

    def _rows(self, among: list[int] | None) -> list[int]:
        model = self._model
        if model is None:
            return []
        order = self._sorted()
        if among is None:
            among = order if order is not None else list(range(model.rowCount()))
        if self._predicates:
            records = model.records()
            tests = list(self._predicates.values())
            among = [r for r in among if all(test(records[r]) for test in tests)]
        if self._text:
            text = self._text
            haystacks = model.haystacks()
            among = [r for r in among if text in haystacks[r]]
        return among

    def _source_reset(self) -> None:
        self._order = None
        self._shown = self._rows(None)
        self._position = None
        self.endResetModel()

    # -- QAbstractProxyModel ----------------------------------------------------
    def setSourceModel(self, source: QAbstractItemModel) -> None:
        if not isinstance(source, RecordModel):
            raise TypeError("FilterProxy shows a RecordModel")
        self.beginResetModel()
        super().setSourceModel(source)
        self._model = source
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.dataChanged.connect(self._source_data_changed)
        self._order = None
        self._shown = self._rows(None)
        self._position = None
        self.endResetModel()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        rows = [
            self.mapFromSource(top_left.siblingAtRow(r)).row()
            for r in range(top_left.row(), bottom_right.row() + 1)
        ]
        shown = [r for r in rows if r >= 0]
        if shown:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(shown), 0), self.index(max(shown), last))

    def source_row(self, row: int) -> int:
        return self._shown[row]

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if self._model is None or not proxy_index.isValid():
            return QModelIndex()
        row = proxy_index.row()
        if not 0 <= row < len(self._shown):
            return QModelIndex()
        return self._model.index(self._shown[row], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        if self._position is None:
            self._position = {source: shown for shown, source in enumerate(self._shown)}
        row = self._position.get(source_index.row())
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._model is None:
            return 0
        return self._model.columnCount()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._model is None or not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        return self._model.cell(self._shown[index.row()], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._model is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        return self._model.headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
