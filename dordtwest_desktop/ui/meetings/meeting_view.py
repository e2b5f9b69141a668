"""One meeting at work: its agenda, attendees and actions, with a toolbar for the whole meeting."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHideEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.dates import format_long_date
from dordtwest_desktop.domain.errors import NotFoundError
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.services.dto import MeetingDetail, MeetingDTO
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.icons import icon
from dordtwest_desktop.ui.meetings.actions import MeetingActionsPanel
from dordtwest_desktop.ui.meetings.agenda import AgendaPanel
from dordtwest_desktop.ui.meetings.attendees import AttendeesPanel
from dordtwest_desktop.ui.meetings.common import format_time
from dordtwest_desktop.ui.meetings.general_remarks import GeneralRemarksPanel
from dordtwest_desktop.ui.meetings.import_remarks import (
    ImportJob,
    RemarksImport,
    choose_files,
    pdf_files,
)
from dordtwest_desktop.ui.meetings.item_dialog import LinkChoices, Pairs
from dordtwest_desktop.ui.meetings.meeting_dialog import AgendaStart, MeetingDialog
from dordtwest_desktop.ui.ori_export import OriJob, publish_action, publish_ori
from dordtwest_desktop.ui.widgets import ReloadWhenSeen


def link_choices(programme: ProgrammeService, detail: MeetingDetail) -> LinkChoices:
    """The names this meeting's items link to now; the pickers' lists when one opens."""

    def load() -> tuple[Pairs, Pairs, Pairs]:
        targets = programme.link_targets()
        return list(targets.goals), list(targets.initiatives), list(targets.milestones)

    items = [s.item for s in detail.agenda]
    reached = [d.reached_milestone_id for d in detail.decisions.values()]
    names = programme.link_names(
        (i for item in items for i in item.goal_ids),
        (i for item in items for i in item.initiative_ids),
        [*(i for item in items for i in item.milestone_ids), *(i for i in reached if i)],
    )
    return LinkChoices(load=load, names=names)


class MeetingView(ReloadWhenSeen):
    """Shown in place of the meeting list; `closed` asks to go back to it.

    The toolbar acts on the whole meeting. Exports (agenda, briefing pack, decision
    list) belong after `export_separator`; they read `meeting_id`. Remarks come back
    from briefing pack PDFs through "Import remarks…" or by dropping the PDFs here.
    """

    closed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: uuid.UUID | None = None
        self.detail: MeetingDetail | None = None
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("meeting_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        # Every command of the toolbar by keyboard too: Tab reaches its buttons, the
        # window's Meeting menu holds the same actions (`fill_menu`) and the frequent
        # ones have shortcuts; all are live only while a meeting is on screen.
        self.back_action = self._action(
            (self.tr("‹ All meetings"), self.tr("&Back to all meetings")),
            self.closed.emit,
            QKeySequence.StandardKey.Back,
        )
        self.details_action = self._action(
            (self.tr("Meeting details…"), self.tr("Meeting &details…")),
            self.edit_details,
            QKeySequence("Ctrl+I"),
            "details",
        )
        self.export_separator = self.toolbar.addSeparator()
        self.export_actions = {
            what: self._action(texts, lambda what=what: self.export(what), key, toolbar=False)
            for what, texts, key in (
                (
                    "agenda",
                    (self.tr("Export agenda…"), self.tr("Export a&genda…")),
                    QKeySequence("Ctrl+Shift+E"),
                ),
                (
                    "pack",
                    (self.tr("Export briefing pack…"), self.tr("Export briefing &pack…")),
                    QKeySequence("Ctrl+E"),
                ),
                (
                    "decisions",
                    (self.tr("Export decision list…"), self.tr("Export decision &list…")),
                    QKeySequence("Ctrl+Shift+D"),
                ),
            )
        }
        self.publish_action = publish_action(self)
        self.publish_action.triggered.connect(lambda _checked=False: self.publish_ori())
        self.export_actions["ics"] = self._action(
            (self.tr("Calendar invitation (.ics)…"), self.tr("Calendar i&nvitation (.ics)…")),
            self.export_invitation,
            QKeySequence("Ctrl+Shift+K"),
            toolbar=False,
        )
        self.export_button = self._export_button()
        self.import_action = self._action(
            (self.tr("Import remarks…"), self.tr("Import &remarks…")),
            self.import_remarks,
            QKeySequence("Ctrl+Shift+I"),
            "import",
        )
        self.import_action.setToolTip(
            self.tr("Read the remarks from briefing packs that attendees filled in or commented")
        )
        self.remarks_import = RemarksImport(context, self)
        self.setAcceptDrops(True)
        self.header = QLabel(self)
        self.header.setObjectName("meeting_header")
        self.header.setWordWrap(True)
        self.agenda = AgendaPanel(context, self)
        self.attendees = AttendeesPanel(context, self)
        self.actions_panel = MeetingActionsPanel(context, self)
        self.general_remarks = GeneralRemarksPanel(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.agenda, "")
        self.tabs.addTab(self.attendees, "")
        self.tabs.addTab(self.actions_panel, "")
        self.tabs.addTab(self.general_remarks, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        events = context.events
        for signal in (events.meetings_changed, events.actions_changed, events.programme_changed):
            signal.connect(self.reload_when_seen)
        self._panel_actions()
        self._item_actions()
        self._set_live(False)
        # The tabs come right after the toolbar, before what the tab shows.
        last_button = self.toolbar.widgetForAction(self.import_action)
        if last_button is not None:
            QWidget.setTabOrder(last_button, self.tabs)

    def _action(
        self,
        texts: tuple[str, str],
        slot: Callable[..., object],
        key: QKeySequence | QKeySequence.StandardKey,
        icon_name: str | None = None,
        toolbar: bool = True,
    ) -> QAction:
        """A toolbar button (first text) that is also a menu entry (second, with mnemonic)."""
        button_text, menu_text = texts
        action = QAction(menu_text, self)
        if icon_name is not None:
            action.setIcon(icon(icon_name))
        action.setIconText(button_text)
        action.setShortcut(key)
        action.setToolTip(
            f"{button_text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(lambda _checked=False: slot())
        if not toolbar:
            return action
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return action

    def _export_button(self) -> QToolButton:
        """The exports behind one button: the toolbar fits a 1024 pixel wide screen."""
        menu = QMenu(self)
        menu.addActions([*self.export_actions.values(), self.publish_action])
        button = QToolButton(self.toolbar)
        button.setObjectName("export_button")
        button.setText(self.tr("Export"))
        button.setIcon(icon("export"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        button.setToolTip(
            self.tr(
                "Export the agenda, the briefing pack, the decision list or a calendar invitation"
            )
        )
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toolbar.addWidget(button)
        return button

    def _panel_actions(self) -> None:
        """The tabs' "new" commands for the menu, and Ctrl+N for the tab on screen."""

        def on_tab(panel: QWidget, call: Callable[[], object]) -> Callable[[], object]:
            def run() -> object:
                self.tabs.setCurrentWidget(panel)
                return call()

            return run

        self.new_actions: list[QAction] = []
        for text, panel, call in (
            (self.tr("New agenda &item…"), self.agenda, self.agenda.new_item),
            (self.tr("Add a&ttendee…"), self.attendees, self.attendees.add),
            (self.tr("New a&ction…"), self.actions_panel, self.actions_panel.new_action),
        ):
            action = QAction(text, self)
            run = on_tab(panel, call)
            action.triggered.connect(lambda _checked=False, run=run: run())
            self.new_actions.append(action)
        self.new_here_action = QAction(self)
        self.new_here_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_here_action.triggered.connect(lambda _checked=False: self.new_here())
        self.addAction(self.new_here_action)

    def _item_actions(self) -> None:
        """Menu entries for the buttons beside and under the tabs' lists.

        Each entry presses its button, so menu and button cannot differ; it is live
        when the button is (`sync_item_actions`, when the menu opens). Keys handled
        by the lists themselves are shown after the tab, not registered twice.
        """
        agenda, pane, actions = self.agenda, self.agenda.pane, self.actions_panel
        rows = agenda.button_row.buttons

        def fixed(button: QPushButton) -> Callable[[], QPushButton]:
            return lambda: button

        self.item_actions: list[tuple[QAction, QWidget, Callable[[], QPushButton]]] = []
        for text, panel, button in (
            (self.tr("&Edit agenda item…") + "\tF2", agenda, fixed(rows["edit_item"])),
            (self.tr("Move item &up") + "\tCtrl+Up", agenda, fixed(rows["move_up"])),
            (self.tr("Move item do&wn") + "\tCtrl+Down", agenda, fixed(rows["move_down"])),
            (self.tr("Delete agenda ite&m…"), agenda, fixed(rows["delete_item"])),
            (self.tr("Record deci&sion…"), agenda, fixed(pane.record_button)),
            (
                self.tr("Add attachment (PD&F)…"),
                agenda,
                fixed(pane.attachments.button_row.buttons["add_attachment"]),
            ),
            (
                self.tr("Add rem&ark…"),
                agenda,
                fixed(pane.annotations.button_row.buttons["add_annotation"]),
            ),
            (self.tr("Mark action d&one"), actions, actions.done_button),
        ):
            action = QAction(text, self)
            action.triggered.connect(partial(self._press, panel, button))
            self.item_actions.append((action, panel, button))

    def _press(self, panel: QWidget, button: Callable[[], QPushButton]) -> None:
        self.tabs.setCurrentWidget(panel)
        pressed = button()
        if pressed.isEnabled():
            pressed.click()

    def sync_item_actions(self) -> None:
        """Each entry is live when its button would be."""
        live = self.meeting_id is not None and self.isVisible()
        for action, _panel, button in self.item_actions:
            action.setEnabled(live and button().isEnabled())

    def new_here(self) -> QWidget | None:
        """Ctrl+N: a new record of the kind the tab on screen lists."""
        tab = self.tabs.currentWidget()
        if tab is self.agenda:
            return self.agenda.new_item()
        if tab is self.attendees:
            return self.attendees.add()
        if tab is self.actions_panel:
            return self.actions_panel.new_action()
        return None

    def menu_actions(self) -> list[QAction | None]:
        """The Meeting menu of the window, in order; None is a separator."""
        return [
            self.back_action,
            self.details_action,
            None,
            *self.new_actions,
            None,
            *(action for action, _panel, _button in self.item_actions),
            None,
            *self.export_actions.values(),
            self.publish_action,
            self.import_action,
        ]

    def fill_menu(self, menu: QMenu) -> None:
        menu.clear()
        menu.aboutToShow.connect(self.sync_item_actions, Qt.ConnectionType.UniqueConnection)
        for action in self.menu_actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)

    def _set_live(self, live: bool) -> None:
        """The meeting's commands work only while a meeting is on screen."""
        live = live and self.meeting_id is not None
        for action in (*self._all_actions(), self.new_here_action):
            action.setEnabled(live)
        self.export_button.setEnabled(live)

    def _all_actions(self) -> list[QAction]:
        return [action for action in self.menu_actions() if action is not None]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._set_live(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._set_live(False)

    def export(self, what: str) -> QDialog | None:
        """The export dialog for this meeting (the same code as the command line's export)."""
        from dordtwest_desktop.ui.export_dialog import ExportDialog

        if self.meeting_id is None:
            return None
        dialog = ExportDialog(self.context, self.meeting_id, what, self)
        dialog.open()
        return dialog

    def publish_ori(self) -> OriJob | None:
        """The public part of this meeting for the council information system (ORI)."""
        if self.meeting_id is None:
            return None
        return publish_ori(self.context, self.meeting_id, self)

    def export_invitation(self, out: Path | None = None) -> str | None:
        """This meeting as an .ics file for Outlook and other calendars (as `export ics`)."""
        from dordtwest_desktop.ui.meetings.calendar_files import export_invitation

        if self.meeting_id is None:
            return None
        return export_invitation(self, self.context, self.meeting_id, out)

    def import_remarks(self, files: list[Path] | None = None) -> ImportJob | None:
        """Import remarks from these PDFs (asked for when None) into this meeting."""
        if self.meeting_id is None:
            return None
        if files is None:
            files = choose_files(self, self.context.settings.last_folder or str(Path.home()))
        return self.remarks_import.start(self.meeting_id, files)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._offer(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._offer(event)

    def _offer(self, event: QDragMoveEvent) -> None:
        if self.meeting_id is not None and pdf_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = pdf_files(event.mimeData())
        if self.meeting_id is None or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_remarks(files)

    def show_meeting(self, ident: uuid.UUID) -> None:
        self.meeting_id = ident
        self.tabs.setCurrentIndex(0)
        self.reload()
        self._set_live(self.isVisible())

    def reload(self) -> None:
        if self.meeting_id is None:
            return
        try:
            detail = self.context.meetings.detail(self.meeting_id)
        except NotFoundError:
            # Deleted elsewhere (or its creation undone): nothing left to show.
            self.meeting_id = self.detail = None
            self.closed.emit()
            return
        self.detail = detail
        people = tuple(p.name for p in self.context.people.people())
        self.header.setText(self._header(detail.meeting))
        self.agenda.set_detail(detail, link_choices(self.context.programme, detail), people)
        self.attendees.set_detail(detail)
        self.actions_panel.set_detail(detail)
        self.general_remarks.set_detail(detail)
        counts = (
            len(detail.agenda),
            len(detail.attendees),
            len(detail.actions),
            len(detail.general_remarks),
        )
        titles = (
            self.tr("Agenda (%1)"),
            self.tr("Attendees (%1)"),
            self.tr("Actions (%1)"),
            self.tr("General remarks (%1)"),
        )
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, title.replace("%1", str(count)))

    def _header(self, meeting: MeetingDTO) -> str:
        heading = f"{meeting.body_label} – {format_long_date(meeting.day)}"
        parts = []
        if meeting.title:
            parts.append(meeting.title)
        if meeting.start_time:
            end = f"–{format_time(meeting.end_time)}" if meeting.end_time else ""
            parts.append(f"{format_time(meeting.start_time)}{end}")
        if meeting.location:
            parts.append(meeting.location)
        if meeting.chair:
            parts.append(self.tr("chair: %1").replace("%1", meeting.chair))
        parts.append(label(meeting.status))
        return f"<h2>{escape(heading)}</h2><p>{escape(' · '.join(parts))}</p>"

    def edit_details(self) -> MeetingDialog | None:
        if self.detail is None:
            return None
        people = tuple(p.name for p in self.context.people.people())
        dialog = MeetingDialog(self.detail.meeting, (), people, self)
        dialog.add_history(self.context.history.of(self.detail.meeting.id))
        dialog.on_submit = self._save
        dialog.open()
        return dialog

    def _save(self, meeting: MeetingDTO, _start: AgendaStart) -> None:
        service = self.context.meetings
        self.context.ops.save(
            self.tr("Edit meeting"),
            meeting,
            service.save_meeting,
            service.delete_meeting,
            self.context.events.meetings_changed,
        )
