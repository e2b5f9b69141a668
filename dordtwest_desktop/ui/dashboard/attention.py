"""What needs attention: overdue milestones, open and overdue actions, the next meeting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dordtwest_desktop.domain.dates import format_long_date
from dordtwest_desktop.services.dashboard import Attention

TR_CONTEXT = "DashboardAttention"
ALERT = "#b00020"
CALM = "#1f3a5f"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


class Card(QFrame):
    """A figure with its caption; a click goes where the figure comes from."""

    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.on_click: Callable[[], object] | None = None
        self.figure = QLabel(self)
        self.figure.setObjectName("figure")
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #5c6670;")
        layout = QVBoxLayout(self)
        layout.setSpacing(1)
        for widget in (self.figure, self.caption, self.detail):
            layout.addWidget(widget)

    def show_figure(self, text: str, alert: bool, detail: str = "") -> None:
        colour = ALERT if alert else CALM
        self.figure.setText(text)
        self.figure.setStyleSheet(f"color: {colour}; font-size: 20pt; font-weight: bold;")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.on_click is not None:
            self.on_click()
        super().mouseReleaseEvent(event)


class AttentionPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attention: Attention | None = None
        self.milestones = Card("overdue_milestones", _tr("milestones overdue"), self)
        self.open_actions = Card("open_actions", _tr("open actions"), self)
        self.overdue_actions = Card("overdue_actions", _tr("actions overdue"), self)
        self.meeting = Card("next_meeting", _tr("next meeting"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for card in (self.milestones, self.open_actions, self.overdue_actions):
            layout.addWidget(card, 1)
        layout.addWidget(self.meeting, 2)

    def set_attention(self, attention: Attention) -> None:
        if attention == self.attention:
            return
        self.attention = attention
        overdue = attention.overdue_milestones
        named = attention.overdue_titles
        titles = ", ".join(named) + (" …" if overdue > len(named) else "")
        self.milestones.show_figure(str(overdue), bool(overdue), titles)
        self.open_actions.show_figure(str(attention.open_actions), False)
        self.overdue_actions.show_figure(
            str(attention.overdue_actions), bool(attention.overdue_actions)
        )
        meeting = attention.next_meeting
        if meeting is None:
            self.meeting.show_figure("–", False, _tr("No meeting has been planned."))
            return
        when = format_long_date(meeting.day)
        if meeting.start_time is not None:
            when += " " + meeting.start_time.strftime("%H:%M")
        days = (meeting.day - attention.today).days
        soon = (
            _tr("today")
            if days == 0
            else _tr("in %1 days").replace("%1", str(days))
            if days > 1
            else _tr("tomorrow")
        )
        detail = meeting.body_label + (f" – {meeting.title}" if meeting.title else "")
        self.meeting.figure.setText(when)
        self.meeting.figure.setStyleSheet(f"color: {CALM}; font-size: 13pt; font-weight: bold;")
        self.meeting.detail.setText(f"{detail} ({soon})")
        self.meeting.detail.show()
