"""The dashboard's charts for print, drawn with reportlab.graphics.

Everything is vector (lines, rectangles and real text), so it is crisp at any
print size and its labels can be searched and read out. The drawings are pure
functions of the series in `services.dashboard`, the series the pyqtgraph
dashboard draws; the dashboard PDF (export.dashboard) and the briefing pack
place them:

* `timeline_overview_drawing(series, width)`: lanes, points and bars, today;
* `funding_drawing(bars, width, title)`: requested against granted;
* `funding_flowables(series, width)`: both funding charts, a legend and the totals;
* `indicator_drawing(chart, width, height)`: one small multiple;
* `indicator_flowables(groups, width)`: all of them, grouped by pillar.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from dordtwest_desktop.domain.indicators import format_number
from dordtwest_desktop.domain.money import format_money_short
from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.fonts import BOLD, REGULAR
from dordtwest_desktop.export.text import markup, one_line
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.charts import TimelineLane, TimelineMark, TimelineSeries
from dordtwest_desktop.services.dashboard import (
    ASSESSMENT_COLOURS,
    PALETTE,
    IndicatorChart,
    IndicatorGroup,
    date_ticks,
    mark_colour,
)
from dordtwest_desktop.services.funding import FundingBar, FundingSeries

LANE_TITLE_WIDTH = 40 * s.mm
LANE_HEIGHT = 17.0
AXIS_HEIGHT = 16.0
LABEL_SIZE = 6.0
INDICATOR_COLUMNS = 3
INDICATOR_HEIGHT = 47 * s.mm
MAX_TIMELINE_HEIGHT = 120 * s.mm


def colour(name: str) -> colors.Color:
    return colors.HexColor(PALETTE[name])


def fit(text: str, font: str, size: float, width: float) -> str:
    """The text on one line, cut with an ellipsis where it is wider than `width`."""
    text = one_line(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap(text: str, font: str, size: float, width: float, lines: int) -> list[str]:
    """Words on at most `lines` lines of `width`; the last line cut with an ellipsis."""
    words = one_line(text).split(" ")
    out: list[str] = []
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and stringWidth(line + " " + words[0], font, size) <= width:
            line += " " + words.pop(0)
        out.append(line)
    if words:
        out.append(fit(" ".join(words), font, size, width))
    return [fit(line, font, size, width) for line in out]


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values (1, 2, 2.5 or 5 times a power of ten) covering low..high."""
    if high <= low:
        high = low + 1
    raw = (high - low) / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(f * power for f in (1, 2, 2.5, 5, 10) if f * power >= raw)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high - step * 1e-9:
        ticks.append(round(first + len(ticks) * step, 10))
    return ticks


def _small(x: float, y: float, text: str, anchor: str = "start") -> String:
    """A muted 5.5 pt label: axis ticks and notes."""
    return _text(x, y, text, textAnchor=anchor, fontSize=5.5, fillColor=s.MUTED)


def _text(x: float, y: float, text: str, **kw: object) -> String:
    options: dict[str, object] = {"fontName": REGULAR, "fontSize": LABEL_SIZE, "fillColor": s.INK}
    options.update(kw)
    return String(x, y, text, **options)


# -- timeline --------------------------------------------------------------------------


def timeline_overview_drawing(series: TimelineSeries, width: float) -> Drawing:
    """One lane per initiative (and the programme): diamonds for days, bars for vaguer dates.

    Titles stand above their marks where they do not run into the one before (not
    with more than 150 marks). Taller than MAX_TIMELINE_HEIGHT, the lanes get thinner.
    """
    lanes = series.lanes
    lane_height = min(LANE_HEIGHT, (MAX_TIMELINE_HEIGHT - AXIS_HEIGHT) / max(len(lanes), 1))
    height = AXIS_HEIGHT + lane_height * len(lanes) + 8
    d = Drawing(width, height)
    d.initialFontName = REGULAR  # the renderer's default, Helvetica, is not embedded
    axis = _TimeAxis(series, LANE_TITLE_WIDTH, width - 4)
    top = height - 8
    titles = sum(len(lane.marks) for lane in lanes) <= 150
    for n, lane in enumerate(lanes):
        y = top - (n + 0.5) * lane_height
        _lane(d, lane, axis, y, lane_height, shade=n % 2 == 0)
        ends = -1e9
        for mark in sorted(lane.marks, key=lambda m: (m.first, m.last)):
            x0 = _mark(d, mark, axis, y, min(3.2, lane_height * 0.22))
            label = fit(mark.title, REGULAR, 5.5, 45 * s.mm)
            if titles and ends <= x0 < axis.right - 10:
                d.add(_small(x0 - 3, y + 4.5, label))
                ends = x0 + stringWidth(label, REGULAR, 5.5) + 4
    _timeline_axis(d, series, axis.left, axis.right, top - lane_height * len(lanes), top)
    return d


