"""Settings → Accountability regimes: the list of regimes, and the editor of one regime."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import MomentRule
from dordtwest_desktop.domain.errors import DomainError, ValidationError
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.domain.regimes import (
    Moment,
    check_moment,
    parse_day_of_year,
    render_day_of_year,
)
from dordtwest_desktop.i18n import tr as core_tr
from dordtwest_desktop.services.regimes import RegimeDTO
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.widgets import ValueCombo, button, enum_combo, list_with_buttons

TR_CONTEXT = "RegimesDialog"
TITLE, RULE, MONTHS, WHEN = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


class MomentsEditor(QWidget):
    """The report moments of a regime as a table: title, rule, months, day or date."""

    def __init__(self, moments: tuple[Moment, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("moments")
        self.table.setHorizontalHeaderLabels(
            [_tr("Title"), _tr("When"), _tr("Months"), _tr("Day or date")]
        )
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(140)
        for moment in moments:
            self.add_moment(moment)
        for column, width in ((TITLE, 230), (RULE, 190), (MONTHS, 70)):
            self.table.setColumnWidth(column, width)
        list_with_buttons(
            self,
            self.table,
            [
                button(self, _tr("Add moment"), "add_moment", self.add_moment),
                button(self, _tr("Remove moment"), "remove_moment", self.remove_current),
            ],
        )

    def add_moment(self, moment: Moment | None = None) -> int:
        moment = moment or Moment(uuid.uuid4(), "", MomentRule.FIXED)
        row = self.table.rowCount()
        self.table.insertRow(row)
        title = QTableWidgetItem(moment.title)
        title.setData(Qt.ItemDataRole.UserRole, str(moment.id))
        self.table.setItem(row, TITLE, title)
        self.table.setCellWidget(row, RULE, enum_combo(list(MomentRule), label, moment.rule))
        months = (
            str(moment.months) if moment.rule in (MomentRule.AFTER_END, MomentRule.EVERY) else ""
        )
        self.table.setItem(row, MONTHS, QTableWidgetItem(months))
        when = ""
        if moment.rule is MomentRule.YEARLY:
            when = render_day_of_year(moment.day, moment.month)
        elif moment.fixed is not None:
            when = moment.fixed.render()
        self.table.setItem(row, WHEN, QTableWidgetItem(when))
        self.table.setCurrentCell(row, TITLE)
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_row(self, row: int, title: str, rule: MomentRule, months: str, when: str) -> None:
        """Fill one row as a user would (tests, and the Duplicate of a regime)."""
        self._item(row, TITLE).setText(title)
        combo = self.table.cellWidget(row, RULE)
        assert isinstance(combo, ValueCombo)
        combo.set_value(rule)
        self._item(row, MONTHS).setText(months)
        self._item(row, WHEN).setText(when)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem("")
            self.table.setItem(row, column, item)
        return item

    def moments(self) -> tuple[Moment, ...]:
        """The moments as typed; a refused cell raises ValidationError naming its row."""
        found = []
        for row in range(self.table.rowCount()):
            try:
                found.append(self._moment(row))
            except ValidationError as error:
                raise ValidationError(
                    _tr("Moment %1: ").replace("%1", str(row + 1)) + error.message,
                    field="moments",
                ) from error
        return tuple(found)

    def _moment(self, row: int) -> Moment:
        title_item = self._item(row, TITLE)
        ident = title_item.data(Qt.ItemDataRole.UserRole)
        combo = self.table.cellWidget(row, RULE)
        assert isinstance(combo, ValueCombo)
        rule: MomentRule = combo.value()
        months_text = self._item(row, MONTHS).text().strip()
        when = self._item(row, WHEN).text().strip()
        months = 0
        if rule in (MomentRule.AFTER_END, MomentRule.EVERY):
            if not (months_text.isascii() and months_text.isdigit() and len(months_text) < 5):
                raise ValidationError(
                    _tr("'%1' is not a number of months; write for example 6.").replace(
                        "%1", months_text
                    ),
                    field="moments",
                )
            months = int(months_text)
        day = month = 0
        fixed: PreciseDate | None = None
        if rule is MomentRule.YEARLY:
            day, month = parse_day_of_year(when)
        elif rule is MomentRule.FIXED:
            fixed = PreciseDate.parse(when)
        moment = Moment(
            uuid.UUID(ident) if ident else uuid.uuid4(),
            title_item.text().strip(),
            rule,
            months=months,
            day=day,
            month=month,
            fixed=fixed,
        )
        check_moment(moment)  # here, so the message can name the row
        return moment


class RegimeDialog(EditDialog):
    """One regime: its name, whether it is a template, and its report moments."""

    def __init__(self, regime: RegimeDTO | None, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(_tr("New regime") if regime is None else _tr("Edit regime"))
        self.resize(860, 540)
        self.original = regime
        self.on_submit: Callable[[RegimeDTO], None] | None = None
        self.name = self.form.add("name", _tr("Name"), QLineEdit(), required=core_tr("The name"))
        self.template = self.form.add(
            "template",
            _tr("Template"),
            QCheckBox(_tr("A template: to be checked against the grant's own regulation")),
        )
        self.description = self.form.add("description", _tr("Description"), QPlainTextEdit())
        self.description.setMaximumHeight(80)
        self.moments = self.form.add(
            "moments",
            _tr("Report moments"),
            MomentsEditor(regime.moments if regime else (), self),
        )
        hint = QLabel(
            _tr(
                "{jaar} in a title becomes the year a yearly report is about, {nummer} the "
                "count of a recurring one. Day or date: '15 juli' for a yearly report, a "
                "date such as '1 maart 2025' for one entered by hand."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.form.layout_.addRow("", hint)
        if regime is not None:
            self.name.setText(regime.name)
            self.template.setChecked(regime.template)
            self.description.setPlainText(regime.description)
            if regime.used_by:
                used = QLabel(
                    QCoreApplication.translate(
                        TR_CONTEXT,
                        "Assigned to %n funding line(s); saving regenerates their milestones.",
                        "",
                        regime.used_by,
                    ),
                    self,
                )
                used.setObjectName("used_by")
                used.setWordWrap(True)
                self.form.layout_.addRow("", used)
        self.finish_layout()

    def collect(self) -> RegimeDTO:
        base = self.original or RegimeDTO(id=uuid.uuid4(), name="")
        return replace(
            base,
            name=self.name.text(),
            template=self.template.isChecked(),
            description=self.description.toPlainText(),
            moments=self.moments.moments(),
        )

    def submit(self, value: RegimeDTO) -> None:
        assert self.on_submit is not None
        self.on_submit(value)


class RegimesDialog(QDialog):
    """The list of regimes, with New, Edit, Duplicate and Delete."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Accountability regimes"))
        self.resize(640, 420)
        self.context = context
        self.regimes: list[RegimeDTO] = []
        self.list = QListWidget(self)
        self.list.setObjectName("regimes")
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_regime())
        self.list.currentRowChanged.connect(lambda _row: self._describe())
        self.detail = QLabel(self)
        self.detail.setObjectName("regime_detail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.error = QLabel(self)
        self.error.setObjectName("regimes_error")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()
        holder = QWidget(self)
        list_with_buttons(
            holder,
            self.list,
            [
                button(holder, _tr("New…"), "new_regime", self.new_regime),
                button(holder, _tr("Edit…"), "edit_regime", self.edit_regime),
                button(holder, _tr("Duplicate"), "duplicate_regime", self.duplicate_regime),
                button(holder, _tr("Delete"), "delete_regime", self.delete_regime),
            ],
        )
        body = QHBoxLayout()
        body.addWidget(holder, 1)
        body.addWidget(self.detail, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "A regime says which reports a grant asks for, and when. Assign one to a "
                "funding line (Initiatives → Funding) and its reports appear as milestones."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(body)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        current = self.current()
        select = select or (current.id if current else None)
        self.regimes = list(self.context.regimes.regimes())
        self.list.clear()
        for regime in self.regimes:
            text = regime.name + (" " + _tr("(template)") if regime.template else "")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(regime.id))
            if regime.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.regimes:
            self.list.setCurrentRow(0)
        self._describe()

    def current(self) -> RegimeDTO | None:
        row = self.list.currentRow()
        return self.regimes[row] if 0 <= row < len(self.regimes) else None

    def _describe(self) -> None:
        regime = self.current()
        if regime is None:
            self.detail.setText("")
            return
        lines = [f"<b>{escape(regime.name)}</b>", escape(regime.description)]
        for moment in regime.moments:
            lines.append("• " + escape(f"{moment.title} — {label(moment.rule)}"))
        lines.append(
            QCoreApplication.translate(
                TR_CONTEXT, "Assigned to %n funding line(s).", "", regime.used_by
            )
        )
        self.detail.setText("<br/>".join(lines))

    def _open(self, regime: RegimeDTO | None, base: RegimeDTO | None = None) -> RegimeDialog:
        dialog = RegimeDialog(base or regime, self)
        if base is not None:
            dialog.original = None
            dialog.setWindowTitle(_tr("New regime"))

        def save(value: RegimeDTO) -> None:
            self.context.ops.save(
                _tr("Edit regime"),
                value,
                self.context.regimes.save_regime,
                self.context.regimes.delete_regime,
                self.context.events.programme_changed,
                created=_tr("Add regime"),
            )
            self.reload(value.id)

        dialog.on_submit = save
        dialog.open()
        return dialog

    def new_regime(self) -> RegimeDialog:
        return self._open(None)

    def edit_regime(self) -> RegimeDialog | None:
        regime = self.current()
        return self._open(regime) if regime else None

    def duplicate_regime(self) -> RegimeDialog | None:
        """A new regime with the same moments (new identities), e.g. 'Eigen' per grant."""
        regime = self.current()
        if regime is None:
            return None
        copy = RegimeDTO(
            id=uuid.uuid4(),
            name=_tr("%1 (copy)").replace("%1", regime.name),
            description=regime.description,
            template=False,
            moments=tuple(replace(x, id=uuid.uuid4()) for x in regime.moments),
        )
        return self._open(None, base=copy)

    def delete_regime(self) -> None:
        regime = self.current()
        if regime is None:
            return
        self.error.hide()
        service = self.context.regimes
        try:
            self.context.ops.change(
                _tr("Delete regime"),
                lambda: service.delete_regime(regime.id),
                service.restore,
                self.context.events.programme_changed,
            )
        except DomainError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        self.reload()


def open_regimes(context: AppContext, parent: QWidget | None = None) -> RegimesDialog:
    dialog = RegimesDialog(context, parent)
    dialog.open()
    return dialog
