"""The milestone timeline: a lane per initiative, a point per day, a bar per vaguer date.

Drawn from `services.charts.TimelineSeries`, the series the PDF draws too. All
marks of one colour are one pyqtgraph item (bars or points), so 2,000 milestones
cost a handful of items; hover and click find the mark by its lane and date.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import timedelta
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.services.charts import TimelineMark, TimelineSeries, unix_seconds
from dordtwest_desktop.services.dashboard import PALETTE, is_overdue, mark_colour
from dordtwest_desktop.ui.dashboard.axes import DutchDateAxis

TR_CONTEXT = "DashboardTimeline"
LANE_HEIGHT = 40
MAX_VISIBLE_LANES = 18
LANE_TITLE_CHARS = 34
LANE_TITLE_WIDTH = 230
HIT_PIXELS = 7
MAX_LABELS = 300  # more marks than this: titles only in the tooltip
LABEL_CHARS = 40


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def _lane_title(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LANE_TITLE_CHARS else text[: LANE_TITLE_CHARS - 1] + "…"


class TimelineChart(QWidget):
    """Zoom and pan with the mouse (horizontally); a click on a mark emits its milestone."""

    milestone_clicked = Signal(uuid.UUID)
    # A mark of several milestones (the "other initiatives" lane): the view lets one
    # choose which to open.
    group_clicked = Signal(object)  # TimelineMark

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: TimelineSeries | None = None
        self._lanes: dict[int, list[TimelineMark]] = {}
        self.plot = pg.PlotWidget(self, axisItems={"bottom": DutchDateAxis("bottom")})
        self.plot.setObjectName("timeline_plot")
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        item.invertY(True)
        item.showGrid(x=True, y=False, alpha=0.15)
        left = item.getAxis("left")
        left.setWidth(LANE_TITLE_WIDTH)
        left.setStyle(tickLength=0)
        self.plot.setMouseEnabled(x=True, y=False)
        for axis in ("left", "bottom"):
            item.getAxis(axis).setTextPen("#1a1a1a")
        self._labels: list[tuple[pg.TextItem, int, float, float]] = []  # item, lane, x, width
        self._label_font = QFont()
        self._label_font.setPointSizeF(7.5)
        item.getViewBox().sigXRangeChanged.connect(self._layout_labels)
        item.getViewBox().sigResized.connect(self._layout_labels)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.scene().sigMouseMoved.connect(self._hovered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    # -- drawing ---------------------------------------------------------------
    def set_series(self, series: TimelineSeries) -> None:
        if series == self.series:
            return
        keep_range = self.series is not None and self.series.start == series.start
        view = self.plot.getViewBox().viewRange()[0] if keep_range else None
        self.series = series
        self.plot.clear()
        self._lanes = {n: list(lane.marks) for n, lane in enumerate(series.lanes)}
        count = len(series.lanes)
        left = self.plot.getPlotItem().getAxis("left")
        titles = [_lane_title(lane.title) for lane in series.lanes]
        left.setTicks([list(enumerate(titles))])
        # As wide as the longest lane title needs, so a small window keeps room for the marks.
        metrics = QFontMetricsF(left.style["tickFont"] or QFont())
        widest = max((metrics.horizontalAdvance(t) for t in titles), default=60.0)
        left.setWidth(int(min(widest + 16, LANE_TITLE_WIDTH)))
        self._draw_lanes(series)
        self._draw_marks(series)
        self._draw_today(series)
        self._draw_labels(series)
        start, end = unix_seconds(series.start), unix_seconds(series.end + timedelta(days=1))
        span = end - start
        self.plot.setLimits(
            xMin=start - 4 * span,
            xMax=end + 4 * span,
            minXRange=14 * 86400,
            yMin=-0.7,
            yMax=count - 0.3,
        )
        shown = min(count, MAX_VISIBLE_LANES)
        self.plot.setMouseEnabled(x=True, y=count > MAX_VISIBLE_LANES)
        self.plot.setYRange(-0.6, shown - 0.4, padding=0)
        if view is not None:
            self.plot.setXRange(*view, padding=0)
        else:
            self.plot.setXRange(start, end, padding=0.01)
        self.setMinimumHeight(70 + LANE_HEIGHT * shown)
        self.setMaximumHeight(70 + LANE_HEIGHT * shown)

    def _draw_lanes(self, series: TimelineSeries) -> None:
        x0: list[float] = []
        widths: list[float] = []
        ys: list[float] = []
        for n, lane in enumerate(series.lanes):
            if lane.period is not None:
                first = unix_seconds(lane.period[0])
                x0.append(first)
                widths.append(unix_seconds(lane.period[1] + timedelta(days=1)) - first)
                ys.append(n)
        if x0:
            self._add_bars(x0, widths, ys, 0.62, PALETTE["period"], z=-10)
        for n in range(1, len(series.lanes)):
            line = pg.InfiniteLine(n - 0.5, angle=0, pen=pg.mkPen("#e3e8ed", width=1))
            line.setZValue(-20)
            self.plot.addItem(line)

    def _draw_marks(self, series: TimelineSeries) -> None:
        bars: dict[str, tuple[list[float], list[float], list[float]]] = defaultdict(
            lambda: ([], [], [])
        )
        points: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
        for n, marks in self._lanes.items():
            for mark in marks:
                colour = mark_colour(mark, series.today)
                first = unix_seconds(mark.first)
                if mark.is_point:
                    points[colour][0].append(first)
                    points[colour][1].append(n)
                else:
                    target = bars[colour]
                    target[0].append(first)
                    target[1].append(unix_seconds(mark.last + timedelta(days=1)) - first)
                    target[2].append(n)
        for colour, (x0, widths, ys) in bars.items():
            self._add_bars(x0, widths, ys, 0.34, colour, z=0)
        for colour, (xs, ys) in points.items():
            scatter = pg.ScatterPlotItem(
                x=np.array(xs),
                y=np.array(ys, dtype=float),
                symbol="d",
                size=13,
                brush=pg.mkBrush(colour),
                pen=pg.mkPen("w", width=1.2),
            )
            scatter.setZValue(5)
            self.plot.addItem(scatter)

    def _add_bars(
        self,
        x0: list[float],
        widths: list[float],
        ys: list[float],
        height: float,
        colour: str,
        z: int,
    ) -> None:
        bars = pg.BarGraphItem(
            x0=np.array(x0),
            width=np.array(widths),
            y=np.array(ys, dtype=float),
            height=height,
            brush=pg.mkBrush(colour),
            pen=pg.mkPen(QColor(colour).darker(115), width=1),
        )
        bars.setZValue(z)
        self.plot.addItem(bars)

    def _draw_labels(self, series: TimelineSeries) -> None:
        """Titles above the marks (when there are not too many to bother with)."""
        self._labels = []
        if sum(len(m) for m in self._lanes.values()) > MAX_LABELS:
            return
        metrics = QFontMetricsF(self._label_font)
        for n, marks in self._lanes.items():
            for mark in sorted(marks, key=lambda m: (m.first, m.last)):
                text = _short_title(mark.title)
                item = pg.TextItem(text, color="#1a1a1a", anchor=(0, 1))
                item.setFont(self._label_font)
                x = unix_seconds(mark.first)
                item.setPos(x, n - 0.2)
                item.setZValue(8)
                self.plot.addItem(item)
                self._labels.append((item, n, x, metrics.horizontalAdvance(text) + 8))

    def _layout_labels(self) -> None:
        """Show a title only where it runs into neither the one before it nor the edge."""
        if not self._labels:
            return
        box = self.plot.getViewBox()
        pixel = box.viewPixelSize()[0] or 1.0
        (left, _right), _ = box.viewRange()
        ends: dict[int, float] = {}
        for item, lane, x, width in self._labels:
            start = (x - left) / pixel
            fits = start >= max(ends.get(lane, 0.0), 0.0) and start + width <= box.width()
            item.setVisible(fits)
            if fits:
                ends[lane] = start + width

    def _draw_today(self, series: TimelineSeries) -> None:
        today = pg.InfiniteLine(
            unix_seconds(series.today),
            angle=90,
            pen=pg.mkPen(PALETTE["today"], width=1.5, style=Qt.PenStyle.DashLine),
            label=_tr("today"),
            labelOpts={"position": 0.02, "color": PALETTE["today"], "anchors": [(1, 0), (1, 0)]},
        )
        today.setZValue(10)
        self.plot.addItem(today)

    # -- finding a mark --------------------------------------------------------
    def mark_at(self, scene_pos: QPointF) -> TimelineMark | None:
        box = self.plot.getViewBox()
        if self.series is None or not box.sceneBoundingRect().contains(scene_pos):
            return None
        point = box.mapSceneToView(scene_pos)
        lane = round(point.y())
        pixel_x, pixel_y = box.viewPixelSize()
        if abs(point.y() - lane) > max(0.3, 10 * pixel_y):
            return None
        reach = HIT_PIXELS * pixel_x
        best: tuple[float, float, TimelineMark] | None = None
        for mark in self._lanes.get(lane, ()):
            first = unix_seconds(mark.first)
            last = unix_seconds(mark.last + timedelta(days=1)) if not mark.is_point else first
            distance = max(first - point.x(), point.x() - last, 0.0)
            if distance <= reach:
                candidate = (distance, last - first, mark)
                if best is None or candidate[:2] < best[:2]:
                    best = candidate
        return best[2] if best else None

    def describe(self, mark: TimelineMark) -> str:
        assert self.series is not None
        status = label(mark.status)
        if is_overdue(mark, self.series.today):
            status = _tr("%1, overdue").replace("%1", status)
        lines = [f"<b>{_escape(mark.title)}</b>", _escape(mark.label), status]
        if mark.body is not None:
            lines.append(_tr("decided by %1").replace("%1", label(mark.body)))
        hint = _tr("Click to choose one") if mark.is_group else _tr("Click to open")
        lines.append(f"<i>{hint}</i>")
        return "<br>".join(lines)

    def _clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        mark = self.mark_at(event.scenePos())
        if mark is not None:
            event.accept()
            if mark.is_group:
                self.group_clicked.emit(mark)
            else:
                self.milestone_clicked.emit(mark.milestone_id)

    def _hovered(self, scene_pos: QPointF) -> None:
        mark = self.mark_at(scene_pos)
        if mark is None:
            QToolTip.hideText()
            self.plot.viewport().unsetCursor()
            return
        self.plot.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        global_pos = self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos))
        QToolTip.showText(global_pos, self.describe(mark), self.plot)

    def marks(self) -> list[TimelineMark]:
        return [m for lane in self._lanes.values() for m in lane]

    def scene_pos_of(self, mark: TimelineMark) -> QPointF:
        """Where a mark sits on screen (its middle), for tests and keyboard users."""
        lane = next(n for n, marks in self._lanes.items() if mark in marks)
        first = unix_seconds(mark.first)
        last = first if mark.is_point else unix_seconds(mark.last + timedelta(days=1))
        return self.plot.getViewBox().mapViewToScene(QPointF((first + last) / 2, lane))


def _short_title(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
