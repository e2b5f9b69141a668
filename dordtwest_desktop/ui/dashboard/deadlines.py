"""The Deadlines card: reports to funders due in the next 90 days, and overdue ones, per funder."""

from __future__ import annotations

import uuid
from html import escape
from itertools import groupby

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from dordtwest_desktop.services.dashboard import PALETTE
from dordtwest_desktop.services.regimes import DEADLINE_DAYS, Deadline

TR_CONTEXT = "DashboardDeadlines"
# The most reports the card lists (overdue ones first); the rest are counted under them.
# A programme of hundreds of funding lines would otherwise push the charts off screen.
MAX_LINES = 12


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


class DeadlinesCard(QFrame):
    """Per funder its reports, overdue in red; a click on one opens its milestone."""

    milestone_clicked = Signal(object)  # uuid.UUID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_deadlines")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.deadlines: tuple[Deadline, ...] | None = None
        heading = QLabel(f"<h3>{escape(_tr('Deadlines'))}</h3>", self)
        heading.setObjectName("heading_deadlines")
        caption = QLabel(
            _tr("Reports to funders due in the next %1 days, and those overdue.").replace(
                "%1", str(DEADLINE_DAYS)
            ),
            self,
        )
        caption.setStyleSheet("color: #5c6670;")
        caption.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setObjectName("deadlines")
        self.body.setWordWrap(True)
        self.body.setOpenExternalLinks(False)
        self.body.linkActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(caption)
        layout.addWidget(self.body)

    def set_deadlines(self, deadlines: tuple[Deadline, ...]) -> None:
        if deadlines == self.deadlines:
            return
        self.deadlines = deadlines
        if not deadlines:
            self.body.setText(escape(_tr("No reports due.")))
            return
        shown = self.shown()
        parts = []
        for funder, group in groupby(shown, key=lambda d: d.funder):
            items = [_line(d) for d in group]
            name = escape(funder or _tr("(no funder)"))
            parts.append(f"<b>{name}</b><br/>" + "<br/>".join(items))
        hidden = len(deadlines) - len(shown)
        if hidden:
            late = sum(d.overdue for d in deadlines) - sum(d.overdue for d in shown)
            more = _tr("… and %1 more reports, %2 of them overdue")
            parts.append(
                f"<i>{escape(more.replace('%1', str(hidden)).replace('%2', str(late)))}</i>"
            )
        self.body.setText("<br/>".join(parts))

    def shown(self) -> tuple[Deadline, ...]:
        """At most MAX_LINES: the overdue ones first, then the soonest; per funder as read."""
        found = self.deadlines or ()
        if len(found) <= MAX_LINES:
            return found
        order = sorted(
            range(len(found)), key=lambda n: (not found[n].overdue, found[n].due_first, n)
        )
        kept = set(order[:MAX_LINES])
        return tuple(d for n, d in enumerate(found) if n in kept)

    def _clicked(self, link: str) -> None:
        self.milestone_clicked.emit(uuid.UUID(link.removeprefix("milestone:")))

    def texts(self) -> list[str]:
        """The lines as shown (tests)."""
        return [f"{d.title} — {d.due_text}" for d in self.shown()]


def _line(deadline: Deadline) -> str:
    colour = PALETTE["overdue"] if deadline.overdue else PALETTE["report"]
    state = _tr("overdue") if deadline.overdue else ""
    extra = f" ({escape(state)})" if state else ""
    warn = " ⚠" if deadline.deviation else ""
    return (
        f'<a href="milestone:{deadline.milestone_id}" style="color:{colour};">'
        f"{escape(deadline.title)}</a> — {escape(deadline.due_text)}{extra}{warn}"
    )
