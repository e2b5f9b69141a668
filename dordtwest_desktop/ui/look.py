"""How the main window presents itself: its title, its icon and the navigation's icons."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QListView, QListWidget

from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.paths import MissingResourceError
from dordtwest_desktop.services.storage import Store
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.icons import icon

TR_CONTEXT = "MainWindow"
NAV_ICON = 20
# Room around an entry's icon and text (frame, item padding, a scroll bar's worth of air).
NAV_PADDING = 44
NAV_MIN_WIDTH = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def database_name(store: Store) -> str:
    """The file's name, or user@host/database on a server: what tells two windows apart."""
    return Path(store.path).name if store.path is not None else store.label


def window_title(context: AppContext) -> str:
    """'Nationaal Programma Dordt West – dordtwest.sqlite – Dordt West Alliantie'."""
    try:
        programme = context.programme.name()
    except DomainError:  # a database that cannot be read still gets a window
        programme = ""
    parts = [p for p in (programme, database_name(context.store)) if p]
    app = _tr("Dordt West Alliantie")
    if context.store.read_only:
        app = _tr("Dordt West Alliantie (read-only)")
    return " – ".join([*parts, app])


def style_navigation(nav: QListWidget) -> None:
    """An icon per view (named after its key) and a width that fits the longest entry."""
    nav.setIconSize(QSize(NAV_ICON, NAV_ICON))
    nav.setSpacing(2)
    nav.setUniformItemSizes(True)
    nav.setResizeMode(QListView.ResizeMode.Adjust)
    widest = 0
    for row in range(nav.count()):
        item = nav.item(row)
        # Named after the view's key; a view without an icon of its own shows its name alone.
        with suppress(MissingResourceError):
            item.setIcon(icon(item.data(Qt.ItemDataRole.UserRole), sizes=(NAV_ICON,)))
        widest = max(widest, nav.fontMetrics().horizontalAdvance(item.text()))
    nav.setFixedWidth(max(NAV_MIN_WIDTH, widest + NAV_ICON + NAV_PADDING))
