"""Funding: requested against granted, per initiative and per funder, with the totals."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from dordtwest_desktop.domain.money import format_money, format_money_short
from dordtwest_desktop.services.dashboard import PALETTE, FundingBar, FundingSeries
from dordtwest_desktop.services.funding import top_bars
from dordtwest_desktop.ui.dashboard.axes import MoneyAxis

TR_CONTEXT = "DashboardFunding"
ROW_HEIGHT = 46
BAR = 0.36
LABEL_ROOM = 14  # pixels after a bar's amount label: the TextItem's own margin and air
# The most bar pairs a chart draws, the last one "overige" when there are more (as the
# PDF's FUNDING_BARS): a bar pair and its two labels per initiative made 2,000
# initiatives take seconds to draw, and no screen shows them.
SCREEN_BARS = 15


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


class FundingBars(QWidget):
    """Horizontal bar pairs: requested (light) above granted (dark), amount at the end."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: tuple[FundingBar, ...] = ()
        self._ends: list[tuple[float, str]] = []  # where each amount label starts, its text
        self.title = QLabel(f"<b>{title}</b>", self)
        self.plot = pg.PlotWidget(self, axisItems={"bottom": MoneyAxis("bottom")})
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        item = self.plot.getPlotItem()
        item.invertY(True)
        item.showGrid(x=True, y=False, alpha=0.15)
        item.getAxis("left").setStyle(tickLength=0)
        for axis in ("left", "bottom"):
            item.getAxis(axis).setTextPen("#1a1a1a")
        item.getViewBox().sigResized.connect(self._fit_labels)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.plot, 1, 0)

    def set_bars(self, bars: Sequence[FundingBar]) -> None:
        self.bars = tuple(bars)
        self.plot.clear()
        self._ends = []
        item = self.plot.getPlotItem()
        left = item.getAxis("left")
        left.setTicks([[(n, b.label) for n, b in enumerate(self.bars)]])
        metrics = QFontMetricsF(left.style["tickFont"] or QFont())
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=40)
        left.setWidth(int(min(widest + 16, 240)))
        count = max(len(self.bars), 1)
        top = max((b.requested_cents for b in self.bars), default=0) / 100 or 1.0
        positions = np.arange(len(self.bars), dtype=float)
        for offset, field, colour in (
            (-BAR / 2, "requested_cents", PALETTE["requested"]),
            (BAR / 2, "granted_cents", PALETTE["granted"]),
        ):
            values = np.array([getattr(b, field) / 100 for b in self.bars])
            if len(values):
                self.plot.addItem(
                    pg.BarGraphItem(
                        x0=np.zeros(len(values)),
                        width=values,
                        y=positions + offset,
                        height=BAR,
                        brush=pg.mkBrush(colour),
                        pen=pg.mkPen(None),
                    )
                )
        for n, bar in enumerate(self.bars):
            self._amount(n - BAR / 2, bar.requested_cents, bar.unknown_lines > 0, top)
            self._amount(n + BAR / 2, bar.granted_cents, bar.pending_lines > 0, top, pending=True)
        self._fit_labels()
        self.plot.setYRange(-0.6, count - 0.4, padding=0)
        height = 60 + ROW_HEIGHT * count
        self.plot.setFixedHeight(height)
        tips = [
            f"{b.title}: {_tr('requested')} {format_money(b.requested_cents)}, "
            f"{_tr('granted')} {format_money(b.granted_cents)}"
            for b in self.bars
        ]
        self.plot.setToolTip("\n".join(tips))

    def _amount(
        self, y: float, cents: int, unknown: bool, top: float, pending: bool = False
    ) -> None:
        if cents:
            text = format_money_short(cents)
        elif unknown:
            text = _tr("decision pending") if pending else _tr("amount not known yet")
        else:
            text = "" if pending else _tr("not recorded")
        label = pg.TextItem(text, color="#1a1a1a", anchor=(0, 0.5))
        label.setPos(cents / 100, y)
        self.plot.addItem(label)
        self._ends.append((cents / 100, text))

    def _fit_labels(self) -> None:
        """Widen the axis so that every amount fits after its bar at the plot's width."""
        box = self.plot.getViewBox()
        metrics = QFontMetricsF(QFont())
        needs = [
            (value, metrics.horizontalAdvance(text) + LABEL_ROOM) for value, text in self._ends
        ]
        self.plot.setXRange(0, x_limit(needs, box.width()), padding=0)


def x_limit(needs: Sequence[tuple[float, float]], pixels: float) -> float:
    """The axis end at which each (value, label pixels) fits: value + label ≤ end.

    A label's share of the axis is its pixels over the plot's; the end is the largest
    value / (1 - share). A plot too narrow for a label gets its bars at a third.
    """
    top = max((value for value, _ in needs), default=0.0) or 1.0
    end = top * 1.05
    for value, width in needs:
        share = width / pixels if pixels > 0 else 1.0
        end = max(end, value / (1 - share) if share < 0.67 else value * 3)
    return end


class FundingPanel(QWidget):
    """Both charts side by side, the legend and the totals below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: FundingSeries | None = None
        self.per_initiative = FundingBars(_tr("Per initiative"), self)
        self.per_funder = FundingBars(_tr("Per funder"), self)
        self.per_initiative.setObjectName("funding_per_initiative")
        self.per_funder.setObjectName("funding_per_funder")
        self.totals = QLabel(self)
        self.totals.setObjectName("funding_totals")
        self.totals.setWordWrap(True)
        self.empty = QLabel(_tr("No funding has been recorded for any initiative yet."), self)
        legend = QLabel(
            _legend(PALETTE["requested"], _tr("requested"))
            + "&nbsp;&nbsp;&nbsp;"
            + _legend(PALETTE["granted"], _tr("granted")),
            self,
        )
        layout = QGridLayout(self)
        layout.addWidget(legend, 0, 0, 1, 2)
        layout.addWidget(self.per_initiative, 1, 0)
        layout.addWidget(self.per_funder, 1, 1)
        layout.addWidget(self.empty, 2, 0, 1, 2)
        layout.addWidget(self.totals, 3, 0, 1, 2)

    def set_series(self, series: FundingSeries) -> None:
        if series == self.series:
            return
        self.series = series
        self.per_initiative.set_bars(top_bars(series.by_initiative, SCREEN_BARS))
        self.per_funder.set_bars(top_bars(series.by_funder, SCREEN_BARS))
        self.per_initiative.setVisible(not series.is_empty)
        self.per_funder.setVisible(not series.is_empty)
        self.empty.setVisible(series.is_empty)
        self.totals.setText(f"<b>{series.total_text()}</b>")


def _legend(colour: str, text: str) -> str:
    return f'<span style="color:{colour}; font-size:14pt;">■</span> {text}'
