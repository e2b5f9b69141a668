"""The timeline overview for print: one lane per initiative, marks and today."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.chart_kit import colour, fit, label, small_label
from dordtwest_desktop.export.fonts import REGULAR, register_fonts
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.charts import (
    TimelineLane,
    TimelineMark,
    TimelineSeries,
    top_lanes,
)
from dordtwest_desktop.services.dashboard import date_ticks, mark_colour, status_text

LANE_TITLE_WIDTH = 40 * s.mm
LANE_HEIGHT = 17.0
AXIS_HEIGHT = 16.0
MAX_TIMELINE_HEIGHT = 120 * s.mm
OVERVIEW_LANES = int((MAX_TIMELINE_HEIGHT - AXIS_HEIGHT) / LANE_HEIGHT)
# Up to this many milestones the chart titles them and its alternative text names
# each; beyond, the text counts them per lane.
ALT_NAMED = 150


def timeline_overview_drawing(series: TimelineSeries, width: float) -> Drawing:
    """One lane per initiative (and the programme): diamonds for days, bars for vaguer dates.

    Titles stand above their marks where they do not run into the one before (not
    with more than 150 marks). At most OVERVIEW_LANES lanes, the last one "overige"
    when there are more (`top_lanes`), so that no lane gets thinner than LANE_HEIGHT.
    """
    register_fonts()  # its labels are measured in the embedded font
    series = top_lanes(series, OVERVIEW_LANES)
    lanes = series.lanes
    lane_height = min(LANE_HEIGHT, (MAX_TIMELINE_HEIGHT - AXIS_HEIGHT) / max(len(lanes), 1))
    height = AXIS_HEIGHT + lane_height * len(lanes) + 8
    d = Drawing(width, height)
    d.initialFontName = REGULAR  # the renderer's default, Helvetica, is not embedded
    axis = _TimeAxis(series, LANE_TITLE_WIDTH, width - 4)
    top = height - 8
    titles = sum(mark.count for lane in lanes for mark in lane.marks) <= ALT_NAMED
    for n, lane in enumerate(lanes):
        y = top - (n + 0.5) * lane_height
        _lane(d, lane, axis, y, lane_height, shade=n % 2 == 0)
        ends = -1e9
        r = min(3.2, lane_height * 0.22)
        # Marks that would cover the same spot in the same colour are drawn once.
        spots = {_spot(mark, axis): mark for mark in lane.marks}
        marks = sorted(spots.values(), key=lambda m: (m.first, m.last))
        # Diamonds closer than their own width: white outlines would bury their colours.
        days = sum(1 for mark in marks if mark.is_point)
        outline = days * 2 * r <= axis.right - axis.left
        for mark in marks:
            x0 = _mark(d, mark, axis, y, r, outline)
            if titles and ends <= x0 < axis.right - 10:
                label = fit(_name(mark), REGULAR, 5.5, 45 * s.mm)
                d.add(small_label(x0 - 3, y + 4.5, label))
                ends = x0 + stringWidth(label, REGULAR, 5.5) + 4
    _timeline_axis(d, series, axis.left, axis.right, top - lane_height * len(lanes), top)
    return d


def timeline_alt(series: TimelineSeries) -> str:
    """The timeline in words: per lane its milestones with their dates and status.

    A large programme's timeline is summarised per lane (how many, from when to when,
    how many of each status): a screen reader would otherwise read out thousands of
    milestones as the text of one figure (1.6 MB for 20,000).
    """
    count = sum(mark.count for lane in series.lanes for mark in lane.marks)
    head = tr("Timeline of {count} milestones").format(count=count)
    named = count <= ALT_NAMED
    lanes = []
    for lane in series.lanes:
        marks = sorted(lane.marks, key=lambda m: (m.first, m.last))
        if not marks:
            continue
        if named:
            said = ", ".join(
                f"{m.title} ({m.label}, {status_text(m, series.today)})" for m in marks
            )
        else:
            statuses: Counter[str] = Counter()
            for mark in marks:
                statuses[status_text(mark, series.today)] += mark.count
            said = tr("{count} milestones from {first} to {last}: {statuses}").format(
                count=statuses.total(),
                first=marks[0].label,
                last=max(marks, key=lambda m: m.last).label,
                # Semicolons: a status itself may hold a comma ("gepland, over tijd").
                statuses="; ".join(f"{n} {text}" for text, n in statuses.most_common()),
            )
        lanes.append(f"{lane.title}: {said}")
    if not named:
        head += " " + tr("(counted per lane)")
    separator = "; " if named else ". "
    return f"{head}. " + separator.join(lanes) + "." if lanes else f"{head}."


def _name(mark: TimelineMark) -> str:
    """A mark's title; a grouped one (merged lanes) says how many milestones it stands for."""
    return tr("{count} milestones").format(count=mark.count) if mark.is_group else mark.title


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
    d.add(label(2, y - size / 3, title, fontSize=size))
    if lane.period is not None:
        x0, x1 = axis.x(lane.period[0]), axis.x(lane.period[1] + timedelta(days=1))
        band = Rect(x0, y - h * 0.3, x1 - x0, h * 0.6, fillColor=colour("period"), strokeColor=None)
        d.add(band)


def _spot(mark: TimelineMark, axis: _TimeAxis) -> tuple[object, ...]:
    """Where and how a mark is drawn, to a tenth of a point (finer than print shows)."""
    colour_ = mark_colour(mark, axis.series.today)
    first = round(axis.x(mark.first) * 10)
    if mark.is_point:
        return (True, first, colour_)
    return (False, first, round(axis.x(mark.last + timedelta(days=1)) * 10), colour_)


def _mark(
    d: Drawing, mark: TimelineMark, axis: _TimeAxis, y: float, r: float, outline: bool = True
) -> float:
    """A diamond for a day, a bar over the days of a vaguer date; returns where it starts."""
    fill = colors.HexColor(mark_colour(mark, axis.series.today))
    x0 = axis.x(mark.first)
    if mark.is_point:
        points = [x0, y + r, x0 + r, y, x0, y - r, x0 - r, y]
        stroke = colors.white if outline else None
        d.add(Polygon(points, fillColor=fill, strokeColor=stroke, strokeWidth=0.5))
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
        d.add(label(pos, bottom - 8, text, textAnchor="middle", fillColor=s.MUTED))
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
        d.add(label(pos - 2, top + 1, tr("today"), textAnchor="end", fillColor=colour("today")))


# -- funding ---------------------------------------------------------------------------