class _TimeAxis:
    def __init__(self, series: TimelineSeries, left: float, right: float) -> None:
        self.series, self.left, self.right = series, left, right

    def x(self, day: date) -> float:
        return self.left + (self.right - self.left) * self.series.position(day)


def _lane(d: Drawing, lane: TimelineLane, axis: _TimeAxis, y: float, h: float, shade: bool) -> None:
    if shade:
        d.add(Rect(0, y - h / 2, axis.right, h, fillColor=s.SHADE, strokeColor=None))
    size = min(6.5, h * 0.55)
    title = fit(lane.title, REGULAR, size, axis.left - 6)
    d.add(_text(2, y - size / 3, title, fontSize=size))
    if lane.period is not None:
        x0, x1 = axis.x(lane.period[0]), axis.x(lane.period[1] + timedelta(days=1))
        band = Rect(x0, y - h * 0.3, x1 - x0, h * 0.6, fillColor=colour("period"), strokeColor=None)
        d.add(band)


def _mark(d: Drawing, mark: TimelineMark, axis: _TimeAxis, y: float, r: float) -> float:
    """A diamond for a day, a bar over the days of a vaguer date; returns where it starts."""
    fill = colors.HexColor(mark_colour(mark, axis.series.today))
    x0 = axis.x(mark.first)
    if mark.is_point:
        points = [x0, y + r, x0 + r, y, x0, y - r, x0 - r, y]
        d.add(Polygon(points, fillColor=fill, strokeColor=colors.white, strokeWidth=0.5))
    else:
        x1 = max(axis.x(mark.last + timedelta(days=1)), x0 + 1)
        d.add(Rect(x0, y - r * 0.8, x1 - x0, r * 1.6, fillColor=fill, strokeColor=None))
    return x0


def _timeline_axis(
    d: Drawing, series: TimelineSeries, left: float, right: float, bottom: float, top: float
) -> None:
    d.add(Line(left, bottom, right, bottom, strokeColor=s.MUTED, strokeWidth=0.5))
    room = max(int((right - left) / 42), 2)
    for day, text in date_ticks(series.start, series.end, room):
        pos = left + (right - left) * series.position(day)
        d.add(Line(pos, bottom, pos, top, strokeColor=s.RULE, strokeWidth=0.3))
        d.add(_text(pos, bottom - 8, text, textAnchor="middle", fillColor=s.MUTED))
    if series.shows_today():
        pos = left + (right - left) * series.position(series.today)
        d.add(
            Line(
                pos,
                bottom,
                pos,
                top + 2,
                strokeColor=colour("today"),
                strokeWidth=0.8,
                strokeDashArray=[2, 1.5],
            )
        )
        d.add(_text(pos - 2, top + 1, tr("today"), textAnchor="end", fillColor=colour("today")))


# -- funding ---------------------------------------------------------------------------


def _amount_text(bar: FundingBar, cents: int, requested: bool) -> str:
    if cents:
        return format_money_short(cents)
    if requested:
        return tr("amount not known yet") if bar.unknown_lines else tr("not recorded")
    return tr("decision pending") if bar.pending_lines else ""


def funding_drawing(bars: Sequence[FundingBar], width: float, title: str) -> Drawing:
    """Requested (light) above granted (dark) per row, the amounts at the bar ends."""
    row = 19.0
    height = 24 + row * max(len(bars), 1) + 14
    d = Drawing(width, height)
    d.initialFontName = REGULAR  # the renderer's default, Helvetica, is not embedded
    d.add(_text(0, height - 8, title, fontName=BOLD, fontSize=7.5, fillColor=s.ACCENT))
    widest = max((stringWidth(b.label, REGULAR, 6.5) for b in bars), default=20)
    label_width = min(widest + 6, width * 0.38)
    amounts = [
        _amount_text(b, cents, n == 0)
        for b in bars
        for n, cents in enumerate((b.requested_cents, b.granted_cents))
    ]
    room = max((stringWidth(t, REGULAR, 5.5) for t in amounts), default=20) + 4
    left, right = label_width, width - room
    top_value = max((b.requested_cents for b in bars), default=0) or 100
    ticks = nice_ticks(0, top_value / 100, 3)
    scale = (right - left) / (ticks[-1] * 100)
    top = height - 14
    for n, bar in enumerate(bars):
        y = top - (n + 1) * row
        name = fit(bar.label, REGULAR, 6.5, label_width - 4)
        d.add(_text(0, y + row * 0.42, name, fontSize=6.5))
        for offset, cents, key in (
            (row * 0.5, bar.requested_cents, "requested"),
            (row * 0.12, bar.granted_cents, "granted"),
        ):
            w = cents * scale
            d.add(
                Rect(
                    left,
                    y + offset,
                    max(w, 0.01),
                    row * 0.34,
                    fillColor=colour(key),
                    strokeColor=None,
                )
            )
            text = _amount_text(bar, cents, key == "requested")
            d.add(_text(left + w + 2, y + offset + 1.2, text, fontSize=5.5))
    bottom = top - row * max(len(bars), 1)
    d.add(Line(left, bottom, left, top, strokeColor=s.MUTED, strokeWidth=0.5))
    for value in ticks:
        pos = left + value * 100 * scale
        d.add(Line(pos, bottom, pos, bottom - 2, strokeColor=s.MUTED, strokeWidth=0.4))
        text = format_money_short(round(value * 100))
        d.add(_small(pos, bottom - 8, text, "middle"))
    return d


