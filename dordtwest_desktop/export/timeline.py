"""The programme's milestone timeline for print (reportlab.graphics, vector).

Drawn from `services.charts.TimelineSeries`, the same series the dashboard
draws on screen. Marks carry numbers; the legend table below the chart names
them, so titles never collide on the chart however close the dates are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from dordtwest_desktop.domain.enums import MilestoneStatus
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.fonts import BOLD, REGULAR, register_fonts
from dordtwest_desktop.export.tagging import Figure, data_table
from dordtwest_desktop.export.text import markup, one_line
from dordtwest_desktop.export.timeline_chart import timeline_alt
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.charts import (
    TimelineLane,
    TimelineMark,
    TimelineSeries,
    axis_spans,
    axis_ticks,
    top_lanes,
)
from dordtwest_desktop.services.dashboard import PALETTE, is_overdue, status_text

LABEL_WIDTH = 44 * s.mm
AXIS_HEIGHT = 26.0
TOP_SPACE = 12.0
LANE_BASE = 20.0
ROW_HEIGHT = 8.0
NUMBER_SIZE = 6.5
# The most lanes the chart draws, the last one "overige" (`top_lanes`); the legend
# still names every milestone's own initiative.
CHART_LANES = 16

STATUS_COLOURS = {
    MilestoneStatus.PLANNED: s.ACCENT,
    MilestoneStatus.REACHED: colors.HexColor("#2e7d32"),
    MilestoneStatus.CANCELLED: colors.HexColor("#9aa3ab"),
}

REPORT_COLOUR = colors.HexColor(PALETTE["report"])


def report_title(title: str, is_report: bool) -> str:
    """Paragraph markup of a milestone's title; a report to a funder in its own colour."""
    if not is_report:
        return markup(title)
    return f'<font color="{PALETTE["report"]}">{markup(title)}</font>'


@dataclass(frozen=True)
class _Placed:
    mark: TimelineMark
    x0: float
    x1: float
    row: int


class _Axis:
    def __init__(self, series: TimelineSeries, width: float) -> None:
        self.series = series
        self.left = LABEL_WIDTH
        self.width = width - LABEL_WIDTH - 4

    def x(self, day: date) -> float:
        return self.left + self.width * self.series.position(day)


def _place(lane: TimelineLane, axis: _Axis) -> list[_Placed]:
    """Marks with a label row each, so that no two numbers overlap."""
    placed: list[_Placed] = []
    row_ends: list[float] = []
    for mark in sorted(lane.marks, key=lambda m: (m.first, m.last)):
        x0 = axis.x(mark.first)
        x1 = max(axis.x(mark.last + timedelta(days=1)), x0 + 2)
        text_width = stringWidth(str(mark.number), BOLD, NUMBER_SIZE) + 3
        centre = x0 if mark.is_point else (x0 + x1) / 2
        start = centre - text_width / 2
        row = next((r for r, end in enumerate(row_ends) if start > end), len(row_ends))
        if row == len(row_ends):
            row_ends.append(0.0)
        row_ends[row] = centre + text_width / 2
        placed.append(_Placed(mark, x0, x1, row))
    return placed


def _lane_height(placed: list[_Placed]) -> float:
    rows = max((p.row for p in placed), default=0) + 1
    return LANE_BASE + rows * ROW_HEIGHT


def _draw_mark(d: Drawing, p: _Placed, y: float, today: date) -> None:
    colour = STATUS_COLOURS.get(p.mark.status, s.ACCENT)
    if p.mark.is_report and p.mark.status is MilestoneStatus.PLANNED:
        colour = REPORT_COLOUR
    if is_overdue(p.mark, today):
        colour = colors.HexColor(PALETTE["overdue"])  # as the dashboard draws it
    hollow = p.mark.status is MilestoneStatus.CANCELLED
    fill = colors.white if hollow else colour
    if p.mark.is_point:
        r = 3.6
        d.add(
            Polygon(
                [p.x0, y + r, p.x0 + r, y, p.x0, y - r, p.x0 - r, y],
                fillColor=fill,
                strokeColor=colour if hollow else colors.white,  # stands out on a bar
                strokeWidth=0.8,
            )
        )
        centre = p.x0
    else:
        d.add(
            Rect(p.x0, y - 3, p.x1 - p.x0, 6, fillColor=fill, strokeColor=colour, strokeWidth=0.8)
        )
        centre = (p.x0 + p.x1) / 2
    top = y + 6 + p.row * ROW_HEIGHT
    d.add(
        String(
            centre,
            top,
            str(p.mark.number),
            fontName=BOLD,
            fontSize=NUMBER_SIZE,
            fillColor=colour,
            textAnchor="middle",
        )
    )


