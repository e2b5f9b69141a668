"""The programme at a glance: goal, ambition, pillars, initiatives, planning."""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.domain.money import format_money_short
from dordtwest_desktop.services.changes import PROGRAMME_KINDS, Changes
from dordtwest_desktop.services.dto import InitiativeDTO, ProgrammeOverview
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dialogs.initiative import InitiativeDialog
from dordtwest_desktop.ui.views.initiatives import open_initiative
from dordtwest_desktop.ui.widgets import ReloadWhenSeen

TR_CONTEXT = "ProgrammeView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


class ProgrammeView(ReloadWhenSeen):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("overview")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow)
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
        self.browser.setHtml(render_overview(self.context.programme.overview()))

    def follow(self, url: QUrl) -> InitiativeDialog | None:
        """A link 'initiative:ID' (under an initiative with nothing recorded) opens its form."""
        if url.scheme() != INITIATIVE_LINK:
            return None
        programme = self.context.programme
        ident = uuid.UUID(url.path())
        initiative = next((i for i in programme.initiatives() if i.id == ident), None)
        if initiative is None:
            return None
        return open_initiative(self.context, initiative, self)


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
    p = view.programme
    pillars = {x.id: x.name for x in view.pillars}
    html = [f"<h1>{escape(p.name)}</h1>"]
    if p.source_document:
        html.append(
            f"<p style='color:#666'>{escape(_tr('Source'))}: {escape(p.source_document)}</p>"
        )
    html.append(
        f"<h2>{escape(_tr('Goal of the national programme'))}</h2><p>{escape(p.national_goal)}</p>"
    )
    html.append(
        f"<p><b>{escape(_tr('Sub-goals'))}</b></p>" + _list([g.title for g in view.subgoals])
    )
    html.append(f"<h2>{escape(_tr('Ambition Dordt West'))}</h2><p><i>{escape(p.ambition)}</i></p>")
    html.append(f"<h2>{escape(_tr('Pillars and strategic goals'))}</h2><table cellpadding='4'>")
    for goal in view.strategic_goals:
        html.append(
            f"<tr><td><b>{escape(pillars.get(goal.pillar_id, '') if goal.pillar_id else '')}</b></td>"
            f"<td>{escape(goal.title)}</td></tr>"
        )
    html.append("</table>")
    html.append(f"<h2>{escape(_tr('Initiatives'))}</h2>")
    for initiative in view.initiatives:
        html.append(f"<h3>{escape(initiative.name)}</h3>")
        if initiative.ambition:
            html.append(f"<p><b>{escape(_tr('Ambition'))}:</b> {escape(initiative.ambition)}</p>")
        if initiative.target_area:
            html.append(
                f"<p><b>{escape(_tr('Target area'))}:</b> {escape(initiative.target_area)}</p>"
            )
        if initiative.goals:
            html.append(
                f"<p><b>{escape(_tr('Goals'))}:</b></p>"
                + _list([g.title for g in initiative.goals])
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
    html.append(f"<h2>{escape(_tr('Planning'))}</h2><table cellpadding='4'>")
    for milestone in view.milestones:
        html.append(
            f"<tr><td>{escape(milestone.due.render())}</td><td>{escape(milestone.title)}</td>"
            f"<td>{escape(label(milestone.status))}</td></tr>"
        )
    html.append("</table>")
    return "\n".join(html)
