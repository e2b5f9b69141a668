"""The indicators: a list with their latest figures and assessment, the editor, CSV import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from dordtwest_desktop.domain.enums import Assessment
from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.domain.indicators import format_number
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.services.changes import Kind
from dordtwest_desktop.services.indicators import (
    ImportSummary,
    IndicatorDTO,
    IndicatorService,
    read_indicator_file,
)
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dashboard.indicator_dialog import IndicatorDialog
from dordtwest_desktop.ui.models import Column
from dordtwest_desktop.ui.views.base import RecordListView

TR_CONTEXT = "IndicatorsView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def _latest(field: str) -> Any:
    def show(indicator: IndicatorDTO) -> str:
        latest = indicator.latest
        value = getattr(latest, field) if latest else None
        return "" if value is None else format_number(value)

    return show


def _sort_latest(field: str) -> Any:
    def key(indicator: IndicatorDTO) -> float:
        latest = indicator.latest
        value = getattr(latest, field) if latest else None
        return float("-inf") if value is None else value

    return key


def _gap(indicator: IndicatorDTO) -> str:
    found = indicator.evaluation()
    if found is None:
        return ""
    if found.relative_gap is None:
        return format_number(found.gap, signed=True)
    return f"{format_number(found.gap, signed=True)} ({format_number(found.relative_gap, 1, signed=True)} %)"


class IndicatorsView(RecordListView):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self._pillars: dict[Any, str] = {}
        columns: list[Column[IndicatorDTO]] = [
            Column(_tr("Indicator"), lambda i: i.name),
            Column(_tr("Pillar"), lambda i: self._pillars.get(i.pillar_id, "")),
            Column(_tr("Unit"), lambda i: i.unit),
            Column(_tr("Direction"), lambda i: label(i.direction)),
            Column(_tr("Source"), lambda i: i.source),
            Column(
                _tr("Year"), lambda i: str(i.latest.year) if i.latest else "", _sort_latest("year")
            ),
            Column("Dordt West", _latest("dordt_west"), _sort_latest("dordt_west"), True),
            Column(_tr("Dordrecht"), _latest("dordrecht"), _sort_latest("dordrecht"), True),
            Column(_tr("Gap"), _gap, lambda i: _gap_sort(i), True),
            Column(_tr("Assessment"), _assessment, _assessment_sort),
            Column(_tr("Trend"), _trend),
        ]
        super().__init__(columns, _tr("Indicators"), parent)
        self.context = context
        self.last_change = context.history.last_change
        self.service = IndicatorService(context.store)
        self.import_button = self._button(_tr("Import CSV…"), self.import_csv, "import_csv")
        self.shows = frozenset({Kind.INDICATOR, Kind.PROGRAMME})
        context.events.changed.connect(self.on_changes)
        self.reload()

    def reload(self) -> None:
        self._pillars = {p.id: p.name for p in self.context.programme.pillars()}
        self.set_rows(self.service.indicators())

    def _dialog(self, indicator: IndicatorDTO | None) -> IndicatorDialog:
        dialog = IndicatorDialog(indicator, self.context.programme.pillars(), self)
        dialog.on_submit = self._save
        dialog.open()
        return dialog

    def _save(self, indicator: IndicatorDTO) -> None:
        service = self.service
        self.context.ops.save(
            _tr("Edit indicator"),
            indicator,
            service.save_indicator,
            service.delete_indicator,
            self.context.events.indicators_changed,
            created=_tr("Add indicator"),
        )
        self.select(indicator.id)

    def on_new(self) -> IndicatorDialog:
        return self._dialog(None)

    def on_edit(self, record: IndicatorDTO) -> IndicatorDialog:
        return self._dialog(record)

    def on_delete(self, record: IndicatorDTO) -> None:
        if not self.confirm_delete(record.name, record):
            return
        service = self.service
        self.context.ops.change(
            _tr("Delete indicator"),
            lambda: service.delete_indicator(record.id),
            service.restore,
            self.context.events.indicators_changed,
        )

    def import_csv(self) -> None:
        import_indicators(self.context, self)


def _assessment(indicator: IndicatorDTO) -> str:
    found = indicator.evaluation()
    if found is None:
        return ""
    return label(found.assessment) if found.assessment else _tr("direction unknown — set it")


def _assessment_sort(indicator: IndicatorDTO) -> int:
    found = indicator.evaluation()
    if found is None:
        return 99
    return list(Assessment).index(found.assessment) if found.assessment else 98


def _gap_sort(indicator: IndicatorDTO) -> float:
    found = indicator.evaluation()
    return found.relative_gap if found and found.relative_gap is not None else float("-inf")


def _trend(indicator: IndicatorDTO) -> str:
    found = indicator.evaluation()
    return label(found.trend) if found and found.trend else ""


def ask_csv(context: AppContext, parent: QWidget) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    folder = context.settings.last_folder or str(Path.home())
    name, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Import indicators"),
        folder,
        _tr("Indicator file (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;CSV file (*.csv *.txt)"),
    )
    if not name:
        return None
    context.settings.last_folder = str(Path(name).parent)
    return Path(name)


def import_indicators(
    context: AppContext, parent: QWidget, path: Path | None = None
) -> ImportSummary | None:
    """Ask for a CSV or Excel file and import it as one undoable step; None if nothing was imported."""
    path = path or ask_csv(context, parent)
    if path is None:
        return None
    service = IndicatorService(context.store)
    try:
        rows = read_indicator_file(path)
        summary = context.ops.change(
            _tr("Import indicators"),
            lambda: service.apply_rows(rows, path),
            lambda done: service.revert(done.revert),
            context.events.indicators_changed,
        )
    except DomainError as error:
        QMessageBox.warning(parent, _tr("Import indicators"), error.message)
        return None
    window = parent.window()
    status = getattr(window, "statusBar", None)
    if callable(status):
        status().showMessage(summary.message(), 10000)
    return summary


class IndicatorsWindow(QDialog):
    """The indicator list in a window of its own, opened from the dashboard."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Indicators"))
        self.resize(1000, 560)
        self.view = IndicatorsView(context, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
