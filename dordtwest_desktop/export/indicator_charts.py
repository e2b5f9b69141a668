"""The indicator charts for print: small multiples per pillar, with their legend."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine, Rect
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from dordtwest_desktop.domain.indicators import format_number
from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.chart_kit import colour, fit, label, nice_ticks, small_label, wrap
from dordtwest_desktop.export.fonts import BOLD, REGULAR, register_fonts
from dordtwest_desktop.export.parts import cell
from dordtwest_desktop.export.tagging import Figure, TableTags
from dordtwest_desktop.export.text import markup
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.dashboard import (
    IndicatorChart,
    IndicatorGroup,
    assessment_colour,
)

INDICATOR_COLUMNS = 3
INDICATOR_HEIGHT = 47 * s.mm


def indicator_drawing(chart: IndicatorChart, width: float, height: float) -> Drawing:
    """Title, assessment, and Dordt West against the Dordrecht average, NL and the target."""
    register_fonts()  # its labels are measured in the embedded font
    d = Drawing(width, height)
    d.initialFontName = REGULAR  # the renderer's default, Helvetica, is not embedded
    y = height
    for line in wrap(chart.name, BOLD, 7, width, 2):
        y -= 8
        d.add(label(0, y, line, fontName=BOLD, fontSize=7))
    y -= 8
    d.add(small_label(0, y, fit(chart.subtitle(), REGULAR, 5.5, width)))
    found = chart.evaluation
    tint = (
        colors.HexColor(assessment_colour(found))
        if found is not None and found.assessment is not None
        else s.MUTED
    )
    for line in wrap(chart.summary(document=True), BOLD, 5.5, width, 3):
        y -= 7
        d.add(label(0, y, line, fontName=BOLD, fontSize=5.5, fillColor=tint))
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
        middle = (box.left + box.right) / 2, (box.top + box.bottom) / 2
        d.add(label(middle[0], middle[1], tr("No figures yet."), textAnchor="middle"))
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
            d.add(small_label(self.left - 2, y - 2, format_number(value), "end"))
        years = self.chart.years
        for year in years[:: max(1, math.ceil(len(years) / 6))]:
            d.add(small_label(self.x(year), 2.5, str(year), "middle"))

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


def _legend_items(
    groups: Sequence[IndicatorGroup],
) -> list[tuple[str, str, list[float] | None]]:
    items: list[tuple[str, str, list[float] | None]] = [
        ("dordt_west", "Dordt West", None),
        ("dordrecht", tr("Dordrecht average (the target, unless set)"), [3, 1.5]),
        ("netherlands", tr("Netherlands"), [0.8, 1.4]),
    ]
    if any(c.target is not None for g in groups for c in g.charts):
        items.append(("target", tr("target"), [4, 2]))
    return items


def _legend_texts(groups: Sequence[IndicatorGroup]) -> list[str]:
    return [text for _, text, _ in _legend_items(groups)]


def _course(series: str, years: Sequence[int], values: Sequence[float | None]) -> str | None:
    """A series in words: where it began and ended, its lowest and highest year.

    Not every figure: twenty years of three series read aloud are sixty numbers in a
    row, which no listener follows; they are in the table under the charts.
    """
    known = [(year, v) for year, v in zip(years, values, strict=False) if v is not None]
    if not known:
        return None
    (first_year, first), (last_year, last) = known[0], known[-1]
    if len(known) == 1:
        return tr("{series} {value} in {year}").format(
            series=series, value=format_number(first), year=first_year
        )
    if all(v == first for _, v in known):
        return tr("{series} {value} throughout").format(series=series, value=format_number(first))
    text = tr("{series} from {first} in {first_year} to {last} in {last_year}").format(
        series=series,
        first=format_number(first),
        first_year=first_year,
        last=format_number(last),
        last_year=last_year,
    )
    # The lowest and highest year, unless the first or last already said them.
    ends = (known[0], known[-1])
    low = min(known, key=lambda k: k[1])
    high = max(known, key=lambda k: k[1])
    extremes = []
    if low not in ends:
        extremes.append(
            tr("lowest {value} in {year}").format(value=format_number(low[1]), year=low[0])
        )
    if high not in ends:
        extremes.append(
            tr("highest {value} in {year}").format(value=format_number(high[1]), year=high[0])
        )
    return ", ".join([text, *extremes])


def indicator_alt(chart: IndicatorChart) -> str:
    """The chart in words: "Werkloosheid (procent), 2020–2023: Dordt West van 9,8 in …"."""
    name = f"{chart.name} ({chart.unit})" if chart.unit else chart.name
    if chart.is_empty:
        return f"{name}: " + tr("No figures yet.")
    courses = [
        _course("Dordt West", chart.years, chart.dordt_west),
        _course(tr("Dordrecht average"), chart.years, chart.dordrecht),
        _course(tr("Netherlands"), chart.years, chart.netherlands),
    ]
    lines = [c for c in courses if c is not None]
    if chart.target is not None:
        lines.append(tr("target {value}").format(value=format_number(chart.target)))
    summary = chart.summary(document=True)
    return f"{name}, {_years(chart.years)}: " + "; ".join(lines) + f". {summary}"


def _years(years: Sequence[int]) -> str:
    """ "2019–2023" when no year is missing in between, else each year: "2018, 2020, 2023"."""
    if not years:
        return "–"
    if list(years) == list(range(years[0], years[-1] + 1)):
        return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
    return ", ".join(map(str, years))


def indicator_legend(groups: Sequence[IndicatorGroup], width: float) -> Drawing:
    d = Drawing(width, 10)
    d.initialFontName = REGULAR  # the renderer's default, Helvetica, is not embedded
    items = _legend_items(groups)
    x = 0.0
    for key, text, dash in items:
        d.add(
            Line(
                x, 4.5, x + 12, 4.5, strokeColor=colour(key), strokeWidth=1.2, strokeDashArray=dash
            )
        )
        d.add(label(x + 15, 2.5, text, fontSize=6.5))
        x += 26 + stringWidth(text, REGULAR, 6.5)
    return d


def indicator_flowables(
    groups: Sequence[IndicatorGroup], width: float, lead: Sequence[Flowable] = ()
) -> list[Flowable]:
    """Per pillar a heading and a grid of small multiples; a sentence when there are none.

    Printed for readers of the documents, not users of the app: it says what is
    missing, never how to add it in the app.
    """
    st = s.styles()
    if not groups:
        none = tr("No indicators have been recorded for this programme yet.")
        return [*lead, Paragraph(markup(none), st.body)]
    cell = width / INDICATOR_COLUMNS
    legend = Figure(
        indicator_legend(groups, width),
        tr("Legend: {items}.").format(items=", ".join(_legend_texts(groups))),
    )
    tables = [indicator_tables(group.charts, width) for group in groups]
    # `lead` (a heading) and the legend stay on the page of the first group's charts.
    first: list[Flowable] = [*lead, legend, Spacer(0, 2 * s.mm)]
    if any(cut for figures in tables for cut in figures.cut):
        # Said once here, not under each of a hundred tables.
        note = tr(
            "Under each pillar's charts are their figures: for each indicator the latest "
            "years that fit across the page; its chart shows the whole course."
        )
        first.insert(len(lead), Paragraph(markup(note), st.small))
    out: list[Flowable] = []
    for group, figures in zip(groups, tables, strict=True):
        drawings = [
            Figure(indicator_drawing(c, cell - 4 * s.mm, INDICATOR_HEIGHT), indicator_alt(c))
            for c in group.charts
        ]
        rows: list[list[object]] = [
            list(drawings[i : i + INDICATOR_COLUMNS])
            for i in range(0, len(drawings), INDICATOR_COLUMNS)
        ]
        rows[-1] += [""] * (INDICATOR_COLUMNS - len(rows[-1]))
        table = Table(
            rows,
            colWidths=[cell] * INDICATOR_COLUMNS,
            hAlign="LEFT",
            renderCB=TableTags(rows, layout=True),
        )
        table.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
        out.append(KeepTogether([*first, Paragraph(markup(group.title), st.h3), table]))
        first = []
        out += [Spacer(0, 2 * s.mm), *figures.flowables]
    return out


# The figures' tables: a row per series, a column per year, the latest years that fit
# across the page (ten on A4).
FIGURE_SIZE = 8.5
YEAR_COLUMN_MIN = 13 * s.mm  # a column is never narrower, however short its figures
CELL_PADDING = 6  # points: the table style's left and right padding


@dataclass(frozen=True)
class FigureTables:
    flowables: list[Flowable]
    cut: list[bool]  # per chart: are its earliest years left out of its table?


def indicator_tables(charts: Sequence[IndicatorChart], width: float) -> FigureTables:
    """The small multiples' figures, to read: the charts draw the values without
    printing them (each chart's /Alt tells its course in words).

    Per indicator its name and target, then a table with a row per series (Dordt
    West, the Dordrecht average, the Netherlands) and a column per year, the way a
    monitor prints its figures; a series' row header and a year's column header name
    each figure for a screen reader. The latest years that fit across the page: every
    figure of twenty years in cells of their own made the dashboard of issue 13's
    programme 0.8 s slower (9,000 tagged cells), and the course since the first year
    is the chart's.
    """
    st = s.styles()
    out: list[Flowable] = []
    cut: list[bool] = []
    for chart in charts:
        name = f"{chart.name} ({chart.unit})" if chart.unit else chart.name
        target = (
            tr("target {value}").format(value=format_number(chart.target))
            if chart.target is not None
            else tr("target: the Dordrecht average")
        )
        if chart.is_empty:
            figures: Flowable = Paragraph(markup(tr("No figures yet.")), st.cell)
            shown = 0
        else:
            figures, shown = _figure_table(chart, width)
        cut.append(shown < len(chart.years))
        caption = Paragraph(f"<b>{markup(name)}</b> · {markup(target)}", st.cell)
        out.append(KeepTogether([caption, figures, Spacer(0, 3 * s.mm)]))
    return FigureTables(out, cut)


def _figure_table(chart: IndicatorChart, width: float) -> tuple[Table, int]:
    """The table of the latest years that fit in `width`, and how many years it shows."""
    st = s.styles()
    series: list[tuple[str, Sequence[float | None]]] = [
        ("Dordt West", chart.dordt_west),
        (tr("Dordrecht average"), chart.dordrecht),
    ]
    if chart.has_netherlands:
        series.append((tr("Netherlands"), chart.netherlands))
    # One number of decimals per indicator, so that the figures line up in their column.
    decimals = max(
        (_decimals(v) for _, values in series for v in values if v is not None), default=0
    )
    texts = [
        [_aligned(v, decimals) if v is not None else "–" for v in values] for _, values in series
    ]
    label_width = CELL_PADDING + 1 + max(stringWidth(name, BOLD, FIGURE_SIZE) for name, _ in series)
    figures = [*(text for row in texts for text in row), *map(str, chart.years)]
    widest = max(stringWidth(text, BOLD, FIGURE_SIZE) for text in figures)
    column = max(YEAR_COLUMN_MIN, widest + CELL_PADDING + 1)
    shown = min(len(chart.years), max(1, int((width - label_width) // column)))
    first = len(chart.years) - shown
    # Plain strings but for the first column: reportlab draws them without a Paragraph
    # each, and the row headers' Paragraphs tell the tagging which row it draws.
    rows: list[list[object]] = [
        [cell(""), *map(str, chart.years[first:])],
        *(
            [cell(name, st.cell_bold), *row[first:]]
            for (name, _), row in zip(series, texts, strict=True)
        ),
    ]
    table = Table(
        rows,
        colWidths=[label_width, *([column] * shown)],
        hAlign="LEFT",
        renderCB=TableTags(rows, header_rows=1, header_column=True),
    )
    table.setStyle(
        s.table_style(
            extra=[
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("FONTSIZE", (1, 0), (-1, 0), st.cell_head.fontSize),
                ("LEADING", (1, 0), (-1, 0), st.cell_head.leading),
                ("FONTSIZE", (1, 1), (-1, -1), FIGURE_SIZE),
                ("LEADING", (1, 1), (-1, -1), 11.5),
                ("TEXTCOLOR", (1, 0), (-1, 0), s.ACCENT),
                ("TEXTCOLOR", (1, 1), (-1, -1), s.INK),
            ]
        )
    )
    return table, shown


def _decimals(value: float) -> int:
    """The decimals `format_number` writes of `value`: 0, 1 or 2."""
    return len(format_number(value).partition(",")[2])


def _aligned(value: float, decimals: int) -> str:
    """ "32,5" as "32,50" beside "31,64": Dutch notation with exactly `decimals` decimals."""
    text = format_number(value, decimals)
    if not decimals:
        return text
    whole, _, fraction = text.partition(",")
    return f"{whole},{fraction.ljust(decimals, '0')}"
