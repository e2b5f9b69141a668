"""Views beyond the programme's own, in navigation order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dordtwest_desktop.ui.context import AppContext

TR_CONTEXT = "Registry"


def tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def extra_views(window: QWidget) -> list[tuple[str, str, Callable[..., Any]]]:
    # Imported when first shown, not at start: the meeting views pull in much.
    def meetings(context: AppContext, parent: QWidget) -> QWidget:
        from dordtwest_desktop.ui.meetings import MeetingsView

        return MeetingsView(context, parent)

    def actions(context: AppContext, parent: QWidget) -> QWidget:
        from dordtwest_desktop.ui.views.actions import ActionsView

        return ActionsView(context, parent)

    return [("meetings", tr("Meetings"), meetings), ("actions", tr("Actions"), actions)]
