"""The dashboard: the pictures coordinators would rather look at than read.

Each part (timeline, funding, indicators, attention) is read on its own and
redrawn only when its figures changed; the app's change signals mark parts
dirty and one zero-delay timer redraws them together, so an edit anywhere (or
its undo) shows at once without a restart.

The view is the app's first screen, so it shows its cards (the figures that need
attention) at once and builds the charts just after its first paint: pyqtgraph and
numpy are imported then, and the charts' series read, not before the window appears
(on issue 13's programme the timeline's read alone is a third of a second). The
series are aggregates (`services.dashboard_reads`: a few statements whatever the
programme's size). Each chart draws at most
what fits: the timeline SCREEN_LANES lanes, the funding charts their largest bars,
the rest summed up as "overige".
"""

from __future__ import annotations

import logging
import uuid
from datetime import date
from functools import partial
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.errors import DomainError, NotFoundError
from dordtwest_desktop.services.changes import Changes, Kind
from dordtwest_desktop.services.charts import TimelineMark
from dordtwest_desktop.services.dashboard import (
    PALETTE,
    DashboardParts,
    DashboardService,
)
from dordtwest_desktop.services.dto import MilestoneDTO
from dordtwest_desktop.services.regimes import RegimeService
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dashboard.attention import AttentionPanel
from dordtwest_desktop.ui.dashboard.deadlines import DeadlinesCard

if TYPE_CHECKING:
    # The chart modules import pyqtgraph and numpy: at run time only once the cards
    # are on screen (Charts.build).
    from dordtwest_desktop.ui.dashboard.funding import FundingPanel
    from dordtwest_desktop.ui.dashboard.indicator_charts import IndicatorSection
    from dordtwest_desktop.ui.dashboard.indicators import IndicatorsWindow
    from dordtwest_desktop.ui.dashboard.timeline import TimelineChart
    from dordtwest_desktop.ui.dialogs.milestone import MilestoneDialog

log = logging.getLogger(__name__)
TR_CONTEXT = "DashboardView"
PARTS = ("attention", "deadlines", "timeline", "funding", "indicators")
CHART_PARTS = ("timeline", "funding", "indicators")
# Read with the cards: they share the lists of milestones and initiatives.
FIRST_READ = ("attention", "deadlines", "timeline", "funding")
PLACEHOLDER_HEIGHT = 180
GROUP_MENU = 20  # the most milestones a grouped timeline mark lists to choose from


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def _swatch(colour: str, symbol: str, text: str) -> str:
    return f'<span style="color:{colour}; font-size:13pt;">{symbol}</span>&nbsp;{text}'


# Which cards show which kinds of record. A decision can mark a milestone reached
# and its use case says so (the milestone's kind comes with it).
_PARTS_BY_KIND: dict[Kind, tuple[str, ...]] = {
    Kind.PROGRAMME: ("attention", "deadlines", "timeline", "funding"),
    Kind.INITIATIVE: ("deadlines", "timeline", "funding"),
    Kind.MILESTONE: ("attention", "deadlines", "timeline"),
    Kind.MEETING: ("attention", "timeline"),
    Kind.DECISION: ("attention", "timeline"),
    Kind.ACTION: ("attention",),
    Kind.INDICATOR: ("indicators",),
}


class Charts:
    """The three chart widgets, built together once the cards have been painted."""

    def __init__(self, view: DashboardView, parent: QWidget) -> None:
        from dordtwest_desktop.ui.dashboard.funding import FundingPanel
        from dordtwest_desktop.ui.dashboard.indicator_charts import IndicatorSection
        from dordtwest_desktop.ui.dashboard.timeline import TimelineChart

        self.timeline = TimelineChart(parent)
        self.timeline.milestone_clicked.connect(view.open_milestone)
        self.timeline.group_clicked.connect(view.choose_in_group)
        self.funding = FundingPanel(parent)
        self.indicators = IndicatorSection(parent)

    def by_part(self) -> dict[str, QWidget]:
        return {"timeline": self.timeline, "funding": self.funding, "indicators": self.indicators}


