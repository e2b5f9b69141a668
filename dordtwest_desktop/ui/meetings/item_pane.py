"""The right-hand pane of the agenda: the selected item with its decision, files and remarks."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout, QWidget

from dordtwest_desktop.domain.enums import ItemKind
from dordtwest_desktop.domain.indicators import format_number
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.services.dto import ActionDTO, DecisionDTO, MeetingDetail, ScheduledItem
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.meetings.common import button_row, format_time, run_reported
from dordtwest_desktop.ui.meetings.item_dialog import LinkChoices
from dordtwest_desktop.ui.meetings.item_sections import AnnotationsSection, AttachmentsSection
from dordtwest_desktop.ui.meetings.record_dialogs import DecisionDialog

TR_CONTEXT = "ItemDetails"
# The carried actions the pane names, the most pressing first: a body's open actions
# can run to a thousand, all of them on the Actions tab and in the pack.
CARRIED_SHOWN = 50


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def _paragraphs(text: str) -> str:
    parts = (escape(part.strip()).replace("\n", "<br/>") for part in text.split("\n\n"))
    return "".join(f"<p>{part}</p>" for part in parts if part)


def _action_line(action: ActionDTO, today: date) -> str:
    parts = [escape(action.description)]
    if action.owner:
        parts.append(escape(action.owner))
    if action.due:
        parts.append(escape(action.due.render()))
    text = " – ".join(parts)
    if action.is_overdue(today):
        return f"<span style='color:#c0392b'>{text} ({escape(_tr('overdue'))})</span>"
    return text


def _links_html(scheduled: ScheduledItem, links: LinkChoices) -> str:
    item = scheduled.item
    rows = []
    for heading, ids, names in (
        (_tr("Goals"), item.goal_ids, links.goal_names),
        (_tr("Initiatives"), item.initiative_ids, links.initiative_names),
        (_tr("Milestones"), item.milestone_ids, links.milestone_names),
    ):
        if ids:
            shown = ", ".join(escape(names.get(i, "?")) for i in ids)
            rows.append(f"<p><b>{escape(heading)}:</b> {shown}</p>")
    return "".join(rows)


def _meta_html(scheduled: ScheduledItem) -> str:
    item = scheduled.item
    parts = [escape(label(item.kind))]
    if scheduled.start:
        parts.append(f"{format_time(scheduled.start)}–{format_time(scheduled.end)}")
    if item.duration_minutes:
        parts.append(_tr("%1 min.").replace("%1", str(item.duration_minutes)))
    if item.presenter:
        parts.append(escape(_tr("presenter: %1").replace("%1", item.presenter)))
    parts.append(escape(_tr("confidential") if item.confidential else _tr("public")))
    style = "color:#c0392b" if item.confidential else "color:#555"
    return f"<p style='{style}'>{' · '.join(parts)}</p>"


def _decision_html(detail: MeetingDetail, scheduled: ScheduledItem, links: LinkChoices) -> str:
    decision = detail.decisions.get(scheduled.item.id)
    if decision is None:
        return f"<h3>{escape(_tr('Decision'))}</h3><p><i>{escape(_tr('No decision recorded.'))}</i></p>"
    outcome = _tr("Outcome: %1").replace("%1", label(decision.outcome))
    html = f"<h3>{escape(_tr('Decision'))}</h3>{_paragraphs(decision.text)}<p><b>{escape(outcome)}</b></p>"
    if decision.reached_milestone_id is not None:
        name = links.milestone_names.get(decision.reached_milestone_id, "?")
        html += f"<p>{escape(_tr('Milestone reached: %1').replace('%1', name))}</p>"
    return html


def item_html(detail: MeetingDetail, scheduled: ScheduledItem, links: LinkChoices) -> str:
    """The selected item as a small document: texts, points, links, carried actions, decision."""
    item = scheduled.item
    html = f"<h2>{scheduled.number}. {escape(item.title)}</h2>{_meta_html(scheduled)}"
    html += _paragraphs(item.explanation)
    if item.points:
        points = "".join(f"<li>{escape(p.text)}</li>" for p in item.points)
        html += f"<p><b>{escape(_tr('Proposed decision'))}</b></p><ol>{points}</ol>"
    if item.kind is ItemKind.PREVIOUS_MINUTES:
        html += f"<h3>{escape(_tr('Open actions from earlier meetings'))}</h3>"
        if detail.carried_actions:
            today = date.today()
            shown = detail.carried_actions[:CARRIED_SHOWN]
            lines = "".join(f"<li>{_action_line(a, today)}</li>" for a in shown)
            html += f"<ul>{lines}</ul>"
            more = len(detail.carried_actions) - len(shown)
            if more:
                rest = QCoreApplication.translate(
                    TR_CONTEXT, "…and %1 more on the Actions tab.", None, more
                ).replace("%1", format_number(more, 0))
                html += f"<p><i>{escape(rest)}</i></p>"
        else:
            html += f"<p><i>{escape(_tr('None.'))}</i></p>"
    # The decision before the links: during a meeting it is what one looks for.
    return html + _decision_html(detail, scheduled, links) + _links_html(scheduled, links)


class ItemPane(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: MeetingDetail | None = None
        self.scheduled: ScheduledItem | None = None
        self.links = LinkChoices([], [], [])
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("item_details")
        self.browser.setOpenLinks(False)
        self.attachments = AttachmentsSection(context, self)
        self.annotations = AnnotationsSection(context, self)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.browser, 1)
        row = button_row(
            top,
            (self.tr("Record decision…"), "record_decision", self.record_decision),
            (self.tr("Delete decision"), "delete_decision", self.delete_decision),
        )
        top_layout.addLayout(row)
        self.record_button = row.buttons["record_decision"]
        self.delete_decision_button = row.buttons["delete_decision"]
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.attachments)
        split.addWidget(self.annotations)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 0)
        split.setStretchFactor(2, 2)
        split.setSizes([520, 110, 170])  # proportions: the item and its decision come first
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.show_item(None, None, self.links)

    def show_item(
        self, detail: MeetingDetail | None, scheduled: ScheduledItem | None, links: LinkChoices
    ) -> None:
        self.detail, self.scheduled, self.links = detail, scheduled, links
        if detail is None or scheduled is None:
            self.browser.setHtml(f"<p><i>{escape(self.tr('Select an agenda item.'))}</i></p>")
            self.attachments.set_item(None, ())
            self.annotations.set_item(None, None, ())
            self.record_button.setEnabled(False)
            self.delete_decision_button.setEnabled(False)
            return
        item = scheduled.item
        decision = detail.decisions.get(item.id)
        self.browser.setHtml(item_html(detail, scheduled, links))
        self.attachments.set_item(item, detail.attachments.get(item.id, ()))
        self.annotations.set_item(item, decision, detail.annotations.get(item.id, ()))
        self.record_button.setEnabled(True)
        self.record_button.setText(
            self.tr("Edit decision…") if decision else self.tr("Record decision…")
        )
        self.delete_decision_button.setEnabled(decision is not None)

    def record_decision(self) -> DecisionDialog | None:
        if self.detail is None or self.scheduled is None:
            return None
        item = self.scheduled.item
        milestones = [(self.links.milestone_names.get(i, "?"), i) for i in item.milestone_ids]
        decision = self.detail.decisions.get(item.id)
        dialog = DecisionDialog(item, decision, milestones, self)
        if decision is not None:
            dialog.add_history(self.context.history.of(decision.id))
        dialog.on_submit = self._save_decision
        dialog.open()
        return dialog

    def _save_decision(self, decision: DecisionDTO) -> None:
        service, events = self.context.meetings, self.context.events
        signals = [events.meetings_changed]
        if decision.reached_milestone_id is not None:
            signals.append(events.programme_changed)
        self.context.ops.edit(
            self.tr("Record decision"), decision, service.record_decision, service.revert, *signals
        )

    def delete_decision(self) -> None:
        if self.detail is None or self.scheduled is None:
            return
        decision = self.detail.decisions.get(self.scheduled.item.id)
        if decision is None:
            return
        service = self.context.meetings
        run_reported(
            self.context,
            lambda: self.context.ops.change(
                self.tr("Delete decision"),
                lambda: service.delete_decision(decision.id),
                service.restore,
                self.context.events.meetings_changed,
            ),
        )