def funding_flowables(series: FundingSeries, width: float) -> list[Flowable]:
    st = s.styles()
    if series.is_empty:
        return [
            Paragraph(markup(tr("No funding has been recorded for any initiative yet.")), st.body)
        ]
    half = (width - 6 * s.mm) / 2
    table = Table(
        [
            [
                funding_drawing(series.by_initiative, half, tr("Per initiative")),
                funding_drawing(series.by_funder, half, tr("Per funder")),
            ]
        ],
        colWidths=[half + 6 * s.mm, half],
        hAlign="LEFT",
    )
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    legend = _legend([("requested", tr("requested")), ("granted", tr("granted"))])
    totals = Paragraph(f"<b>{markup(series.total_text())}</b>", st.body)
    return [KeepTogether([legend, table]), totals]


def _legend(items: Sequence[tuple[str, str]], width: float = s.FRAME_WIDTH) -> Drawing:
    d = Drawing(width, 10)
    d.initialFontName = REGULAR  # the renderer's default, Helvetica, is not embedded
    x = 0.0
    for key, text in items:
        d.add(Rect(x, 2, 8, 5, fillColor=colour(key), strokeColor=None))
        d.add(_text(x + 11, 2.5, text, fontSize=6.5))
        x += 20 + stringWidth(text, REGULAR, 6.5)
    return d


# -- indicators ------------------------------------------------------------------------


def indicator_drawing(chart: IndicatorChart, width: float, height: float) -> Drawing:
    """Title, assessment, and Dordt West against the Dordrecht average, NL and the target."""
    d = Drawing(width, height)
    d.initialFontName = REGULAR  # the renderer's default, Helvetica, is not embedded
    y = height
    for line in wrap(chart.name, BOLD, 7, width, 2):
        y -= 8
        d.add(_text(0, y, line, fontName=BOLD, fontSize=7))
    y -= 8
    d.add(_small(0, y, fit(chart.subtitle(), REGULAR, 5.5, width)))
    found = chart.evaluation
    tint = colors.HexColor(ASSESSMENT_COLOURS[found.assessment.value]) if found else s.MUTED
    for line in wrap(chart.summary(), BOLD, 5.5, width, 2):
        y -= 7
        d.add(_text(0, y, line, fontName=BOLD, fontSize=5.5, fillColor=tint))
    box = _PlotBox(chart, 22.0, width - 4, 10.0, y - 5)
    d.add(
        Rect(
            box.left,
            box.bottom,
            box.right - box.left,
            box.top - box.bottom,
            fillColor=None,
            strokeColor=s.RULE,
            strokeWidth=0.4,
        )
    )
    if chart.is_empty:
        hint = (tr("No figures yet."), tr("Add them in the app or import a CSV file."))
        middle = (box.left + box.right) / 2, (box.top + box.bottom) / 2
        for n, line in enumerate(hint):
            d.add(_text(middle[0], middle[1] + 4 - 8 * n, line, textAnchor="middle"))
        return d
    box.draw_axes(d)
    box.draw_series(d, chart.netherlands, "netherlands", [0.8, 1.4], dots=False)
    box.draw_series(d, chart.dordrecht, "dordrecht", [3, 1.5], dots=len(chart.years) == 1)
    if chart.target is not None:
        y = box.y(chart.target)
        d.add(
            Line(
                box.left,
                y,
                box.right,
                y,
                strokeColor=colour("target"),
                strokeWidth=0.9,
                strokeDashArray=[4, 2],
            )
        )
    box.draw_series(d, chart.dordt_west, "dordt_west", None, dots=True)
    return d


