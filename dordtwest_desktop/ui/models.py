"""Table models over DTOs: a column list, an id role, a sort role, a filter proxy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dordtwest_desktop.services.workbook import CellKind

T = TypeVar("T")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
WARNING_BRUSH = QBrush(QColor("#fde8e8"))


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
        self._haystacks: list[str | None] = []
        self.highlight: Callable[[T], bool] | None = None

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._haystacks = [None] * len(self._rows)
        self.endResetModel()

    def haystack(self, row: int) -> str:
        """Every column's text of a row, casefolded and joined (for the search field)."""
        found = self._haystacks[row]
        if found is None:
            record = self._rows[row]
            found = "\n".join(c.display(record) for c in self._columns).casefold()
            self._haystacks[row] = found
        return found

    def rows(self) -> list[T]:
        return list(self._rows)

    def columns(self) -> list[Column[T]]:
        return list(self._columns)

    def record(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, ident: Any) -> int:
        for number, record in enumerate(self._rows):
            if getattr(record, "id", None) == ident:
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
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


class FilterProxy(QSortFilterProxyModel):
    """Free-text search over every column plus named predicates (pillar, status…)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._predicates: dict[str, Callable[[Any], bool]] = {}
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, name: str, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        if predicate is None:
            self._predicates.pop(name, None)
        else:
            self._predicates[name] = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if isinstance(model, RecordModel):
            # Straight to the rows, not through a QModelIndex per row and column.
            record = model.record(source_row)
            if not all(predicate(record) for predicate in self._predicates.values()):
                return False
            return not self._text or self._text in model.haystack(source_row)
        record = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
        if not all(predicate(record) for predicate in self._predicates.values()):
            return False
        if not self._text:
            return True
        for column in range(model.columnCount()):
            value = model.data(model.index(source_row, column, source_parent))
            if value and self._text in str(value).casefold():
                return True
        return False
