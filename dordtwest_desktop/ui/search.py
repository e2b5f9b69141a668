"""The window's one search field (Ctrl+K) and its results, grouped by kind.

The field sits above the navigation; while it holds text, the results take the place
of the view on screen. Enter (or a double click) opens the record where the app
edits it: a list view's dialog, or the meeting at its agenda item. Searching runs on
the GUI thread: the index answers a keystroke in a few milliseconds even at the
benchmark's scale (benchmarks/search.py), so a worker thread would add only latency
and the risk of touching widgets from it; a short pause after typing avoids
searching at every letter of a fast typist.
"""

from __future__ import annotations

import html
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.services.changes import Changes
from dordtwest_desktop.services.search import (
    SearchHit,
    SearchResults,
    SearchService,
    kind_label,
    segments,
)

if TYPE_CHECKING:
    from dordtwest_desktop.ui.main_window import MainWindow

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
PAUSE_MS = 120

# The list view that edits each kind; a funding line is edited with its initiative.
LIST_VIEWS = {
    "goal": "goals",
    "initiative": "initiatives",
    "funding_line": "initiatives",
    "milestone": "milestones",
    "action": "actions",
}


def marked_html(marked: str) -> str:
    return "".join(
        f"<b style='background:#fff0a8'>{html.escape(p)}</b>" if hit else html.escape(p)
        for p, hit in segments(" ".join(marked.split()))
    )


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML (matched words in bold) in place of its plain text."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HTML_ROLE) or html.escape(str(index.data() or ""))))
        width = option.rect.width()
        view = option.widget
        if width <= 0 and isinstance(view, QTreeWidget):
            # Asked for a size before layout: the room the tree's column offers.
            width = view.viewport().width() - 2 * view.indentation()
        document.setTextWidth(max(width, 200))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget
            )
        painter.save()
        painter.translate(options.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, options.rect.width(), options.rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                context.palette.ColorRole.Text,
                options.palette.color(options.palette.ColorRole.HighlightedText),
            )
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class SearchPanel(QObject):
    """The field, the results, and the stack that swaps the results for the view."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.service = SearchService(window.context.store)
        self.results: SearchResults | None = None
        self.field = QLineEdit(window)
        self.field.setObjectName("global_search")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.field.setAccessibleName(self.tr("Search everything"))
        self.field.installEventFilter(self)
        self.page = QWidget(window)
        self.page.setObjectName("search_results")
        self.status = QLabel(self.page)
        self.status.setObjectName("search_status")
        self.status.setWordWrap(True)
        self.tree = QTreeWidget(self.page)
        self.tree.setObjectName("search_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemDelegate(HtmlDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.itemActivated.connect(lambda item, _column: self.open_item(item))
        self.tree.installEventFilter(self)
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        self.area = QStackedWidget(window)
        self.area.addWidget(window.stack)
        self.area.addWidget(self.page)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(self._typed)
        self.context.events.changed.connect(self._data_changed)
        window.nav.currentRowChanged.connect(lambda _row: self.show_view())
        self._shortcuts()

    def _shortcuts(self) -> None:
        focus = QAction(self.tr("Search everything"), self.window)
        focus.setObjectName("search_action")
        focus.setShortcut(QKeySequence("Ctrl+K"))
        focus.triggered.connect(self.focus)
        self.window.addAction(focus)
        # Ctrl+F belongs to a list view's own filter field; where the view on screen has
        # none, it reaches this field instead (one live shortcut per key, never two).
        self.find = QAction(self.window)
        self.find.setShortcut(QKeySequence.StandardKey.Find)
        self.find.triggered.connect(self.focus)
        self.window.addAction(self.find)
        self._watched: set[int] = set()
        self.window.stack.currentChanged.connect(self.sync_find)
        self.sync_find()

    def sync_find(self) -> None:
        meetings = self.window.views._built.get("meetings")
        inner = getattr(meetings, "stack", None)
        if isinstance(inner, QStackedWidget) and id(inner) not in self._watched:
            self._watched.add(id(inner))
            inner.currentChanged.connect(self.sync_find)
        self.find.setEnabled(self._list_on_screen() is None)

    def _list_on_screen(self) -> Any:
        base = sys.modules.get("dordtwest_desktop.ui.views.base")
        if base is None:
            return None  # no list view was ever built (the first screen, at start)
        RecordListView = base.RecordListView
        view = self.window.stack.currentWidget()
        if isinstance(view, RecordListView):
            return view
        inner = getattr(view, "stack", None)
        current = inner.currentWidget() if isinstance(inner, QStackedWidget) else None
        return current if isinstance(current, RecordListView) else None

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text().strip():
            self.area.setCurrentWidget(self.page)

    def _typed(self, text: str) -> None:
        if not text.strip():
            self.timer.stop()
            self.show_view()
            return
        self.timer.start()

    def _data_changed(self, _changes: Changes) -> None:
        if self.area.currentWidget() is self.page and self.field.text().strip():
            self.timer.start()

    def show_view(self) -> None:
        self.area.setCurrentWidget(self.window.stack)

    def search_now(self) -> SearchResults | None:
        self.timer.stop()
        query = self.field.text()
        self.area.setCurrentWidget(self.page)
        self.tree.clear()
        try:
            results = self.service.search(query, viewer=self.context.settings.user_name)
        except DomainError as error:
            self.results = None
            self.status.setText(error.message)
            return None
        self.results = results
        self._fill(results)
        return results

    def _fill(self, results: SearchResults) -> None:
        if not results.groups:
            self.status.setText(self.tr("Nothing found for '%1'.").replace("%1", results.query))
            return
        text = self.tr("%n result(s)", None, results.count)
        if results.more:
            text += " " + self.tr("(only the newest of each kind; type more words to narrow down)")
        self.status.setText(text)
        bold = self.tree.font()
        bold.setBold(True)
        for kind, hits in results.groups:
            group = QTreeWidgetItem(self.tree, [f"{kind_label(kind)} ({len(hits)})"])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(0, HTML_ROLE, f"<b>{html.escape(group.text(0))}</b>")
            for hit in hits:
                item = QTreeWidgetItem(group, [" ".join(hit.title.split())])
                item.setData(0, HIT_ROLE, hit)
                item.setData(0, HTML_ROLE, _hit_html(hit))
            group.setExpanded(True)

    def first_hit(self) -> QTreeWidgetItem | None:
        for row in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(row)
            if group is not None and group.childCount():
                return group.child(0)
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.field:
            if key == Qt.Key.Key_Escape:
                self.field.clear()
                self.show_view()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive() or self.area.currentWidget() is not self.page:
                    self.search_now()
                first = self.first_hit()
                if first is None:
                    return True
                if key == Qt.Key.Key_Down:
                    self.tree.setFocus()
                    self.tree.setCurrentItem(first)
                else:
                    self.open_item(first)
                return True
        if watched is self.tree and key == Qt.Key.Key_Escape:
            self.field.setFocus()
            return True
        return False

    def open_item(self, item: QTreeWidgetItem) -> QWidget | None:
        hit = item.data(0, HIT_ROLE)
        if not isinstance(hit, SearchHit):
            return None
        self.show_view()
        return open_hit(self.window, hit)


def _hit_html(hit: SearchHit) -> str:
    parts = [marked_html(hit.title) or "…"]
    if hit.snippet:
        parts.append(f"<span style='color:#444'>{marked_html(hit.snippet)}</span>")
    if hit.context:
        parts.append(f"<span style='color:#666'><i>{html.escape(hit.context)}</i></span>")
    return "<br>".join(parts)


def open_hit(window: MainWindow, hit: SearchHit) -> QWidget | None:
    """Show the record where the app edits it; returns the dialog or view that shows it."""
    key = LIST_VIEWS.get(hit.kind)
    if key is not None and key in window.views:
        view: Any = window.show_view(key)
        ident = hit.initiative_id if hit.kind == "funding_line" else hit.id
        view.select(ident)
        record = view.current()
        if record is not None and getattr(record, "id", None) == ident:
            dialog: QWidget | None = view.on_edit(record)
            return dialog
        return view
    if hit.meeting_id is None or "meetings" not in window.views:
        return None
    meetings: Any = window.show_view("meetings")
    meeting = meetings.open_meeting(hit.meeting_id)
    if hit.item_id is not None:
        meeting.tabs.setCurrentWidget(meeting.agenda)
        meeting.agenda.select(hit.item_id)
    elif hit.kind == "annotation":
        meeting.tabs.setCurrentWidget(meeting.general_remarks)
    return meeting