class DashboardView(QScrollArea):
    charts_built = Signal()  # the charts are drawn (just after the first paint)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = DashboardService(context.store)
        self.today = date.today()
        self._dirty: set[str] = set()
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._refresh_dirty)
        self.indicators_window: IndicatorsWindow | None = None
        self._charts: Charts | None = None
        # Series read before the charts exist, drawn when they do.
        self._pillars = self.service.pillars()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._content = content = QWidget(self)
        content.setObjectName("dashboard_content")
        self.setWidget(content)
        self.motto = QLabel(content)
        self.motto.setStyleSheet("color: #5c6670; font-style: italic;")
        self.attention = AttentionPanel(content)
        self.deadlines = DeadlinesCard(content)
        self.deadlines.milestone_clicked.connect(self.open_milestone)
        # Each chart's place, held by an empty widget until the charts are built.
        self._places: dict[str, tuple[QVBoxLayout, QWidget]] = {}
        layout = QVBoxLayout(content)
        layout.addWidget(QLabel(f"<h2>{_tr('Dashboard')}</h2>", content))
        layout.addWidget(self.motto)
        layout.addWidget(self.attention)
        layout.addWidget(self.deadlines)
        layout.addWidget(self._group("timeline", _tr("Milestones"), self._timeline_legend()))
        layout.addWidget(self._group("funding", _tr("Funding: requested and granted"), None))
        layout.addWidget(
            self._group(
                "indicators",
                _tr("Indicators: Dordt West and the Dordrecht average"),
                self._indicator_buttons(content),
            )
        )
        layout.addStretch(1)
        self._connect_cards()
        self._connect_events()
        self.refresh(FIRST_READ)
        content.installEventFilter(self)

    def _connect_events(self) -> None:
        # A bound method: PySide drops the connection when this view is deleted (a
        # lambda holding `self` on the long-lived events would keep the view alive).
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
    def _group(self, part: str, title: str, header: QWidget | None) -> QGroupBox:
        """A titled box with an empty space where the part's chart will be."""
        # A heading of its own, not the group box's small title: the sections read
        # like those of the list views.
        box = QGroupBox(self._content)
        box.setObjectName(f"section_{part}")
        layout = QVBoxLayout(box)
        heading = QLabel(f"<h3>{escape(title)}</h3>", box)
        heading.setObjectName(f"heading_{part}")
        layout.addWidget(heading)
        if header is not None:
            layout.addWidget(header)
        placeholder = QWidget(box)
        placeholder.setMinimumHeight(PLACEHOLDER_HEIGHT)
        layout.addWidget(placeholder)
        self._places[part] = (layout, placeholder)
        return box

    def _timeline_legend(self) -> QLabel:
        parts = [
            _swatch(PALETTE["planned"], "◆", _tr("planned")),
            _swatch(PALETTE["reached"], "◆", _tr("reached")),
            _swatch(PALETTE["overdue"], "◆", _tr("overdue")),
            _swatch(PALETTE["cancelled"], "◆", _tr("cancelled")),
            _swatch(PALETTE["report"], "◆", _tr("report to a funder")),
            _swatch(PALETTE["period"], "▬", _tr("running time")),
            _swatch(PALETTE["today"], "┆", _tr("today")),
        ]
        text = "&nbsp;&nbsp;&nbsp;".join(parts)
        hint = _tr(
            "A diamond is a day, a bar a vaguer date (month, quarter, half year). "
            "Wheel: zoom; drag: pan; click a milestone to open it."
        )
        legend = QLabel(f"{text}<br><span style='color:#5c6670;'>{hint}</span>", self._content)
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
        importing.clicked.connect(self.import_indicators)
        row.addWidget(manage)
        row.addWidget(importing)
        row.addStretch(1)
        return holder

    def _connect_cards(self) -> None:
        for card, key in (
            (self.attention.milestones, "milestones"),
            (self.attention.open_actions, "actions"),
            (self.attention.overdue_actions, "actions"),
            (self.attention.meeting, "meetings"),
        ):
            card.on_click = partial(_go, card, key)

    # -- the charts, after the first paint ---------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._content:
            watched.removeEventFilter(self)
            # Queued: the painted window is flushed to the screen first.
            QTimer.singleShot(0, self, self._charts_after_paint)
        return False

    def _charts_after_paint(self) -> None:
        if not self.isVisible():  # a window closed meanwhile: its store may be gone
            return
        try:
            self.charts()
        except DomainError as error:
            # Nobody waits on this call to say it to: the charts stay empty until the
            # next change redraws them (a server that went away is said by the window).
            log.warning("dashboard charts not drawn: %s", error.message)

    def charts(self) -> Charts:
        """The chart widgets, built and drawn now if the first paint has not come yet."""
        if self._charts is None:
            self._charts = charts = Charts(self, self._content)
            for part, chart in charts.by_part().items():
                layout, placeholder = self._places.pop(part)
                layout.replaceWidget(placeholder, chart)
                placeholder.deleteLater()
                chart.show()  # a child added to a shown parent stays hidden until told
            self.refresh(("timeline", "funding", "indicators"))
            self.charts_built.emit()
        return self._charts

    @property
    def timeline(self) -> TimelineChart:
        return self.charts().timeline

    @property
    def funding(self) -> FundingPanel:
        return self.charts().funding

    @property
    def indicators(self) -> IndicatorSection:
        return self.charts().indicators

    # -- refreshing ------------------------------------------------------------
    def mark_dirty(self, *parts: str) -> None:
        self._dirty.update(parts)
        self._timer.start()

    def _refresh_dirty(self) -> None:
        if not self.isVisible():
            return  # kept dirty: a hidden dashboard reads again when it is shown
        parts, self._dirty = self._dirty, set()
        self.refresh(parts)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._timer.start()

    def refresh(self, parts: set[str] | tuple[str, ...] = PARTS) -> None:
        """Read the parts (each list once) and show them; charts not built yet wait."""
        self.today = date.today()
        wanted = set(parts)
        if self._charts is None:
            wanted -= {"indicators", "timeline", "funding"}  # read when the charts are built
        if "deadlines" in wanted:
            wanted.discard("deadlines")
            self.deadlines.set_deadlines(RegimeService(self.context.store).deadlines(self.today))
        if wanted:
            self._show(self.service.parts(wanted, self.today))

    def _show(self, found: DashboardParts) -> None:
        if found.attention is not None:
            self.attention.set_attention(found.attention)
        if found.motto is not None:
            self.motto.setText(found.motto)
        charts = self._charts
        if charts is None:
            return
        if found.timeline is not None:
            charts.timeline.set_series(found.timeline)
        if found.funding is not None:
            charts.funding.set_series(found.funding)
        if found.indicators is not None:
            charts.indicators.set_groups(found.indicators)

    # -- actions ---------------------------------------------------------------
    def open_milestone(self, ident: uuid.UUID) -> MilestoneDialog | None:
        from dordtwest_desktop.ui.dialogs.milestone import MilestoneDialog

        programme = self.context.programme
        try:
            milestone = programme.milestone(ident)
        except NotFoundError:
            return None
        dialog = MilestoneDialog(milestone, programme.initiatives(), self)
        dialog.on_submit = self._save_milestone
        dialog.open()
        return dialog

    def choose_in_group(self, mark: TimelineMark, at: QPoint | None = None) -> QMenu | None:
        """A menu of the milestones one mark of the "other" lane stands for; each opens."""
        series = self.timeline.series
        if series is None:
            return None
        found = self.service.group(series, mark, GROUP_MENU + 1)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for ident, title in found[:GROUP_MENU]:
            action = menu.addAction(title)
            action.triggered.connect(partial(self.open_milestone, ident))
        if mark.count > GROUP_MENU:
            more = menu.addAction(
                _tr("… and %1 more (Milestones view)").replace("%1", str(mark.count - GROUP_MENU))
            )
            more.triggered.connect(partial(_go, self, "milestones"))
        menu.popup(at or QCursor.pos())
        return menu

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
        from dordtwest_desktop.ui.dashboard.indicators import IndicatorsWindow

        if self.indicators_window is None:
            self.indicators_window = IndicatorsWindow(self.context, self)
        self.indicators_window.show()
        self.indicators_window.raise_()
        return self.indicators_window

    def import_indicators(self) -> None:
        from dordtwest_desktop.ui.dashboard.indicators import import_indicators

        import_indicators(self.context, self)


def _go(card: QWidget, key: str) -> None:
    """Show the view a card's figure comes from (when the card sits in the main window)."""
    window = card.window()
    if hasattr(window, "show_view") and key in getattr(window, "views", {}):
        window.show_view(key)
