"""The tables of the progress report (export.report): initiatives, milestones, funding
per funder and indicators, each at most `LIST_LIMIT` rows with the rest counted."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table

from dordtwest_desktop.domain.enums import InitiativeStatus
from dordtwest_desktop.domain.indicators import gap_in_words, with_unit
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.parts import DASH, cell, head_row, money, when
from dordtwest_desktop.export.tagging import data_table
from dordtwest_desktop.export.text import markup
from dordtwest_desktop.i18n import tr, trn
from dordtwest_desktop.services.dashboard import IndicatorChart
from dordtwest_desktop.services.dto import InitiativeDTO
from dordtwest_desktop.services.report import FunderTotal, MilestoneLine

# A list in the report shows at most this many rows, then says how many more there are:
# a council reads a report, not a register (at the benchmark's 20,000 milestones a full
# list ran to 155 pages). The counts everywhere stay complete.
LIST_LIMIT = 25


def heads(titles: Sequence[str], numbers: int) -> list[Flowable]:
    """A header row whose last `numbers` titles stand right, above their figures."""
    st = s.styles()
    right = ParagraphStyle("cell_head_right", parent=st.cell_head, alignment=TA_RIGHT)
    split = len(titles) - numbers
    return [*head_row(*titles[:split]), *(cell(t, right) for t in titles[split:])]


def total(values: Sequence[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _running(initiative: InitiativeDTO) -> str:
    if initiative.period_start is None and initiative.period_end is None:
        return DASH
    return f"{when(initiative.period_start)} – {when(initiative.period_end)}"


def initiatives_table(initiatives: Sequence[InitiativeDTO]) -> Table:
    rows: list[list[object]] = [head_row(tr("Initiative"), tr("Status"), tr("Area"), tr("Period"))]
    for initiative in initiatives:
        rows.append(
            [
                cell(initiative.name),
                cell(label(initiative.status)),
                cell(initiative.target_area or DASH),
                cell(_running(initiative)),
            ]
        )
    fixed = [22 * s.mm, 32 * s.mm, 40 * s.mm]
    return data_table(rows, [s.FRAME_WIDTH - sum(fixed), *fixed])


def milestones_table(lines: Sequence[MilestoneLine]) -> Table:
    rows: list[list[object]] = [
        head_row(tr("Date"), tr("Milestone"), tr("Initiative"), tr("Decided by"))
    ]
    for line in lines:
        rows.append(
            [
                cell(line.due.render()),
                cell(line.title),
                cell(line.initiative or tr("programme")),
                cell(label(line.body) if line.body else DASH),
            ]
        )
    fixed = [30 * s.mm, 40 * s.mm, 30 * s.mm]
    return data_table(rows, [fixed[0], s.FRAME_WIDTH - sum(fixed), *fixed[1:]])


def funding_table(funding: Sequence[FunderTotal]) -> Table:
    st = s.styles()
    rows: list[list[object]] = [
        heads((tr("Funder"), tr("Lines"), tr("Requested"), tr("Granted")), 3)
    ]
    for line in funding:
        rows.append(
            [
                cell(line.funder),
                cell(str(line.lines), st.cell_right),
                cell(money(line.requested_cents), st.cell_right),
                cell(money(line.granted_cents), st.cell_right),
            ]
        )
    extra: list[tuple[object, ...]] = []
    if len(funding) > 1:
        rows.append(
            [
                cell(tr("Total"), st.cell_bold),
                cell(str(sum(f.lines for f in funding)), st.cell_right),
                cell(money(total([f.requested_cents for f in funding])), st.cell_right),
                cell(money(total([f.granted_cents for f in funding])), st.cell_right),
            ]
        )
        extra.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, s.ACCENT))
    fixed = [21 * s.mm, 30 * s.mm, 30 * s.mm]
    return data_table(rows, [s.FRAME_WIDTH - sum(fixed), *fixed], extra=extra)


def _assessment(chart: IndicatorChart) -> str:
    found = chart.evaluation
    if found is None:
        return DASH
    if found.assessment is None:
        return tr("direction not yet set")
    return label(found.assessment)


def _indicator_name(chart: IndicatorChart) -> list[Flowable]:
    out: list[Flowable] = [cell(chart.name)]
    if chart.evaluation is not None:
        words = gap_in_words(chart.evaluation, chart.unit, chart.direction)
        out.append(cell(words, s.styles().small))
    return out


def indicators_table(charts: Sequence[IndicatorChart], year: int) -> Table:
    right = s.styles().cell_right
    rows: list[list[object]] = [
        heads(
            (
                tr("Indicator"),
                tr("Year"),
                tr("Dordt West"),
                tr("Dordrecht"),
                tr("Assessment"),
                tr("Direction of change"),
            ),
            0,
        )
    ]
    for chart in charts:
        found = chart.evaluation
        if found is None:
            rows.append(
                [
                    _indicator_name(chart),
                    cell(tr("no figures up to {year}").format(year=year)),
                    "",
                    "",
                    "",
                    "",
                ]
            )
            continue
        rows.append(
            [
                _indicator_name(chart),
                cell(str(found.year)),
                cell(with_unit(found.dordt_west, chart.unit), right),
                cell(with_unit(found.dordrecht, chart.unit), right),
                cell(_assessment(chart)),
                cell(label(found.trend) if found.trend is not None else DASH),
            ]
        )
    fixed = [14 * s.mm, 22 * s.mm, 22 * s.mm, 26 * s.mm, 24 * s.mm]
    return data_table(rows, [s.FRAME_WIDTH - sum(fixed), *fixed])


def more(count: int) -> list[Flowable]:
    """ "… en nog 1.234; de volledige lijst staat in de app." under a shortened list."""
    if count <= LIST_LIMIT:
        return []
    text = trn("… and %n more; the app holds the full list.", count - LIST_LIMIT)
    return [Paragraph(markup(text), s.styles().small)]


def status_counts(initiatives: Sequence[InitiativeDTO]) -> str:
    """ "12 inspanningen: 3 nieuw, 8 lopend, 1 afgerond"."""
    counts: dict[InitiativeStatus, int] = {}
    for initiative in initiatives:
        counts[initiative.status] = counts.get(initiative.status, 0) + 1
    parts = [f"{counts[x]} {label(x)}" for x in InitiativeStatus if x in counts]
    return trn("%n initiative(s)", len(initiatives)) + ": " + ", ".join(parts)
