"""When a milestone (mijlpaal) is overdue, and how its status reads.

One rule for every place that shows a milestone's status, on screen and on
paper, so that the app and the briefing pack never disagree.
"""

from __future__ import annotations

from datetime import date

from dordtwest_desktop.domain.enums import MilestoneStatus
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.i18n import tr


def is_overdue(status: MilestoneStatus, last_day: date, today: date) -> bool:
    """Still planned while its date, taken as a whole (all of "Q1 2024"), has passed."""
    return status is MilestoneStatus.PLANNED and last_day < today


def status_text(status: MilestoneStatus, last_day: date, today: date) -> str:
    """The status in words: "gepland", or "gepland, over tijd" once its date has passed."""
    text = label(status)
    if is_overdue(status, last_day, today):
        return tr("{status}, overdue").format(status=text)
    return text
