"""The programme at a glance: goal, ambition, pillars, initiatives, planning."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QResizeEvent, QShowEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from dordtwest_desktop.domain.errors import NotFoundError
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.domain.money import format_money_short
from dordtwest_desktop.services.changes import PROGRAMME_KINDS, Changes
from dordtwest_desktop.services.dto import (
    GoalDTO,
    InitiativeDTO,
    MilestoneDTO,
    PillarDTO,
    ProgrammeDTO,
    ProgrammeOverview,
)
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.services.rows import MilestoneRow
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dialogs.initiative import InitiativeDialog
from dordtwest_desktop.ui.views.initiatives import open_initiative
from dordtwest_desktop.ui.widgets import ReloadWhenSeen

TR_CONTEXT = "ProgrammeView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


class ProgrammeView(ReloadWhenSeen):
    """The overview as one document, read and laid out a page at a time.

    A programme of 2,000 initiatives and 20,000 milestones made one document that
    took seconds to read and lay out (issue 13). The view shows the top and the
    first initiatives at once, and adds the next page whenever the reader scrolls
    near the end, until the planning's last milestone is in.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("overview")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._pages: Iterator[str] = iter(())
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        # A bound method, not a lambda holding `self`: PySide drops it with the view,
        # so a replaced window's view is not kept alive by the long-lived events.
        context.events.changed.connect(self.on_changes)
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(PROGRAMME_KINDS):
            self.reload_when_seen()

    def reload(self) -> None:
        scroll = self.browser.verticalScrollBar().value()
        self._pages = overview_pages(self.context.programme)
        first = "".join(itertools.islice(self._pages, FIRST_PAGES))
        self.browser.setHtml(first)
        # After a change the reader stays where they were: read on to that place.
        while self.browser.verticalScrollBar().maximum() < scroll and self.more():
            pass
        self.browser.verticalScrollBar().setValue(scroll)

    def more(self) -> bool:
        """Add the next page at the end; False when everything is shown."""
        page = next(self._pages, None)
        if page is None:
            return False
        cursor = QTextCursor(self.browser.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        cursor.insertHtml(page)
        return True

    def whole(self) -> str:
        """Everything, read to the end (for a search or a test of the content)."""
        while self.more():
            pass
        return self.browser.toPlainText()

    def _scrolled(self, value: int) -> None:
        bar = self.browser.verticalScrollBar()
        if value >= bar.maximum() - 2 * bar.pageStep():
            self.more()

    def _fill(self) -> None:
        """Pages until the document is taller than the window, so there is a scroll."""
        room = self.browser.viewport().height() * 2
        while self.browser.document().size().height() < room and self.more():
            pass

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._fill()

    def follow(self, url: QUrl) -> InitiativeDialog | None:
        """A link 'initiative:ID' (under an initiative with nothing recorded) opens its form."""
        if url.scheme() != INITIATIVE_LINK:
            return None
        try:
            initiative = self.context.programme.initiative(uuid.UUID(url.path()))
        except NotFoundError:
            return None
        return open_initiative(self.context, initiative, self)


# The first pages: the top, the heading and two pages of initiatives (or a small
# programme's initiatives and its planning), more than a screen holds.
FIRST_PAGES = 4
INITIATIVES_PER_PAGE = 25
MILESTONES_PER_PAGE = 250


def overview_pages(programme: ProgrammeService) -> Iterator[str]:
    """The overview's HTML in pages, each read from the store when it is asked for."""
    head = programme.overview_head()
    yield render_head(head.programme, head.pillars, head.subgoals, head.strategic_goals)
    yield f"<h2>{escape(_tr('Initiatives'))}</h2>"
    for offset in range(0, head.initiative_count, INITIATIVES_PER_PAGE):
        page = programme.initiative_page(offset, INITIATIVES_PER_PAGE)
        yield "\n".join(render_initiative(i) for i in page)
    milestones = programme.milestone_rows()
    for start in range(0, max(len(milestones), 1), MILESTONES_PER_PAGE):
        heading = f"<h2>{escape(_tr('Planning'))}</h2>" if start == 0 else ""
        yield heading + render_planning(milestones[start : start + MILESTONES_PER_PAGE])


INITIATIVE_LINK = "initiative"


def _nothing_recorded(initiative: InitiativeDTO) -> str:
    return (
        f"<p style='color:#666'><i>{escape(_tr('Nothing recorded yet.'))}</i> "
        f"<a href='{INITIATIVE_LINK}:{initiative.id}'>{escape(_tr('Add details…'))}</a></p>"
    )


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def _funding(initiative: InitiativeDTO) -> str:
    parts = []
    for line in initiative.funding:
        amounts = []
        if line.granted_cents:
            amounts.append(_tr("%1 granted").replace("%1", format_money_short(line.granted_cents)))
        if line.requested_cents:
            amounts.append(
                _tr("%1 requested").replace("%1", format_money_short(line.requested_cents))
            )
        text = ", ".join(amounts) or label(line.status)
        details = [line.funder] if line.funder else []
        if line.period_start and line.period_end:
            details.append(f"{line.period_start.render()} – {line.period_end.render()}")
        if line.decision_date:
            details.append(_tr("decision %1").replace("%1", line.decision_date.render()))
        parts.append(escape(text + (f" ({'; '.join(details)})" if details else "")))
    return "<br/>".join(parts)


def render_overview(view: ProgrammeOverview) -> str:
    """The whole overview as one document."""
    html = [render_head(view.programme, view.pillars, view.subgoals, view.strategic_goals)]
    html.append(f"<h2>{escape(_tr('Initiatives'))}</h2>")
    html.extend(render_initiative(i) for i in view.initiatives)
    html.append(f"<h2>{escape(_tr('Planning'))}</h2>" + render_planning(view.milestones))
    return "\n".join(html)


def render_head(
    p: ProgrammeDTO,
    pillar_list: Sequence[PillarDTO],
    subgoals: Sequence[GoalDTO],
    strategic_goals: Sequence[GoalDTO],
) -> str:
    pillars = {x.id: x.name for x in pillar_list}
    html = [f"<h1>{escape(p.name)}</h1>"]
    if p.source_document:
        html.append(
            f"<p style='color:#666'>{escape(_tr('Source'))}: {escape(p.source_document)}</p>"
        )
    html.append(
        f"<h2>{escape(_tr('Goal of the national programme'))}</h2><p>{escape(p.national_goal)}</p>"
    )
    html.append(f"<p><b>{escape(_tr('Sub-goals'))}</b></p>" + _list([g.title for g in subgoals]))
    html.append(f"<h2>{escape(_tr('Ambition Dordt West'))}</h2><p><i>{escape(p.ambition)}</i></p>")
    html.append(f"<h2>{escape(_tr('Pillars and strategic goals'))}</h2><table cellpadding='4'>")
    for goal in strategic_goals:
        html.append(
            f"<tr><td><b>{escape(pillars.get(goal.pillar_id, '') if goal.pillar_id else '')}</b></td>"
            f"<td>{escape(goal.title)}</td></tr>"
        )
    html.append("</table>")
    return "\n".join(html)


def render_initiative(initiative: InitiativeDTO) -> str:
    html = [f"<h3>{escape(initiative.name)}</h3>"]
    if initiative.ambition:
        html.append(f"<p><b>{escape(_tr('Ambition'))}:</b> {escape(initiative.ambition)}</p>")
    if initiative.target_area:
        html.append(f"<p><b>{escape(_tr('Target area'))}:</b> {escape(initiative.target_area)}</p>")
    if initiative.goals:
        html.append(
            f"<p><b>{escape(_tr('Goals'))}:</b></p>" + _list([g.title for g in initiative.goals])
        )
    if initiative.components:
        html.append(
            f"<p><b>{escape(_tr('Components'))}:</b></p>"
            + _list([c.name for c in initiative.components])
        )
    if initiative.funding:
        html.append(f"<p><b>{escape(_tr('Funding'))}:</b><br/>{_funding(initiative)}</p>")
    shown = (
        initiative.ambition,
        initiative.target_area,
        initiative.goals,
        initiative.components,
        initiative.funding,
    )
    if not any(shown):
        html.append(_nothing_recorded(initiative))
    return "\n".join(html)


def render_planning(milestones: Sequence[MilestoneDTO | MilestoneRow]) -> str:
    rows = "".join(
        f"<tr><td>{escape(x.due.render())}</td><td>{escape(x.title)}</td>"
        f"<td>{escape(label(x.status))}</td></tr>"
        for x in milestones
    )
    return f"<table cellpadding='4'>{rows}</table>"
