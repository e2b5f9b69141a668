"""The dashboard: the pictures coordinators would rather look at than read.

Each part (timeline, funding, indicators, attention) is read on its own and
redrawn only when its figures changed; the app's change signals mark parts
dirty and one zero-delay timer redraws them together, so an edit anywhere (or
its undo) shows at once without a restart.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.services.changes import Changes, Kind
from dordtwest_desktop.services.dashboard import PALETTE, DashboardService
from dordtwest_desktop.services.dto import MilestoneDTO
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dashboard.attention import AttentionPanel
from dordtwest_desktop.ui.dashboard.funding import FundingPanel
from dordtwest_desktop.ui.dashboard.indicator_charts import IndicatorSection
from dordtwest_desktop.ui.dashboard.indicators import IndicatorsWindow, import_indicators
from dordtwest_desktop.ui.dashboard.timeline import TimelineChart

if TYPE_CHECKING:
    from dordtwest_desktop.ui.dialogs.milestone import MilestoneDialog

TR_CONTEXT = "DashboardView"
PARTS = ("attention", "timeline", "funding", "indicators")


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def _swatch(colour: str, symbol: str, text: str) -> str:
    return f'<span style="color:{colour}; font-size:13pt;">{symbol}</span>&nbsp;{text}'


# Which cards show which kinds of record. A decision can mark a milestone reached
# and its use case says so (the milestone's kind comes with it).
_PARTS_BY_KIND: dict[Kind, tuple[str, ...]] = {
    Kind.PROGRAMME: ("attention", "timeline", "funding"),
    Kind.INITIATIVE: ("timeline", "funding"),
    Kind.MILESTONE: ("attention", "timeline"),
    Kind.MEETING: ("attention", "timeline"),
    Kind.DECISION: ("attention", "timeline"),
    Kind.ACTION: ("attention",),
    Kind.INDICATOR: ("indicators",),
}


class DashboardView(QScrollArea):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = DashboardService(context.store)
        self.today = date.today()
        self._dirty: set[str] = set()
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._refresh_dirty)
        self.indicators_window: IndicatorsWindow | None = None
        self._pillars = self.service.pillars()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(self)
        content.setObjectName("dashboard_content")
        self.setWidget(content)
        self.motto = QLabel(content)
        self.motto.setStyleSheet("color: #5c6670; font-style: italic;")
        self.attention = AttentionPanel(content)
        self.timeline = TimelineChart(content)
        self.timeline.milestone_clicked.connect(self.open_milestone)
        self.funding = FundingPanel(content)
        self.indicators = IndicatorSection(content)
        layout = QVBoxLayout(content)
        layout.addWidget(QLabel(f"<h2>{_tr('Dashboard')}</h2>", content))
        layout.addWidget(self.motto)
        layout.addWidget(self.attention)
        layout.addWidget(self._group(_tr("Milestones"), self._timeline_legend(), self.timeline))
        layout.addWidget(self._group(_tr("Funding: requested and granted"), None, self.funding))
        layout.addWidget(
            self._group(
                _tr("Indicators: Dordt West and the Dordrecht average"),
                self._indicator_buttons(content),
                self.indicators,
            )
        )
        layout.addStretch(1)
        self._connect_cards()
        self._connect_events()
        self.refresh()

    def _connect_events(self) -> None:
        self.context.events.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        """Redraw only the cards that show a kind of record the change touched."""
        parts = {part for kind in changes.kinds for part in _PARTS_BY_KIND.get(kind, ())}
        if Kind.PROGRAMME in changes.kinds:
            # Indicators hang on pillars only: skip re-reading them for other edits.
            pillars = self.service.pillars()
            if pillars != self._pillars:
                parts.add("indicators")
            self._pillars = pillars
        if parts:
            self.mark_dirty(*parts)

    # -- building --------------------------------------------------------------
    def _group(self, title: str, header: QWidget | None, body: QWidget) -> QGroupBox:
        box = QGroupBox(title, self.widget())
        layout = QVBoxLayout(box)
        if header is not None:
            layout.addWidget(header)
        layout.addWidget(body)
        return box

    def _timeline_legend(self) -> QLabel:
        parts = [
            _swatch(PALETTE["planned"], "◆", _tr("planned")),
            _swatch(PALETTE["reached"], "◆", _tr("reached")),
            _swatch(PALETTE["overdue"], "◆", _tr("overdue")),
            _swatch(PALETTE["cancelled"], "◆", _tr("cancelled")),
            _swatch(PALETTE["period"], "▬", _tr("running time")),
            _swatch(PALETTE["today"], "┆", _tr("today")),
        ]
        text = "&nbsp;&nbsp;&nbsp;".join(parts)
        hint = _tr(
            "A diamond is a day, a bar a vaguer date (month, quarter, half year). "
            "Wheel: zoom; drag: pan; click a milestone to open it."
        )
        legend = QLabel(f"{text}<br><span style='color:#5c6670;'>{hint}</span>", self.widget())
        legend.setWordWrap(True)
        return legend

    def _indicator_buttons(self, parent: QWidget) -> QWidget:
        holder = QWidget(parent)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        manage = QPushButton(_tr("Manage indicators…"), holder)
        manage.setObjectName("manage_indicators")
        manage.clicked.connect(self.manage_indicators)
        importing = QPushButton(_tr("Import CSV…"), holder)
        importing.setObjectName("import_indicators")
        importing.clicked.connect(lambda: import_indicators(self.context, self))
        row.addWidget(manage)
        row.addWidget(importing)
        row.addStretch(1)
        return holder

    def _connect_cards(self) -> None:
        def go(key: str) -> Callable[[], None]:
            def show() -> None:
                window = self.window()
                if hasattr(window, "show_view") and key in getattr(window, "views", {}):
                    window.show_view(key)

            return show

        self.attention.milestones.on_click = go("milestones")
        self.attention.open_actions.on_click = go("actions")
        self.attention.overdue_actions.on_click = go("actions")
        self.attention.meeting.on_click = go("meetings")

    # -- refreshing ------------------------------------------------------------
    def mark_dirty(self, *parts: str) -> None:
        self._dirty.update(parts)
        self._timer.start()

    def _refresh_dirty(self) -> None:
        parts, self._dirty = self._dirty, set()
        self.refresh(parts)

    def refresh(self, parts: set[str] | tuple[str, ...] = PARTS) -> None:
        self.today = date.today()
        found = self.service.parts(parts, self.today)
        if found.timeline is not None:
            self.timeline.set_series(found.timeline)
        if found.funding is not None:
            self.funding.set_series(found.funding)
        if found.attention is not None:
            self.attention.set_attention(found.attention)
        if found.motto is not None:
            self.motto.setText(found.motto)
        if found.indicators is not None:
            self.indicators.set_groups(found.indicators)

    # -- actions ---------------------------------------------------------------
    def open_milestone(self, ident: uuid.UUID) -> MilestoneDialog | None:
        from dordtwest_desktop.ui.dialogs.milestone import MilestoneDialog

        programme = self.context.programme
        milestone = next((x for x in programme.milestones() if x.id == ident), None)
        if milestone is None:
            return None
        dialog = MilestoneDialog(milestone, programme.initiatives(), self)
        dialog.on_submit = self._save_milestone
        dialog.open()
        return dialog

    def _save_milestone(self, milestone: MilestoneDTO) -> None:
        programme = self.context.programme
        self.context.ops.save(
            _tr("Edit milestone"),
            milestone,
            programme.save_milestone,
            programme.delete_milestone,
            self.context.events.programme_changed,
        )

    def manage_indicators(self) -> IndicatorsWindow:
        if self.indicators_window is None:
            self.indicators_window = IndicatorsWindow(self.context, self)
        self.indicators_window.show()
        self.indicators_window.raise_()
        return self.indicators_window