def _lane_title(text: str) -> str:
    text = one_line(text)
    room = LABEL_WIDTH - 6
    if stringWidth(text, REGULAR, 7.5) <= room:
        return text
    while text and stringWidth(text + "…", REGULAR, 7.5) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_lane(d: Drawing, lane: TimelineLane, axis: _Axis, top: float, shade: bool) -> float:
    placed = _place(lane, axis)
    height = _lane_height(placed)
    bottom = top - height
    if shade:
        d.add(Rect(0, bottom, axis.left + axis.width, height, fillColor=s.SHADE, strokeColor=None))
    y = bottom + LANE_BASE / 2 + 2
    if lane.period is not None:
        x0, x1 = axis.x(lane.period[0]), axis.x(lane.period[1])
        d.add(Rect(x0, y - 5, max(x1 - x0, 1), 10, fillColor=s.RULE, strokeColor=None))
    d.add(String(3, y - 2.5, _lane_title(lane.title), fontName=REGULAR, fontSize=7.5))
    for p in placed:
        _draw_mark(d, p, y, axis.series.today)
    return bottom


def _draw_axis(d: Drawing, series: TimelineSeries, axis: _Axis, top: float) -> None:
    """Tick lines (long at years), quarter labels in their quarter, years beneath."""
    y = AXIS_HEIGHT
    d.add(Line(axis.left, y, axis.left + axis.width, y, strokeColor=s.MUTED, strokeWidth=0.6))
    for tick in axis_ticks(series):
        x = axis.x(tick.day)
        d.add(Line(x, y, x, top if tick.major else y - 3, strokeColor=s.RULE, strokeWidth=0.4))
    for span in axis_spans(series):
        x0, x1 = axis.x(span.first), axis.x(span.last + timedelta(days=1))
        font = BOLD if span.major else REGULAR
        if stringWidth(span.label, font, 6.5) + 2 > x1 - x0:
            continue  # no room: the neighbours' labels say enough
        label_y = y - 19 if span.major else y - 9
        d.add(
            String(
                (x0 + x1) / 2,
                label_y,
                span.label,
                fontName=font,
                fontSize=6.5,
                fillColor=s.INK if span.major else s.MUTED,
                textAnchor="middle",
            )
        )
    if series.shows_today():
        _draw_today(d, axis.x(series.today), y, top)


def _draw_today(d: Drawing, x: float, y: float, top: float) -> None:
    d.add(Line(x, y, x, top + 2, strokeColor=s.ALERT, strokeWidth=0.7, strokeDashArray=[2, 2]))
    d.add(
        String(
            x,
            top + 4,
            tr("today"),
            fontName=REGULAR,
            fontSize=6.5,
            fillColor=s.ALERT,
            textAnchor="middle",
        )
    )


def timeline_drawing(series: TimelineSeries, width: float) -> Drawing:
    register_fonts()  # its labels are measured in the embedded font
    axis = _Axis(series, width)
    heights = [_lane_height(_place(lane, axis)) for lane in series.lanes]
    total = TOP_SPACE + sum(heights) + AXIS_HEIGHT
    d = Drawing(width, total)
    d.initialFontName = REGULAR  # the renderer's default is Helvetica, not embedded
    top = total - TOP_SPACE
    lanes_top = top
    for index, lane in enumerate(series.lanes):
        top = _draw_lane(d, lane, axis, top, shade=index % 2 == 0)
    _draw_axis(d, series, axis, lanes_top)
    return d


def legend_table(series: TimelineSeries, width: float) -> Table:
    st = s.styles()
    lanes = {m.milestone_id: lane.title for lane in series.lanes for m in lane.marks}
    head = [tr("No."), tr("Milestone"), tr("Date"), tr("Track"), tr("Decided by"), tr("Status")]
    rows: list[list[object]] = [[Paragraph(markup(h), st.cell_head) for h in head]]
    for mark in series.marks:
        rows.append(
            [
                Paragraph(str(mark.number), st.cell_bold),
                Paragraph(report_title(mark.title, mark.is_report), st.cell),
                Paragraph(markup(mark.label), st.cell),
                Paragraph(markup(lanes.get(mark.milestone_id, "")), st.cell),
                Paragraph(markup(label(mark.body) if mark.body else ""), st.cell),
                Paragraph(markup(status_text(mark, series.today)), st.cell),
            ]
        )
    fixed = [9 * s.mm, 34 * s.mm, 28 * s.mm, 30 * s.mm, 17 * s.mm]
    widths = [fixed[0], width - sum(fixed), *fixed[1:]]
    table = data_table(rows, widths)
    return table


def timeline_flowables(series: TimelineSeries, width: float) -> list[Flowable]:
    """The chart (when it fits a page) and its legend; a sentence when there is nothing."""
    st = s.styles()
    if series.is_empty:
        return [Paragraph(markup(tr("No milestones have been planned.")), st.body)]
    drawing = timeline_drawing(top_lanes(series, CHART_LANES), width)
    out: list[Flowable] = []
    if drawing.height <= s.FRAME_HEIGHT - 40 * s.mm:
        out.append(Figure(drawing, timeline_alt(series)))
    note = tr(
        "Diamond: a day. Bar: a vaguer date (month, quarter, half year). Grey band: running time."
    )
    if any(mark.is_report for mark in series.marks):
        note += " " + tr("Purple: a report to a funder (accountability regime).")
    out.append(Paragraph(markup(note), st.small))
    out.append(legend_table(series, width))
    return out