class _PlotBox:
    """Years across, values up, inside the given box."""

    def __init__(
        self, chart: IndicatorChart, left: float, right: float, bottom: float, top: float
    ) -> None:
        self.chart = chart
        self.left, self.right, self.bottom, self.top = left, right, bottom, top
        low, high = chart.value_range()
        margin = (high - low) * 0.12
        self.ticks = nice_ticks(low - margin, high + margin, 3)
        self.low, self.high = min(self.ticks[0], low - margin), max(self.ticks[-1], high + margin)
        years = chart.years or (0, 0)
        self.first: float = years[0] - 0.5
        self.last: float = years[-1] + 0.5

    def x(self, year: float) -> float:
        return self.left + (self.right - self.left) * (year - self.first) / (self.last - self.first)

    def y(self, value: float) -> float:
        return self.bottom + (self.top - self.bottom) * (value - self.low) / (self.high - self.low)

    def draw_axes(self, d: Drawing) -> None:
        for value in (v for v in self.ticks if self.low <= v <= self.high):
            y = self.y(value)
            d.add(Line(self.left, y, self.right, y, strokeColor=s.SHADE, strokeWidth=0.4))
            d.add(_small(self.left - 2, y - 2, format_number(value), "end"))
        years = self.chart.years
        for year in years[:: max(1, math.ceil(len(years) / 6))]:
            d.add(_small(self.x(year), 2.5, str(year), "middle"))

    def draw_series(
        self,
        d: Drawing,
        values: Sequence[float | None],
        key: str,
        dash: list[float] | None,
        dots: bool,
    ) -> None:
        stroke = colour(key)
        points = [
            (self.x(year), self.y(v))
            for year, v in zip(self.chart.years, values, strict=True)
            if v is not None
        ]
        if len(points) > 1:
            flat = [c for point in points for c in point]
            d.add(
                PolyLine(
                    flat, strokeColor=stroke, strokeWidth=1.2 if dots else 0.9, strokeDashArray=dash
                )
            )
        if dots or len(points) == 1:
            group = Group()
            for x, y in points:
                group.add(Rect(x - 1.3, y - 1.3, 2.6, 2.6, fillColor=stroke, strokeColor=None))
            d.add(group)


def indicator_legend(groups: Sequence[IndicatorGroup], width: float) -> Drawing:
    d = Drawing(width, 10)
    d.initialFontName = REGULAR  # the renderer's default, Helvetica, is not embedded
    items = [
        ("dordt_west", "Dordt West", None),
        ("dordrecht", tr("Dordrecht average (the target, unless set)"), [3, 1.5]),
        ("netherlands", tr("Netherlands"), [0.8, 1.4]),
    ]
    if any(c.target is not None for g in groups for c in g.charts):
        items.append(("target", tr("target"), [4, 2]))
    x = 0.0
    for key, text, dash in items:
        d.add(
            Line(
                x, 4.5, x + 12, 4.5, strokeColor=colour(key), strokeWidth=1.2, strokeDashArray=dash
            )
        )
        d.add(_text(x + 15, 2.5, text, fontSize=6.5))
        x += 26 + stringWidth(text, REGULAR, 6.5)
    return d


def indicator_flowables(groups: Sequence[IndicatorGroup], width: float) -> list[Flowable]:
    """Per pillar a heading and a grid of small multiples; a hint when there are none."""
    st = s.styles()
    if not groups:
        hint = tr(
            "No indicators yet. Add them in the app (Dashboard, 'Manage indicators…') or "
            "import a CSV file with the header indicator;jaar;dordt_west;dordrecht;nederland."
        )
        return [Paragraph(markup(hint), st.body)]
    cell = width / INDICATOR_COLUMNS
    out: list[Flowable] = [indicator_legend(groups, width), Spacer(0, 2 * s.mm)]
    for group in groups:
        drawings = [indicator_drawing(c, cell - 4 * s.mm, INDICATOR_HEIGHT) for c in group.charts]
        rows: list[list[object]] = [
            list(drawings[i : i + INDICATOR_COLUMNS])
            for i in range(0, len(drawings), INDICATOR_COLUMNS)
        ]
        rows[-1] += [""] * (INDICATOR_COLUMNS - len(rows[-1]))
        table = Table(rows, colWidths=[cell] * INDICATOR_COLUMNS, hAlign="LEFT")
        table.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
        out.append(KeepTogether([Paragraph(markup(group.title), st.h3), table]))
    return out
