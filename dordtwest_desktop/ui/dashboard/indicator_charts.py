"""Small multiples: one chart per indicator, Dordt West against the Dordrecht average.

A plot costs ~15 ms to build, so a card builds its plot only when it is first
painted, that is when it scrolls into view: a hundred indicators open as fast as
six.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from dordtwest_desktop.services.dashboard import (
    PALETTE,
    IndicatorChart,
    IndicatorGroup,
    assessment_colour,
)
from dordtwest_desktop.ui.dashboard.axes import NumberAxis, YearAxis

TR_CONTEXT = "DashboardIndicators"
COLUMNS = 3
PLOT_HEIGHT = 170


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def legend_html(explicit_target: bool = True) -> str:
    def item(colour: str, dash: str, text: str) -> str:
        return f'<span style="color:{colour}; font-weight:bold;">{dash}</span> {text}'

    parts = [
        item(PALETTE["dordt_west"], "━●━", "Dordt West"),
        item(PALETTE["dordrecht"], "╍╍", _tr("Dordrecht average (the target, unless set)")),
        item(PALETTE["netherlands"], "┄┄", _tr("Netherlands")),
    ]
    if explicit_target:
        parts.append(item(PALETTE["target"], "━ ━", _tr("target")))
    return "&nbsp;&nbsp;&nbsp;".join(parts)


class IndicatorCard(QFrame):
    """Title, assessment and (once painted) the plot of one indicator."""

    def __init__(self, chart: IndicatorChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.plot: pg.PlotWidget | None = None
        self.setObjectName("indicator_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        title = QLabel(f"<b>{_escape(chart.name)}</b>", self)
        title.setWordWrap(True)
        subtitle = QLabel(_escape(chart.subtitle()), self)
        subtitle.setStyleSheet("color: #5c6670;")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        evaluation = chart.evaluation
        colour = assessment_colour(evaluation)
        self.summary.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.summary.setText(_escape(chart.summary()))
        self.holder = QWidget(self)
        self.holder.setFixedHeight(PLOT_HEIGHT)
        self.box = QVBoxLayout(self.holder)
        self.box.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        for widget in (title, subtitle, self.summary, self.holder):
            layout.addWidget(widget)
        self._scheduled = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.plot is None and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self.build)

    def build(self) -> pg.PlotWidget:
        """The plot, made now if it was not yet."""
        if self.plot is not None:
            return self.plot
        plot = pg.PlotWidget(
            self.holder,
            axisItems={"bottom": YearAxis("bottom"), "left": NumberAxis("left")},
        )
        plot.setObjectName("indicator_plot")
        plot.setBackground("w")
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.getPlotItem().getAxis("left").setWidth(44)
        plot.getPlotItem().showGrid(x=False, y=True, alpha=0.15)
        draw_indicator(plot, self.chart)
        self.box.addWidget(plot)
        self.plot = plot
        return plot


def draw_indicator(plot: pg.PlotWidget, chart: IndicatorChart) -> None:
    if chart.is_empty:
        hint = pg.TextItem(
            _tr("No figures yet.\nAdd them under 'Manage indicators…'\nor import a CSV file."),
            color="#5c6670",
            anchor=(0.5, 0.5),
        )
        hint.setPos(0.5, 0.5)
        plot.addItem(hint)
        plot.setXRange(0, 1)
        plot.setYRange(0, 1)
        plot.getPlotItem().hideAxis("left")
        plot.getPlotItem().hideAxis("bottom")
        return
    years = np.array(chart.years, dtype=float)

    def line(values: Sequence[float | None], colour: str, style: Qt.PenStyle, symbol: bool) -> None:
        ys = np.array([np.nan if v is None else v for v in values], dtype=float)
        plot.plot(
            years,
            ys,
            pen=pg.mkPen(colour, width=2 if symbol else 1.6, style=style),
            symbol="o" if symbol else None,
            symbolSize=6,
            symbolBrush=colour,
            symbolPen=None,
            connect="finite",
        )

    if chart.has_netherlands:
        line(chart.netherlands, PALETTE["netherlands"], Qt.PenStyle.DotLine, False)
    line(chart.dordrecht, PALETTE["dordrecht"], Qt.PenStyle.DashLine, len(years) == 1)
    if chart.target is not None:
        target = pg.InfiniteLine(
            chart.target,
            angle=0,
            pen=pg.mkPen(PALETTE["target"], width=1.6, style=Qt.PenStyle.DashLine),
        )
        plot.addItem(target)
    line(chart.dordt_west, PALETTE["dordt_west"], Qt.PenStyle.SolidLine, True)
    low, high = chart.value_range()
    margin = (high - low) * 0.15
    plot.setYRange(low - margin, high + margin, padding=0)
    plot.setXRange(years.min() - 0.5, years.max() + 0.5, padding=0)


class IndicatorSection(QWidget):
    """The groups per pillar, each a grid of cards; or a hint when there is nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: tuple[IndicatorGroup, ...] | None = None
        self.cards: list[IndicatorCard] = []
        self.on_manage: Callable[[], object] | None = None
        self.legend = QLabel(self)
        self.empty = QLabel(
            _tr(
                "No indicators yet. Add them with 'Manage indicators…', or import a CSV file "
                "with the header indicator;jaar;dordt_west;dordrecht;nederland."
            ),
            self,
        )
        self.empty.setObjectName("indicators_empty")
        self.empty.setWordWrap(True)
        self.content = QWidget(self)
        self.grid = QGridLayout(self.content)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.empty)
        layout.addWidget(self.content)

    def set_groups(self, groups: tuple[IndicatorGroup, ...]) -> None:
        if groups == self.groups:
            return
        self.groups = groups
        for card in self.cards:
            card.deleteLater()
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in self.cards:
                widget.deleteLater()
        self.cards = []
        row = 0
        for group in groups:
            heading = QLabel(f"<b>{_escape(group.title)}</b>", self.content)
            heading.setStyleSheet("color: #1f3a5f; font-size: 11pt; margin-top: 6px;")
            self.grid.addWidget(heading, row, 0, 1, COLUMNS)
            row += 1
            for index, chart in enumerate(group.charts):
                card = IndicatorCard(chart, self.content)
                self.cards.append(card)
                self.grid.addWidget(card, row + index // COLUMNS, index % COLUMNS)
            row += (len(group.charts) + COLUMNS - 1) // COLUMNS
        explicit = any(c.target is not None for g in groups for c in g.charts)
        self.legend.setText(legend_html(explicit))
        self.legend.setVisible(bool(groups))
        self.empty.setVisible(not groups)

    def card(self, name: str) -> IndicatorCard:
        return next(c for c in self.cards if c.chart.name == name)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
