"""Editing an indicator and its figures per peildatum (year)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dordtwest_desktop.domain.dates import MAX_YEAR, MIN_YEAR
from dordtwest_desktop.domain.enums import Direction
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.domain.indicators import format_number, parse_number
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.i18n import tr as core_tr
from dordtwest_desktop.services.dto import PillarDTO
from dordtwest_desktop.services.indicators import SOURCES, IndicatorDTO, IndicatorValueDTO
from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.widgets import (
    button,
    enum_combo,
    list_with_buttons,
    optional_combo,
)

COLUMNS = 4  # year, Dordt West, Dordrecht, Netherlands


class ValuesTable(QWidget):
    """The figures as a small spreadsheet; empty rows are ignored."""

    def __init__(self, values: Sequence[IndicatorValueDTO], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids = {v.year: v.id for v in values}
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("values")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Year"), "Dordt West", self.tr("Dordrecht average"), self.tr("Netherlands")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(180)
        for item in values:
            self.add_row(item)
        list_with_buttons(
            self,
            self.table,
            [
                button(self, self.tr("Add year"), "add_year", lambda: self.add_row(None)),
                button(self, self.tr("Remove year"), "remove_year", self.remove_current),
            ],
        )

    def add_row(self, item: IndicatorValueDTO | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        texts = ["", "", "", ""]
        if item is not None:
            texts = [
                str(item.year),
                format_number(item.dordt_west, 6),
                format_number(item.dordrecht, 6),
                "" if item.netherlands is None else format_number(item.netherlands, 6),
            ]
        for column, text in enumerate(texts):
            self.table.setItem(row, column, QTableWidgetItem(text))
        return row

    def set_row(self, row: int, texts: Sequence[str]) -> None:
        for column, text in enumerate(texts):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        cell = self.table.item(row, column)
        return cell.text().strip() if cell is not None else ""

    def values(self) -> tuple[IndicatorValueDTO, ...]:
        found = []
        for row in range(self.table.rowCount()):
            texts = [self._text(row, c) for c in range(COLUMNS)]
            if not any(texts):
                continue
            found.append(self._row_value(row + 1, texts))
        return tuple(sorted(found, key=lambda v: v.year))

    def _row_value(self, number: int, texts: list[str]) -> IndicatorValueDTO:
        year_text, west, average, country = texts
        if not re.fullmatch(r"[0-9]{4}", year_text) or not MIN_YEAR <= int(year_text) <= MAX_YEAR:
            raise self._error(number, self.tr("'%1' is not a year.").replace("%1", year_text))
        for text in (west, average):
            if not text:
                raise self._error(
                    number, self.tr("Dordt West and the Dordrecht average are both needed.")
                )
        try:
            year = int(year_text)
            return IndicatorValueDTO(
                id=self._ids.get(year) or uuid.uuid4(),
                year=year,
                dordt_west=parse_number(west),
                dordrecht=parse_number(average),
                netherlands=parse_number(country) if country else None,
            )
        except ValidationError as error:
            raise self._error(number, error.message) from error

    def _error(self, row: int, message: str) -> ValidationError:
        text = self.tr("Row %1: %2").replace("%1", str(row)).replace("%2", message)
        return ValidationError(text, field="values")


class IndicatorDialog(EditDialog):
    def __init__(
        self,
        indicator: IndicatorDTO | None,
        pillars: Sequence[PillarDTO],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(
            self.tr("New indicator") if indicator is None else self.tr("Edit indicator")
        )
        self.setMinimumWidth(620)
        self.original = indicator
        self.on_submit: Callable[[IndicatorDTO], None] | None = None
        form = self.form
        self.name = form.add("name", self.tr("Name"), QLineEdit(), required=core_tr("The name"))
        self.pillar = form.add(
            "pillar_id",
            self.tr("Pillar"),
            optional_combo(
                [(p.name, p.id) for p in pillars],
                self.tr("(none)"),
                indicator.pillar_id if indicator else None,
            ),
        )
        self.unit = form.add("unit", self.tr("Unit"), QLineEdit())
        self.unit.setPlaceholderText(self.tr("e.g. score, %, per 1.000 inhabitants"))
        self.direction = form.add(
            "direction",
            self.tr("Direction"),
            enum_combo(
                list(Direction), label, indicator.direction if indicator else Direction.UNKNOWN
            ),
        )
        self.source = form.add("source", self.tr("Source"), QComboBox())
        self.source.setEditable(True)
        self.source.addItems(["", *SOURCES])
        self.target = form.add("target", self.tr("Target"), QLineEdit(), check=self._target)
        self.target.setPlaceholderText(self.tr("empty: the Dordrecht average is the target"))
        self.values_table = form.add(
            "values", self.tr("Figures"), ValuesTable(indicator.values if indicator else ())
        )
        self.notes = form.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(60)
        if indicator is not None:
            self.name.setText(indicator.name)
            self.unit.setText(indicator.unit)
            self.source.setCurrentText(indicator.source)
            if indicator.target is not None:
                self.target.setText(format_number(indicator.target, 6))
            self.notes.setPlainText(indicator.notes)
        self.finish_layout()

    def _target(self) -> float | None:
        target_text = self.target.text().strip()
        try:
            return parse_number(target_text) if target_text else None
        except ValidationError as error:
            raise ValidationError(error.message, field="target") from error

    def collect(self) -> IndicatorDTO:
        base = self.original
        target = self._target()
        return IndicatorDTO(
            id=base.id if base else uuid.uuid4(),
            version=base.version if base else 0,
            name=self.name.text(),
            direction=self.direction.value(),
            pillar_id=self.pillar.value(),
            unit=self.unit.text(),
            source=self.source.currentText(),
            target=target,
            notes=self.notes.toPlainText(),
            position=base.position if base else 0,
            values=self.values_table.values(),
        )

    def submit(self, value: IndicatorDTO) -> None:
        assert self.on_submit is not None
        self.on_submit(value)
