"""Editing one funding line (middelen) of an initiative."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QWidget

from dordtwest_desktop.domain.enums import FundingStatus
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.services.dto import FundingLineDTO
from dordtwest_desktop.services.programme import validate_funding_line
from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.widgets import DateField, MoneyField, enum_combo


class FundingDialog(EditDialog):
    def __init__(
        self, line: FundingLineDTO | None, funders: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(
            self.tr("New funding line") if line is None else self.tr("Edit funding line")
        )
        self.original = line
        self.scheme = self.form.add("scheme", self.tr("Scheme"), QLineEdit())
        funder = QComboBox()
        funder.setEditable(True)
        funder.addItems(list(funders))
        funder.setCurrentText(line.funder if line else "")
        completer = funder.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        funder.setToolTip(self.tr("Free text; the ministries are suggestions."))
        self.funder = self.form.add("funder", self.tr("Funder"), funder)
        self.status = self.form.add(
            "status",
            self.tr("Status"),
            enum_combo(list(FundingStatus), label, line.status if line else None),
        )
        self.requested = self.form.add(
            "requested",
            self.tr("Amount requested"),
            MoneyField(line.requested_cents if line else None),
        )
        self.granted = self.form.add(
            "granted", self.tr("Amount granted"), MoneyField(line.granted_cents if line else None)
        )
        self.decision_date = self.form.add(
            "decision_date",
            self.tr("Decision date"),
            DateField(line.decision_date if line else None),
        )
        self.decision_number = self.form.add(
            "decision_number", self.tr("Decision number"), QLineEdit()
        )
        self.period_start = self.form.add(
            "period_start",
            self.tr("Spending period from"),
            DateField(line.period_start if line else None),
        )
        self.period_end = self.form.add(
            "period_end",
            self.tr("Spending period until"),
            DateField(line.period_end if line else None),
        )
        self.reporting = self.form.add(
            "reporting_deadline",
            self.tr("Reporting deadline"),
            DateField(line.reporting_deadline if line else None),
        )
        self.notes = self.form.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(70)
        if line is not None:
            self.scheme.setText(line.scheme)
            self.decision_number.setText(line.decision_number)
            self.notes.setPlainText(line.notes)
        self.finish_layout()
        self.value: FundingLineDTO | None = None

    def collect(self) -> FundingLineDTO:
        line = FundingLineDTO(
            id=self.original.id if self.original else uuid.uuid4(),
            scheme=self.scheme.text().strip(),
            funder=self.funder.currentText().strip(),
            status=self.status.value(),
            requested_cents=self.requested.value("requested"),
            granted_cents=self.granted.value("granted"),
            decision_date=self.decision_date.value("decision_date"),
            decision_number=self.decision_number.text().strip(),
            period_start=self.period_start.value("period_start"),
            period_end=self.period_end.value("period_end"),
            reporting_deadline=self.reporting.value("reporting_deadline"),
            notes=self.notes.toPlainText(),
        )
        validate_funding_line(line)
        return line

    def submit(self, value: FundingLineDTO) -> None:
        # The line is stored with its initiative, as one change.
        self.value = value
