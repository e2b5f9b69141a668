"""The funding charts for print: requested against granted, per initiative and funder."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from dordtwest_desktop.domain.money import format_money_short
from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.chart_kit import colour, fit, label, nice_ticks, small_label
from dordtwest_desktop.export.fonts import BOLD, REGULAR, register_fonts
from dordtwest_desktop.export.parts import cell, head_row
from dordtwest_desktop.export.tagging import Figure, TableTags, data_table
from dordtwest_desktop.export.text import markup
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.funding import OTHER_KEY, FundingBar, FundingSeries, top_bars

# The most bars a printed funding chart draws (the last one "overige"): about 11 cm,
# so that both charts and the indicators' heading still share a page.
FUNDING_BARS = 15


def _amount_text(bar: FundingBar, cents: int, requested: bool) -> str:
    if cents:
        return format_money_short(cents)
    if requested:
        return tr("amount not known yet") if bar.unknown_lines else tr("not recorded")
    return tr("decision pending") if bar.pending_lines else ""


def funding_drawing(bars: Sequence[FundingBar], width: float, title: str) -> Drawing:
    """Requested (light) above granted (dark) per row, the amounts at the bar ends."""
    register_fonts()  # its labels are measured in the embedded font
    row = 19.0
    height = 24 + row * max(len(bars), 1) + 14
    d = Drawing(width, height)
    d.initialFontName = REGULAR  # the renderer's default, Helvetica, is not embedded
    d.add(label(0, height - 8, title, fontName=BOLD, fontSize=7.5, fillColor=s.ACCENT))
    widest = max((stringWidth(b.label, REGULAR, 6.5) for b in bars), default=20)
    label_width = min(widest + 6, width * 0.38)
    amounts = [
        _amount_text(b, cents, n == 0)
        for b in bars
        for n, cents in enumerate((b.requested_cents, b.granted_cents))
    ]
    room = max((stringWidth(t, REGULAR, 5.5) for t in amounts), default=20) + 4
    left, right = label_width, width - room
    # The "overige" bar of a summary may outgrow the axis: it is cut, with a break.
    top_value = max((b.requested_cents for b in bars if b.key != OTHER_KEY), default=0) or 100
    ticks = _ticks(top_value, right - left)
    scale = (right - left) / (ticks[-1] * 100)
    top = height - 14
    for n, bar in enumerate(bars):
        y = top - (n + 1) * row
        name = fit(bar.label, REGULAR, 6.5, label_width - 4)
        d.add(label(0, y + row * 0.42, name, fontSize=6.5))
        for offset, cents, key in (
            (row * 0.5, bar.requested_cents, "requested"),
            (row * 0.12, bar.granted_cents, "granted"),
        ):
            w = min(cents * scale, right - left)
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
            if cents * scale > right - left:
                _break_mark(d, left + w - 6, y + offset, row * 0.34)
            text = _amount_text(bar, cents, key == "requested")
            d.add(label(left + w + 2, y + offset + 1.2, text, fontSize=5.5))
    bottom = top - row * max(len(bars), 1)
    d.add(Line(left, bottom, left, top, strokeColor=s.MUTED, strokeWidth=0.5))
    for value in ticks:
        pos = left + value * 100 * scale
        d.add(Line(pos, bottom, pos, bottom - 2, strokeColor=s.MUTED, strokeWidth=0.4))
        text = format_money_short(round(value * 100))
        d.add(small_label(pos, bottom - 8, text, "middle"))
    return d


def _ticks(top_value: int, length: float) -> list[float]:
    """Round amounts along the axis, as many as fit without their labels touching."""
    for count in (3, 2, 1):
        ticks = nice_ticks(0, top_value / 100, count)
        widest = max(stringWidth(format_money_short(round(v * 100)), REGULAR, 5.5) for v in ticks)
        if len(ticks) < 2 or widest + 4 <= length / (len(ticks) - 1):
            break
    return ticks


def _break_mark(d: Drawing, x: float, y: float, height: float) -> None:
    """Two white slants across a bar cut short: its amount is more than the axis shows."""
    for dx in (0.0, 2.5):
        d.add(
            Line(x + dx, y - 1, x + dx + 2, y + height + 1, strokeColor=colors.white, strokeWidth=1)
        )


def funding_flowables(
    series: FundingSeries, width: float, lead: Sequence[Flowable] = ()
) -> list[Flowable]:
    """Legend, both charts and the totals; `lead` (a heading) stays on the charts' page."""
    st = s.styles()
    if series.is_empty:
        none = tr("No funding has been recorded for any initiative yet.")
        return [*lead, Paragraph(markup(none), st.body)]
    half = (width - 6 * s.mm) / 2
    cells = [
        _summarised(series.by_initiative, half, tr("Per initiative")),
        _summarised(series.by_funder, half, tr("Per funder")),
    ]
    table = Table(
        [cells],
        colWidths=[half + 6 * s.mm, half],
        hAlign="LEFT",
        renderCB=TableTags([cells], layout=True),
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
    figures = [
        funding_table(top_bars(bars, FUNDING_BARS), title, width)
        for bars, title in (
            (series.by_initiative, tr("Per initiative")),
            (series.by_funder, tr("Per funder")),
        )
    ]
    return [KeepTogether([*lead, legend, table]), totals, *figures]


def funding_table(bars: Sequence[FundingBar], title: str, width: float) -> Table:
    """The chart's figures as a table under it: for reading, copying and screen readers
    (who also hear them in the chart's alternative text)."""
    head = [title, tr("Requested"), tr("Granted")]
    rows: list[list[object]] = [head_row(*head)]
    right = s.styles().cell_right
    for bar in bars:
        rows.append(
            [
                cell(bar.title or bar.label),
                cell(_amount_text(bar, bar.requested_cents, True), right),
                cell(_amount_text(bar, bar.granted_cents, False), right),
            ]
        )
    amount = 34 * s.mm
    return data_table(rows, [width - 2 * amount, amount, amount])


def _summarised(bars: Sequence[FundingBar], width: float, title: str) -> Figure:
    """The chart of at most FUNDING_BARS bars; cut, its title says of how many."""
    shown = top_bars(bars, FUNDING_BARS)
    if len(shown) < len(bars):
        title = tr("{title}: the {shown} largest of {count}").format(
            title=title, shown=len(shown) - 1, count=len(bars)
        )
    return Figure(funding_drawing(shown, width, title), funding_alt(shown, title))


def funding_alt(bars: Sequence[FundingBar], title: str) -> str:
    """The chart's figures in words: each bar's requested and granted amount."""
    rows = [
        tr("{name}: requested {requested}, granted {granted}").format(
            name=bar.title or bar.label,
            requested=_amount_text(bar, bar.requested_cents, True) or "0",
            granted=_amount_text(bar, bar.granted_cents, False) or "0",
        )
        for bar in bars
    ]
    text = tr("Funding, {title}").format(title=title)
    return f"{text}: " + "; ".join(rows) + "." if rows else f"{text}."


def legend_alt(texts: Sequence[str]) -> str:
    return tr("Legend: {items}.").format(items=", ".join(texts))


def _legend(items: Sequence[tuple[str, str]], width: float = s.FRAME_WIDTH) -> Figure:
    d = Drawing(width, 10)
    d.initialFontName = REGULAR  # the renderer's default, Helvetica, is not embedded
    x = 0.0
    for key, text in items:
        d.add(Rect(x, 2, 8, 5, fillColor=colour(key), strokeColor=None))
        d.add(label(x + 11, 2.5, text, fontSize=6.5))
        x += 20 + stringWidth(text, REGULAR, 6.5)
    return Figure(d, legend_alt([text for _, text in items]))
