"""The dashboard on paper: the same charts as on screen, drawn with reportlab.graphics.

The charts themselves are in `export.timeline_chart`, `export.funding_chart` and
`export.indicator_charts` (re-exported here, where the briefing pack and the tests
take them); this module lays out the document:

* `attention_table(attention, width)`: the counts that need attention today;
* `dashboard_flowables(data, width)`: the whole dashboard;
* `build_dashboard(data, out)`: the dashboard PDF of prepared data.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from dordtwest_desktop.domain.dates import format_long_date
from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.chart_kit import LABEL_SIZE, colour, fit, nice_ticks, wrap
from dordtwest_desktop.export.document import Meta, Steps, render_tagged, write_pdf
from dordtwest_desktop.export.flowables import heading
from dordtwest_desktop.export.fonts import REGULAR, register_fonts
from dordtwest_desktop.export.funding_chart import funding_drawing, funding_flowables
from dordtwest_desktop.export.indicator_charts import (
    INDICATOR_COLUMNS,
    INDICATOR_HEIGHT,
    indicator_drawing,
    indicator_flowables,
    indicator_legend,
)
from dordtwest_desktop.export.layout import Decor, Section
from dordtwest_desktop.export.tagging import Figure, TableTags, data_table
from dordtwest_desktop.export.text import markup, one_line
from dordtwest_desktop.export.timeline import report_title
from dordtwest_desktop.export.timeline_chart import (
    AXIS_HEIGHT,
    LANE_HEIGHT,
    LANE_TITLE_WIDTH,
    MAX_TIMELINE_HEIGHT,
    OVERVIEW_LANES,
    timeline_alt,
    timeline_overview_drawing,
)
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.charts import top_lanes
from dordtwest_desktop.services.dashboard import Attention, DashboardData
from dordtwest_desktop.services.regimes import DEADLINE_DAYS, Deadline

__all__ = [
    "AXIS_HEIGHT",
    "INDICATOR_COLUMNS",
    "INDICATOR_HEIGHT",
    "LABEL_SIZE",
    "LANE_HEIGHT",
    "LANE_TITLE_WIDTH",
    "MAX_TIMELINE_HEIGHT",
    "attention_table",
    "build_dashboard",
    "colour",
    "dashboard_flowables",
    "dashboard_pdf",
    "fit",
    "funding_drawing",
    "funding_flowables",
    "indicator_drawing",
    "indicator_flowables",
    "indicator_legend",
    "nice_ticks",
    "timeline_overview_drawing",
    "wrap",
]


# -- the document ----------------------------------------------------------------------


def attention_table(attention: Attention, width: float) -> Table:
    st = s.styles()
    meeting = attention.next_meeting
    next_text = (
        f"{format_long_date(meeting.day)} · {meeting.body_label}" if meeting else tr("none planned")
    )
    figures = [
        (str(attention.overdue_milestones), tr("milestones overdue")),
        (str(attention.open_actions), tr("open actions")),
        (str(attention.overdue_actions), tr("actions overdue")),
        (next_text, tr("next meeting")),
    ]
    cards = [
        [
            Paragraph(f"<b>{markup(v)}</b>", st.h2 if n < 3 else st.cell_bold),
            Paragraph(markup(k), st.small),
        ]
        for n, (v, k) in enumerate(figures)
    ]
    # Shaded cards with a gap between them, as on screen, not a ruled grid: four
    # figures side by side are no table to a reader, and lines that cross look like
    # one (a checker asks a grid for table tags).
    gap = 3 * s.mm
    narrow = (width - 3 * gap) / 5  # the three counts; the meeting line takes the rest
    cells: list[object] = [cards[0]]
    for card in cards[1:]:
        cells += ["", card]
    table = Table(
        [cells],
        colWidths=[narrow, gap, narrow, gap, narrow, gap, width - 3 * (narrow + gap)],
        hAlign="LEFT",
        renderCB=TableTags([cells], layout=True),
    )
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *(("BACKGROUND", (c, 0), (c, 0), s.SHADE) for c in range(0, 7, 2)),
        ]
    )
    return table


def deadlines_flowables(deadlines: Sequence[Deadline], width: float) -> list[Flowable]:
    """The reports to funders overdue or due soon, per funder, as the dashboard's card.

    All of them, not the card's first dozen: on paper the table runs on to the next
    page, and a report left off is a report missed. "over tijd" is written out, not
    only coloured.
    """
    st = s.styles()
    caption = tr("Reports to funders due in the next {days} days, and those overdue.").format(
        days=DEADLINE_DAYS
    )
    out: list[Flowable] = [Paragraph(markup(caption), st.meta)]
    if not deadlines:
        out.append(Paragraph(markup(tr("No reports due.")), st.body))
        return out
    head = [tr("Funder"), tr("Report"), tr("Due"), tr("State")]
    rows: list[list[object]] = [[Paragraph(markup(h), st.cell_head) for h in head]]
    for deadline in deadlines:
        state = [tr("late")] if deadline.overdue else [tr("due soon")]
        if deadline.deviation:
            state.append(tr("deviates from the regime"))
        rows.append(
            [
                Paragraph(markup(deadline.funder or tr("(no funder)")), st.cell),
                Paragraph(report_title(deadline.title, True), st.cell),
                Paragraph(markup(deadline.due_text), st.cell),
                Paragraph(markup(", ".join(state)), st.cell_bold if deadline.overdue else st.cell),
            ]
        )
    fixed = [38 * s.mm, 30 * s.mm, 34 * s.mm]
    out.append(data_table(rows, [fixed[0], width - sum(fixed), *fixed[1:]]))
    return out


def dashboard_flowables(data: DashboardData, width: float) -> list[Flowable]:
    st = s.styles()
    sections = {
        key: Section(key, title, header=header)
        for key, title, header in (
            ("dashboard", tr("Dashboard"), ""),
            ("deadlines", tr("Deadlines"), ""),
            ("timeline", tr("Milestones"), ""),
            ("funding", tr("Funding: requested and granted"), tr("Funding")),
            (
                "indicators",
                tr("Indicators: Dordt West and the Dordrecht average"),
                tr("Indicators"),
            ),
        )
    }
    intro = tr("Status on {date}").format(date=format_long_date(data.today))
    out: list[Flowable] = [
        *heading(tr("Dashboard") + " " + data.programme_name, st.h1, sections["dashboard"]),
        Paragraph(markup(data.motto), st.meta),
        Paragraph(markup(intro), st.meta),
        Spacer(0, 2 * s.mm),
        attention_table(data.attention, width),
        *heading(sections["deadlines"].title, st.h2, sections["deadlines"]),
        *deadlines_flowables(data.deadlines, width),
        *heading(sections["timeline"].title, st.h2, sections["timeline"]),
    ]
    if data.timeline.is_empty:
        out.append(Paragraph(markup(tr("No milestones have been planned.")), st.body))
    else:
        drawing = timeline_overview_drawing(data.timeline, width)
        # In words, the lanes the chart draws (the smaller ones together as "overige").
        out.append(Figure(drawing, timeline_alt(top_lanes(data.timeline, OVERVIEW_LANES))))
    # The heading goes with the chart: a large programme's chart does not fit under the
    # timeline, and a heading alone at the foot of the page says nothing.
    # (Without the heading's own CondPageBreak, which inside KeepTogether always breaks.)
    title = heading(sections["funding"].title, st.h2, sections["funding"])
    lead = [f for f in title if not isinstance(f, CondPageBreak)]
    out += funding_flowables(data.funding, width, lead=lead)
    title = heading(sections["indicators"].title, st.h2, sections["indicators"])
    lead = [f for f in title if not isinstance(f, CondPageBreak)]
    out += indicator_flowables(data.indicators, width, lead=lead)
    return out


def dashboard_pdf(data: DashboardData) -> bytes:
    register_fonts()
    document = tr("Dashboard")
    meta = Meta(
        title=f"{document} {one_line(data.programme_name)}",
        author=one_line(data.programme_name),
        subject=tr("Status on {date}").format(date=format_long_date(data.today)),
        keywords=(one_line(data.programme_name), document),
    )
    decor = Decor(document=document, meeting=data.programme_name, show_outline=False)
    flowables = dashboard_flowables(data, s.FRAME_WIDTH)
    return render_tagged(flowables, meta, decor, Steps(1, None, None))


def build_dashboard(data: DashboardData, out: Path) -> None:
    """Write the dashboard PDF (`export dashboard --out F.pdf`); nothing is written on error."""
    write_pdf(Path(out), dashboard_pdf(data))
