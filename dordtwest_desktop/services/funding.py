"""Funding in figures: requested against granted, per initiative and per funder.

Plain data (no Qt, no reportlab), like the rest of `services.dashboard`: the
pyqtgraph dashboard, the dashboard PDF and the briefing pack draw these bars.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dordtwest_desktop.domain.enums import FundingStatus
from dordtwest_desktop.domain.money import format_money
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.dto import FundingLineDTO, InitiativeDTO

# The key of the bar that adds up what a summarised chart leaves out (`top_bars`).
OTHER_KEY = "other"


@dataclass(frozen=True)
class FundingBar:
    """One bar pair: what was requested and what was granted."""

    key: str  # the initiative's UUID, or the funder's name
    label: str  # short, for an axis: "J&V"
    title: str  # in full: "Ministerie van Justitie en Veiligheid (J&V)"
    requested_cents: int
    granted_cents: int
    unknown_lines: int = 0  # lines applied for without a recorded amount
    pending_lines: int = 0  # lines whose grant decision is still to come


@dataclass(frozen=True)
class FundingSeries:
    by_initiative: tuple[FundingBar, ...]
    by_funder: tuple[FundingBar, ...]
    requested_cents: int
    granted_cents: int
    unknown_lines: int = 0

    @property
    def is_empty(self) -> bool:
        return not self.by_initiative

    def total_text(self) -> str:
        text = tr("Total requested {requested} · granted {granted}").format(
            requested=format_money(self.requested_cents), granted=format_money(self.granted_cents)
        )
        if self.unknown_lines:
            text += " · " + tr("lines without an amount: {count}").format(count=self.unknown_lines)
        return text


def top_bars(bars: Sequence[FundingBar], limit: int) -> tuple[FundingBar, ...]:
    """At most `limit` bars: all of them when they fit, else the largest and "overige".

    Cut, the `limit - 1` largest (by the larger of requested and granted) come
    first, largest first, and one last bar adds up the rest, its label saying
    how many it holds ("overige (188)"). The totals of the whole series stay as
    they are: a summary leaves nothing out of the sums.
    """
    if len(bars) <= limit:
        return tuple(bars)
    ordered = sorted(
        bars, key=lambda b: (-max(b.requested_cents, b.granted_cents), b.title.casefold())
    )
    kept, rest = ordered[: limit - 1], ordered[limit - 1 :]
    text = tr("other ({count})").format(count=len(rest))
    other = FundingBar(
        OTHER_KEY,
        text,
        text,
        sum(b.requested_cents for b in rest),
        sum(b.granted_cents for b in rest),
        sum(b.unknown_lines for b in rest),
        sum(b.pending_lines for b in rest),
    )
    return (*kept, other)


_ABBREVIATION = re.compile(r"\(([^()]{1,12})\)\s*$")


def short_name(name: str, limit: int = 28) -> str:
    """An axis label: the abbreviation in brackets at the end, else the name, cut."""
    found = _ABBREVIATION.search(name)
    if found:
        return found.group(1)
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _line_amounts(line: FundingLineDTO) -> tuple[int, int, int, int]:
    """(requested, granted, requested-amount unknown, decision pending) of one line.

    Nothing is inferred: a grant without a recorded request leaves "requested"
    unknown (the seed's 4,3 miljoen was granted; what was asked is not written), and a
    pending decision is shown as pending, not as € 0 granted.
    """
    unknown = int(line.requested_cents is None and line.status is not FundingStatus.GRANTED)
    pending = int(line.granted_cents is None and line.status is FundingStatus.REQUESTED)
    return line.requested_cents or 0, line.granted_cents or 0, unknown, pending


def funding_series(initiatives: Sequence[InitiativeDTO]) -> FundingSeries:
    """Requested and granted per initiative (with funding lines) and per funder."""
    by_initiative: list[FundingBar] = []
    funders: dict[str, list[int]] = {}
    for initiative in sorted(initiatives, key=lambda i: (i.position, i.name)):
        if not initiative.funding:
            continue
        sums = [0, 0, 0, 0]
        for line in initiative.funding:
            amounts = _line_amounts(line)
            name = line.funder.strip() or line.scheme.strip() or tr("unknown funder")
            totals = funders.setdefault(name, [0, 0, 0, 0])
            for index, value in enumerate(amounts):
                sums[index] += value
                totals[index] += value
        by_initiative.append(
            FundingBar(str(initiative.id), short_name(initiative.name), initiative.name, *sums)
        )
    return series_of(by_initiative, funders)


def series_of(by_initiative: Sequence[FundingBar], funders: dict[str, list[int]]) -> FundingSeries:
    """The series from its initiatives' bars and the sums per funder (largest first)."""
    by_funder = [FundingBar(name, short_name(name), name, *t) for name, t in funders.items()]
    by_funder.sort(key=lambda b: (-max(b.requested_cents, b.granted_cents), b.title.casefold()))
    return FundingSeries(
        by_initiative=tuple(by_initiative),
        by_funder=tuple(by_funder),
        requested_cents=sum(b.requested_cents for b in by_initiative),
        granted_cents=sum(b.granted_cents for b in by_initiative),
        unknown_lines=sum(b.unknown_lines for b in by_initiative),
    )
